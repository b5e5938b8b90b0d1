/**
 * A user's corrections to how the workbook was read: a column's role, a row's kind, a table left out, or a
 * range declared a table. They are part of the workbook's settings (Pengaturan.koreksi), stored with the
 * workbook, so the next reviewer and `sakip periksa` read the workbook the same way.
 *
 * A table is named by its sheet and the top-left cell of its range as read ("A4"); a column by its letter,
 * a row by its number, both as Excel shows them. A correction whose table is no longer found (the layout
 * changed) simply does not apply; the reading view lists it so the user can remove it.
 */
import type { JenisBaris, Peran, Tabel } from './model';
import { alamat, parseAlamat, parseRentang, Rentang } from './grid';

/** A row as the user says it is: a plain row, a parent of the rows under it, a total, a mean, or not part of the table. */
export type JenisKoreksi = 'data' | 'induk' | 'jumlah' | 'rata' | 'bukan';

export interface KoreksiTabel {
  lembar: string;
  /** Top-left cell of the table's range as read ("A4"). */
  sel: string;
  /** Leave the table out of the check. */
  abaikan?: boolean;
  /** Column letter → role ("C" → "pagu"); "teks" makes a column not a figure. */
  kolom?: Record<string, Peran>;
  /** Row number → kind ("12" → "jumlah"). */
  baris?: Record<string, JenisKoreksi>;
}

/** A range the user declared a table ("this is a table" on a selection). */
export interface TabelPengguna {
  lembar: string;
  /** "B4:H31" */
  rentang: string;
}

export interface Koreksi {
  tabel: KoreksiTabel[];
  tabelBaru: TabelPengguna[];
}

export const KOREKSI_KOSONG: Koreksi = Object.freeze({ tabel: [], tabelBaru: [] });

/** Every role, checked by the compiler to be complete (a new role must be added here to be accepted). */
const PERAN_SAH: Readonly<Record<Peran, true>> = {
  no: true,
  kode: true,
  uraian: true,
  sasaran: true,
  indikator: true,
  satuan: true,
  polaritas: true,
  target: true,
  realisasi: true,
  capaian: true,
  pagu: true,
  'realisasi-anggaran': true,
  penyerapan: true,
  sisa: true,
  efisiensi: true,
  predikat: true,
  interval: true,
  'jumlah-kolom': true,
  bulan: true,
  perubahan: true,
  'persen-perubahan': true,
  'persen-sisa': true,
  bobot: true,
  kemajuan: true,
  'realisasi-persen': true,
  angka: true,
  teks: true,
};
const JENIS_SAH: Readonly<Record<JenisKoreksi, true>> = {
  data: true,
  induk: true,
  jumlah: true,
  rata: true,
  bukan: true,
};
const KOLOM = /^[A-Z]{1,3}$/;
const BARIS = /^[1-9]\d{0,6}$/;

function selSah(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  try {
    parseAlamat(s);
    return /^[A-Z]{1,3}[1-9]\d*$/.test(s);
  } catch {
    return false;
  }
}

/** Corrections from stored JSON, keeping only well-formed entries (a hand-edited or older file never breaks a check). */
export function bacaKoreksi(x: unknown): Koreksi {
  const out: Koreksi = { tabel: [], tabelBaru: [] };
  if (!x || typeof x !== 'object') return out;
  const o = x as Record<string, unknown>;
  for (const t of Array.isArray(o.tabel) ? o.tabel : []) {
    if (!t || typeof t !== 'object') continue;
    const v = t as Record<string, unknown>;
    if (typeof v.lembar !== 'string' || !selSah(v.sel)) continue;
    const k: KoreksiTabel = { lembar: v.lembar, sel: v.sel };
    if (v.abaikan === true) k.abaikan = true;
    if (v.kolom && typeof v.kolom === 'object') {
      const kolom = Object.entries(v.kolom as Record<string, unknown>).filter(
        (e): e is [string, Peran] =>
          KOLOM.test(e[0]) && typeof e[1] === 'string' && Object.prototype.hasOwnProperty.call(PERAN_SAH, e[1]),
      );
      if (kolom.length) k.kolom = Object.fromEntries(kolom);
    }
    if (v.baris && typeof v.baris === 'object') {
      const baris = Object.entries(v.baris as Record<string, unknown>).filter(
        (e): e is [string, JenisKoreksi] =>
          BARIS.test(e[0]) && typeof e[1] === 'string' && Object.prototype.hasOwnProperty.call(JENIS_SAH, e[1]),
      );
      if (baris.length) k.baris = Object.fromEntries(baris);
    }
    if (k.abaikan || k.kolom || k.baris) out.tabel.push(k);
  }
  for (const t of Array.isArray(o.tabelBaru) ? o.tabelBaru : []) {
    if (!t || typeof t !== 'object') continue;
    const v = t as Record<string, unknown>;
    if (typeof v.lembar !== 'string' || typeof v.rentang !== 'string') continue;
    try {
      const r = parseRentang(v.rentang);
      if (r.r2 >= r.r1 + 1) out.tabelBaru.push({ lembar: v.lembar, rentang: v.rentang });
    } catch {
      /* not a range: dropped */
    }
  }
  return out;
}

export function adaKoreksi(k: Koreksi | undefined): boolean {
  return !!k && (k.tabel.length > 0 || k.tabelBaru.length > 0);
}

/** The key a table's corrections are stored under: its sheet and the top-left cell of its range. */
export function selJangkar(t: Pick<Tabel, 'rentang'>): string {
  return alamat(t.rentang.r1, t.rentang.c1);
}

export function koreksiUntuk(k: Koreksi | undefined, lembar: string, rentang: Rentang): KoreksiTabel | undefined {
  if (!k) return undefined;
  const sel = alamat(rentang.r1, rentang.c1);
  return k.tabel.find((x) => x.lembar === lembar && x.sel === sel);
}

export function tabelPenggunaDi(k: Koreksi | undefined, lembar: string): Rentang[] {
  if (!k) return [];
  return k.tabelBaru.filter((x) => x.lembar === lembar).map((x) => parseRentang(x.rentang));
}

/** The row kind a correction gives, in the reader's terms ('induk' is a data row that parents the rows under it). */
export function jenisBarisKoreksi(j: JenisKoreksi): JenisBaris {
  return j === 'bukan' ? 'catatan' : j === 'induk' ? 'data' : j;
}

/** A copy of the corrections with one table's entry changed by `ubah` (and dropped when it is left empty). */
export function ubahKoreksi(k: Koreksi, lembar: string, sel: string, ubah: (x: KoreksiTabel) => KoreksiTabel): Koreksi {
  const ada = k.tabel.find((x) => x.lembar === lembar && x.sel === sel);
  const baru = ubah(ada ? { ...ada } : { lembar, sel });
  const kosong =
    !baru.abaikan &&
    (!baru.kolom || Object.keys(baru.kolom).length === 0) &&
    (!baru.baris || Object.keys(baru.baris).length === 0);
  const lain = k.tabel.filter((x) => x !== ada);
  return { ...k, tabel: kosong ? lain : [...lain, baru] };
}
