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
import { pesanHost } from '../core/pesan/host';
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
  const potongan = note.texts;
  return potongan ? potongan.map((x) => x.text).join('') : null;
}

// ------------------------------------------------------------------ one cell, exactly

/** JSON-safe copy of a value (a Date as {"$tanggal": ISO}), and back. */
function simpanNilai(nilai: unknown): unknown {
  if (nilai instanceof Date) return { $tanggal: nilai.toISOString() };
  if (Array.isArray(nilai)) return nilai.map(simpanNilai);
  if (nilai && typeof nilai === 'object') {
    const salinan: Record<string, unknown> = {};
    for (const [kunci, isi] of Object.entries(nilai)) if (isi !== undefined) salinan[kunci] = simpanNilai(isi);
    return salinan;
  }
  return nilai;
}

function pulihkanNilai(nilai: unknown): unknown {
  if (Array.isArray(nilai)) return nilai.map(pulihkanNilai);
  if (nilai && typeof nilai === 'object') {
    const objek = nilai as Record<string, unknown>;
    if (typeof objek.$tanggal === 'string' && Object.keys(objek).length === 1) return new Date(objek.$tanggal);
    const out: Record<string, unknown> = {};
    for (const [kunci, isi] of Object.entries(objek)) out[kunci] = pulihkanNilai(isi);
    return out;
  }
  return nilai;
}

/** A cell as ExcelJS holds it: value (a formula with its cached result, 0 included), style and note. */
export interface PotretSel {
  nilai: unknown;
  gaya: Partial<ExcelJS.Style>;
  catatan: unknown;
}

export function potretSel(sel: ExcelJS.Cell): PotretSel {
  let nilai: unknown = sel.value;
  // `cell.value` leaves out a formula's cached result when it is 0, '' or false; `cell.result` has it
  if (rumusExcelJs(sel.value) && sel.result !== undefined) nilai = { ...sel.value, result: sel.result };
  return {
    nilai: simpanNilai(nilai ?? null),
    gaya: salinanGaya(sel.style),
    catatan: sel.note === undefined ? null : simpanNilai(sel.note),
  };
}

/** The cell's own style object (a copy of the one ExcelJS shares with other cells), to change safely. */
export function gayaSendiri(sel: ExcelJS.Cell): void {
  sel.style = salinanGaya(sel.style);
}

function salinanGaya(gaya: Partial<ExcelJS.Style> | undefined): Partial<ExcelJS.Style> {
  return JSON.parse(JSON.stringify(gaya ?? {})) as Partial<ExcelJS.Style>;
}

/**
 * Remove a cell's note. ExcelJS has no call for it (`cell.note = undefined` leaves an empty note in the
 * file); `row.splice` with one replacement value is its public way to give a cell a fresh state, after
 * which the value and style are put back. test/xlsx/tandai.test.ts fails when that stops removing notes.
 */
export function hapusCatatan(sel: ExcelJS.Cell): void {
  // (never on another cell of a merge: splice would write its value into the merge's first cell; marks go
  // on first cells only)
  if (sel.note === undefined || (sel.isMerged && sel.master !== sel)) return;
  const potret = potretSel(sel);
  const row = sel.worksheet.getRow(Number(sel.row));
  row.splice(Number(sel.col), 1, pulihkanNilai(potret.nilai));
  const baru = row.getCell(Number(sel.col));
  baru.style = potret.gaya;
}

/** What a cell shows as content, for the one "already filled" rule. */
function terisi(sel: ExcelJS.Cell): boolean {
  const nilai = sel.value;
  if (rumusExcelJs(nilai)) return selTerisi(null, sel.formula ?? '=');
  if (nilai && typeof nilai === 'object' && !(nilai instanceof Date)) {
    const objek = nilai as { richText?: { text: string }[]; text?: unknown; error?: unknown };
    if (Array.isArray(objek.richText)) return selTerisi(objek.richText.map((x) => x.text).join(''));
    if ('text' in objek) return selTerisi(teksNilai(objek.text));
    return true;
  }
  return selTerisi(nilai);
}

/**
 * The fill in the host-neutral journal columns, as Office.js describes one ({color, pattern}), so the
 * Excel add-in can restore a copy marked here; theme colours and tints resolved.
 */
function isiNetral(sel: ExcelJS.Cell): { color?: string; pattern: string } {
  const warna = warnaIsi(sel, temaWorkbook(sel.worksheet.workbook));
  return warna ? { color: `#${warna}`, pattern: 'Solid' } : { pattern: 'None' };
}

function isiSelNetral(sel: ExcelJS.Cell): IsiSel {
  const nilai = sel.value;
  const isi: IsiSel = { fill: isiNetral(sel), note: teksCatatan(sel.note) };
  if (rumusExcelJs(nilai)) isi.f = '=' + sel.formula;
  else if (
    nilai === null ||
    nilai === undefined ||
    typeof nilai === 'string' ||
    typeof nilai === 'number' ||
    typeof nilai === 'boolean'
  )
    isi.v = nilai ?? null;
  else if (nilai instanceof Date) isi.v = nilai.toISOString();
  else isi.v = JSON.stringify(nilai);
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

function catat(wb: ExcelJS.Workbook, entri: EntriJurnalXlsx[]): void {
  if (entri.length === 0) return;
  const ws = lembarJurnal(wb);
  // typed string cells: the JSON texts are never read as formulas
  for (const entriBaru of entri) {
    const potret = entriBaru.potret ? JSON.stringify(entriBaru.potret) : null;
    ws.addRow([
      ...keBaris(entriBaru),
      entriBaru.baru ? JSON.stringify(entriBaru.baru) : null,
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
    const entri: EntriJurnalXlsx | null = dariBaris(nilai);
    if (!entri) return;
    // the exact state is the sixth column; copies of older versions kept it in the fifth, now "baru"
    const potret = potretDari(nilai[5]) ?? potretDari(nilai[4]);
    if (potret) entri.potret = potret;
    const baru = baruDariTeks(nilai[4]);
    if (baru) entri.baru = baru;
    out.push(entri);
  });
  return out;
}

// ------------------------------------------------------------------ marks

/** Fill + note on each finding cell; what was there before goes to the journal. Returns cells marked. */
export function tandaiSel(wb: ExcelJS.Workbook, temuan: Temuan[], bahasa: Bahasa = 'id'): number {
  const jurnal: EntriJurnalXlsx[] = [];
  // a finding on another cell of a merge is marked on the merge's first cell, the one Excel shows
  const diSel = temuan.map((temuan) => {
    const sel = wb.getWorksheet(temuan.sheet)?.getCell(temuan.cell);
    return sel && sel.isMerged && sel.master !== sel ? { ...temuan, cell: sel.master.address } : temuan;
  });
  for (const tanda of rencanaTanda(diSel, bahasa)) {
    const ws = wb.getWorksheet(tanda.lembar);
    if (!ws) continue;
    const sel = ws.getCell(tanda.sel);
    jurnal.push({
      lembar: tanda.lembar,
      sel: tanda.sel,
      jenis: 'tanda',
      lama: { fill: isiNetral(sel), note: teksCatatan(sel.note) },
      baru: { fill: { color: tanda.warna, pattern: 'Solid' }, note: tanda.catatan },
      potret: potretSel(sel),
    });
    gayaSendiri(sel);
    sel.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(tanda.warna) } };
    sel.note = tanda.catatan;
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
  const hasilTulis: HasilTulisXlsx = { ditulis: 0, dilewati: 0, rumusDihitung: 0, rumusTanpaHasil: 0 };
  for (const rencanaSel of rencana) {
    const ws = wb.getWorksheet(rencanaSel.lembar);
    if (!ws) continue;
    const sel = ws.getCell(rencanaSel.sel);
    // ExcelJS writes a value given to another cell of a merge into its first cell
    if ((sel.isMerged && sel.master !== sel) || (terisi(sel) && !timpa)) {
      hasilTulis.dilewati++;
      continue;
    }
    const netral = isiSelNetral(sel);
    const lama: IsiSel = { v: netral.v, f: netral.f, fill: netral.fill };
    const baru: KeadaanSel = rencanaSel.rumus
      ? { f: '=' + rencanaSel.rumus.replace(/^=/, '') }
      : { v: rencanaSel.nilai ?? null };
    if (rencanaSel.judul) {
      lama.b = !!sel.font?.bold;
      baru.b = true;
    }
    jurnal.push({ lembar: rencanaSel.lembar, sel: rencanaSel.sel, jenis: 'tulis', lama, baru, potret: potretSel(sel) });
    if (rencanaSel.rumus) {
      const formula = rencanaSel.rumus.replace(/^=/, '');
      // later plans may refer to this cell: its result is there before they are computed
      const hasil = hitungRumus(wb, ws, formula) ?? rencanaSel.nilai;
      sel.value = (hasil === undefined ? { formula } : { formula, result: hasil }) as ExcelJS.CellValue;
      if (hasil === undefined) hasilTulis.rumusTanpaHasil++;
      else hasilTulis.rumusDihitung++;
    } else sel.value = rencanaSel.nilai ?? null;
    if (rencanaSel.judul) {
      gayaSendiri(sel);
      sel.font = { ...(sel.font ?? {}), bold: true };
    }
    hasilTulis.ditulis++;
  }
  catat(wb, jurnal);
  return hasilTulis;
}

// ------------------------------------------------------------------ restoring

/** A fill from the host-neutral columns: Office.js {color, pattern}, or an ExcelJS fill (older copies). */
function isiDariNetral(isi: unknown): ExcelJS.Fill | undefined {
  if (!isi || typeof isi !== 'object') return undefined;
  const objek = isi as { type?: string; color?: string; pattern?: string };
  if (objek.type) return JSON.parse(JSON.stringify(isi)) as ExcelJS.Fill;
  if (!objek.color || !objek.pattern || objek.pattern === 'None') return undefined;
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(objek.color) } };
}

function aturGaya(sel: ExcelJS.Cell, bagian: Partial<ExcelJS.Style>): void {
  const gaya = JSON.parse(JSON.stringify(sel.style ?? {})) as Partial<ExcelJS.Style>;
  for (const [kunci, nilai] of Object.entries(bagian) as [keyof ExcelJS.Style, unknown][]) {
    if (nilai === undefined) delete gaya[kunci];
    else (gaya as Record<string, unknown>)[kunci] = JSON.parse(JSON.stringify(nilai));
  }
  sel.style = gaya;
}

/**
 * A cell now, in the journal's terms (what the replay rule compares). A date is its serial number, as
 * Excel gives it and as a number written into a date-formatted cell comes back once the file is reopened.
 */
function keadaanKini(sel: ExcelJS.Cell): KeadaanSel {
  const netral = isiSelNetral(sel);
  if (sel.value instanceof Date) {
    const tahun1904 = !!(sel.worksheet.workbook.properties as { date1904?: boolean } | undefined)?.date1904;
    netral.v = serialDari(sel.value, tahun1904);
  }
  return keadaanDari({ ...netral, b: !!sel.font?.bold }) ?? {};
}

/** An entry as the replay rule reads it: what was there and what was written, in the journal's terms. */
function entriPulih(entri: EntriJurnalXlsx): EntriPulih {
  const pulih: EntriPulih = {
    lembar: entri.lembar,
    sel: entri.sel,
    jenis: entri.jenis,
    lama: keadaanDari(entri.lama) ?? {},
  };
  if (entri.baru) pulih.baru = entri.baru;
  return pulih;
}

/** One part of a cell given back: exactly from the state an entry recorded, else from the journal's terms. */
function pulihkanBagian(sel: ExcelJS.Cell, bagian: Bagian, keadaan: KeadaanSel, potret: PotretSel | undefined): void {
  if (bagian === 'nilai') {
    if (potret) sel.value = pulihkanNilai(potret.nilai) as ExcelJS.CellValue;
    else if (keadaan.f) sel.value = { formula: keadaan.f.replace(/^=/, '') };
    else sel.value = keadaan.v ?? null;
  } else if (bagian === 'fill') aturGaya(sel, { fill: potret ? potret.gaya.fill : isiDariNetral(keadaan.fill) });
  else if (bagian === 'b')
    aturGaya(sel, { font: potret ? potret.gaya.font : { ...(sel.font ?? {}), bold: !!keadaan.b } });
  else {
    const catatan = potret ? potret.catatan : (keadaan.note ?? null);
    if (catatan === null || catatan === undefined) hapusCatatan(sel);
    else sel.note = (potret ? pulihkanNilai(catatan) : catatan) as ExcelJS.Comment;
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
function pulihkanSel(sel: ExcelJS.Cell, grup: readonly EntriJurnalXlsx[]): boolean {
  const keputusan: KeputusanSel = putuskan(grup.map(entriPulih), keadaanKini(sel));
  for (const bagian of URUTAN_BAGIAN) {
    const dari = keputusan.dari[bagian];
    if (dari !== undefined) pulihkanBagian(sel, bagian, keputusan.tulis, grup[dari].potret);
    else if (keputusan.sudah.includes(bagian)) {
      const asli = grup.find((e) => punya(keadaanDari(e.lama) ?? {}, bagian));
      if (asli?.potret) pulihkanBagian(sel, bagian, {}, asli.potret);
    }
  }
  return Object.keys(keputusan.tulis).length > 0 || keputusan.sudah.length > 0;
}

/**
 * One cell of a journal that records no "baru" (copies of older versions): what the entries recorded first
 * goes back, what a mark changed (fill, note) and what a write changed (value or formula, font).
 */
function pulihkanSelLama(sel: ExcelJS.Cell, grup: readonly EntriJurnalXlsx[]): void {
  const ditandai = grup.some((e) => e.jenis === 'tanda');
  const ditulis = grup.some((e) => e.jenis === 'tulis');
  const potret = grup[0].potret;
  if (potret) {
    // the oldest state is the original one: later entries record states the add-in itself made
    if (ditulis) sel.value = pulihkanNilai(potret.nilai) as ExcelJS.CellValue;
    aturGaya(sel, {
      ...(ditandai ? { fill: potret.gaya.fill } : {}),
      ...(ditulis ? { font: potret.gaya.font } : {}),
    });
    if (ditandai) {
      if (potret.catatan === null) hapusCatatan(sel);
      else sel.note = pulihkanNilai(potret.catatan) as ExcelJS.Comment;
    }
    return;
  }
  // rows without the exact state (another host's, an older copy's): the oldest of each part
  const [{ lama }] = asliPerSel([...grup]);
  if ('f' in lama || 'v' in lama) {
    if (lama.f) sel.value = { formula: lama.f.replace(/^=/, '') };
    else sel.value = lama.v ?? null;
  }
  if ('fill' in lama) aturGaya(sel, { fill: isiDariNetral(lama.fill) });
  if ('note' in lama) {
    if (lama.note === null || lama.note === undefined) hapusCatatan(sel);
    else sel.note = lama.note;
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
    const sel = ws.getCell(grup[0].sel);
    if (grup.some((e) => e.baru)) {
      if (pulihkanSel(sel, grup)) dipulihkan++;
    } else {
      pulihkanSelLama(sel, grup);
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
  temuan.forEach((temuan, indeks) => {
    const baris = barisTemuan(temuan, indeks, bahasa);
    // plain strings: ExcelJS stores them as typed string cells, so a text like "=HYPERLINK(...)" stays text
    const row = ws.addRow([
      baris.no,
      baris.aturan,
      baris.pemeriksaan,
      baris.tingkat,
      baris.lembar,
      null,
      baris.pesan,
      baris.tertulis.nilai,
      baris.seharusnya.nilai,
    ]);
    if (baris.tertulis.format) row.getCell(kolomSel + 2).numFmt = baris.tertulis.format;
    if (baris.seharusnya.format) row.getCell(kolomSel + 3).numFmt = baris.seharusnya.format;
    row.getCell(kolomSel).value = { text: temuan.cell, hyperlink: `#${refLembar(temuan.sheet)}!${temuan.cell}` };
    row.getCell(kolomSel).font = { color: { argb: 'FF0563C1' }, underline: true };
  });
  // the chart's data next to the findings (ExcelJS cannot write charts; the Excel add-in adds a native one)
  if (grafik && grafik.capaian.length > 0) {
    const dikoreksi = grafik.capaian.some((c) => c.tertulis !== undefined);
    const pesan = pesanHost(bahasa);
    const kepala = [...judulGrafik(bahasa), ...(dikoreksi ? [pesan.kolomCatatan] : [])];
    const rows = [
      kepala,
      ...grafik.capaian.map((c) => [
        c.nama,
        c.nilai,
        c.predikat,
        ...(dikoreksi ? [c.tertulis !== undefined ? pesan.capaianDikoreksi(c.tertulis) : ''] : []),
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
  tandaiSel(wb, temuan, bahasa);
  buatLembarTemuan(wb, temuan, bahasa, grafik);
}
