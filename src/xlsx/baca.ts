/**
 * ExcelJS workbook -> core Grid. Shared by the CLI (Node) and the browser demo; no Node APIs here.
 * Formulas keep their cached result as the value and their text in `f`.
 */
import type ExcelJS from 'exceljs';
import type { LembarGrid, Sel, WorkbookGrid } from '../core/grid';
import { parseRentang } from '../core/grid';

type NilaiExcel = ExcelJS.CellValue;

function dariNilai(v: NilaiExcel): Pick<Sel, 'v' | 'f' | 'galat'> {
  if (v === null || v === undefined) return { v: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { v };
  if (v instanceof Date) return { v: v.toISOString().slice(0, 10) };
  if (typeof v === 'object') {
    if ('error' in v && v.error) return { v: null, galat: String(v.error) };
    if ('formula' in v || 'sharedFormula' in v) {
      const fv = v as ExcelJS.CellFormulaValue & { sharedFormula?: string };
      const hasil = dariNilai((fv.result ?? null) as NilaiExcel);
      return { ...hasil, f: fv.formula ?? fv.sharedFormula };
    }
    if ('richText' in v && Array.isArray(v.richText)) return { v: v.richText.map((x) => x.text).join('') };
    if ('text' in v && 'hyperlink' in v) {
      const t = (v as ExcelJS.CellHyperlinkValue).text;
      return { v: typeof t === 'string' ? t : null };
    }
  }
  return { v: String(v) };
}

/** One ExcelJS cell as a grid cell: value (cached result for formulas), formula, format, bold, indent. */
export function selDariCell(cell: ExcelJS.Cell): Sel {
  const s: Sel = dariNilai(cell.value);
  // a shared formula's other cells hold only the master's address; ExcelJS translates the text for us
  if (s.f !== undefined && cell.value && typeof cell.value === 'object' && 'sharedFormula' in cell.value) s.f = cell.formula;
  const fmt = cell.numFmt;
  if (fmt && fmt !== 'General') s.fmt = fmt;
  if (cell.font?.bold) s.tebal = true;
  const ind = cell.alignment?.indent;
  if (ind) s.indent = ind;
  return s;
}

export function lembarKeGrid(ws: ExcelJS.Worksheet): LembarGrid {
  const baris: (Sel | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: (Sel | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // merged slaves repeat the master's value in ExcelJS; the grid keeps them empty like Excel does
      if (cell.isMerged && cell.master !== cell) return;
      out[colNumber - 1] = selDariCell(cell);
    });
    baris[rowNumber - 1] = out;
  });
  const merges: string[] = ((ws.model as unknown as { merges?: string[] }).merges ?? []) as string[];
  return { nama: ws.name, baris, gabung: merges.map(parseRentang) };
}

/** Sheets the add-in itself writes; never checked as data. */
export const LEMBAR_SENDIRI = new Set(['_sakip_jurnal', '_sakip_pengaturan', 'Temuan SAKIP']);

export function workbookKeGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  const lembar: LembarGrid[] = [];
  wb.eachSheet((ws) => {
    if (!LEMBAR_SENDIRI.has(ws.name)) lembar.push(lembarKeGrid(ws));
  });
  return { lembar };
}
