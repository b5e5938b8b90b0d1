/* global Excel */
/**
 * Office.js -> core Grid. All sheets' used ranges are queued before one sync; their contents are then
 * read in row chunks, all queued before one more sync. Sync count grows only with retries after a
 * resource-limit error (the chunk is halved), never with sheets, rows, tables or findings.
 */
import type { LembarGrid, Rentang, Sel, WorkbookGrid } from '../core/grid';
import { parseRentang } from '../core/grid';

export const LEMBAR_SENDIRI = new Set(['_sakip_jurnal', '_sakip_pengaturan', 'Temuan SAKIP']);
export const POTONGAN_AWAL = 10000;
const POTONGAN_MIN = 50;

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

  let potong = opsi.barisPerPotong ?? POTONGAN_AWAL;
  for (;;) {
    const semua: { i: number; p: Potong[] }[] = [];
    lembar.forEach((l, i) => {
      if (l.used.isNullObject) return;
      if (opsi.denganGabungan !== false) {
        l.gabung = l.used.getMergedAreasOrNullObject();
        l.gabung.load('address');
      }
      const p: Potong[] = [];
      for (let r0 = 0; r0 < l.used.rowCount; r0 += potong) {
        const n = Math.min(potong, l.used.rowCount - r0);
        const range = l.ws.getRangeByIndexes(l.used.rowIndex + r0, l.used.columnIndex, n, l.used.columnCount);
        range.load('values,formulas,numberFormat,valueTypes');
        const props = opsi.denganFormat === false ? undefined : range.getCellProperties({ format: { font: { bold: true }, indentLevel: true } });
        p.push({ r0, range, props });
      }
      semua.push({ i, p });
    });
    try {
      await context.sync();
    } catch (e) {
      if (batasSumberDaya(e) && potong > POTONGAN_MIN) {
        potong = Math.max(POTONGAN_MIN, Math.floor(potong / 2));
        continue;
      }
      throw e;
    }
    opsi.progres?.(0.9);
    const hasil: LembarGrid[] = lembar.map((l) => ({ nama: l.ws.name, baris: [], gabung: [] }));
    for (const { i, p } of semua) {
      const l = lembar[i];
      const g = hasil[i];
      const r0 = l.used.rowIndex;
      const c0 = l.used.columnIndex;
      for (const x of p) {
        const { values, formulas, numberFormat, valueTypes } = x.range;
        const props = x.props?.value;
        for (let r = 0; r < values.length; r++) {
          const row: (Sel | null)[] = [];
          for (let c = 0; c < values[r].length; c++) {
            const v = values[r][c];
            const f = formulas[r][c];
            const kosong = v === '' || v === null || v === undefined;
            if (kosong && !(typeof f === 'string' && f.startsWith('='))) continue;
            const s: Sel = { v: kosong ? null : (v as number | string | boolean) };
            if (valueTypes[r][c] === Excel.RangeValueType.error) {
              s.galat = String(v);
              s.v = null;
            }
            if (typeof f === 'string' && f.startsWith('=')) s.f = f.slice(1);
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
      if (l.gabung && !l.gabung.isNullObject && l.gabung.address) g.gabung = parseArea(l.gabung.address);
    }
    opsi.progres?.(1);
    return { lembar: hasil };
  }
}
