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
  | 'angka'
  | 'teks';

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
  'angka',
]);
export const PERAN_UANG: ReadonlySet<Peran> = new Set<Peran>(['pagu', 'realisasi-anggaran', 'sisa']);
export const PERAN_PERSEN: ReadonlySet<Peran> = new Set<Peran>(['capaian', 'penyerapan', 'efisiensi']);
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
}

export type JenisBaris = 'data' | 'jumlah' | 'rata' | 'ringkasan' | 'bagian' | 'catatan' | 'header-ulang';

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
}

export type RuleId =
  | 'jumlah'
  | 'capaian'
  | 'polaritas'
  | 'penyerapan'
  | 'sisa'
  | 'efisiensi'
  | 'predikat'
  | 'lintas-tabel'
  | 'melebihi-pagu'
  | 'skala'
  | 'angka';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY: Record<RuleId, Severity> = {
  jumlah: 'error',
  capaian: 'error',
  polaritas: 'error',
  penyerapan: 'error',
  sisa: 'error',
  efisiensi: 'error',
  predikat: 'error',
  'lintas-tabel': 'warning',
  'melebihi-pagu': 'warning',
  skala: 'warning',
  angka: 'info',
};

export const SEMUA_ATURAN: readonly RuleId[] = Object.keys(SEVERITY) as RuleId[];

export interface Temuan {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
  stated: string | null;
  expected: string | null;
  /** The table the finding belongs to (its range on the sheet). */
  table?: string;
  /** Other cells involved (children of a total, the other table's cell ...), "Sheet!A1". */
  related?: string[];
}
