/**
 * What the reading view ("Cara membaca tabel") shows and changes, as plain functions over the engine's
 * tables and the user's corrections: which rows of a long table to show, a row's kind as the user sees it,
 * the list of active corrections (and those whose table is no longer found), a typed range, and the reading
 * behind a finding (its table and column) for the finding's details.
 */
import type { Baris, JenisBaris, Kolom, Peran, Tabel, Temuan } from '../core/model';
import { alamatRentang, namaKolom, parseAlamat, parseRentang, type Rentang } from '../core/grid';
import type { JenisKoreksi, Koreksi, KoreksiTabel } from '../core/koreksi';
import { koreksiUntuk, selJangkar, ubahKoreksi } from '../core/koreksi';
import { pisahLembar } from './rujukan';

/** Rows shown from the top of a table before only the rows that are not plain data. */
export const BARIS_AWAL = 20;

/** Sheet rows that are the parent of another row under the accepted reading. */
export function barisInduk(tabel: Tabel): Set<number> {
  const induk = new Set<number>();
  for (const baris of tabel.baris) if (baris.induk !== null && baris.induk !== undefined) induk.add(baris.induk);
  return induk;
}

/** A row's kind as the reading view names it: a data row that parents others is an "induk". */
export function jenisTampil(baris: Baris, induk: ReadonlySet<number>): JenisBaris | 'induk' {
  return baris.jenis === 'data' && induk.has(baris.r) ? 'induk' : baris.jenis;
}

/** The corrections stored for a table (keyed by its sheet and the top-left cell of its range as read). */
export function koreksiTabel(koreksi: Koreksi, tabel: Tabel): KoreksiTabel | undefined {
  return koreksiUntuk(koreksi, tabel.lembar, tabel.rentang);
}

/**
 * The rows worth seeing in a long table: the first ones, then every row that is not plain data (totals,
 * means, parents, notes, sections, repeated headers) or that the user corrected. Linear in the rows.
 */
export function barisPenting(tabel: Tabel, tersimpan: KoreksiTabel | undefined, awal = BARIS_AWAL): Baris[] {
  const induk = barisInduk(tabel);
  const dikoreksi = tersimpan?.baris ?? {};
  return tabel.baris.filter(
    (baris, indeks) => indeks < awal || jenisTampil(baris, induk) !== 'data' || String(baris.r + 1) in dikoreksi,
  );
}

/** One active correction as the list shows it, with what removing it does. */
export type EntriKoreksi = {
  kunci: string;
  lembar: string;
  ditemukan: boolean;
  hapus: (koreksi: Koreksi) => Koreksi;
} & (
  | { jenis: 'abaikan'; sel: string }
  | { jenis: 'kolom'; sel: string; kolom: string; peran: Peran }
  | { jenis: 'baris'; sel: string; baris: number; nilai: JenisKoreksi }
  | { jenis: 'tabelBaru'; rentang: string }
);

/** Whether `dalam` lies within `luar`. */
function di(dalam: Rentang, luar: Rentang): boolean {
  return dalam.r1 >= luar.r1 && dalam.r2 <= luar.r2 && dalam.c1 >= luar.c1 && dalam.c2 <= luar.c2;
}

/**
 * Every active correction, one entry per column, row, exclusion and declared range. `ditemukan` is false
 * when no table read now carries the key (its layout changed): such a correction no longer applies.
 */
export function entriKoreksi(koreksi: Koreksi, tabel: readonly Tabel[]): EntriKoreksi[] {
  const jangkar = new Set(tabel.map((x) => `${x.lembar}\u0000${selJangkar(x)}`));
  const daftar: EntriKoreksi[] = [];
  for (const tersimpan of koreksi.tabel) {
    const { lembar, sel } = tersimpan;
    const ditemukan = jangkar.has(`${lembar}\u0000${sel}`);
    const dasar = { lembar, sel, ditemukan };
    const ubah = (ubahTabel: (lama: KoreksiTabel) => KoreksiTabel) => (lama: Koreksi) =>
      ubahKoreksi(lama, lembar, sel, ubahTabel);
    if (tersimpan.abaikan)
      daftar.push({
        ...dasar,
        kunci: `a|${lembar}|${sel}`,
        jenis: 'abaikan',
        hapus: ubah(({ abaikan: _abaikan, ...sisa }) => sisa),
      });
    for (const [kolom, peran] of Object.entries(tersimpan.kolom ?? {}))
      daftar.push({
        ...dasar,
        kunci: `k|${lembar}|${sel}|${kolom}`,
        jenis: 'kolom',
        kolom,
        peran,
        hapus: ubah((lama) => ({ ...lama, kolom: tanpa(lama.kolom, kolom) })),
      });
    for (const [baris, nilai] of Object.entries(tersimpan.baris ?? {}))
      daftar.push({
        ...dasar,
        kunci: `b|${lembar}|${sel}|${baris}`,
        jenis: 'baris',
        baris: Number(baris),
        nilai,
        hapus: ubah((lama) => ({ ...lama, baris: tanpa(lama.baris, baris) })),
      });
  }
  for (const baru of koreksi.tabelBaru) {
    let rentang: Rentang | null = null;
    try {
      rentang = parseRentang(baru.rentang);
    } catch {
      rentang = null;
    }
    const dibaca = rentang;
    const ditemukan =
      !!dibaca && tabel.some((x) => x.dariPengguna && x.lembar === baru.lembar && di(x.rentang, dibaca));
    daftar.push({
      kunci: `t|${baru.lembar}|${baru.rentang}`,
      jenis: 'tabelBaru',
      lembar: baru.lembar,
      rentang: baru.rentang,
      ditemukan,
      hapus: (lama) => ({
        ...lama,
        tabelBaru: lama.tabelBaru.filter((x) => !(x.lembar === baru.lembar && x.rentang === baru.rentang)),
      }),
    });
  }
  return daftar;
}

function tanpa<T>(objek: Record<string, T> | undefined, kunci: string): Record<string, T> | undefined {
  if (!objek) return undefined;
  const { [kunci]: _hapus, ...sisa } = objek;
  return Object.keys(sisa).length ? sisa : undefined;
}

/** A column's role set by the user (or back to what the reader infers with `peran` null). */
export function aturPeran(tabel: Tabel, kolom: number, peran: Peran | null): (koreksi: Koreksi) => Koreksi {
  const huruf = namaKolom(kolom);
  return (koreksi) =>
    ubahKoreksi(koreksi, tabel.lembar, selJangkar(tabel), (lama) => ({
      ...lama,
      kolom: peran ? { ...lama.kolom, [huruf]: peran } : tanpa(lama.kolom, huruf),
    }));
}

/** A row's kind set by the user (sheet row `baris`, 0-based), or back to the reader's with `jenis` null. */
export function aturBaris(tabel: Tabel, baris: number, jenis: JenisKoreksi | null): (koreksi: Koreksi) => Koreksi {
  const kunci = String(baris + 1);
  return (koreksi) =>
    ubahKoreksi(koreksi, tabel.lembar, selJangkar(tabel), (lama) => ({
      ...lama,
      baris: jenis ? { ...lama.baris, [kunci]: jenis } : tanpa(lama.baris, kunci),
    }));
}

/** Leave a table out of the check, or include it again. */
export function aturAbaikan(tabel: Tabel, abaikan: boolean): (koreksi: Koreksi) => Koreksi {
  return (koreksi) =>
    ubahKoreksi(koreksi, tabel.lembar, selJangkar(tabel), ({ abaikan: _abaikan, ...sisa }) =>
      abaikan ? { ...sisa, abaikan: true } : sisa,
    );
}

/**
 * A range the user typed: "B4:H31" on `lembarBawaan`, or with its sheet ("'Realisasi Anggaran'!$B$4:$H$31").
 * Null when it is not a range of at least two rows (a header and one row), which is what a table needs.
 */
export function rentangDariTeks(teks: string, lembarBawaan: string): { lembar: string; rentang: string } | null {
  const { lembar, sisa } = pisahLembar(teks.trim());
  let rentang: Rentang;
  try {
    rentang = parseRentang(sisa.replace(/\$/g, '').toUpperCase());
  } catch {
    return null;
  }
  if (rentang.r2 < rentang.r1 + 1) return null;
  return { lembar: lembar ?? lembarBawaan, rentang: alamatRentang(rentang) };
}

/**
 * The reading behind a finding, for its details: the table it is in (its id, else the table on its sheet
 * whose range holds the cell) and the column of its cell, when the table has one there.
 */
export function bacaanTemuan(temuan: Temuan, tabel: readonly Tabel[]): { tabel: Tabel; kolom?: Kolom } | null {
  let posisi: { r: number; c: number } | null = null;
  try {
    posisi = parseAlamat(temuan.cell);
  } catch {
    posisi = null;
  }
  const berisi = (x: Tabel) =>
    !!posisi &&
    x.lembar === temuan.sheet &&
    posisi.r >= x.rentang.r1 &&
    posisi.r <= x.rentang.r2 &&
    posisi.c >= x.rentang.c1 &&
    posisi.c <= x.rentang.c2;
  const ketemu = (temuan.table ? tabel.find((x) => x.id === temuan.table) : undefined) ?? tabel.find(berisi);
  if (!ketemu) return null;
  const kolom = posisi ? ketemu.kolom.find((x) => x.c === posisi.c) : undefined;
  return kolom ? { tabel: ketemu, kolom } : { tabel: ketemu };
}
