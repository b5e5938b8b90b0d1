/**
 * Write-backs on an ExcelJS workbook (CLI annotated copy, browser demo): marks (fill + note) with an undo
 * journal kept in the workbook, planned writes, the "Temuan SAKIP" sheet, and restoring everything.
 *
 * - ExcelJS shares one style object between all cells of a style (and between a merge's cells): a cell
 *   gets its own copy before its fill or font is changed, so a mark colours that cell only.
 * - The journal keeps, next to the host-neutral columns every host reads (src/core/tulis/jurnal.ts), a
 *   fifth column with the cell exactly as ExcelJS had it (value with its cached result, style, note), so
 *   "Hapus tanda" gives back every cell's value, formula, fill, font and note as they were.
 * - Text from the workbook is written as typed string cells, never as formulas; a formula the add-in writes
 *   gets its computed value as the cached result (./hitung), so the file shows it without the add-in.
 */
import type ExcelJS from 'exceljs';
import type { Temuan } from '../core/model';
import type { Bahasa } from '../core/pesan/bahasa';
import type { RencanaTulis } from '../core/tulis/rencana';
import type { DataGrafik } from '../core/grafik';
import { EntriJurnal, IsiSel, LEMBAR_JURNAL, asliPerSel, dariBaris, keBaris } from '../core/tulis/jurnal';
import { rencanaTanda } from '../core/tulis/tanda';
import { selTerisi } from '../core/tulis/terisi';
import { LEMBAR_TEMUAN } from '../core/lembarSendiri';
import { KOLOM_SEL_LAPORAN, NAMA_LEMBAR_TEMUAN, barisTemuan, judulGrafik, judulLaporan } from '../core/laporan';
import { refLembar } from '../core/grid';
import { rumusExcelJs, teksNilai, temaWorkbook, warnaIsi } from './baca';
import { hitungRumus } from './hitung';

export { NAMA_LEMBAR_TEMUAN };

function argb(hex: string): string {
  return 'FF' + hex.replace('#', '').toUpperCase();
}

function teksCatatan(note: ExcelJS.Cell['note']): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  const t = note.texts;
  return t ? t.map((x) => x.text).join('') : null;
}

// ------------------------------------------------------------------ one cell, exactly

/** JSON-safe copy of a value (a Date as {"$tanggal": ISO}), and back. */
function simpanNilai(v: unknown): unknown {
  if (v instanceof Date) return { $tanggal: v.toISOString() };
  if (Array.isArray(v)) return v.map(simpanNilai);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) o[k] = simpanNilai(x);
    return o;
  }
  return v;
}

function pulihkanNilai(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(pulihkanNilai);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$tanggal === 'string' && Object.keys(o).length === 1) return new Date(o.$tanggal);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = pulihkanNilai(x);
    return out;
  }
  return v;
}

/** A cell as ExcelJS holds it: value (a formula with its cached result, 0 included), style and note. */
export interface PotretSel {
  nilai: unknown;
  gaya: Partial<ExcelJS.Style>;
  catatan: unknown;
}

export function potretSel(c: ExcelJS.Cell): PotretSel {
  let nilai: unknown = c.value;
  // `cell.value` leaves out a formula's cached result when it is 0, '' or false; `cell.result` has it
  if (rumusExcelJs(c.value) && c.result !== undefined) nilai = { ...c.value, result: c.result };
  return {
    nilai: simpanNilai(nilai ?? null),
    gaya: salinanGaya(c.style),
    catatan: c.note === undefined ? null : simpanNilai(c.note),
  };
}

/** The cell's own style object (a copy of the one ExcelJS shares with other cells), to change safely. */
export function gayaSendiri(c: ExcelJS.Cell): void {
  c.style = salinanGaya(c.style);
}

function salinanGaya(gaya: Partial<ExcelJS.Style> | undefined): Partial<ExcelJS.Style> {
  return JSON.parse(JSON.stringify(gaya ?? {})) as Partial<ExcelJS.Style>;
}

/**
 * Remove a cell's note. ExcelJS has no call for it (`cell.note = undefined` leaves an empty note in the
 * file); `row.splice` with one replacement value is its public way to give a cell a fresh state, after
 * which the value and style are put back. test/xlsx/tandai.test.ts fails when that stops removing notes.
 */
export function hapusCatatan(c: ExcelJS.Cell): void {
  // (never on another cell of a merge: splice would write its value into the merge's first cell; marks go
  // on first cells only)
  if (c.note === undefined || (c.isMerged && c.master !== c)) return;
  const p = potretSel(c);
  const row = c.worksheet.getRow(Number(c.row));
  row.splice(Number(c.col), 1, pulihkanNilai(p.nilai));
  const baru = row.getCell(Number(c.col));
  baru.style = p.gaya;
}

/** What a cell shows as content, for the one "already filled" rule. */
function terisi(c: ExcelJS.Cell): boolean {
  const v = c.value;
  if (rumusExcelJs(v)) return selTerisi(null, c.formula ?? '=');
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as { richText?: { text: string }[]; text?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return selTerisi(o.richText.map((x) => x.text).join(''));
    if ('text' in o) return selTerisi(teksNilai(o.text));
    return true;
  }
  return selTerisi(v);
}

/**
 * The fill in the host-neutral journal columns, as Office.js describes one ({color, pattern}), so the
 * Excel add-in can restore a copy marked here; theme colours and tints resolved.
 */
function isiNetral(c: ExcelJS.Cell): { color?: string; pattern: string } {
  const warna = warnaIsi(c, temaWorkbook(c.worksheet.workbook));
  return warna ? { color: `#${warna}`, pattern: 'Solid' } : { pattern: 'None' };
}

function isiSelNetral(c: ExcelJS.Cell): IsiSel {
  const v = c.value;
  const isi: IsiSel = { fill: isiNetral(c), note: teksCatatan(c.note) };
  if (rumusExcelJs(v)) isi.f = '=' + c.formula;
  else if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    isi.v = v ?? null;
  else if (v instanceof Date) isi.v = v.toISOString();
  else isi.v = JSON.stringify(v);
  return isi;
}

// ------------------------------------------------------------------ the journal sheet

interface EntriJurnalXlsx extends EntriJurnal {
  /** The cell before this change, exactly (absent in rows another host, or an older version, wrote). */
  potret?: PotretSel;
}

/** The most characters Excel keeps in one cell. */
const BATAS_TEKS_SEL = 32767;

function lembarJurnal(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  return wb.getWorksheet(LEMBAR_JURNAL) ?? wb.addWorksheet(LEMBAR_JURNAL, { state: 'veryHidden' });
}

function catat(wb: ExcelJS.Workbook, e: EntriJurnalXlsx[]): void {
  if (e.length === 0) return;
  const ws = lembarJurnal(wb);
  // typed string cells: the JSON texts are never read as formulas
  for (const x of e) {
    const potret = x.potret ? JSON.stringify(x.potret) : null;
    // a cell holds at most 32 767 characters: a longer state falls back to the host-neutral columns
    ws.addRow([...keBaris(x), potret && potret.length <= BATAS_TEKS_SEL ? potret : null]);
  }
}

export function bacaJurnal(wb: ExcelJS.Workbook): EntriJurnalXlsx[] {
  const ws = wb.getWorksheet(LEMBAR_JURNAL);
  if (!ws) return [];
  const out: EntriJurnalXlsx[] = [];
  ws.eachRow((row) => {
    const nilai = (row.values as unknown[]).slice(1);
    const e: EntriJurnalXlsx | null = dariBaris(nilai);
    if (!e) return;
    if (typeof nilai[4] === 'string') {
      try {
        e.potret = JSON.parse(nilai[4]) as PotretSel;
      } catch {
        // a damaged fifth column: the host-neutral columns still restore the cell
      }
    }
    out.push(e);
  });
  return out;
}

// ------------------------------------------------------------------ marks

/** Fill + note on each finding cell; what was there before goes to the journal. Returns cells marked. */
export function tandaiSel(wb: ExcelJS.Workbook, temuan: Temuan[]): number {
  const jurnal: EntriJurnalXlsx[] = [];
  // a finding on another cell of a merge is marked on the merge's first cell, the one Excel shows
  const diSel = temuan.map((f) => {
    const c = wb.getWorksheet(f.sheet)?.getCell(f.cell);
    return c && c.isMerged && c.master !== c ? { ...f, cell: c.master.address } : f;
  });
  for (const t of rencanaTanda(diSel)) {
    const ws = wb.getWorksheet(t.lembar);
    if (!ws) continue;
    const c = ws.getCell(t.sel);
    jurnal.push({
      lembar: t.lembar,
      sel: t.sel,
      jenis: 'tanda',
      lama: { fill: isiNetral(c), note: teksCatatan(c.note) },
      potret: potretSel(c),
    });
    gayaSendiri(c);
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(t.warna) } };
    c.note = t.catatan;
  }
  catat(wb, jurnal);
  return jurnal.length;
}

/** What `tulisRencana` did. */
export interface HasilTulisXlsx {
  ditulis: number;
  /** Cells left alone: not empty and overwriting was not confirmed, or inside a merge (the write would land elsewhere). */
  dilewati: number;
  /** Formulas written with their computed value as the cached result. */
  rumusDihitung: number;
  /** Formulas written without a cached result (this writer could not compute them). */
  rumusTanpaHasil: number;
}

/** Apply planned writes; non-empty cells only when `timpa`. */
export function tulisRencana(wb: ExcelJS.Workbook, rencana: RencanaTulis[], timpa: boolean): HasilTulisXlsx {
  const jurnal: EntriJurnalXlsx[] = [];
  const h: HasilTulisXlsx = { ditulis: 0, dilewati: 0, rumusDihitung: 0, rumusTanpaHasil: 0 };
  for (const r of rencana) {
    const ws = wb.getWorksheet(r.lembar);
    if (!ws) continue;
    const c = ws.getCell(r.sel);
    // ExcelJS writes a value given to another cell of a merge into its first cell
    if ((c.isMerged && c.master !== c) || (terisi(c) && !timpa)) {
      h.dilewati++;
      continue;
    }
    const lama = isiSelNetral(c);
    jurnal.push({
      lembar: r.lembar,
      sel: r.sel,
      jenis: 'tulis',
      lama: { v: lama.v, f: lama.f, fill: lama.fill },
      potret: potretSel(c),
    });
    if (r.rumus) {
      const formula = r.rumus.replace(/^=/, '');
      // later plans may refer to this cell: its result is there before they are computed
      const hasil = hitungRumus(wb, ws, formula) ?? r.nilai;
      c.value = (hasil === undefined ? { formula } : { formula, result: hasil }) as ExcelJS.CellValue;
      if (hasil === undefined) h.rumusTanpaHasil++;
      else h.rumusDihitung++;
    } else c.value = r.nilai ?? null;
    if (r.judul) {
      gayaSendiri(c);
      c.font = { ...(c.font ?? {}), bold: true };
    }
    h.ditulis++;
  }
  catat(wb, jurnal);
  return h;
}

// ------------------------------------------------------------------ restoring

/** A fill from the host-neutral columns: Office.js {color, pattern}, or an ExcelJS fill (older copies). */
function isiDariNetral(f: unknown): ExcelJS.Fill | undefined {
  if (!f || typeof f !== 'object') return undefined;
  const o = f as { type?: string; color?: string; pattern?: string };
  if (o.type) return JSON.parse(JSON.stringify(f)) as ExcelJS.Fill;
  if (!o.color || !o.pattern || o.pattern === 'None') return undefined;
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(o.color) } };
}

function aturGaya(c: ExcelJS.Cell, bagian: Partial<ExcelJS.Style>): void {
  const g = JSON.parse(JSON.stringify(c.style ?? {})) as Partial<ExcelJS.Style>;
  for (const [k, v] of Object.entries(bagian) as [keyof ExcelJS.Style, unknown][]) {
    if (v === undefined) delete g[k];
    else (g as Record<string, unknown>)[k] = JSON.parse(JSON.stringify(v));
  }
  c.style = g;
}

/**
 * Restore every journaled cell to what it was before the add-in first touched it — what a mark changed (fill,
 * note) and what a write changed (value or formula with its cached result, font) — then drop the journal
 * and, with `laporan`, the "Temuan SAKIP" sheet. Returns the cells restored.
 */
export function hapusTanda(wb: ExcelJS.Workbook, opsi: { laporan?: boolean } = {}): number {
  const entri = bacaJurnal(wb);
  const perSel = new Map<string, EntriJurnalXlsx[]>();
  for (const e of entri) {
    const k = `${e.lembar}\u0000${e.sel}`;
    const ada = perSel.get(k);
    if (ada) ada.push(e);
    else perSel.set(k, [e]);
  }
  const netral = new Map(asliPerSel(entri).map((e) => [`${e.lembar}\u0000${e.sel}`, e]));
  let n = 0;
  for (const [k, es] of perSel) {
    const ws = wb.getWorksheet(es[0].lembar);
    if (!ws) continue;
    const c = ws.getCell(es[0].sel);
    const ditandai = es.some((e) => e.jenis === 'tanda');
    const ditulis = es.some((e) => e.jenis === 'tulis');
    const p = es[0].potret;
    if (p) {
      // the oldest state is the original one: later entries record states the add-in itself made
      if (ditulis) c.value = pulihkanNilai(p.nilai) as ExcelJS.CellValue;
      aturGaya(c, {
        ...(ditandai ? { fill: p.gaya.fill } : {}),
        ...(ditulis ? { font: p.gaya.font } : {}),
      });
      if (ditandai) {
        if (p.catatan === null) hapusCatatan(c);
        else c.note = pulihkanNilai(p.catatan) as ExcelJS.Comment;
      }
    } else {
      // rows without the exact state (another host's, an older copy's): the host-neutral columns
      const lama = netral.get(k)!.lama;
      if ('f' in lama || 'v' in lama) {
        if (lama.f) c.value = { formula: lama.f.replace(/^=/, '') };
        else c.value = lama.v ?? null;
      }
      if ('fill' in lama) aturGaya(c, { fill: isiDariNetral(lama.fill) });
      if ('note' in lama) {
        if (lama.note === null || lama.note === undefined) hapusCatatan(c);
        else c.note = lama.note;
      }
    }
    n++;
  }
  const j = wb.getWorksheet(LEMBAR_JURNAL);
  if (j) wb.removeWorksheet(j.id);
  if (opsi.laporan) {
    const lap = wb.getWorksheet(LEMBAR_TEMUAN);
    if (lap) wb.removeWorksheet(lap.id);
  }
  return n;
}

// ------------------------------------------------------------------ the report sheet

/** The "Temuan SAKIP" sheet: one row per finding, the cell as a link to it. */
export function buatLembarTemuan(
  wb: ExcelJS.Workbook,
  temuan: Temuan[],
  bahasa: Bahasa = 'id',
  grafik?: DataGrafik,
): ExcelJS.Worksheet {
  const lama = wb.getWorksheet(NAMA_LEMBAR_TEMUAN);
  if (lama) wb.removeWorksheet(lama.id);
  const ws = wb.addWorksheet(NAMA_LEMBAR_TEMUAN);
  const judul = judulLaporan(bahasa);
  ws.columns = [
    { width: 6 },
    { width: 14 },
    { width: 18 },
    { width: 12 },
    { width: 24 },
    { width: 8 },
    { width: 90 },
    { width: 18 },
    { width: 18 },
  ];
  ws.addRow(judul).font = { bold: true };
  const kolomSel = KOLOM_SEL_LAPORAN + 1;
  temuan.forEach((f, i) => {
    const b = barisTemuan(f, i, bahasa);
    // plain strings: ExcelJS stores them as typed string cells, so a text like "=HYPERLINK(...)" stays text
    const row = ws.addRow([
      b.no,
      b.aturan,
      b.pemeriksaan,
      b.tingkat,
      b.lembar,
      null,
      b.pesan,
      b.tertulis.nilai,
      b.seharusnya.nilai,
    ]);
    if (b.tertulis.format) row.getCell(kolomSel + 2).numFmt = b.tertulis.format;
    if (b.seharusnya.format) row.getCell(kolomSel + 3).numFmt = b.seharusnya.format;
    row.getCell(kolomSel).value = { text: f.cell, hyperlink: `#${refLembar(f.sheet)}!${f.cell}` };
    row.getCell(kolomSel).font = { color: { argb: 'FF0563C1' }, underline: true };
  });
  // the chart's data next to the findings (ExcelJS cannot write charts; the Excel add-in adds a native one)
  if (grafik && grafik.capaian.length > 0) {
    const dikoreksi = grafik.capaian.some((c) => c.tertulis !== undefined);
    const kepala = [...judulGrafik(bahasa), ...(dikoreksi ? [bahasa === 'en' ? 'Note' : 'Catatan'] : [])];
    const catatan = (x: number) =>
      bahasa === 'en'
        ? `corrected: the workbook states ${String(x)}`
        : `dikoreksi: workbook menulis ${String(x).replace('.', ',')}`;
    const rows = [
      kepala,
      ...grafik.capaian.map((c) => [
        c.nama,
        c.nilai,
        c.predikat,
        ...(dikoreksi ? [c.tertulis !== undefined ? catatan(c.tertulis) : ''] : []),
      ]),
    ];
    // one empty column between the findings and the chart data
    rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, judul.length + 2 + j).value = v)));
    ws.getRow(1).font = { bold: true };
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return ws;
}

/** CLI's annotated copy: marks plus the findings sheet. */
export function tandaiWorkbook(
  wb: ExcelJS.Workbook,
  temuan: Temuan[],
  bahasa: Bahasa = 'id',
  grafik?: DataGrafik,
): void {
  tandaiSel(wb, temuan);
  buatLembarTemuan(wb, temuan, bahasa, grafik);
}
