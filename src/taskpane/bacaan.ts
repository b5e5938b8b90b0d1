/**
 * What the reading view ("Cara membaca tabel") shows and changes, as plain functions over the engine's
 * tables and the user's corrections: which rows of a long table to show, a row's kind as the user sees it,
 * the list of active corrections (and those whose table is no longer found), a typed range.
 */
import type { Baris, JenisBaris, Peran, Tabel } from '../core/model';
import { alamatRentang, namaKolom, parseRentang, type Rentang } from '../core/grid';
import type { JenisKoreksi, Koreksi, KoreksiTabel } from '../core/koreksi';
import { koreksiUntuk, selJangkar, ubahKoreksi } from '../core/koreksi';
import { pisahLembar } from './rujukan';

/** Rows shown from the top of a table before only the rows that are not plain data. */
export const BARIS_AWAL = 20;

/** Sheet rows that are the parent of another row under the accepted reading. */
export function barisInduk(t: Tabel): Set<number> {
  const out = new Set<number>();
  for (const b of t.baris) if (b.induk !== null && b.induk !== undefined) out.add(b.induk);
  return out;
}

/** A row's kind as the reading view names it: a data row that parents others is an "induk". */
export function jenisTampil(b: Baris, induk: ReadonlySet<number>): JenisBaris | 'induk' {
  return b.jenis === 'data' && induk.has(b.r) ? 'induk' : b.jenis;
}

/** The corrections stored for a table (keyed by its sheet and the top-left cell of its range as read). */
export function koreksiTabel(k: Koreksi, t: Tabel): KoreksiTabel | undefined {
  return koreksiUntuk(k, t.lembar, t.rentang);
}

/**
 * The rows worth seeing in a long table: the first ones, then every row that is not plain data (totals,
 * means, parents, notes, sections, repeated headers) or that the user corrected. Linear in the rows.
 */
export function barisPenting(t: Tabel, k: KoreksiTabel | undefined, awal = BARIS_AWAL): Baris[] {
  const induk = barisInduk(t);
  const dikoreksi = k?.baris ?? {};
  return t.baris.filter((b, i) => i < awal || jenisTampil(b, induk) !== 'data' || String(b.r + 1) in dikoreksi);
}

/** One active correction as the list shows it, with what removing it does. */
export type EntriKoreksi = { kunci: string; lembar: string; ditemukan: boolean; hapus: (k: Koreksi) => Koreksi } & (
  | { jenis: 'abaikan'; sel: string }
  | { jenis: 'kolom'; sel: string; kolom: string; peran: Peran }
  | { jenis: 'baris'; sel: string; baris: number; nilai: JenisKoreksi }
  | { jenis: 'tabelBaru'; rentang: string }
);

function di(a: Rentang, b: Rentang): boolean {
  return a.r1 >= b.r1 && a.r2 <= b.r2 && a.c1 >= b.c1 && a.c2 <= b.c2;
}

/**
 * Every active correction, one entry per column, row, exclusion and declared range. `ditemukan` is false
 * when no table read now carries the key (its layout changed): such a correction no longer applies.
 */
export function entriKoreksi(k: Koreksi, tabel: readonly Tabel[]): EntriKoreksi[] {
  const jangkar = new Set(tabel.map((t) => `${t.lembar}\u0000${selJangkar(t)}`));
  const out: EntriKoreksi[] = [];
  for (const x of k.tabel) {
    const ditemukan = jangkar.has(`${x.lembar}\u0000${x.sel}`);
    const dasar = { lembar: x.lembar, sel: x.sel, ditemukan };
    const ubah = (f: (y: KoreksiTabel) => KoreksiTabel) => (kk: Koreksi) => ubahKoreksi(kk, x.lembar, x.sel, f);
    if (x.abaikan)
      out.push({
        ...dasar,
        kunci: `a|${x.lembar}|${x.sel}`,
        jenis: 'abaikan',
        hapus: ubah(({ abaikan: _a, ...y }) => y),
      });
    for (const [kolom, peran] of Object.entries(x.kolom ?? {}))
      out.push({
        ...dasar,
        kunci: `k|${x.lembar}|${x.sel}|${kolom}`,
        jenis: 'kolom',
        kolom,
        peran,
        hapus: ubah((y) => ({ ...y, kolom: tanpa(y.kolom, kolom) })),
      });
    for (const [baris, nilai] of Object.entries(x.baris ?? {}))
      out.push({
        ...dasar,
        kunci: `b|${x.lembar}|${x.sel}|${baris}`,
        jenis: 'baris',
        baris: Number(baris),
        nilai,
        hapus: ubah((y) => ({ ...y, baris: tanpa(y.baris, baris) })),
      });
  }
  for (const x of k.tabelBaru) {
    let r: Rentang | null = null;
    try {
      r = parseRentang(x.rentang);
    } catch {
      r = null;
    }
    const ditemukan = !!r && tabel.some((t) => t.dariPengguna && t.lembar === x.lembar && di(t.rentang, r!));
    out.push({
      kunci: `t|${x.lembar}|${x.rentang}`,
      jenis: 'tabelBaru',
      lembar: x.lembar,
      rentang: x.rentang,
      ditemukan,
      hapus: (kk) => ({
        ...kk,
        tabelBaru: kk.tabelBaru.filter((y) => !(y.lembar === x.lembar && y.rentang === x.rentang)),
      }),
    });
  }
  return out;
}

function tanpa<T>(o: Record<string, T> | undefined, kunci: string): Record<string, T> | undefined {
  if (!o) return undefined;
  const { [kunci]: _hapus, ...sisa } = o;
  return Object.keys(sisa).length ? sisa : undefined;
}

/** A column's role set by the user (or back to what the reader infers with `peran` null). */
export function aturPeran(t: Tabel, c: number, peran: Peran | null): (k: Koreksi) => Koreksi {
  const huruf = namaKolom(c);
  return (k) =>
    ubahKoreksi(k, t.lembar, selJangkar(t), (x) => ({
      ...x,
      kolom: peran ? { ...x.kolom, [huruf]: peran } : tanpa(x.kolom, huruf),
    }));
}

/** A row's kind set by the user (sheet row `r`, 0-based), or back to the reader's with `jenis` null. */
export function aturBaris(t: Tabel, r: number, jenis: JenisKoreksi | null): (k: Koreksi) => Koreksi {
  const kunci = String(r + 1);
  return (k) =>
    ubahKoreksi(k, t.lembar, selJangkar(t), (x) => ({
      ...x,
      baris: jenis ? { ...x.baris, [kunci]: jenis } : tanpa(x.baris, kunci),
    }));
}

/** Leave a table out of the check, or include it again. */
export function aturAbaikan(t: Tabel, abaikan: boolean): (k: Koreksi) => Koreksi {
  return (k) =>
    ubahKoreksi(k, t.lembar, selJangkar(t), ({ abaikan: _a, ...x }) => (abaikan ? { ...x, abaikan: true } : x));
}

/**
 * A range the user typed: "B4:H31" on `lembarBawaan`, or with its sheet ("'Realisasi Anggaran'!$B$4:$H$31").
 * Null when it is not a range of at least two rows (a header and one row), which is what a table needs.
 */
export function rentangDariTeks(teks: string, lembarBawaan: string): { lembar: string; rentang: string } | null {
  const { lembar, sisa } = pisahLembar(teks.trim());
  let r: Rentang;
  try {
    r = parseRentang(sisa.replace(/\$/g, '').toUpperCase());
  } catch {
    return null;
  }
  if (r.r2 < r.r1 + 1) return null;
  return { lembar: lembar ?? lembarBawaan, rentang: alamatRentang(r) };
}
