/**
 * ExcelJS workbook -> core Grid. Shared by the CLI (Node) and the browser demo; no Node APIs here.
 * Formulas keep their cached result as the value and their text in `f`.
 */
import type ExcelJS from 'exceljs';
import type { LembarGrid, NilaiSel, Rentang, Sel, WorkbookGrid } from '../core/grid';
import { alamat, parseRentang } from '../core/grid';
import { PaletTema, TEMA_BAWAAN, warnaDari } from './warna';
import { formatTanggal, serialDari, tanggalIso } from './tanggal';

type NilaiExcel = ExcelJS.CellValue;

/** A value as text: a text as it is, a number or boolean as JavaScript writes it, anything else as JSON. */
export function teksNilai(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v === null || v === undefined) return '';
  return JSON.stringify(v) ?? '';
}

/** How the workbook counts dates, and the format of the cell being read. */
interface KonteksNilai {
  tahun1904: boolean;
  fmt: string | undefined;
}

/**
 * A number under the cell's format: an ISO date when the format shows a date and Excel can show the serial
 * as one, else the number.
 */
function angkaAtauTanggal(n: number, k: KonteksNilai): NilaiSel {
  if (!Number.isFinite(n)) return null;
  if (formatTanggal(k.fmt)) return tanggalIso(n, k.tahun1904) ?? n;
  return n;
}

function dariNilai(v: NilaiExcel, k: KonteksNilai): Pick<Sel, 'v' | 'galat'> {
  if (v === null || v === undefined) return { v: null };
  if (typeof v === 'number') return { v: angkaAtauTanggal(v, k) };
  if (typeof v === 'string' || typeof v === 'boolean') return { v };
  if (v instanceof Date) {
    // ExcelJS makes a Date of every number under what it takes for a date format; the grid keeps the number
    // where the format shows none (`#,##0.00\ \h\a`) or the serial is no date Excel can show
    const serial = serialDari(v, k.tahun1904);
    if (k.fmt && !formatTanggal(k.fmt)) return { v: serial };
    return { v: tanggalIso(serial, k.tahun1904) ?? serial };
  }
  if (typeof v === 'object') {
    if ('error' in v && v.error) return { v: null, galat: String(v.error) };
    if ('richText' in v && Array.isArray(v.richText)) return { v: v.richText.map((x) => x.text).join('') };
    if ('text' in v && 'hyperlink' in v) {
      const t = v.text;
      return { v: typeof t === 'string' ? t : null };
    }
  }
  return { v: teksNilai(v) };
}

/** The solid fill of an ExcelJS cell, "RRGGBB", resolved against the workbook's theme. */
export function warnaIsi(cell: ExcelJS.Cell, tema: PaletTema): string | undefined {
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

/** A formula cell's value as ExcelJS gives it: `{formula, result}`, or `{sharedFormula, result}` off the master. */
export function rumusExcelJs(v: NilaiExcel): v is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue {
  return !!v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);
}

/** One ExcelJS cell as a grid cell: value (cached result for formulas), formula, format, bold, indent, fill. */
export function selDariCell(cell: ExcelJS.Cell, tema: PaletTema = TEMA_BAWAAN, tahun1904 = false): Sel {
  const fmt = cell.numFmt;
  const k: KonteksNilai = { tahun1904, fmt: fmt && fmt !== 'General' ? fmt : undefined };
  let s: Sel;
  if (rumusExcelJs(cell.value)) {
    // the cached result through `cell.result`: `cell.value` leaves out a result of 0, '' or false
    s = dariNilai(cell.result ?? null, k);
    // a shared formula's other cells hold only the master's address; ExcelJS translates the text for us
    s.f = cell.formula;
  } else s = dariNilai(cell.value, k);
  if (k.fmt) s.fmt = k.fmt;
  if (cell.font?.bold) s.tebal = true;
  const ind = cell.alignment?.indent;
  if (ind) s.indent = ind;
  const isi = warnaIsi(cell, tema);
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
      const x = f;
      return parseRentang(`${sisi(x.from)}:${sisi(x.to)}`);
    }
  } catch {
    // an autofilter ExcelJS could not describe: read as unfiltered
  }
  return undefined;
}

/** Merged ranges grown from the cells (every other cell of a merge names its top-left cell as master). */
class PengumpulGabung {
  private readonly rentang = new Map<ExcelJS.Cell, Rentang>();

  tambah(cell: ExcelJS.Cell, r: number, c: number): void {
    const m = cell.master;
    const ada = this.rentang.get(m);
    const mr = Number(m.row) - 1;
    const mc = Number(m.col) - 1;
    const g = ada ?? { r1: mr, c1: mc, r2: mr, c2: mc };
    if (r > g.r2) g.r2 = r;
    if (c > g.c2) g.c2 = c;
    if (!ada) this.rentang.set(m, g);
  }

  /** In reading order (top row first, then left to right), as the direct reader gives them. */
  hasil(): Rentang[] {
    return [...this.rentang.values()].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
  }
}

export function lembarKeGrid(ws: ExcelJS.Worksheet, tema: PaletTema = TEMA_BAWAAN, tahun1904 = false): LembarGrid {
  const baris: (Sel | null)[][] = [];
  const tersembunyi: number[] = [];
  const gabung = new PengumpulGabung();
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) tersembunyi.push(rowNumber - 1);
    if (!row.hasValues) return;
    const out: (Sel | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // merged slaves repeat the master's value in ExcelJS; the grid keeps them empty like Excel does
      if (cell.isMerged && cell.master !== cell) {
        gabung.tambah(cell, rowNumber - 1, colNumber - 1);
        return;
      }
      out[colNumber - 1] = selDariCell(cell, tema, tahun1904);
    });
    baris[rowNumber - 1] = out;
  });
  const l: LembarGrid = { nama: ws.name, baris, gabung: gabung.hasil() };
  if (tersembunyi.length) l.barisTersembunyi = tersembunyi;
  const filter = rentangFilter(ws.autoFilter);
  if (filter) l.filter = filter;
  if (ws.state === 'hidden' || ws.state === 'veryHidden') l.status = ws.state;
  return l;
}

/**
 * The theme colours of workbooks loaded from a file (muat.ts reads the theme part from the file's bytes:
 * ExcelJS only exposes it by building the model of every sheet). A workbook made in memory has Office's.
 */
const TEMA_WORKBOOK = new WeakMap<ExcelJS.Workbook, PaletTema>();

export function daftarkanTema(wb: ExcelJS.Workbook, tema: PaletTema): void {
  TEMA_WORKBOOK.set(wb, tema);
}

export function temaWorkbook(wb: ExcelJS.Workbook): PaletTema {
  return TEMA_WORKBOOK.get(wb) ?? TEMA_BAWAAN;
}

import { LEMBAR_SENDIRI } from '../core/lembarSendiri';
export { LEMBAR_SENDIRI };

export function workbookKeGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  const lembar: LembarGrid[] = [];
  const tema = temaWorkbook(wb);
  const tahun1904 = !!(wb.properties as { date1904?: boolean } | undefined)?.date1904;
  wb.eachSheet((ws) => {
    if (!LEMBAR_SENDIRI.has(ws.name)) lembar.push(lembarKeGrid(ws, tema, tahun1904));
  });
  const grid: WorkbookGrid = { lembar };
  const calc = wb.calcProperties as { fullCalcOnLoad?: boolean } | undefined;
  if (calc?.fullCalcOnLoad) grid.belumDihitung = true;
  return grid;
}
