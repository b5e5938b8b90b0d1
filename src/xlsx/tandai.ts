/**
 * Write-backs on an ExcelJS workbook (CLI annotated copy, browser demo): marks (fill + note) with an undo
 * journal kept in the workbook, planned writes, the "Temuan SAKIP" sheet, and restoring everything.
 * Text from the workbook is written as typed string cells, never as formulas.
 */
import type ExcelJS from 'exceljs';
import type { Temuan } from '../core/model';
import type { Bahasa } from '../core/checks/konteks';
import type { RencanaTulis } from '../core/tulis/rencana';
import type { DataGrafik } from '../core/grafik';
import { EntriJurnal, IsiSel, LEMBAR_JURNAL, WARNA_TANDA, asliPerSel, dariBaris, keBaris } from '../core/tulis/jurnal';

import { NAMA_LEMBAR_TEMUAN, judulGrafik, judulLaporan, labelTingkat } from '../core/laporan';
import { refLembar } from '../core/grid';

export { NAMA_LEMBAR_TEMUAN, labelTingkat };

function argb(hex: string): string {
  return 'FF' + hex.replace('#', '').toUpperCase();
}

function teksCatatan(note: ExcelJS.Cell['note']): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  const t = (note as ExcelJS.Comment).texts;
  return t ? t.map((x) => x.text).join('') : null;
}

function isiSel(c: ExcelJS.Cell): IsiSel {
  const v = c.value as ExcelJS.CellValue;
  const isi: IsiSel = { fill: c.fill ? JSON.parse(JSON.stringify(c.fill)) : null, note: teksCatatan(c.note) };
  if (v && typeof v === 'object' && 'formula' in v) isi.f = '=' + (v as ExcelJS.CellFormulaValue).formula;
  else if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    isi.v = v ?? null;
  else isi.v = JSON.stringify(v);
  return isi;
}

function lembarJurnal(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  return wb.getWorksheet(LEMBAR_JURNAL) ?? wb.addWorksheet(LEMBAR_JURNAL, { state: 'veryHidden' });
}

function catat(wb: ExcelJS.Workbook, e: EntriJurnal[]): void {
  if (e.length === 0) return;
  const ws = lembarJurnal(wb);
  for (const x of e) ws.addRow(keBaris(x));
}

export function bacaJurnal(wb: ExcelJS.Workbook): EntriJurnal[] {
  const ws = wb.getWorksheet(LEMBAR_JURNAL);
  if (!ws) return [];
  const out: EntriJurnal[] = [];
  ws.eachRow((row) => {
    const e = dariBaris((row.values as unknown[]).slice(1));
    if (e) out.push(e);
  });
  return out;
}

/** Fill + note on each finding cell; what was there before goes to the journal. Returns cells marked. */
export function tandaiSel(wb: ExcelJS.Workbook, temuan: Temuan[]): number {
  const perSel = new Map<string, Temuan[]>();
  for (const f of temuan) {
    const k = `${f.sheet}\u0000${f.cell}`;
    perSel.set(k, [...(perSel.get(k) ?? []), f]);
  }
  const urut: Temuan['severity'][] = ['error', 'warning', 'info'];
  const jurnal: EntriJurnal[] = [];
  let n = 0;
  for (const [k, fs] of perSel) {
    const [sheet, cell] = k.split('\u0000');
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    const c = ws.getCell(cell);
    jurnal.push({
      lembar: sheet,
      sel: cell,
      jenis: 'tanda',
      lama: { fill: isiSel(c).fill, note: teksCatatan(c.note) },
    });
    const terburuk = urut.find((s) => fs.some((f) => f.severity === s)) ?? 'info';
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(WARNA_TANDA[terburuk]) } };
    c.note = fs.map((f) => `[SAKIP ${f.rule}] ${f.message}`).join('\n');
    n++;
  }
  catat(wb, jurnal);
  return n;
}

/** Apply planned writes; non-empty cells only when `timpa`. Returns written and skipped counts. */
export function tulisRencana(
  wb: ExcelJS.Workbook,
  rencana: RencanaTulis[],
  timpa: boolean,
): { ditulis: number; dilewati: number } {
  const jurnal: EntriJurnal[] = [];
  let ditulis = 0;
  let dilewati = 0;
  for (const r of rencana) {
    const ws = wb.getWorksheet(r.lembar);
    if (!ws) continue;
    const c = ws.getCell(r.sel);
    const v = c.value;
    const terisi = v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
    if (terisi && !timpa) {
      dilewati++;
      continue;
    }
    const lama = isiSel(c);
    jurnal.push({ lembar: r.lembar, sel: r.sel, jenis: 'tulis', lama: { v: lama.v, f: lama.f, fill: lama.fill } });
    if (r.rumus)
      c.value = {
        formula: r.rumus.replace(/^=/, ''),
        result: r.nilai as number | string | undefined,
      } as ExcelJS.CellFormulaValue;
    else c.value = r.nilai ?? null;
    if (r.judul) c.font = { ...(c.font ?? {}), bold: true };
    ditulis++;
  }
  catat(wb, jurnal);
  return { ditulis, dilewati };
}

/** Restore every journaled cell to its original content, fill and note; drop the journal and report sheet. */
export function hapusTanda(wb: ExcelJS.Workbook): number {
  const asli = asliPerSel(bacaJurnal(wb));
  for (const e of asli) {
    const ws = wb.getWorksheet(e.lembar);
    if (!ws) continue;
    const c = ws.getCell(e.sel);
    if ('f' in e.lama || 'v' in e.lama) {
      if (e.lama.f) c.value = { formula: e.lama.f.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
      else c.value = (e.lama.v ?? null) as ExcelJS.CellValue;
    }
    if ('fill' in e.lama) {
      if (e.lama.fill) c.fill = e.lama.fill as ExcelJS.Fill;
      else c.fill = undefined as unknown as ExcelJS.Fill;
    }
    if ('note' in e.lama) c.note = (e.lama.note ?? undefined) as unknown as string;
  }
  const j = wb.getWorksheet(LEMBAR_JURNAL);
  if (j) wb.removeWorksheet(j.id);
  return asli.length;
}

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
    { width: 12 },
    { width: 24 },
    { width: 8 },
    { width: 90 },
    { width: 18 },
    { width: 18 },
  ];
  ws.addRow(judul).font = { bold: true };
  temuan.forEach((f, i) => {
    // plain strings: ExcelJS stores them as typed string cells, so a text like "=HYPERLINK(...)" stays text
    const row = ws.addRow([
      i + 1,
      f.rule,
      labelTingkat(f.severity, bahasa),
      f.sheet,
      null,
      f.message,
      f.stated ?? '',
      f.expected ?? '',
    ]);
    row.getCell(5).value = { text: f.cell, hyperlink: `#${refLembar(f.sheet)}!${f.cell}` };
    row.getCell(5).font = { color: { argb: 'FF0563C1' }, underline: true };
  });
  // the chart's data next to the findings (ExcelJS cannot write charts; the Excel add-in adds a native one)
  if (grafik && grafik.capaian.length > 0) {
    const rows = [judulGrafik(bahasa), ...grafik.capaian.map((c) => [c.nama, c.nilai, c.predikat])];
    rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, 10 + j).value = v)));
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
