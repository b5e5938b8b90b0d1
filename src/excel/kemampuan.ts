/**
 * What this Excel build can do for the add-in. The manifest requires what the add-in cannot work without
 * (WAJIB, checked by test/manifest.test.ts); everything newer is asked of Office at run time with
 * `isSetSupported` and left out when missing, and the pane says what is unavailable.
 */
import type { Bahasa } from '../core/pesan/bahasa';
import { pesanHost, type PesanHost } from '../core/pesan/host';

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

/** The host pack's (core/pesan/host.ts) sentences about a missing feature. */
type KunciFitur = Extract<keyof PesanHost, `fitur${string}`>;

/** Each feature's sentence in the host pack. */
const KUNCI_PESAN: Record<Fitur, KunciFitur> = {
  format: 'fiturFormat',
  gabungan: 'fiturGabungan',
  catatan: 'fiturCatatan',
  banyakArea: 'fiturBanyakArea',
  barisTersembunyi: 'fiturBarisTersembunyi',
  filter: 'fiturFilter',
};

/** One sentence per feature this build lacks, in the UI language. */
export function pesanTidakTersedia(kemampuan: Kemampuan, bahasa: Bahasa): string[] {
  const pesan = pesanHost(bahasa);
  return (Object.keys(SYARAT) as Fitur[]).filter((f) => !kemampuan[f]).map((f) => pesan[KUNCI_PESAN[f]]);
}
