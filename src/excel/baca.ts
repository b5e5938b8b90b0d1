/* global Excel */
/**
 * Office.js -> core Grid, filled like the .xlsx readers fill it (values, cached formula results and their
 * text, number formats, errors, bold, indent, solid fill colour, dates as ISO dates, merged areas, hidden
 * rows, the autofilter range, sheet visibility).
 *
 * Sync 1 lists the sheets, sync 2 queues every sheet's used range (values only) and autofilter; the cells
 * are then read in row chunks of about SEL_PER_SYNC cells, small sheets sharing a sync and a large one
 * taking one per chunk. A request Excel refuses for its size (or a resource-limit error) halves the chunk
 * and is sent again, so syncs grow with large ranges and retries only, never with the number of sheets.
 */
import type { LembarGrid, Rentang, Sel, WorkbookGrid } from '../core/grid';
import { LEMBAR_SENDIRI } from '../core/lembarSendiri';
import { batasSumberDaya } from './batch';
import { Kemampuan, SEMUA_ADA } from './kemampuan';

export { LEMBAR_SENDIRI, batasSumberDaya };

/** Cells per sync to start with (values, formulas, formats, types and cell properties come back for each). */
export const SEL_PER_SYNC = 24000;
const SEL_MIN = 500;

export interface OpsiBaca {
  /** Cells per sync to start with. */
  selPerSync?: number;
  progres?: (p: number) => void;
  /** What this build can do (default: everything); see kemampuan.ts. */
  kemampuan?: Kemampuan;
}

interface Potong {
  r0: number;
  n: number;
  range: Excel.Range;
  props?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  baris?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
}

/** True when a number format shows a date or time (quoted text and [..] sections ignored), as the .xlsx readers decide. */
export function formatTanggal(fmt: unknown): boolean {
  if (typeof fmt !== 'string' || fmt === 'General' || fmt === '@') return false;
  return /[ymdhsb]/i.test(
    fmt
      .replace(/\[[^\]]*]/g, '')
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, ''),
  );
}

/** An Excel serial date (1900 system) as YYYY-MM-DD, like the .xlsx readers give dates. */
export function tanggalIso(serial: number): string | null {
  const d = new Date(Math.round((serial - 25569) * 86400000));
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

function rentang(r: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Rentang {
  return { r1: r.rowIndex, c1: r.columnIndex, r2: r.rowIndex + r.rowCount - 1, c2: r.columnIndex + r.columnCount - 1 };
}

export async function bacaWorkbookExcel(context: Excel.RequestContext, opsi: OpsiBaca = {}): Promise<WorkbookGrid> {
  const k = opsi.kemampuan ?? SEMUA_ADA;
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  const lembar = sheets.items
    .filter((ws) => !LEMBAR_SENDIRI.has(ws.name))
    .map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      let filter: Excel.Range | null = null;
      if (k.filter) {
        filter = ws.autoFilter.getRangeOrNullObject();
        filter.load('rowIndex,columnIndex,rowCount,columnCount');
      }
      return { ws, used, filter, gabung: null as Excel.RangeAreas | null };
    });
  await context.sync();
  opsi.progres?.(0.3);

  const hasil: LembarGrid[] = lembar.map(({ ws, filter }) => {
    const g: LembarGrid = { nama: ws.name, baris: [], gabung: [] };
    if (ws.visibility === 'Hidden') g.status = 'hidden';
    else if (ws.visibility === 'VeryHidden') g.status = 'veryHidden';
    if (filter && !filter.isNullObject) g.filter = rentang(filter);
    return g;
  });
  const tersembunyi: number[][] = lembar.map(() => []);
  const isi = lembar.filter((l) => !l.used.isNullObject);
  const totalSel = isi.reduce((a, l) => a + l.used.rowCount * l.used.columnCount, 0) || 1;
  let selSelesai = 0;
  let anggaran = opsi.selPerSync ?? SEL_PER_SYNC;
  // work left: per sheet, the first row not read yet
  const sisa = new Map(isi.map((l) => [l, 0]));
  let gabunganDimuat = !k.gabungan;
  while ([...sisa].some(([l, r0]) => r0 < l.used.rowCount)) {
    // merged areas ride along with the first batch (queued again if that batch is refused and sent again)
    if (!gabunganDimuat)
      for (const l of isi) {
        l.gabung = l.used.getMergedAreasOrNullObject();
        l.gabung.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount');
      }
    const batch: { l: (typeof isi)[number]; p: Potong }[] = [];
    let sel = 0;
    for (const [l, r0awal] of sisa) {
      let r0 = r0awal;
      const kolom = l.used.columnCount;
      const barisPerPotong = Math.max(1, Math.floor(anggaran / kolom));
      while (r0 < l.used.rowCount) {
        const n = Math.min(barisPerPotong, l.used.rowCount - r0);
        const biaya = n * kolom;
        if (batch.length > 0 && sel + biaya > anggaran) break;
        const range = l.ws.getRangeByIndexes(l.used.rowIndex + r0, l.used.columnIndex, n, kolom);
        range.load('values,formulas,numberFormat,valueTypes');
        const p: Potong = { r0, n, range };
        if (k.format)
          p.props = range.getCellProperties({
            format: { font: { bold: true }, indentLevel: true, fill: { color: true, pattern: true } },
          });
        if (k.barisTersembunyi) p.baris = range.getRowProperties({ rowHidden: true });
        batch.push({ l, p });
        sel += biaya;
        r0 += n;
      }
      if (sel >= anggaran) break;
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per bounded chunk of a large range (or per refused request), never per row, sheet or finding
      await context.sync();
    } catch (e) {
      if (batasSumberDaya(e) && anggaran > SEL_MIN) {
        anggaran = Math.max(SEL_MIN, Math.floor(anggaran / 2));
        continue;
      }
      throw e;
    }
    for (const { l, p } of batch) {
      const i = lembar.indexOf(l);
      salinPotongan(hasil[i], l.used.rowIndex, l.used.columnIndex, p);
      if (p.baris)
        p.baris.value.forEach((b, j) => {
          if (b.rowHidden) tersembunyi[i].push(l.used.rowIndex + p.r0 + j);
        });
      sisa.set(l, p.r0 + p.n);
      selSelesai += p.n * l.used.columnCount;
    }
    if (!gabunganDimuat) {
      gabunganDimuat = true;
      for (const l of isi)
        if (l.gabung && !l.gabung.isNullObject) hasil[lembar.indexOf(l)].gabung = l.gabung.areas.items.map(rentang);
    }
    opsi.progres?.(0.3 + 0.7 * Math.min(1, selSelesai / totalSel));
  }
  tersembunyi.forEach((t, i) => {
    if (t.length) hasil[i].barisTersembunyi = [...new Set(t)].sort((a, b) => a - b);
  });
  opsi.progres?.(1);
  return { lembar: hasil };
}

function salinPotongan(g: LembarGrid, r0: number, c0: number, x: Potong): void {
  // Office.js types the cell arrays as any[][]
  const values: unknown[][] = x.range.values;
  const formulas: unknown[][] = x.range.formulas;
  const numberFormat: unknown[][] = x.range.numberFormat;
  const valueTypes: string[][] = x.range.valueTypes;
  const props = x.props?.value;
  for (let r = 0; r < values.length; r++) {
    const row: (Sel | null)[] = [];
    let adaIsi = false;
    for (let c = 0; c < values[r].length; c++) {
      let v = values[r][c];
      const f = formulas[r][c];
      // a text typed as '=… comes back from `formulas` without its apostrophe: equal to the value, not a formula
      const rumus = typeof f === 'string' && f.startsWith('=') && f !== v;
      const kosong = v === '' || v === null || v === undefined;
      if (kosong && !rumus) continue;
      const fmt = numberFormat[r][c];
      if (typeof v === 'number' && formatTanggal(fmt)) v = tanggalIso(v) ?? v;
      const s: Sel = { v: kosong ? null : (v as number | string | boolean) };
      if (valueTypes[r][c] === 'Error') {
        s.galat = String(v);
        s.v = null;
      }
      if (rumus) s.f = f.slice(1);
      if (typeof fmt === 'string' && fmt !== 'General') s.fmt = fmt;
      const pr = props?.[r]?.[c]?.format;
      if (pr?.font?.bold) s.tebal = true;
      if (pr?.indentLevel) s.indent = pr.indentLevel;
      if (pr?.fill?.pattern === 'Solid' && typeof pr.fill.color === 'string' && /^#[0-9A-F]{6}$/i.test(pr.fill.color))
        s.isi = pr.fill.color.slice(1).toUpperCase();
      row[c0 + c] = s;
      adaIsi = true;
    }
    if (adaIsi) g.baris[r0 + x.r0 + r] = row;
  }
}
