/** Shapes shared by detection, checks and adapters: detected tables and findings (DOMAIN.md JSON). */
import type { Rentang } from './grid';
import type { Skala } from './skala';

export type Peran =
  | 'no'
  | 'kode'
  | 'uraian'
  | 'sasaran'
  | 'indikator'
  | 'satuan'
  | 'polaritas'
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'pagu'
  | 'realisasi-anggaran'
  | 'penyerapan'
  | 'sisa'
  | 'efisiensi'
  | 'predikat'
  | 'interval'
  | 'jumlah-kolom'
  /** money per month (Januari ... Desember), summed by a total column */
  | 'bulan'
  /** a stated difference between two columns (after − before perubahan, "bertambah / (berkurang)") */
  | 'perubahan'
  /** that difference as a percent of the first column */
  | 'persen-perubahan'
  /** "% SISA": the remainder as a percent of the budget */
  | 'persen-sisa'
  /** weights of components (a percent, summed to 100 %) */
  | 'bobot'
  /** "Tingkat Kemajuan": realisasi against the final Renstra target, a capaian of its own */
  | 'kemajuan'
  /** a realisasi expressed in percent (not a capaian computed from target and realisasi) */
  | 'realisasi-persen'
  | 'angka'
  | 'teks';

/** What kind of values a column holds, from its unit, header, format and values. */
export type JenisNilai = 'uang' | 'persen' | 'hitungan' | 'kinerja' | 'nomor' | 'kode' | 'teks';

export const PERAN_ANGKA: ReadonlySet<Peran> = new Set<Peran>([
  'target',
  'realisasi',
  'capaian',
  'pagu',
  'realisasi-anggaran',
  'penyerapan',
  'sisa',
  'efisiensi',
  'jumlah-kolom',
  'bulan',
  'perubahan',
  'persen-perubahan',
  'persen-sisa',
  'bobot',
  'kemajuan',
  'realisasi-persen',
  'angka',
]);
export const PERAN_UANG: ReadonlySet<Peran> = new Set<Peran>([
  'pagu',
  'realisasi-anggaran',
  'sisa',
  'bulan',
  'perubahan',
]);
export const PERAN_PERSEN: ReadonlySet<Peran> = new Set<Peran>([
  'capaian',
  'penyerapan',
  'efisiensi',
  'persen-perubahan',
  'persen-sisa',
  'bobot',
  'kemajuan',
  'realisasi-persen',
]);
export const PERAN_LABEL: ReadonlySet<Peran> = new Set<Peran>(['no', 'kode', 'uraian', 'sasaran', 'indikator']);

export interface Kolom {
  c: number;
  /** Header texts from the top header row down, e.g. ["ANGGARAN", "Pagu"]. */
  judul: string[];
  peran: Peran;
  /** Year named in the header path, e.g. "2019". */
  tahun: string | null;
  /** Other period/kind qualifiers from the header: 'tw1', 'renstra', 'murni', 'kumulatif'. */
  kualifikasi: string[];
  /** The header states the negative-polarity formula ((target − (realisasi − target)) / target). */
  rumusNegatif?: boolean;
  /** The header says the column holds averages (rata-rata). */
  rataRata?: boolean;
  /** Separator system of the column's text numbers, from its unambiguous cells. */
  sistem?: 'id' | 'us' | null;
  /** Kind of values (money, percent, counts, kinerja in per-row units ...). */
  nilai?: JenisNilai;
  /** Unit text from a unit row or the header ("Rp.", "%", "K"). */
  satuan?: string;
  /** The merged group header the column sits under ("Operasi", "Realisasi Kinerja Pada Triwulan / I"). */
  grup?: string;
  /** The numbering row's label for the column ("6", "13 = 9 + 10 + 11 + 12"). */
  nomor?: string;
  /** How the column aggregates over the rows under the accepted reading. */
  agregasi?: Agregasi;
  /** Why the column got its role and aggregation, for the reading view. */
  bukti?: string[];
}

/**
 * How a column's parent and total cells relate to the rows under them: summed, averaged (simple mean),
 * computed across the row by a formula of their own (`=K15/J15*100`), or not aggregated at all.
 */
export type Agregasi = 'jumlah' | 'rata' | 'baris' | 'tidak';

export type JenisBaris =
  | 'data'
  | 'jumlah'
  | 'rata'
  | 'ringkasan'
  | 'bagian'
  | 'catatan'
  | 'header-ulang'
  /** an unlabelled helper row under the table (=SUBTOTAL(9, ...)) */
  | 'bantu';

export interface Baris {
  r: number;
  jenis: JenisBaris;
  /** Hierarchy level (smaller = higher); null when the table has no hierarchy signal. */
  level: number | null;
  /** The most specific name on the row (indikator, else uraian, else sasaran; else the first label). */
  nama: string;
  /** True when `nama` comes from a name column (indikator/uraian/sasaran), not a fallback label. */
  namaAsli?: boolean;
  /** The first label text on the row, for messages ("TOTAL", "Jumlah"). */
  label: string;
  /** Text of the sasaran/tujuan column (or the nearest above it when merged). */
  sasaran?: string;
  /** The program / kegiatan / account named on the row (money is keyed by it). */
  uraian?: string;
  /** The indicator the row belongs to: its own, or the group's when the cell is blank or merged below it. */
  indikator?: string;
  /** Sheet row of the parent row under the accepted reading; null for a top-level row. */
  induk?: number | null;
  /** The row is hidden (by hand or by the autofilter). */
  tersembunyi?: boolean;
  /** What decided the row's kind and level ("kode 1.02.01", "warna", "rumus =SUM(K15:K21)"). */
  bukti?: string[];
}

export type JenisTabel = 'capaian' | 'anggaran' | 'efisiensi' | 'skala' | 'lain';

export interface Tabel {
  id: string;
  lembar: string;
  judul: string;
  jenis: JenisTabel;
  rentang: Rentang;
  barisHeader: number[];
  barisPenomoran: number | null;
  kolom: Kolom[];
  baris: Baris[];
  tahunJudul: string | null;
  /** For scale tables: the scale read from it. */
  skala?: Skala;
  /** How sure detection is (0..1); unsure tables are reported as kind 'lain'. */
  keyakinan: number;
  /** The rows that give the hierarchy (kode, nomor, warna, format, rumus), when the table has one. */
  hierarki?: SumberHierarki | null;
  /** Numbering row, unit row (sheet rows), when the header block has them. */
  barisSatuan?: number | null;
  /** A block of figures without a header row: listed, never checked. */
  tanpaHeader?: boolean;
  /** The hierarchy readings considered and their scores (the kept one is `hierarki`). */
  calonHierarki?: { sumber: SumberHierarki; skor: number }[];
  /** The user left this table out of the check (a correction). */
  dikecualikan?: true;
  /** The user corrected how this table is read (column roles, row kinds). */
  dikoreksi?: true;
  /** The user declared this range a table. */
  dariPengguna?: true;
}

export type SumberHierarki =
  | 'kode'
  | 'nomor'
  | 'warna'
  | 'format'
  | 'rumus'
  | 'kolom'
  | 'nama'
  /** the user marked the parent rows (a correction) */
  | 'pengguna';

/** A rule id: a key of the rule registry (aturan/meta.ts). */
export type { RuleId } from './aturan/meta';
import type { RuleId } from './aturan/meta';

export type Severity = 'error' | 'warning' | 'info';

export interface Temuan {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
  stated: string | null;
  expected: string | null;
  /**
   * The cell is formatted as a percent: `stated` and `expected` are in the cell's stored scale (0.4869 shows
   * 48,69 %), as a writer of the cell needs them; `tampilPersen` (core/angka) gives them as shown.
   */
  persen?: true;
  /** The table the finding belongs to (its range on the sheet). */
  table?: string;
  /** Other cells involved (children of a total, the other table's cell ...), "Sheet!A1". */
  related?: string[];
  /** The corrected formula, where one is clear ("=SUM(R13+R55+R70)"); "Perbaiki rumus" writes it. */
  fix?: string;
  /** The arithmetic as a bendahara checks it by hand: the parts and how they combine. */
  hitungan?: { operator: '+' | 'rata' | '-' | '/' | '×'; bagian: string[]; hasil: string };
}
