/**
 * What this Excel build can do for the add-in. The manifest requires what the add-in cannot work without
 * (WAJIB, checked by test/manifest.test.ts); everything newer is asked of Office at run time with
 * `isSetSupported` and left out when missing, and the pane says what is unavailable.
 */
import type { Bahasa } from '../core/pesan/bahasa';

export type CekSet = (nama: string, versi: string) => boolean;

/** Requirement sets the manifest declares: the add-in does not load where they are missing. */
export const WAJIB: readonly { nama: string; versi: string }[] = [
  { nama: 'ExcelApi', versi: '1.13' },
  { nama: 'SharedRuntime', versi: '1.1' },
  { nama: 'CustomFunctionsRuntime', versi: '1.3' },
];

export type Fitur = 'format' | 'gabungan' | 'catatan' | 'banyakArea' | 'barisTersembunyi' | 'filter';

/** Each optional feature and the ExcelApi version it needs (API reference, "Api set"). */
export const SYARAT: Record<Fitur, string> = {
  // getCellProperties: bold, indent, fill of every cell read; setCellProperties on restore
  format: '1.9',
  // Range.getMergedAreasOrNullObject
  gabungan: '1.13',
  // Worksheet.notes
  catatan: '1.18',
  // Worksheet.getRanges: one request colours many cells
  banyakArea: '1.9',
  // Range.getRowProperties({ rowHidden })
  barisTersembunyi: '1.9',
  // Worksheet.autoFilter
  filter: '1.9',
};

export type Kemampuan = Record<Fitur, boolean>;

export function bacaKemampuan(cek: CekSet): Kemampuan {
  const kemampuan = {} as Kemampuan;
  for (const fitur of Object.keys(SYARAT) as Fitur[]) {
    try {
      kemampuan[fitur] = cek('ExcelApi', SYARAT[fitur]);
    } catch {
      kemampuan[fitur] = false;
    }
  }
  return kemampuan;
}

export const SEMUA_ADA: Kemampuan = {
  format: true,
  gabungan: true,
  catatan: true,
  banyakArea: true,
  barisTersembunyi: true,
  filter: true,
};

const PESAN: Record<Fitur, Record<Bahasa, string>> = {
  format: {
    id: 'Format sel (tebal, indentasi, warna isi) tidak terbaca di versi Excel ini (perlu ExcelApi 1.9): hierarki yang hanya ditandai format tidak dikenali.',
    en: 'Cell formatting (bold, indent, fill) cannot be read in this Excel version (needs ExcelApi 1.9): hierarchy shown only by formatting is not recognised.',
  },
  gabungan: {
    id: 'Sel gabungan tidak terbaca di versi Excel ini (perlu ExcelApi 1.13): header bertingkat bisa salah terbaca.',
    en: 'Merged cells cannot be read in this Excel version (needs ExcelApi 1.13): two-level headers may be misread.',
  },
  catatan: {
    id: 'Catatan sel tidak tersedia di versi Excel ini (perlu ExcelApi 1.18): Tandai hanya mewarnai sel; pesan temuan ada di daftar dan di lembar laporan.',
    en: 'Cell notes are not available in this Excel version (needs ExcelApi 1.18): Mark only colours cells; the messages are in the list and the report sheet.',
  },
  banyakArea: {
    id: 'Versi Excel ini tidak dapat mewarnai banyak sel sekaligus (perlu ExcelApi 1.9): Tandai lebih lambat.',
    en: 'This Excel version cannot colour many cells at once (needs ExcelApi 1.9): marking is slower.',
  },
  barisTersembunyi: {
    id: 'Baris tersembunyi tidak terbaca di versi Excel ini (perlu ExcelApi 1.9).',
    en: 'Hidden rows cannot be read in this Excel version (needs ExcelApi 1.9).',
  },
  filter: {
    id: 'Filter otomatis tidak terbaca di versi Excel ini (perlu ExcelApi 1.9): SUBTOTAL diperiksa atas semua baris.',
    en: 'Autofilters cannot be read in this Excel version (needs ExcelApi 1.9): SUBTOTAL is checked over all rows.',
  },
};

/** One sentence per feature this build lacks, in the UI language. */
export function pesanTidakTersedia(kemampuan: Kemampuan, bahasa: Bahasa): string[] {
  return (Object.keys(SYARAT) as Fitur[]).filter((f) => !kemampuan[f]).map((f) => PESAN[f][bahasa]);
}
