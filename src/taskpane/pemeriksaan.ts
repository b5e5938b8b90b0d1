/**
 * One check, as both the worker and the main-thread fallback run it: the engine on a grid with the
 * workbook's settings, in the pane's language. What it returns survives a structured clone unchanged
 * (a scale table's bands hold Decimal instances, which would arrive as plain objects: they are left out of
 * `tabel`; the pane shows tables, it never recomputes with them).
 */
import type { WorkbookGrid } from '../core/grid';
import type { HasilPeriksa } from '../core/periksa';
import { periksaWorkbook } from '../core/periksa';
import type { Pengaturan } from '../core/pengaturan';
import { opsiDariPengaturan } from '../core/pengaturan';
import type { Bahasa } from '../core/pesan/bahasa';

export interface PermintaanPeriksa {
  id: number;
  grid: WorkbookGrid;
  pengaturan: Pengaturan;
  bahasa: Bahasa;
}

export type JawabanPeriksa =
  { id: number; hasil: HasilPeriksa } | { id: number; galat: { nama: string; pesan: string } };

export function jalankanPemeriksaan(grid: WorkbookGrid, pengaturan: Pengaturan, bahasa: Bahasa): HasilPeriksa {
  const hasil = periksaWorkbook(grid, { ...opsiDariPengaturan(pengaturan), bahasa });
  return { ...hasil, tabel: hasil.tabel.map(({ skala: _skala, ...t }) => t) };
}

/** The worker's answer to one request; never throws (an engine error becomes a `galat` answer). */
export function jawab(permintaan: PermintaanPeriksa): JawabanPeriksa {
  try {
    return { id: permintaan.id, hasil: jalankanPemeriksaan(permintaan.grid, permintaan.pengaturan, permintaan.bahasa) };
  } catch (galat) {
    return {
      id: permintaan.id,
      galat: {
        nama: galat instanceof Error ? galat.name : 'Error',
        pesan: galat instanceof Error ? galat.message : String(galat),
      },
    };
  }
}
