/**
 * A full ExcelJS workbook from bytes, for what writes into the workbook (the CLI's annotated copy, the
 * browser demo), with the same clear messages as the grid reader in ./buka.
 */
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../core/grid';
import type { Bahasa } from '../core/checks/konteks';
import { workbookKeGrid } from './baca';
import { keBytes, rusak, tanpaLembar, tolakBerkasBuruk } from './buka';

/** A full ExcelJS workbook (to write marks into) and its grid. */
export async function muatXlsx(
  data: Uint8Array | ArrayBuffer,
  nama: string,
  bahasa: Bahasa = 'id',
): Promise<{ wb: ExcelJS.Workbook; grid: WorkbookGrid }> {
  const b = keBytes(data);
  tolakBerkasBuruk(b, nama, bahasa);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(b as unknown as ArrayBuffer);
  } catch (e) {
    throw rusak(e, bahasa);
  }
  if (wb.worksheets.length === 0) throw tanpaLembar(bahasa);
  return { wb, grid: workbookKeGrid(wb) };
}
