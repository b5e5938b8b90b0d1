/**
 * Write-backs on an ExcelJS workbook (CLI annotated copy, browser demo): marks (fill + note) with an undo
 * journal kept in the workbook, planned writes, the "Temuan SAKIP" sheet, and restoring everything.
 *
 * - ExcelJS shares one style object between all cells of a style (and between a merge's cells): a cell
 *   gets its own copy before its fill or font is changed, so a mark colours that cell only.
 * - The journal keeps, next to the five columns every host reads and writes (src/core/tulis/jurnal.ts: what
 *   was there, what the add-in wrote), a sixth with the cell exactly as ExcelJS had it (value with its
 *   cached result, style, note). "Hapus tanda" decides part by part with the hosts' one replay rule what to
 *   give back (never what the user changed since), and gives it back from that exact state: every cell's
 *   value, formula, fill, font and note as they were.
 * - Text from the workbook is written as typed string cells, never as formulas; a formula the add-in writes
 *   gets its computed value as the cached result (./hitung), so the file shows it without the add-in.
 */
import type ExcelJS from 'exceljs';
import type { Temuan } from '../core/model';
import type { Bahasa } from '../core/pesan/bahasa';
import type { RencanaTulis } from '../core/tulis/rencana';
import type { DataGrafik } from '../core/grafik';
import {
  Bagian,
  EntriJurnal,
  EntriPulih,
  IsiSel,
  KeadaanSel,
  KeputusanSel,
  LEMBAR_JURNAL,
  alamatSelSah,
  asliPerSel,
  baruDariTeks,
  dariBaris,
  keBaris,
  keadaanDari,
  perSel,
  punya,
  putuskan,
} from '../core/tulis/jurnal';
import { rencanaTanda } from '../core/tulis/tanda';
import { selTerisi } from '../core/tulis/terisi';
import { LEMBAR_TEMUAN } from '../core/lembarSendiri';
import { KOLOM_SEL_LAPORAN, NAMA_LEMBAR_TEMUAN, barisTemuan, judulGrafik, judulLaporan } from '../core/laporan';
import { refLembar } from '../core/grid';
import { rumusExcelJs, teksNilai, temaWorkbook, warnaIsi } from './baca';
import { hitungRumus } from './hitung';
import { serialDari } from './tanggal';

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
  /** What the add-in wrote, in the journal's terms (absent in rows of older versions). */
  baru?: KeadaanSel;
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
    ws.addRow([
      ...keBaris(x),
      x.baru ? JSON.stringify(x.baru) : null,
      // a cell holds at most 32 767 characters: a longer state falls back to the columns every host reads
      potret && potret.length <= BATAS_TEKS_SEL ? potret : null,
    ]);
  }
}

/** A cell's exact state from its journal text; undefined for anything else (another host's "baru"). */
function potretDari(teks: unknown): PotretSel | undefined {
  if (typeof teks !== 'string' || teks === '') return undefined;
  try {
    const data = JSON.parse(teks) as unknown;
    if (!data || typeof data !== 'object' || !('gaya' in data) || !('nilai' in data)) return undefined;
    const potret = data as PotretSel;
    return potret.gaya && typeof potret.gaya === 'object' ? potret : undefined;
  } catch {
    return undefined; // a damaged column: the columns every host reads still restore the cell
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
    // the exact state is the sixth column; copies of older versions kept it in the fifth, now "baru"
    const potret = potretDari(nilai[5]) ?? potretDari(nilai[4]);
    if (potret) e.potret = potret;
    const baru = baruDariTeks(nilai[4]);
    if (baru) e.baru = baru;
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
      baru: { fill: { color: t.warna, pattern: 'Solid' }, note: t.catatan },
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
    const netral = isiSelNetral(c);
    const lama: IsiSel = { v: netral.v, f: netral.f, fill: netral.fill };
    const baru: KeadaanSel = r.rumus ? { f: '=' + r.rumus.replace(/^=/, '') } : { v: r.nilai ?? null };
    if (r.judul) {
      lama.b = !!c.font?.bold;
      baru.b = true;
    }
    jurnal.push({ lembar: r.lembar, sel: r.sel, jenis: 'tulis', lama, baru, potret: potretSel(c) });
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
 * A cell now, in the journal's terms (what the replay rule compares). A date is its serial number, as
 * Excel gives it and as a number written into a date-formatted cell comes back once the file is reopened.
 */
function keadaanKini(c: ExcelJS.Cell): KeadaanSel {
  const netral = isiSelNetral(c);
  if (c.value instanceof Date) {
    const tahun1904 = !!(c.worksheet.workbook.properties as { date1904?: boolean } | undefined)?.date1904;
    netral.v = serialDari(c.value, tahun1904);
  }
  return keadaanDari({ ...netral, b: !!c.font?.bold }) ?? {};
}

/** An entry as the replay rule reads it: what was there and what was written, in the journal's terms. */
function entriPulih(e: EntriJurnalXlsx): EntriPulih {
  const pulih: EntriPulih = { lembar: e.lembar, sel: e.sel, jenis: e.jenis, lama: keadaanDari(e.lama) ?? {} };
  if (e.baru) pulih.baru = e.baru;
  return pulih;
}

/** One part of a cell given back: exactly from the state an entry recorded, else from the journal's terms. */
function pulihkanBagian(c: ExcelJS.Cell, bagian: Bagian, keadaan: KeadaanSel, potret: PotretSel | undefined): void {
  if (bagian === 'nilai') {
    if (potret) c.value = pulihkanNilai(potret.nilai) as ExcelJS.CellValue;
    else if (keadaan.f) c.value = { formula: keadaan.f.replace(/^=/, '') };
    else c.value = keadaan.v ?? null;
  } else if (bagian === 'fill') aturGaya(c, { fill: potret ? potret.gaya.fill : isiDariNetral(keadaan.fill) });
  else if (bagian === 'b') aturGaya(c, { font: potret ? potret.gaya.font : { ...(c.font ?? {}), bold: !!keadaan.b } });
  else {
    const catatan = potret ? potret.catatan : (keadaan.note ?? null);
    if (catatan === null || catatan === undefined) hapusCatatan(c);
    else c.note = (potret ? pulihkanNilai(catatan) : catatan) as ExcelJS.Comment;
  }
}

/** The order parts are given back in: the note last (removing one gives the cell a fresh state). */
const URUTAN_BAGIAN: readonly Bagian[] = ['nilai', 'fill', 'b', 'note'];

/**
 * One cell by the hosts' replay rule: the parts that still show what the add-in wrote go back to what was
 * there, each from the exact state its entry recorded; the parts already as they were get their exact state
 * too (a fill is compared by colour, a theme colour or tint comes back only from the exact state); the
 * parts the user changed since are left alone. True when the cell was restored (in part or in full).
 */
function pulihkanSel(c: ExcelJS.Cell, grup: readonly EntriJurnalXlsx[]): boolean {
  const keputusan: KeputusanSel = putuskan(grup.map(entriPulih), keadaanKini(c));
  for (const bagian of URUTAN_BAGIAN) {
    const dari = keputusan.dari[bagian];
    if (dari !== undefined) pulihkanBagian(c, bagian, keputusan.tulis, grup[dari].potret);
    else if (keputusan.sudah.includes(bagian)) {
      const asli = grup.find((e) => punya(keadaanDari(e.lama) ?? {}, bagian));
      if (asli?.potret) pulihkanBagian(c, bagian, {}, asli.potret);
    }
  }
  return Object.keys(keputusan.tulis).length > 0 || keputusan.sudah.length > 0;
}

/**
 * One cell of a journal that records no "baru" (copies of older versions): what the entries recorded first
 * goes back, what a mark changed (fill, note) and what a write changed (value or formula, font).
 */
function pulihkanSelLama(c: ExcelJS.Cell, grup: readonly EntriJurnalXlsx[]): void {
  const ditandai = grup.some((e) => e.jenis === 'tanda');
  const ditulis = grup.some((e) => e.jenis === 'tulis');
  const potret = grup[0].potret;
  if (potret) {
    // the oldest state is the original one: later entries record states the add-in itself made
    if (ditulis) c.value = pulihkanNilai(potret.nilai) as ExcelJS.CellValue;
    aturGaya(c, {
      ...(ditandai ? { fill: potret.gaya.fill } : {}),
      ...(ditulis ? { font: potret.gaya.font } : {}),
    });
    if (ditandai) {
      if (potret.catatan === null) hapusCatatan(c);
      else c.note = pulihkanNilai(potret.catatan) as ExcelJS.Comment;
    }
    return;
  }
  // rows without the exact state (another host's, an older copy's): the oldest of each part
  const [{ lama }] = asliPerSel([...grup]);
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

/**
 * Restore every journaled cell to what it was before the add-in first touched it — what a mark changed (fill,
 * note) and what a write changed (value or formula with its cached result, font) — by the replay rule every
 * host uses (src/core/tulis/jurnal.ts: a part the user changed since is left alone), then drop the journal
 * and, with `laporan`, the "Temuan SAKIP" sheet. Returns the cells restored.
 */
export function hapusTanda(wb: ExcelJS.Workbook, opsi: { laporan?: boolean } = {}): number {
  let dipulihkan = 0;
  for (const grup of perSel(bacaJurnal(wb)).values()) {
    const ws = wb.getWorksheet(grup[0].lembar);
    // an address no host can resolve: not a row this add-in wrote
    if (!ws || !alamatSelSah(grup[0].sel)) continue;
    const c = ws.getCell(grup[0].sel);
    if (grup.some((e) => e.baru)) {
      if (pulihkanSel(c, grup)) dipulihkan++;
    } else {
      pulihkanSelLama(c, grup);
      dipulihkan++;
    }
  }
  const jurnal = wb.getWorksheet(LEMBAR_JURNAL);
  if (jurnal) wb.removeWorksheet(jurnal.id);
  if (opsi.laporan) {
    const laporan = wb.getWorksheet(LEMBAR_TEMUAN);
    if (laporan) wb.removeWorksheet(laporan.id);
  }
  return dipulihkan;
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
