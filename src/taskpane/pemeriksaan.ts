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
  const h = periksaWorkbook(grid, { ...opsiDariPengaturan(pengaturan), bahasa });
  return { ...h, tabel: h.tabel.map(({ skala: _skala, ...t }) => t) };
}

/** The worker's answer to one request; never throws (an engine error becomes a `galat` answer). */
export function jawab(p: PermintaanPeriksa): JawabanPeriksa {
  try {
    return { id: p.id, hasil: jalankanPemeriksaan(p.grid, p.pengaturan, p.bahasa) };
  } catch (e) {
    return {
      id: p.id,
      galat: { nama: e instanceof Error ? e.name : 'Error', pesan: e instanceof Error ? e.message : String(e) },
    };
  }
}
