/**
 * The columns of a table: each column's header path (group headers down to the leaf, years and quarters
 * included), its unit from the unit row or the header text, its numbering label, its role and the kind of
 * values it holds. Roles from words are then checked against the values: a percent format, running row
 * numbers, per-row units (satuan) that make a kinerja column non-additive.
 */
import type { JenisNilai, Kolom, Peran } from '../model';
import { PERAN_ANGKA } from '../model';
import { parseTeks, sistemKolom } from '../angka';
import type { BacaLembar } from './lembar';
import type { Segmen } from './segmen';
import { norm, peranDariJudul } from './kosakata';

/** Header texts of column c from the top header row down, merged areas read from their top-left cell. */
function judulKolom(b: BacaLembar, header: number[], c: number): { judul: string[]; grup?: string } {
  const judul: string[] = [];
  let grup: string | undefined;
  for (const r of header) {
    const t = b.teksTampil(r, c);
    if (!t || judul[judul.length - 1] === t) continue;
    judul.push(t);
  }
  // the group: a header cell merged across several columns above the leaf
  for (const r of header) {
    const g = b.gabung(r, c);
    if (g && g.c2 > g.c1 && r < header[header.length - 1]) {
      const t = b.teks(g.r1, g.c1);
      if (t) grup = grup ? `${grup} / ${t}` : t;
    }
  }
  return grup ? { judul, grup } : { judul };
}

function teksBaris(b: BacaLembar, r: number | null, c: number): string | undefined {
  if (r === null) return undefined;
  const t = b.teksTampil(r, c);
  return t || undefined;
}

interface StatKolom {
  angka: number;
  persenFormat: number;
  pecahan: number;
  bulat: number;
  teks: number;
  berurut: boolean;
}

function statistik(b: BacaLembar, isi: number[], c: number, sistem: 'id' | 'us' | null): StatKolom {
  let angka = 0;
  let persenFormat = 0;
  let pecahan = 0;
  let bulat = 0;
  let teks = 0;
  let urut = 0;
  let prev: number | null = null;
  let berurut = true;
  for (const r of isi) {
    const s = b.sel(r, c);
    if (!s || s.v === null || s.v === '') continue;
    let v: number | null = null;
    if (typeof s.v === 'number') v = s.v;
    else if (typeof s.v === 'string') {
      const a = parseTeks(s.v, sistem);
      if (a.nilai && (a.status === 'teks-angka' || a.status === 'strip')) v = a.nilai.toNumber();
      else if (/[a-z]{3}/i.test(s.v)) teks++;
    }
    if (v === null) continue;
    angka++;
    if (b.format.info(s.fmt).persen) persenFormat++;
    if (Math.abs(v) <= 1.5 && !Number.isInteger(v)) pecahan++;
    if (Number.isInteger(v)) bulat++;
    if (Number.isInteger(v) && (prev === null ? v === 1 : v === prev + 1)) urut++;
    else berurut = false;
    prev = v;
  }
  return { angka, persenFormat, pecahan, bulat, teks, berurut: berurut && urut >= 3 };
}

/** The table's columns, left to right, with roles checked against their values. */
export function bacaKolom(b: BacaLembar, seg: Segmen): Kolom[] {
  const kolom: Kolom[] = [];
  const isi = seg.isi;
  for (let c = seg.c1; c <= seg.c2; c++) {
    const { judul, grup } = judulKolom(b, seg.header, c);
    const satuan = teksBaris(b, seg.satuan, c) ?? null;
    const nomor = teksBaris(b, seg.nomor, c);
    const adaIsi = isi.some((r) => b.sel(r, c) && b.teks(r, c) !== '');
    if (judul.length === 0 && !adaIsi) continue;
    const k: Kolom = { c, ...peranDariJudul(judul, satuan) };
    if (grup) k.grup = grup;
    if (nomor) k.nomor = nomor;
    // a numbering row may name the column's year: "3 (2024)"
    const tahunNomor = nomor ? /\(((?:19|20)\d{2})\)/.exec(nomor) : null;
    if (tahunNomor && !k.tahun) k.tahun = tahunNomor[1];
    kolom.push(k);
  }
  // the separator system decides ambiguous text in number columns
  for (const k of kolom) {
    if (!PERAN_ANGKA.has(k.peran)) continue;
    const teks: string[] = [];
    for (const r of isi) {
      const v = b.sel(r, k.c)?.v;
      if (typeof v === 'string') teks.push(v);
    }
    k.sistem = sistemKolom(teks);
  }
  rapikan(b, kolom, seg);
  return kolom;
}

const ROLE_KINERJA: ReadonlySet<Peran> = new Set<Peran>(['target', 'realisasi']);

/** Roles that depend on the whole table and on the values. */
function rapikan(b: BacaLembar, kolom: Kolom[], seg: Segmen): void {
  const ada = (p: Peran) => kolom.some((k) => k.peran === p);
  // a realisasi beside a pagu in a table without targets is money spent
  if (ada('pagu') && !ada('target')) {
    for (const k of kolom) if (k.peran === 'realisasi' && k.nilai !== 'kinerja') k.peran = 'realisasi-anggaran';
    if (ada('realisasi-anggaran') && !ada('realisasi'))
      for (const k of kolom) if (k.peran === 'capaian' && !k.rataRata) k.peran = 'penyerapan';
  }
  // a bare "%" right of the change (Bertambah / (Berkurang) | %) is the percent of that change, not a capaian
  for (let i = 1; i < kolom.length; i++) {
    const k = kolom[i];
    const daun = norm(k.judul[k.judul.length - 1] ?? '');
    if (
      k.peran === 'capaian' &&
      kolom[i - 1].peran === 'perubahan' &&
      /^(%|\(%\)|persen|persentase)$/.test(daun) &&
      !ada('target')
    )
      k.peran = 'persen-perubahan';
  }
  const satuanKol = kolom.find((k) => k.peran === 'satuan');
  const satuanBerbeda = satuanKol
    ? new Set(seg.isi.map((r) => norm(b.teks(r, satuanKol.c))).filter((x) => x !== '')).size >= 2
    : false;
  for (const k of kolom) {
    const bukti: string[] = [];
    if (k.judul.length) bukti.push(`judul: ${k.judul.join(' / ')}`);
    if (k.satuan) bukti.push(`satuan: ${k.satuan}`);
    const st = statistik(b, seg.isi, k.c, k.sistem ?? null);
    // a text role whose cells are figures ("Alasan Lain" counting students): the figures decide
    if (k.peran === 'teks' && st.angka >= 2 && st.angka >= (st.angka + st.teks) * 0.8) {
      k.peran = 'angka';
      delete k.nilai;
      bukti.push('isi angka');
    }
    if (!PERAN_ANGKA.has(k.peran) && k.peran !== 'no') {
      k.bukti = bukti;
      continue;
    }
    let nilai: JenisNilai | undefined = k.nilai;
    if (st.angka > 0 && st.persenFormat * 2 > st.angka && nilai !== 'uang') {
      nilai = 'persen';
      bukti.push('format %');
    }
    // a running 1, 2, 3 ... is a row-number column, never summed
    if (st.berurut && st.bulat === st.angka && (k.peran === 'angka' || k.peran === 'no') && st.angka >= 3) {
      k.peran = 'no';
      nilai = 'nomor';
      bukti.push('nomor urut');
    }
    // target/realisasi in units that differ from row to row are not additive
    if (
      ROLE_KINERJA.has(k.peran) &&
      satuanBerbeda &&
      (nilai === undefined || nilai === 'kinerja' || nilai === 'hitungan')
    ) {
      nilai = 'kinerja';
      bukti.push('satuan berbeda per baris');
    }
    if (nilai === undefined && k.peran === 'angka' && st.angka > 0 && st.bulat === st.angka) nilai = 'hitungan';
    if (nilai) k.nilai = nilai;
    k.bukti = bukti;
  }
}
