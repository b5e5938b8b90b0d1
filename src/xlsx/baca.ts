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
export function teksNilai(nilai: unknown): string {
  if (typeof nilai === 'string') return nilai;
  if (typeof nilai === 'number' || typeof nilai === 'boolean' || typeof nilai === 'bigint') return String(nilai);
  if (nilai === null || nilai === undefined) return '';
  return JSON.stringify(nilai) ?? '';
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
function angkaAtauTanggal(angka: number, konteks: KonteksNilai): NilaiSel {
  if (!Number.isFinite(angka)) return null;
  if (formatTanggal(konteks.fmt)) return tanggalIso(angka, konteks.tahun1904) ?? angka;
  return angka;
}

function dariNilai(nilai: NilaiExcel, konteks: KonteksNilai): Pick<Sel, 'v' | 'galat'> {
  if (nilai === null || nilai === undefined) return { v: null };
  if (typeof nilai === 'number') return { v: angkaAtauTanggal(nilai, konteks) };
  if (typeof nilai === 'string' || typeof nilai === 'boolean') return { v: nilai };
  if (nilai instanceof Date) {
    // ExcelJS makes a Date of every number under what it takes for a date format; the grid keeps the number
    // where the format shows none (`#,##0.00\ \h\a`) or the serial is no date Excel can show
    const serial = serialDari(nilai, konteks.tahun1904);
    if (konteks.fmt && !formatTanggal(konteks.fmt)) return { v: serial };
    return { v: tanggalIso(serial, konteks.tahun1904) ?? serial };
  }
  if (typeof nilai === 'object') {
    if ('error' in nilai && nilai.error) return { v: null, galat: String(nilai.error) };
    if ('richText' in nilai && Array.isArray(nilai.richText)) return { v: nilai.richText.map((x) => x.text).join('') };
    if ('text' in nilai && 'hyperlink' in nilai) {
      const teks = nilai.text;
      return { v: typeof teks === 'string' ? teks : null };
    }
  }
  return { v: teksNilai(nilai) };
}

/** The solid fill of an ExcelJS cell, "RRGGBB", resolved against the workbook's theme. */
export function warnaIsi(cell: ExcelJS.Cell, tema: PaletTema): string | undefined {
  const isi = cell.fill;
  if (!isi || isi.type !== 'pattern' || isi.pattern !== 'solid' || !isi.fgColor) return undefined;
  const warna = isi.fgColor as { argb?: string; theme?: number; tint?: number; indexed?: number };
  const atribut: Record<string, string | undefined> = {
    rgb: warna.argb,
    theme: warna.theme === undefined ? undefined : String(warna.theme),
    tint: warna.tint === undefined ? undefined : String(warna.tint),
    indexed: warna.indexed === undefined ? undefined : String(warna.indexed),
  };
  return warnaDari(atribut, tema) ?? undefined;
}

/** A formula cell's value as ExcelJS gives it: `{formula, result}`, or `{sharedFormula, result}` off the master. */
export function rumusExcelJs(nilai: NilaiExcel): nilai is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue {
  return !!nilai && typeof nilai === 'object' && ('formula' in nilai || 'sharedFormula' in nilai);
}

/** One ExcelJS cell as a grid cell: value (cached result for formulas), formula, format, bold, indent, fill. */
export function selDariCell(cell: ExcelJS.Cell, tema: PaletTema = TEMA_BAWAAN, tahun1904 = false): Sel {
  const fmt = cell.numFmt;
  const konteks: KonteksNilai = { tahun1904, fmt: fmt && fmt !== 'General' ? fmt : undefined };
  let sel: Sel;
  if (rumusExcelJs(cell.value)) {
    // the cached result through `cell.result`: `cell.value` leaves out a result of 0, '' or false
    sel = dariNilai(cell.result ?? null, konteks);
    // a shared formula's other cells hold only the master's address; ExcelJS translates the text for us
    sel.f = cell.formula;
  } else sel = dariNilai(cell.value, konteks);
  if (konteks.fmt) sel.fmt = konteks.fmt;
  if (cell.font?.bold) sel.tebal = true;
  const ind = cell.alignment?.indent;
  if (ind) sel.indent = ind;
  const isi = warnaIsi(cell, tema);
  if (isi) sel.isi = isi;
  return sel;
}

/** An ExcelJS autofilter setting ("A9:Q1054" or {from, to}) as a range. */
function rentangFilter(filter: unknown): Rentang | undefined {
  const sisi = (nilai: unknown): string => {
    if (typeof nilai === 'string') return nilai;
    if (nilai && typeof nilai === 'object' && 'row' in nilai && 'column' in nilai) {
      const posisi = nilai as { row: number; column: number };
      return alamat(posisi.row - 1, posisi.column - 1);
    }
    return '';
  };
  try {
    if (typeof filter === 'string') return parseRentang(filter);
    if (filter && typeof filter === 'object' && 'from' in filter && 'to' in filter) {
      const ujung = filter;
      return parseRentang(`${sisi(ujung.from)}:${sisi(ujung.to)}`);
    }
  } catch {
    // an autofilter ExcelJS could not describe: read as unfiltered
  }
  return undefined;
}

/** Merged ranges grown from the cells (every other cell of a merge names its top-left cell as master). */
class PengumpulGabung {
  private readonly rentang = new Map<ExcelJS.Cell, Rentang>();

  tambah(cell: ExcelJS.Cell, baris: number, kolom: number): void {
    const induk = cell.master;
    const ada = this.rentang.get(induk);
    const mr = Number(induk.row) - 1;
    const mc = Number(induk.col) - 1;
    const rentang = ada ?? { r1: mr, c1: mc, r2: mr, c2: mc };
    if (baris > rentang.r2) rentang.r2 = baris;
    if (kolom > rentang.c2) rentang.c2 = kolom;
    if (!ada) this.rentang.set(induk, rentang);
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
  const lembar: LembarGrid = { nama: ws.name, baris, gabung: gabung.hasil() };
  if (tersembunyi.length) lembar.barisTersembunyi = tersembunyi;
  const filter = rentangFilter(ws.autoFilter);
  if (filter) lembar.filter = filter;
  if (ws.state === 'hidden' || ws.state === 'veryHidden') lembar.status = ws.state;
  return lembar;
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
