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

/**
 * Cells per sync to start with (values, formulas, formats, types and cell properties come back for each).
 * Not the 40–50 k that values alone would allow: measured through the real client, 24 000 cells with their
 * cell properties answer in about 3,4 MB and 40 000 exceed Excel on the web's 5 MB response limit.
 */
export const SEL_PER_SYNC = 24000;
const SEL_MIN = 500;

export interface OpsiBaca {
  /** Cells per sync to start with. */
  selPerSync?: number;
  progres?: (bagian: number) => void;
  /** What this build can do (default: everything); see kemampuan.ts. */
  kemampuan?: Kemampuan;
}

interface Potong {
  /** The chunk's first row within the used range. */
  barisMulai: number;
  jumlahBaris: number;
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
  const tanggal = new Date(Math.round((serial - 25569) * 86400000));
  return Number.isNaN(tanggal.getTime()) ? null : tanggal.toISOString().slice(0, 10);
}

function rentang(posisi: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Rentang {
  return {
    r1: posisi.rowIndex,
    c1: posisi.columnIndex,
    r2: posisi.rowIndex + posisi.rowCount - 1,
    c2: posisi.columnIndex + posisi.columnCount - 1,
  };
}

export async function bacaWorkbookExcel(context: Excel.RequestContext, opsi: OpsiBaca = {}): Promise<WorkbookGrid> {
  const kemampuan = opsi.kemampuan ?? SEMUA_ADA;
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  const lembar = sheets.items
    .filter((ws) => !LEMBAR_SENDIRI.has(ws.name))
    .map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      let filter: Excel.Range | null = null;
      if (kemampuan.filter) {
        filter = ws.autoFilter.getRangeOrNullObject();
        filter.load('rowIndex,columnIndex,rowCount,columnCount');
      }
      return { ws, used, filter, gabung: null as Excel.RangeAreas | null };
    });
  await context.sync();
  opsi.progres?.(0.3);

  const hasil: LembarGrid[] = lembar.map(({ ws, filter }) => {
    const lembarGrid: LembarGrid = { nama: ws.name, baris: [], gabung: [] };
    if (ws.visibility === 'Hidden') lembarGrid.status = 'hidden';
    else if (ws.visibility === 'VeryHidden') lembarGrid.status = 'veryHidden';
    if (filter && !filter.isNullObject) lembarGrid.filter = rentang(filter);
    return lembarGrid;
  });
  const tersembunyi: number[][] = lembar.map(() => []);
  const isi = lembar.filter((l) => !l.used.isNullObject);
  const totalSel = isi.reduce((a, l) => a + l.used.rowCount * l.used.columnCount, 0) || 1;
  let selSelesai = 0;
  // cells per sync, halved when Excel refuses a request for its size
  let selPerSync = opsi.selPerSync ?? SEL_PER_SYNC;
  // work left: per sheet, the first row not read yet
  const barisBerikut = new Map(isi.map((info) => [info, 0]));
  let gabunganDimuat = !kemampuan.gabungan;
  while ([...barisBerikut].some(([info, baris]) => baris < info.used.rowCount)) {
    // merged areas ride along with the first batch (queued again if that batch is refused and sent again)
    if (!gabunganDimuat)
      for (const info of isi) {
        info.gabung = info.used.getMergedAreasOrNullObject();
        info.gabung.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount');
      }
    const batch: { info: (typeof isi)[number]; potong: Potong }[] = [];
    let selBatch = 0;
    for (const [info, baris] of barisBerikut) {
      let barisMulai = baris;
      const kolom = info.used.columnCount;
      const barisPerPotong = Math.max(1, Math.floor(selPerSync / kolom));
      while (barisMulai < info.used.rowCount) {
        const jumlah = Math.min(barisPerPotong, info.used.rowCount - barisMulai);
        const biaya = jumlah * kolom;
        if (batch.length > 0 && selBatch + biaya > selPerSync) break;
        const range = info.ws.getRangeByIndexes(info.used.rowIndex + barisMulai, info.used.columnIndex, jumlah, kolom);
        range.load('values,formulas,numberFormat,valueTypes');
        const potong: Potong = { barisMulai, jumlahBaris: jumlah, range };
        if (kemampuan.format)
          potong.props = range.getCellProperties({
            format: { font: { bold: true }, indentLevel: true, fill: { color: true, pattern: true } },
          });
        if (kemampuan.barisTersembunyi) potong.baris = range.getRowProperties({ rowHidden: true });
        batch.push({ info, potong });
        selBatch += biaya;
        barisMulai += jumlah;
      }
      if (selBatch >= selPerSync) break;
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per bounded chunk of a large range (or per refused request), never per row, sheet or finding
      await context.sync();
    } catch (galat) {
      if (batasSumberDaya(galat) && selPerSync > SEL_MIN) {
        selPerSync = Math.max(SEL_MIN, Math.floor(selPerSync / 2));
        continue;
      }
      throw galat;
    }
    for (const { info, potong } of batch) {
      const indeks = lembar.indexOf(info);
      salinPotongan(hasil[indeks], info.used.rowIndex, info.used.columnIndex, potong);
      if (potong.baris)
        potong.baris.value.forEach((propertiBaris, nomor) => {
          if (propertiBaris.rowHidden) tersembunyi[indeks].push(info.used.rowIndex + potong.barisMulai + nomor);
        });
      barisBerikut.set(info, potong.barisMulai + potong.jumlahBaris);
      selSelesai += potong.jumlahBaris * info.used.columnCount;
    }
    if (!gabunganDimuat) {
      gabunganDimuat = true;
      for (const info of isi)
        if (info.gabung && !info.gabung.isNullObject)
          hasil[lembar.indexOf(info)].gabung = info.gabung.areas.items.map(rentang);
    }
    opsi.progres?.(0.3 + 0.7 * Math.min(1, selSelesai / totalSel));
  }
  tersembunyi.forEach((barisTersembunyi, indeks) => {
    if (barisTersembunyi.length) hasil[indeks].barisTersembunyi = [...new Set(barisTersembunyi)].sort((a, b) => a - b);
  });
  opsi.progres?.(1);
  return { lembar: hasil };
}

function salinPotongan(lembar: LembarGrid, barisAwal: number, kolomAwal: number, potong: Potong): void {
  // Office.js types the cell arrays as any[][]
  const values: unknown[][] = potong.range.values;
  const formulas: unknown[][] = potong.range.formulas;
  const numberFormat: unknown[][] = potong.range.numberFormat;
  const valueTypes: string[][] = potong.range.valueTypes;
  const props = potong.props?.value;
  for (let baris = 0; baris < values.length; baris++) {
    const row: (Sel | null)[] = [];
    let adaIsi = false;
    for (let kolom = 0; kolom < values[baris].length; kolom++) {
      let nilai = values[baris][kolom];
      const teksRumus = formulas[baris][kolom];
      // a text typed as '=… comes back from `formulas` without its apostrophe: equal to the value, not a formula
      const rumus = typeof teksRumus === 'string' && teksRumus.startsWith('=') && teksRumus !== nilai;
      const kosong = nilai === '' || nilai === null || nilai === undefined;
      if (kosong && !rumus) continue;
      const fmt = numberFormat[baris][kolom];
      if (typeof nilai === 'number' && formatTanggal(fmt)) nilai = tanggalIso(nilai) ?? nilai;
      const sel: Sel = { v: kosong ? null : (nilai as number | string | boolean) };
      if (valueTypes[baris][kolom] === 'Error') {
        sel.galat = String(nilai);
        sel.v = null;
      }
      if (rumus) sel.f = teksRumus.slice(1);
      if (typeof fmt === 'string' && fmt !== 'General') sel.fmt = fmt;
      const pr = props?.[baris]?.[kolom]?.format;
      if (pr?.font?.bold) sel.tebal = true;
      if (pr?.indentLevel) sel.indent = pr.indentLevel;
      if (pr?.fill?.pattern === 'Solid' && typeof pr.fill.color === 'string' && /^#[0-9A-F]{6}$/i.test(pr.fill.color))
        sel.isi = pr.fill.color.slice(1).toUpperCase();
      row[kolomAwal + kolom] = sel;
      adaIsi = true;
    }
    if (adaIsi) lembar.baris[barisAwal + potong.barisMulai + baris] = row;
  }
}
