/**
 * Rows of a detected table: what each row is (data, TOTAL/JUMLAH, rata-rata, section, note) and its
 * level in the program > kegiatan > sub kegiatan hierarchy, from kode rekening, numbering (1, 1.1, a.,
 * II), names (BELANJA, URUSAN, PROGRAM ...) and formatting (ALL CAPS, bold, indent).
 */
import { terkecil } from '../desimal';
import { LembarGrid, Sel, kosong, sel, teksSel } from '../grid';
import type { Baris, JenisBaris, Kolom } from '../model';
import { PERAN_ANGKA } from '../model';
import { parseTeks } from '../angka';
import { norm, teksPenomoran } from './kosakata';

export function selBerangka(s: Sel | null | undefined): boolean {
  if (!s || kosong(s)) return false;
  if (typeof s.v === 'number') return true;
  if (typeof s.v !== 'string') return false;
  const a = parseTeks(s.v);
  return a.status === 'teks-angka' || a.status === 'strip' || a.status === 'ambigu' || a.status === 'ekspresi';
}

/** A TOTAL row label ("JUMLAH", "Total Anggaran", "SUB TOTAL"), not an indicator that counts ("Jumlah PMKS ..."). */
const RE_JUMLAH =
  /^(sub[\s-]*)?(jumlah|total|grand total)(\s+(total|anggaran|keseluruhan|seluruhnya|pagu|realisasi|belanja|program|kegiatan|sub kegiatan|umum|akhir|semua|dana|biaya))*\s*:?\s*$/i;
const RE_RATA = /\b(rata[\s-]*rata|rerata|average)\b/i;
const RE_CATATAN = /^(sumber|catatan|keterangan|ket\s*[.:]|\*|note)/i;

/** A table's columns grouped once for row classification (detection looks at every row). */
interface KolomLabel {
  /** Columns a row's label may come from, in order (label columns, and loose figures). */
  label: Kolom[];
  indikator: Kolom[];
  uraian: Kolom[];
  sasaran: Kolom[];
}
const kolomLabelCache = new WeakMap<Kolom[], KolomLabel>();

function kolomLabel(kolom: Kolom[]): KolomLabel {
  let k = kolomLabelCache.get(kolom);
  if (!k) {
    const dari = (peran: string) => kolom.filter((x) => x.peran === peran);
    k = {
      label: kolom.filter((x) => !PERAN_ANGKA.has(x.peran) || x.peran === 'angka'),
      indikator: dari('indikator'),
      uraian: dari('uraian'),
      sasaran: dari('sasaran'),
    };
    kolomLabelCache.set(kolom, k);
  }
  return k;
}

/** The longest text with a word in it among the row's cells in `ks` (the name a row goes by). */
function terpanjang(l: LembarGrid, r: number, ks: Kolom[]): string | undefined {
  let best: string | undefined;
  for (const k of ks) {
    const t = teksSel(sel(l, r, k.c));
    if ((best === undefined || t.length > best.length) && /[a-z]{3}/i.test(t)) best = t;
  }
  return best;
}

function teksLabel(
  l: LembarGrid,
  r: number,
  kolom: Kolom[],
): { label: string; nama: string; namaAsli: boolean; sasaran?: string } {
  const kl = kolomLabel(kolom);
  let label = '';
  for (const k of kl.label) {
    const t = teksSel(sel(l, r, k.c));
    if (t && /[a-z]{2}/i.test(t) && !teksPenomoran(t)) {
      label = t;
      break;
    }
  }
  const sasaran = terpanjang(l, r, kl.sasaran);
  const asli = terpanjang(l, r, kl.indikator) ?? terpanjang(l, r, kl.uraian) ?? sasaran;
  return { label, nama: asli ?? label, namaAsli: asli !== undefined, sasaran };
}

/** Classify one row of a table. */
export function jenisBaris(
  l: LembarGrid,
  r: number,
  kolom: Kolom[],
  adaIndikator: boolean,
): { jenis: JenisBaris; label: string; nama: string; namaAsli?: boolean; sasaran?: string } {
  const { label, nama, sasaran, namaAsli } = teksLabel(l, r, kolom);
  const angka = kolom.some((k) => PERAN_ANGKA.has(k.peran) && selBerangka(sel(l, r, k.c)));
  const isi = kolom.filter((k) => !kosong(sel(l, r, k.c)));
  if (isi.length === 0) return { jenis: 'catatan', label, nama };
  const lbl = label.trim();
  if (RE_RATA.test(lbl)) return { jenis: 'rata', label, nama };
  if (RE_JUMLAH.test(lbl)) return { jenis: 'jumlah', label, nama };
  if (!angka) {
    if (RE_CATATAN.test(lbl)) return { jenis: 'catatan', label, nama };
    const teksIsi = isi.filter((k) => /[a-z]{2}/i.test(teksSel(sel(l, r, k.c))));
    if (teksIsi.length <= 1) return { jenis: 'bagian', label, nama, sasaran };
    return { jenis: 'data', label, nama, sasaran };
  }
  if (adaIndikator) {
    // a summary row: a label left of the indikator column, no indikator, no row number
    const indikator = kolom.filter((k) => k.peran === 'indikator');
    const kosongIndikator = indikator.every((k) => kosong(sel(l, r, k.c)));
    const bernomor = isi.some((k) => teksPenomoran(teksSel(sel(l, r, k.c))) && !PERAN_ANGKA.has(k.peran));
    if (kosongIndikator && lbl !== '' && !bernomor) return { jenis: 'ringkasan', label, nama: lbl, sasaran };
  }
  return { jenis: 'data', label, nama, namaAsli, sasaran };
}

// ---------------------------------------------------------------- hierarchy levels

const ROMAWI = /^\(?([ivxlIVXL]{1,5})\)?\.?$/;

function levelKode(t: string): number | null {
  const m = /^(\d{1,3}(?:\.\d{1,4})*)\.?$/.exec(t.trim());
  if (!m) return null;
  let n = 1;
  for (let i = 0; i < m[1].length; i++) if (m[1].charCodeAt(i) === 46) n++;
  return n;
}

function levelNama(nama: string): number | null {
  const t = norm(nama);
  if (/^belanja daerah\b/.test(t)) return 0;
  if (/^belanja\b/.test(t)) return 1;
  if (/^urusan\b/.test(t)) return 2;
  if (/^program\b/.test(t)) return 3;
  if (/^sub[\s-]*kegiatan\b/.test(t)) return 5;
  if (/^kegiatan\b/.test(t)) return 4;
  return null;
}

/** An ALL CAPS heading ("PROGRAM REHABILITASI SOSIAL"), not an acronym ("PNS / CPNS", "SLTA"). */
function hurufBesar(t: string): boolean {
  const huruf = t.replace(/[^a-zA-Z]/g, '');
  const kata = t.split(/\s+/).filter((w) => /[a-zA-Z]{2}/.test(w)).length;
  return huruf.length >= 12 && kata >= 3 && huruf === huruf.toUpperCase();
}

/**
 * Assign levels to the data rows. Signals, strongest first: kode rekening column, dotted numbering,
 * names, formatting. Returns false when no signal varies (a flat table).
 */
export function tetapkanLevel(l: LembarGrid, baris: Baris[], kolom: Kolom[]): boolean {
  const data = baris.filter((b) => b.jenis === 'data');
  if (data.length < 2) return false;
  const kodeKol = kolom.filter((k) => k.peran === 'kode');
  const noKol = kolom.filter((k) => k.peran === 'no');
  const teks = (b: Baris, ks: Kolom[]) => {
    for (const k of ks) {
      const t = teksSel(sel(l, b.r, k.c));
      if (t !== '') return t;
    }
    return '';
  };

  const dariKode = data.map((b) => levelKode(teks(b, kodeKol)));
  if (kodeKol.length > 0 && new Set(dariKode.filter((x) => x !== null)).size > 1) {
    data.forEach((b, i) => (b.level = dariKode[i]));
    isiKosong(data);
    return true;
  }
  // dotted numbering 1. / 1.1 / 1.1.1 with letters A. above
  const no = data.map((b) => teks(b, noKol.length ? noKol : kolom.slice(0, 1)));
  const bertitik = no.filter((t) => /^\d{1,3}(\.\d{1,3})+\.?$/.test(t.trim())).length;
  if (bertitik >= 2) {
    data.forEach((b, i) => {
      const t = no[i].trim();
      if (/^[A-Z][.)]?$/.test(t)) b.level = 0;
      else b.level = levelKode(t);
    });
    isiKosong(data);
    return new Set(data.map((b) => b.level)).size > 1;
  }
  // names, roman numerals, formatting
  const adaRomawi = no.some((t) => ROMAWI.test(t.trim()) && t.trim().length > 0);
  const levels = data.map((b, i) => {
    const s = kolom.map((k) => sel(l, b.r, k.c)).find((x) => x && teksSel(x) === b.nama) ?? null;
    const dariNama = levelNama(b.nama);
    if (dariNama !== null) return dariNama;
    if (adaRomawi && ROMAWI.test(no[i].trim())) return 3;
    const indent = s?.indent ?? 0;
    if (s?.tebal && hurufBesar(b.nama)) return 3 + indent;
    if (hurufBesar(b.nama) && !s?.tebal && data.some((x) => !hurufBesar(x.nama))) return 3 + indent;
    if (s?.tebal) return 4 + indent;
    return 5 + indent;
  });
  if (new Set(levels).size <= 1) return false;
  data.forEach((b, i) => (b.level = levels[i]));
  return true;
}

function isiKosong(data: Baris[]): void {
  let last: number | null = null;
  for (const b of data) {
    if (b.level === null) b.level = last !== null ? last + 1 : 1;
    else last = b.level;
  }
}

/** Rows under a parent row: all rows until the next row at its level or above; direct children and leaves. */
export function anak(data: Baris[], i: number): { langsung: Baris[]; daun: Baris[] } {
  const p = data[i];
  if (p.level === null) return { langsung: [], daun: [] };
  const span: Baris[] = [];
  for (let j = i + 1; j < data.length; j++) {
    const lv = data[j].level;
    if (lv === null || lv <= p.level) break;
    span.push(data[j]);
  }
  if (span.length === 0) return { langsung: [], daun: [] };
  const min = terkecil(span.map((b) => b.level as number));
  const langsung = span.filter((b) => b.level === min);
  const daun = span.filter((b, k) => {
    const next = span[k + 1];
    return !next || (next.level as number) <= (b.level as number);
  });
  return { langsung, daun };
}
