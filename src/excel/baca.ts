/* global Excel */
/**
 * Office.js -> core Grid. All sheets' used ranges are queued before one sync; their contents are then
 * read in row chunks, all queued before one more sync. Sync count grows only with retries after a
 * resource-limit error (the chunk is halved), never with sheets, rows, tables or findings.
 */
import type { LembarGrid, Rentang, Sel, WorkbookGrid } from '../core/grid';
import { parseRentang } from '../core/grid';

import { LEMBAR_SENDIRI } from '../core/lembarSendiri';
export { LEMBAR_SENDIRI };
export const POTONGAN_AWAL = 10000;
const POTONGAN_MIN = 50;
/** Cells per sync: `potong` rows of 20 columns. */

export function batasSumberDaya(e: unknown): boolean {
  const kode = (e as { code?: string })?.code ?? '';
  const pesan = e instanceof Error ? e.message : String(e);
  return /PayloadSizeLimitExceeded|ResourceLimit|resource limit|payload/i.test(`${kode} ${pesan}`);
}

/** "Sheet1!A1:B2, Sheet1!C3:D4" -> ranges. */
function parseArea(alamat: string): Rentang[] {
  return alamat
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '')
    .map((x) => parseRentang(x.includes('!') ? x.slice(x.lastIndexOf('!') + 1) : x));
}

interface Potong {
  r0: number;
  range: Excel.Range;
  props?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

export interface OpsiBaca {
  barisPerPotong?: number;
  progres?: (p: number) => void;
  /** ExcelApi 1.9 (cell properties: bold, indent); default true. */
  denganFormat?: boolean;
  /** ExcelApi 1.13 (merged areas); default true. */
  denganGabungan?: boolean;
}

export async function bacaWorkbookExcel(context: Excel.RequestContext, opsi: OpsiBaca = {}): Promise<WorkbookGrid> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const lembar = sheets.items
    .filter((ws) => !LEMBAR_SENDIRI.has(ws.name))
    .map((ws) => {
      const used = ws.getUsedRangeOrNullObject();
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      return { ws, used, gabung: null as Excel.RangeAreas | null };
    });
  await context.sync();
  opsi.progres?.(0.3);

  // chunks of `potong` rows; chunks are packed into syncs of at most `potong × 20` cells, so small sheets
  // share one sync and a large sheet takes one sync per chunk or two. A resource-limit error halves both.
  let potong = opsi.barisPerPotong ?? POTONGAN_AWAL;
  const hasil: LembarGrid[] = lembar.map((l) => ({ nama: l.ws.name, baris: [], gabung: [] }));
  const isi = lembar.filter((l) => !l.used.isNullObject);
  const totalSel = isi.reduce((a, l) => a + l.used.rowCount * l.used.columnCount, 0) || 1;
  let selSelesai = 0;
  // work left: per sheet, the first row not read yet
  const sisa = new Map(isi.map((l) => [l, 0]));
  let gabunganDimuat = opsi.denganGabungan === false;
  while ([...sisa].some(([l, r0]) => r0 < l.used.rowCount)) {
    // merged areas ride along with the first batch (queued again if that batch failed and is retried)
    if (!gabunganDimuat) {
      for (const l of isi) {
        l.gabung = l.used.getMergedAreasOrNullObject();
        l.gabung.load('address');
      }
    }
    const anggaran = potong * 20;
    const batch: { l: (typeof isi)[number]; p: Potong }[] = [];
    let sel = 0;
    for (const [l, r0awal] of sisa) {
      let r0 = r0awal;
      while (r0 < l.used.rowCount) {
        const n = Math.min(potong, l.used.rowCount - r0);
        const biaya = n * l.used.columnCount;
        if (batch.length > 0 && sel + biaya > anggaran) break;
        const range = l.ws.getRangeByIndexes(l.used.rowIndex + r0, l.used.columnIndex, n, l.used.columnCount);
        range.load('values,formulas,numberFormat,valueTypes');
        const props =
          opsi.denganFormat === false
            ? undefined
            : range.getCellProperties({ format: { font: { bold: true }, indentLevel: true } });
        batch.push({ l, p: { r0, range, props } });
        sel += biaya;
        r0 += n;
      }
      if (sel >= anggaran) break;
    }
    try {
      await context.sync();
    } catch (e) {
      if (batasSumberDaya(e) && potong > POTONGAN_MIN) {
        potong = Math.max(POTONGAN_MIN, Math.floor(potong / 2));
        continue;
      }
      throw e;
    }
    for (const { l, p } of batch) {
      salinPotongan(hasil[lembar.indexOf(l)], l.used.rowIndex, l.used.columnIndex, p);
      sisa.set(l, p.r0 + p.range.values.length);
      selSelesai += p.range.values.length * l.used.columnCount;
    }
    if (!gabunganDimuat) {
      gabunganDimuat = true;
      for (const l of isi)
        if (l.gabung && !l.gabung.isNullObject && l.gabung.address)
          hasil[lembar.indexOf(l)].gabung = parseArea(l.gabung.address);
    }
    opsi.progres?.(0.3 + 0.7 * Math.min(1, selSelesai / totalSel));
  }
  opsi.progres?.(1);
  return { lembar: hasil };
}

function salinPotongan(g: LembarGrid, r0: number, c0: number, x: Potong): void {
  const { values, formulas, numberFormat, valueTypes } = x.range;
  const props = x.props?.value;
  for (let r = 0; r < values.length; r++) {
    const row: (Sel | null)[] = [];
    for (let c = 0; c < values[r].length; c++) {
      const v = values[r][c];
      const f = formulas[r][c];
      const rumus = typeof f === 'string' && f.startsWith('=');
      const kosong = v === '' || v === null || v === undefined;
      if (kosong && !rumus) continue;
      const s: Sel = { v: kosong ? null : (v as number | string | boolean) };
      if (valueTypes[r][c] === Excel.RangeValueType.error) {
        s.galat = String(v);
        s.v = null;
      }
      if (rumus) s.f = (f as string).slice(1);
      const fmt = numberFormat[r][c];
      if (typeof fmt === 'string' && fmt !== 'General') s.fmt = fmt;
      const pr = props?.[r]?.[c];
      if (pr?.format?.font?.bold) s.tebal = true;
      if (pr?.format?.indentLevel) s.indent = pr.format.indentLevel;
      row[c0 + c] = s;
    }
    g.baris[r0 + x.r0 + r] = row;
  }
}
