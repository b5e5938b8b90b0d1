/**
 * Where the tables of a sheet are: a header block (one or more header rows, group headers over
 * sub-headers, unit rows such as `K | Rp. | %`, a numbering row `1 2 3 4=3/2` anywhere in the block) over a
 * body of rows, with the title rows above it. A header row is found by its vocabulary, or, for matrices and
 * exports whose words are not known, as a row of short texts and codes over a block of figures.
 */
import type { Rentang } from '../grid';
import { BacaLembar, IsiSel } from './lembar';
import { selHeader } from './kosakata';

export interface Segmen {
  /** Title rows above the header (top first). */
  barisJudul: number[];
  /** Header rows with words (top first): group headers, then sub-headers. */
  header: number[];
  /** The numbering row (1 2 3 ... / 4=3/2), when there is one. */
  nomor: number | null;
  /** The unit row (K | Rp. | %), when there is one. */
  satuan: number | null;
  /** Body rows, top to bottom: everything between the header block and the end of the table. */
  isi: number[];
  /** Header rows repeated inside the body (page breaks). */
  headerUlang: number[];
  /** Columns the table spans. */
  c1: number;
  c2: number;
}

const MAKS_HEADER = 8;

function pendek(x: IsiSel): boolean {
  return x.teks.length <= 100;
}

/** Header cells are short; a few long group titles ("Realisasi Capaian Kinerja Renstra ... (2024)") are fine. */
function cukupPendek(isi: IsiSel[]): boolean {
  return isi.every((x) => x.teks.length <= 240) && isi.filter(pendek).length * 10 >= isi.length * 6;
}

/** A row that can sit in a header block: no figures but years and numbering, short texts. */
function barisSepertiHeader(b: BacaLembar, r: number): boolean {
  const isi = b.baris(r);
  if (isi.length === 0) return false;
  if (isi.some((x) => x.jenis === 'angka' && !(x.s.f && typeof x.s.v !== 'number'))) return barisNomor(b, r);
  if (isi.some((x) => x.jenis === 'galat')) return false;
  return cukupPendek(isi);
}

/** 1 2 3 ... / (1) (2) / 4=3/2: small whole numbers increasing from left to right, at least two. */
export function barisNomor(b: BacaLembar, r: number): boolean {
  const isi = b.baris(r);
  if (isi.length < 2) return false;
  let prev = -Infinity;
  let naik = 0;
  for (const x of isi) {
    // "3", "(3)", "4 = 3/2", and "3 (2024)" (the column's year beside its number)
    const m = /^\(?(\d{1,2})\)?(\s*=.*|\s*\((?:19|20)\d{2}\))?$/.exec(x.teks.trim());
    if (!m) return false;
    const n = Number(m[1]);
    if (n <= prev) return false;
    if (n === prev + 1 || prev === -Infinity) naik++;
    prev = n;
  }
  return naik * 2 >= isi.length;
}

/** K | Rp. | % under merged group headers. */
function barisSatuan(b: BacaLembar, r: number): boolean {
  const isi = b.baris(r);
  return isi.length >= 2 && isi.every((x) => x.jenis === 'satuan');
}

function kataHeader(b: BacaLembar, r: number): number {
  let n = 0;
  for (const x of b.baris(r)) if (x.jenis === 'teks' && selHeader(x.teks)) n++;
  return n;
}

/** A title row: one or two cells of words (the table's caption, the office, the year). */
function barisJudul(b: BacaLembar, r: number): boolean {
  const isi = b.baris(r);
  return (
    isi.length >= 1 &&
    isi.length <= 2 &&
    isi.every((x) => x.jenis === 'teks' || x.jenis === 'tahun') &&
    isi.some((x) => /[a-z]{3}/i.test(x.teks))
  );
}

/** The columns a header row covers, merged areas included. */
function kolomHeader(b: BacaLembar, r: number): Set<number> {
  const out = new Set<number>();
  for (const x of b.baris(r)) {
    const g = b.gabung(r, x.c);
    if (g) for (let c = g.c1; c <= g.c2; c++) out.add(c);
    else out.add(x.c);
  }
  return out;
}

/**
 * A row below the first header row that still belongs to the header block: a unit row, a numbering row, or
 * short texts that sit under the header's columns (a sub-header under a merged group, years, quarters).
 */
function subHeader(b: BacaLembar, r: number, kolom: Set<number>, atas: number): boolean {
  if (barisNomor(b, r) || barisSatuan(b, r)) return true;
  if (!barisSepertiHeader(b, r)) return false;
  const isi = b.baris(r);
  if (isi.some((x) => x.jenis === 'angka' || x.jenis === 'kode')) return false;
  // short cells within the header's span (a sub-header, not a section name), no row number in front
  const kiri = Math.min(...kolom);
  const kanan = Math.max(...kolom);
  // cells may extend the header to the right when they are header words ("PAGU AKAS", "% AKAS")
  if (!isi.every((x) => ((x.c >= kiri && x.c <= kanan) || selHeader(x.teks)) && x.teks.length <= 60)) return false;
  if (isi[0].c === kiri && isi[0].jenis === 'nomor') return false;
  // "a) Jenis Kepegawaian", "1. Program ...": a numbered section, not a sub-header
  if (isi.some((x) => /^(\(?[a-z0-9]{1,3}[.)])\s+\S/i.test(x.teks))) return false;
  if (isi.filter((x) => kolom.has(x.c)).length * 2 < isi.length && isi.length < 3) return false;
  // a single cell is a sub-header only under a merged group header that spans several columns
  if (isi.length === 1) {
    const g = b.gabung(atas, isi[0].c) ?? b.gabung(r - 1, isi[0].c);
    return !!g && g.c2 > g.c1 && g.r2 < r;
  }
  // a section row names a group in the label column and is followed by data: its cells are words, not
  // headers; a sub-header has at least two header-ish cells
  return isi.length >= 2;
}

/** The first row at or below `r` (within `n` rows) that holds figures. */
function dataBerikut(b: BacaLembar, r: number, n: number): number | null {
  for (let x = r; x < Math.min(b.n, r + n); x++) if (b.berangka(x)) return x;
  return null;
}

function sama(a: Set<number>, b: Set<number>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function teksBaris(b: BacaLembar, r: number): string {
  return b
    .baris(r)
    .map((x) => `${x.c}:${x.teks.toLowerCase()}`)
    .join('|');
}

/**
 * A header anchor: the first header row of a table. Two or more header words, or (for matrices and exports)
 * three or more short texts/codes over the next block of figures.
 */
function anchor(b: BacaLembar, r: number): boolean {
  const isi = b.baris(r);
  if (isi.length < 2 || !barisSepertiHeader(b, r) || barisNomor(b, r) || barisSatuan(b, r)) return false;
  const d = dataBerikut(b, r + 1, MAKS_HEADER);
  if (d === null) return false;
  if (kataHeader(b, r) >= 2) return true;
  // a group row over a header row ("Uraian" | "KEUANGAN" merged over "Pagu" | "Realisasi"): one header word,
  // a text merged across columns, and header words under it
  if (
    kataHeader(b, r) >= 1 &&
    isi.every((x) => x.jenis === 'teks') &&
    isi.some((x) => {
      const g = b.gabung(r, x.c);
      return !!g && g.r1 === r && g.c2 > g.c1;
    }) &&
    r + 1 < b.n &&
    kataHeader(b, r + 1) >= 2
  )
    return true;
  if (isi.length < 3) return false;
  // figures of the first data row mostly under the candidate's columns
  const kolom = kolomHeader(b, r);
  for (let x = r + 1; x < d; x++) for (const c of kolomHeader(b, x)) kolom.add(c);
  const angka = b.baris(d).filter((x) => x.jenis === 'angka');
  if (angka.length < 2) return false;
  const di = angka.filter((x) => kolom.has(x.c)).length;
  return di * 10 >= angka.length * 8;
}

/** The tables of a sheet, top to bottom. */
export function cariSegmen(b: BacaLembar): Segmen[] {
  const out: Segmen[] = [];
  let r = 0;
  let batasAtas = 0;
  while (r < b.n) {
    if (!anchor(b, r)) {
      r++;
      continue;
    }
    const header = [r];
    let nomor: number | null = null;
    let satuan: number | null = null;
    const kolom = kolomHeader(b, r);
    let q = r + 1;
    while (q < b.n && q - r < MAKS_HEADER && !b.berangka(q)) {
      if (b.kosong(q)) {
        // a blank row inside a merged header area still belongs to the header
        if ([...kolom].some((c) => (b.gabung(q, c)?.r1 ?? q) < q)) {
          q++;
          continue;
        }
        break;
      }
      if (!subHeader(b, q, kolom, header[header.length - 1])) {
        // numbering rows may come after the sub-headers, unit rows after numbering
        break;
      }
      if (barisNomor(b, q)) nomor ??= q;
      else if (barisSatuan(b, q)) satuan ??= q;
      else header.push(q);
      for (const c of kolomHeader(b, q)) kolom.add(c);
      q++;
    }
    // a numbering row made of numbers is a figure row to berangka(): take it when it directly follows
    if (nomor === null && q < b.n && barisNomor(b, q) && b.baris(q).every((x) => kolom.has(x.c))) nomor = q++;
    if (satuan === null && q < b.n && barisSatuan(b, q)) satuan = q++;
    const c1 = Math.min(...kolom);
    const c2 = Math.max(...kolom);
    // body: until two blank rows, a blank row before a title or a new header, or a new, different header
    const isi: number[] = [];
    const headerUlang: number[] = [];
    const tanda = header.map((h) => teksBaris(b, h));
    // a repeated header has a header row's cell count and first cell: only such rows are compared in full
    const awalHeader = header.map((h) => {
      const isiH = b.baris(h);
      return { n: isiH.length, c: isiH[0]?.c ?? -1, teks: isiH[0]?.teks.toLowerCase() ?? '' };
    });
    const ulangHeader = (r: number): boolean => {
      const cells = b.baris(r);
      const x = cells[0];
      if (!x || !awalHeader.some((h) => h.n === cells.length && h.c === x.c && h.teks === x.teks.toLowerCase()))
        return false;
      return tanda.includes(teksBaris(b, r));
    };
    let s = q;
    while (s < b.n) {
      if (b.kosong(s)) {
        let t = s;
        while (t < b.n && b.kosong(t)) t++;
        if (t >= b.n || t - s > 1 || anchor(b, t) || (barisJudul(b, t) && !b.berangka(t + 1))) break;
        s = t;
        continue;
      }
      if (ulangHeader(s)) {
        headerUlang.push(s);
        s++;
        continue;
      }
      if (anchor(b, s) && s > q && !sama(kolomHeader(b, s), kolomHeader(b, r))) break;
      const cells = b.baris(s);
      // a row whose cells all lie outside the table's columns belongs to something beside it
      if (cells.every((x) => x.c < c1 || x.c > c2)) break;
      if (cells.length <= 2 && /^(tabel|table|lampiran|grafik|gambar|bab)\b/i.test(cells[0].teks)) break;
      isi.push(s);
      s++;
    }
    // title rows above the header (separated by at most two blank rows), never into the previous table
    const barisJudulIni: number[] = [];
    let tr = r - 1;
    let kosongBeruntun = 0;
    while (tr >= batasAtas && barisJudulIni.length < 4) {
      if (b.kosong(tr)) {
        if (++kosongBeruntun > 2) break;
        tr--;
        continue;
      }
      if (!barisJudul(b, tr)) break;
      kosongBeruntun = 0;
      barisJudulIni.unshift(tr);
      tr--;
    }
    if (isi.length > 0) {
      out.push({ barisJudul: barisJudulIni, header, nomor, satuan, isi, headerUlang, c1, c2 });
      batasAtas = isi[isi.length - 1] + 1;
    }
    r = Math.max(s, q, r + 1);
  }
  return out;
}

/** The range a segment covers on the sheet. */
export function rentangSegmen(s: Segmen): Rentang {
  const r1 = s.barisJudul[0] ?? s.header[0];
  const r2 = Math.max(s.isi[s.isi.length - 1] ?? r1, ...s.headerUlang, s.nomor ?? r1, s.satuan ?? r1);
  return { r1, c1: s.c1, r2, c2: s.c2 };
}
