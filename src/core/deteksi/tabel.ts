/**
 * Table detection: every table in a sheet, with its title rows, one- or two-level header (merged group
 * headers such as KINERJA / ANGGARAN over TARGET, REALISASI, CAPAIAN), numbering row, repeated headers,
 * data rows and TOTAL rows. Blocks of figures with no recognisable header are still returned (kind 'lain').
 */
import { terbesar, terkecil } from '../desimal';
import { LembarGrid, Rentang, Sel, alamatRentang, gabunganDi, jumlahKolom, kosong, sel, teksSel } from '../grid';
import type { Baris, JenisTabel, Kolom, Tabel } from '../model';
import { PERAN_ANGKA } from '../model';
import { parseTeks, sistemKolom } from '../angka';
import { peranDariJudul, selHeader, tahunDari, teksPenomoran } from './kosakata';
import { jenisBaris, selBerangka, tetapkanLevel } from './baris';
import { bacaSkalaTabel } from './skalaTabel';

/** A non-empty cell of a row, as detection sees it; the text of a number cell is made only when asked for. */
class IsiBaris {
  private t: string | undefined;
  constructor(
    readonly c: number,
    private readonly s: Sel,
    readonly angka: boolean,
  ) {}
  get teks(): string {
    return (this.t ??= teksSel(this.s));
  }
  /** A year such as 2024 (a header cell), as a number or as text. */
  get tahun(): boolean {
    const v = this.s.v;
    return typeof v === 'number' ? Number.isInteger(v) && v >= 1900 && v <= 2099 : tahun(this.teks);
  }
}

/**
 * The sheet being detected and the contents of its recently looked-at rows (each row is looked at several
 * times in a row; a small window keeps that cheap without holding every row's texts in memory).
 */
const JENDELA = 64;
let cache: { l: LembarGrid; r: Int32Array; isi: IsiBaris[][] } | null = null;

function isiBaris(l: LembarGrid, r: number): IsiBaris[] {
  const slot = r & (JENDELA - 1);
  if (cache?.l === l && cache.r[slot] === r) return cache.isi[slot];
  const row = l.baris[r] ?? [];
  const out: IsiBaris[] = [];
  for (let c = 0; c < row.length; c++) {
    const s = row[c];
    if (!s || kosong(s)) continue;
    out.push(new IsiBaris(c, s, typeof s.v === 'number'));
  }
  if (cache?.l === l) {
    cache.r[slot] = r;
    cache.isi[slot] = out;
  }
  return out;
}

function tahun(t: string): boolean {
  return /^(19|20)\d{2}$/.test(t.trim());
}

function barisHeader(l: LembarGrid, r: number): boolean {
  const isi = isiBaris(l, r);
  if (isi.length < 2) return false;
  // most rows are data: a figure that is not a year rules a header out before any text is looked at
  for (const x of isi) if (x.angka && !x.tahun) return false;
  let hit = 0;
  for (const x of isi) {
    if (!x.angka && teksPenomoran(x.teks)) return false;
    const a = x.angka ? null : parseTeks(x.teks);
    if (a && a.status === 'teks-angka' && !x.tahun) return false;
    if (selHeader(x.teks)) hit++;
  }
  const pendek = isi.filter((x) => x.teks.length <= 40).length;
  return hit >= 2 && pendek * 2 >= isi.length;
}

function barisPenomoran(l: LembarGrid, r: number): boolean {
  const isi = isiBaris(l, r);
  if (isi.length < 2) return false;
  let prev = -Infinity;
  for (const x of isi) {
    const m = /^\(?(\d{1,2})\)?(\s*=.*)?$/.exec(x.teks.trim());
    if (!m) return false;
    const n = Number(m[1]);
    if (n <= prev) return false;
    prev = n;
  }
  return true;
}

function subHeader(l: LembarGrid, r: number, atas: number): boolean {
  const isi = isiBaris(l, r);
  if (isi.length === 0 || barisPenomoran(l, r)) return false;
  const diBawah = new Map<string, number>();
  for (const x of isi) {
    if (x.angka && !x.tahun) return false;
    if (!x.angka && (teksPenomoran(x.teks) || /^\(?[a-z0-9]{1,3}[.)]\s/i.test(x.teks))) return false;
    const g = gabunganDi(l, atas, x.c);
    if (g !== null && g.c2 > g.c1 && g.r2 < r) {
      const kunci = `${g.r1}:${g.c1}`;
      diBawah.set(kunci, (diBawah.get(kunci) ?? 0) + 1);
      continue;
    }
    const atasKosong = kosong(sel(l, atas, x.c)) && g === null;
    if (!(atasKosong && (selHeader(x.teks) || x.tahun))) return false;
  }
  // a group header is split by at least two sub-headers; a lone cell under it is a data row
  if ([...diBawah.values()].some((n) => n < 2)) return false;
  return diBawah.size > 0 || isi.length >= 2;
}

function teksHeaderDi(l: LembarGrid, r: number, c: number): string {
  const g = gabunganDi(l, r, c);
  return g ? teksSel(sel(l, g.r1, g.c1)) : teksSel(sel(l, r, c));
}

function judulKolom(l: LembarGrid, header: number[], c: number): string[] {
  const out: string[] = [];
  for (const r of header) {
    const t = teksHeaderDi(l, r, c);
    if (t && out[out.length - 1] !== t) out.push(t);
  }
  return out;
}

function barisJudul(l: LembarGrid, r: number): boolean {
  const isi = isiBaris(l, r);
  return (
    isi.length >= 1 && isi.length <= 2 && isi.every((x) => !x.angka && /[a-z]/i.test(x.teks)) && !barisHeader(l, r)
  );
}

const RE_JUDUL_TABEL = /^(tabel|table|lampiran|grafik|gambar|bab)\b/i;

function barisKosong(l: LembarGrid, r: number): boolean {
  return isiBaris(l, r).length === 0;
}

/** Column roles that depend on the whole table (REALISASI next to ANGGARAN is money, % is penyerapan). */
function rapikanPeran(kolom: Kolom[], l: LembarGrid, dataBaris: number[]): void {
  const ada = (p: string) => kolom.some((k) => k.peran === p);
  const besar = (k: Kolom) => {
    let n = 0;
    let besarN = 0;
    for (const r of dataBaris) {
      const s = sel(l, r, k.c);
      if (!s || kosong(s)) continue;
      const v = typeof s.v === 'number' ? s.v : parseTeks(String(s.v), k.sistem ?? null).nilai?.toNumber();
      if (v === undefined || v === null || Number.isNaN(v)) continue;
      n++;
      if (Math.abs(v) >= 100000) besarN++;
    }
    return n > 0 && besarN * 2 >= n;
  };
  if (ada('pagu')) {
    for (const k of kolom) if (k.peran === 'realisasi' && (!ada('target') || besar(k))) k.peran = 'realisasi-anggaran';
    if (ada('realisasi-anggaran') && !ada('target') && !ada('realisasi')) {
      for (const k of kolom) if (k.peran === 'capaian' && !k.rataRata) k.peran = 'penyerapan';
    }
  }
}

function jenisTabel(kolom: Kolom[], adaSkala: boolean): JenisTabel {
  const ada = (p: string) => kolom.some((k) => k.peran === p);
  if (adaSkala) return 'skala';
  if (ada('efisiensi')) return 'efisiensi';
  if (ada('pagu') && ada('realisasi-anggaran') && !ada('target')) return 'anggaran';
  if (ada('capaian') || (ada('target') && ada('realisasi'))) return 'capaian';
  if (ada('pagu') || ada('realisasi-anggaran')) return 'anggaran';
  return 'lain';
}

function samaStruktur(a: Kolom[], b: Kolom[]): boolean {
  const sig = (ks: Kolom[]) =>
    ks
      .filter((k) => k.peran !== 'angka')
      .map((k) => `${k.c}:${k.peran === 'uraian' || k.peran === 'sasaran' ? 'label' : k.peran}`)
      .join('|');
  return sig(a) === sig(b);
}

/** Detect the tables of one sheet. */
export function deteksiLembar(l: LembarGrid): Tabel[] {
  cache = { l, r: new Int32Array(JENDELA).fill(-1), isi: [] };
  try {
    return deteksiDalam(l);
  } finally {
    cache = null;
  }
}

function deteksiDalam(l: LembarGrid): Tabel[] {
  const n = l.baris.length;
  const lebar = jumlahKolom(l);
  const tabel: Tabel[] = [];
  const dipakai = new Array<boolean>(n).fill(false);
  let r = 0;
  while (r < n) {
    if (!barisHeader(l, r)) {
      r++;
      continue;
    }
    const header = [r];
    let q = r + 1;
    while (q < n && header.length < 3 && subHeader(l, q, header[header.length - 1])) header.push(q++);
    let penomoran: number | null = null;
    if (q < n && barisPenomoran(l, q)) penomoran = q++;

    const kolomC = new Set<number>();
    for (const h of header) for (const x of isiBaris(l, h)) kolomC.add(x.c);
    for (const h of header)
      for (const g of l.gabung) if (g.r1 <= h && g.r2 >= h) for (let c = g.c1; c <= g.c2; c++) kolomC.add(c);
    const kolom: Kolom[] = [...kolomC]
      .sort((a, b) => a - b)
      .map((c) => ({ c, ...peranDariJudul(judulKolom(l, header, c)) }));

    // data rows until a title, a different header, or blank rows followed by something that is not data
    const dataBaris: number[] = [];
    const headerUlang: number[] = [];
    let s = q;
    while (s < n) {
      if (barisKosong(l, s)) {
        let t = s;
        while (t < n && barisKosong(l, t)) t++;
        if (t >= n || t - s > 1 || barisHeader(l, t) || barisJudul(l, t)) break;
        s = t;
        continue;
      }
      const isi = isiBaris(l, s);
      if (isi.length <= 2 && RE_JUDUL_TABEL.test(isi[0].teks)) break;
      if (barisHeader(l, s)) {
        const h = [s];
        let u = s + 1;
        while (u < n && h.length < 3 && subHeader(l, u, h[h.length - 1])) h.push(u++);
        const k2 = kolom.map((k) => ({ c: k.c, ...peranDariJudul(judulKolom(l, h, k.c)) }));
        if (!samaStruktur(kolom, k2)) break;
        headerUlang.push(...h);
        s = u;
        if (s < n && barisPenomoran(l, s)) headerUlang.push(s++);
        continue;
      }
      dataBaris.push(s);
      for (const x of isi) kolomC.add(x.c);
      s++;
    }
    // data in columns the header did not name
    for (const c of [...kolomC].sort((a, b) => a - b))
      if (!kolom.some((k) => k.c === c)) kolom.push({ c, ...peranDariJudul([]) });
    kolom.sort((a, b) => a.c - b.c);
    // the separator system decides ambiguous text in number columns (only those are read as numbers)
    for (const k of kolom) {
      if (!PERAN_ANGKA.has(k.peran)) continue;
      const teks: string[] = [];
      for (const rr of dataBaris) {
        const v = sel(l, rr, k.c)?.v;
        if (typeof v === 'string') teks.push(v);
      }
      k.sistem = sistemKolom(teks);
    }
    rapikanPeran(kolom, l, dataBaris);

    // title rows directly above
    const judul: string[] = [];
    let tr = r - 1;
    while (tr >= 0 && !dipakai[tr] && judul.length < 3 && barisJudul(l, tr)) {
      judul.unshift(
        isiBaris(l, tr)
          .map((x) => x.teks)
          .join(' '),
      );
      tr--;
    }
    const r1 = tr + 1;
    const adaIndikator = kolom.some((k) => k.peran === 'indikator');
    const baris: Baris[] = [];
    for (const rr of dataBaris) {
      const j = jenisBaris(l, rr, kolom, adaIndikator);
      baris.push({
        r: rr,
        jenis: j.jenis,
        level: null,
        nama: j.nama,
        namaAsli: j.namaAsli,
        label: j.label,
        sasaran: j.sasaran,
      });
    }
    for (const h of headerUlang) baris.push({ r: h, jenis: 'header-ulang', level: null, nama: '', label: '' });
    baris.sort((a, b) => a.r - b.r);
    tetapkanLevel(l, baris, kolom);

    const r2 = terbesar([r1, ...header, penomoran ?? r1, terbesar(dataBaris), terbesar(headerUlang)]);
    const cs = kolom.map((k) => k.c);
    const rentang: Rentang = { r1, c1: terkecil(cs), r2, c2: Math.min(terbesar(cs), lebar - 1) };
    const skala = bacaSkalaTabel(l, kolom, baris, judul.join(' '));
    const tJudul = tahunDari(judul.join(' '));
    const adaAngka = kolom.some((k) => PERAN_ANGKA.has(k.peran));
    const jenis = jenisTabel(kolom, !!skala);
    tabel.push({
      id: `${l.nama}!${alamatRentang(rentang)}`,
      lembar: l.nama,
      judul: judul.join(' ').trim(),
      jenis,
      rentang,
      barisHeader: header,
      barisPenomoran: penomoran,
      kolom,
      baris,
      tahunJudul: tJudul.length === 1 ? tJudul[0] : null,
      skala: skala ?? undefined,
      keyakinan: jenis === 'lain' ? (adaAngka ? 0.5 : 0.3) : 0.9,
    });
    for (let x = r1; x <= r2; x++) dipakai[x] = true;
    r = Math.max(s, r + 1);
  }
  tabel.push(...blokTanpaHeader(l, dipakai));
  return tabel;
}

/** Runs of rows with figures that no detected table claimed: still reported, as kind 'lain'. */
function blokTanpaHeader(l: LembarGrid, dipakai: boolean[]): Tabel[] {
  const out: Tabel[] = [];
  let r = 0;
  const n = l.baris.length;
  while (r < n) {
    if (dipakai[r] || barisKosong(l, r)) {
      r++;
      continue;
    }
    let s = r;
    let angka = 0;
    let c1 = Infinity;
    let c2 = -Infinity;
    while (s < n && !dipakai[s] && !barisKosong(l, s)) {
      const isi = isiBaris(l, s);
      if (isi.some((x) => x.angka || selBerangka(sel(l, s, x.c)))) angka++;
      for (const x of isi) {
        c1 = Math.min(c1, x.c);
        c2 = Math.max(c2, x.c);
      }
      s++;
    }
    if (angka >= 2) {
      const rentang = { r1: r, c1, r2: s - 1, c2 };
      out.push({
        id: `${l.nama}!${alamatRentang(rentang)}`,
        lembar: l.nama,
        judul: '',
        jenis: 'lain',
        rentang,
        barisHeader: [],
        barisPenomoran: null,
        kolom: [],
        baris: [],
        tahunJudul: null,
        keyakinan: 0.2,
      });
    }
    r = s;
  }
  return out;
}
