/**
 * ExcelJS workbook -> core Grid. Shared by the CLI (Node) and the browser demo; no Node APIs here.
 * Formulas keep their cached result as the value and their text in `f`.
 */
import type ExcelJS from 'exceljs';
import type { LembarGrid, Rentang, Sel, WorkbookGrid } from '../core/grid';
import { alamat, parseRentang } from '../core/grid';
import { PaletTema, parseTema, TEMA_BAWAAN, warnaDari } from './warna';

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

/** The solid fill of an ExcelJS cell, resolved against the workbook's theme. */
function isiSel(cell: ExcelJS.Cell, tema: PaletTema): string | undefined {
  const f = cell.fill;
  if (!f || f.type !== 'pattern' || f.pattern !== 'solid' || !f.fgColor) return undefined;
  const c = f.fgColor as { argb?: string; theme?: number; tint?: number; indexed?: number };
  const a: Record<string, string | undefined> = {
    rgb: c.argb,
    theme: c.theme === undefined ? undefined : String(c.theme),
    tint: c.tint === undefined ? undefined : String(c.tint),
    indexed: c.indexed === undefined ? undefined : String(c.indexed),
  };
  return warnaDari(a, tema) ?? undefined;
}

/** One ExcelJS cell as a grid cell: value (cached result for formulas), formula, format, bold, indent, fill. */
export function selDariCell(cell: ExcelJS.Cell, tema: PaletTema = TEMA_BAWAAN): Sel {
  const s: Sel = dariNilai(cell.value);
  // a shared formula's other cells hold only the master's address; ExcelJS translates the text for us
  if (s.f !== undefined && cell.value && typeof cell.value === 'object' && 'sharedFormula' in cell.value)
    s.f = cell.formula;
  const fmt = cell.numFmt;
  if (fmt && fmt !== 'General') s.fmt = fmt;
  if (cell.font?.bold) s.tebal = true;
  const ind = cell.alignment?.indent;
  if (ind) s.indent = ind;
  const isi = isiSel(cell, tema);
  if (isi) s.isi = isi;
  return s;
}

/** An ExcelJS autofilter setting ("A9:Q1054" or {from, to}) as a range. */
function rentangFilter(f: unknown): Rentang | undefined {
  const sisi = (v: unknown): string => {
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object' && 'row' in v && 'column' in v) {
      const p = v as { row: number; column: number };
      return alamat(p.row - 1, p.column - 1);
    }
    return '';
  };
  try {
    if (typeof f === 'string') return parseRentang(f);
    if (f && typeof f === 'object' && 'from' in f && 'to' in f) {
      const x = f as { from: unknown; to: unknown };
      return parseRentang(`${sisi(x.from)}:${sisi(x.to)}`);
    }
  } catch {
    // an autofilter ExcelJS could not describe: read as unfiltered
  }
  return undefined;
}

export function lembarKeGrid(ws: ExcelJS.Worksheet, tema: PaletTema = TEMA_BAWAAN): LembarGrid {
  const baris: (Sel | null)[][] = [];
  const tersembunyi: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) tersembunyi.push(rowNumber - 1);
    if (!row.hasValues) return;
    const out: (Sel | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // merged slaves repeat the master's value in ExcelJS; the grid keeps them empty like Excel does
      if (cell.isMerged && cell.master !== cell) return;
      out[colNumber - 1] = selDariCell(cell, tema);
    });
    baris[rowNumber - 1] = out;
  });
  const merges: string[] = ((ws.model as unknown as { merges?: string[] }).merges ?? []) as string[];
  const l: LembarGrid = { nama: ws.name, baris, gabung: merges.map(parseRentang) };
  if (tersembunyi.length) l.barisTersembunyi = tersembunyi;
  const filter = rentangFilter(ws.autoFilter);
  if (filter) l.filter = filter;
  if (ws.state === 'hidden' || ws.state === 'veryHidden') l.status = ws.state;
  return l;
}

/** The workbook's theme colours (ExcelJS keeps the theme part's XML in its model). */
function temaWorkbook(wb: ExcelJS.Workbook): PaletTema {
  const xml = (wb.model as unknown as { themes?: Record<string, string> }).themes?.theme1;
  return typeof xml === 'string' ? parseTema(xml) : TEMA_BAWAAN;
}

import { LEMBAR_SENDIRI } from '../core/lembarSendiri';
export { LEMBAR_SENDIRI };

export function workbookKeGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  const lembar: LembarGrid[] = [];
  const tema = temaWorkbook(wb);
  wb.eachSheet((ws) => {
    if (!LEMBAR_SENDIRI.has(ws.name)) lembar.push(lembarKeGrid(ws, tema));
  });
  const grid: WorkbookGrid = { lembar };
  const calc = wb.calcProperties as { fullCalcOnLoad?: boolean } | undefined;
  if (calc?.fullCalcOnLoad) grid.belumDihitung = true;
  return grid;
}
