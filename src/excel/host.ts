/* global Excel, Office */
/**
 * The pane's Host in Excel (Office.js). Reads through bacaWorkbookExcel; every write-back is one batch:
 * a sync to read what is there (for the undo journal and the "only empty cells" rule), a sync to write.
 * The journal lives in a very hidden sheet, so "Hapus tanda" works after a reload.
 */
import type { Host, HasilTulis } from '../taskpane/host';
import type { WorkbookGrid } from '../core/grid';
import type { Temuan } from '../core/model';
import type { RencanaTulis } from '../core/tulis/rencana';
import { EntriJurnal, IsiSel, LEMBAR_JURNAL, WARNA_TANDA, asliPerSel, dariBaris, keBaris } from '../core/tulis/jurnal';
import { Pengaturan, bacaPengaturan } from '../core/pengaturan';
import { teksAman } from '../core/teksAman';
import { bacaWorkbookExcel } from './baca';
import { barisLaporan, blokGrafik, NAMA_LAPORAN } from './laporan';
import type { DataGrafik } from '../core/grafik';

const KUNCI_PENGATURAN = 'sakip.pengaturan';

type Jalankan = <T>(f: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

interface SelMuat {
  lembar: string;
  sel: string;
  ws: Excel.Worksheet;
  range: Excel.Range;
  note?: Excel.Note;
}

/** Queue loads for the journal sheet (or its absence) in the current batch. */
function muatJurnal(ctx: Excel.RequestContext) {
  const ws = ctx.workbook.worksheets.getItemOrNullObject(LEMBAR_JURNAL);
  ws.load('name');
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('values,rowCount');
  return { ws, used };
}

function tulisJurnal(ctx: Excel.RequestContext, j: ReturnType<typeof muatJurnal>, entri: EntriJurnal[]): void {
  if (entri.length === 0) return;
  const ws = j.ws.isNullObject ? ctx.workbook.worksheets.add(LEMBAR_JURNAL) : j.ws;
  if (j.ws.isNullObject) ws.visibility = Excel.SheetVisibility.veryHidden;
  const awal = j.used.isNullObject ? 0 : j.used.rowCount;
  // journal texts start with sheet names and JSON: guard them like any text written back
  ws.getRangeByIndexes(awal, 0, entri.length, 4).values = entri.map((e) => keBaris(e).map(teksAman));
}

function bacaBarisJurnal(j: ReturnType<typeof muatJurnal>): EntriJurnal[] {
  if (j.ws.isNullObject || j.used.isNullObject) return [];
  return (j.used.values as unknown[][])
    .map((r) => dariBaris(r.map((x) => (typeof x === 'string' ? x.replace(/^'/, '') : x))))
    .filter((x): x is EntriJurnal => !!x);
}

function isi(range: Excel.Range, note?: Excel.Note): IsiSel {
  const f = range.formulas[0][0];
  const out: IsiSel = { fill: { color: range.format.fill.color, pattern: range.format.fill.pattern } };
  if (typeof f === 'string' && f.startsWith('=')) out.f = f;
  else out.v = range.values[0][0] as string | number | boolean;
  if (note) out.note = note.isNullObject ? null : note.content;
  return out;
}

export class ExcelHost implements Host {
  readonly jenis = 'excel' as const;
  constructor(
    private readonly run: Jalankan = (f) => Excel.run(f),
    private readonly catatan = true,
  ) {}

  bacaWorkbook(progres?: (p: number) => void): Promise<WorkbookGrid> {
    return this.run((ctx) => bacaWorkbookExcel(ctx, { progres }));
  }

  pilihSel(lembar: string, sel: string): Promise<void> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(lembar);
      ws.activate();
      ws.getRange(sel).select();
      await ctx.sync();
    });
  }

  private muatSel(
    ctx: Excel.RequestContext,
    daftar: { lembar: string; sel: string }[],
    denganCatatan: boolean,
  ): SelMuat[] {
    return daftar.map(({ lembar, sel }) => {
      const ws = ctx.workbook.worksheets.getItem(lembar);
      const range = ws.getRange(sel);
      range.load('values,formulas');
      range.format.fill.load('color,pattern');
      const note = denganCatatan && this.catatan ? ws.notes.getItemOrNullObject(sel) : undefined;
      note?.load('content');
      return { lembar, sel, ws, range, note };
    });
  }

  tandai(temuan: Temuan[]): Promise<number> {
    return this.run(async (ctx) => {
      const perSel = new Map<string, Temuan[]>();
      for (const f of temuan)
        perSel.set(`${f.sheet}\u0000${f.cell}`, [...(perSel.get(`${f.sheet}\u0000${f.cell}`) ?? []), f]);
      const daftar = [...perSel.keys()].map((k) => {
        const [lembar, sel] = k.split('\u0000');
        return { lembar, sel };
      });
      const sel = this.muatSel(ctx, daftar, true);
      const j = muatJurnal(ctx);
      await ctx.sync();
      const jurnal: EntriJurnal[] = [];
      const urut: Temuan['severity'][] = ['error', 'warning', 'info'];
      for (const s of sel) {
        const fs = perSel.get(`${s.lembar}\u0000${s.sel}`)!;
        const lama = isi(s.range, s.note);
        jurnal.push({
          lembar: s.lembar,
          sel: s.sel,
          jenis: 'tanda',
          lama: { fill: lama.fill, ...(this.catatan ? { note: lama.note ?? null } : {}) },
        });
        const terburuk = urut.find((x) => fs.some((f) => f.severity === x)) ?? 'info';
        s.range.format.fill.color = WARNA_TANDA[terburuk];
        const teks = fs.map((f) => `[SAKIP ${f.rule}] ${f.message}`).join('\n');
        if (s.note) {
          if (s.note.isNullObject) s.ws.notes.add(s.range, teks);
          else s.note.content = teks;
        }
      }
      tulisJurnal(ctx, j, jurnal);
      await ctx.sync();
      return sel.length;
    });
  }

  hapusTanda(): Promise<number> {
    return this.run(async (ctx) => {
      const j = muatJurnal(ctx);
      await ctx.sync();
      const asli = asliPerSel(bacaBarisJurnal(j)).filter((e) => e.lembar !== NAMA_LAPORAN);
      const ada = ctx.workbook.worksheets;
      ada.load('items/name');
      const notes = asli.map((e) => {
        const n =
          'note' in e.lama && this.catatan
            ? ctx.workbook.worksheets.getItem(e.lembar).notes.getItemOrNullObject(e.sel)
            : undefined;
        n?.load('content');
        return n;
      });
      await ctx.sync();
      const nama = new Set(ada.items.map((w) => w.name));
      let n = 0;
      asli.forEach((e, i) => {
        if (!nama.has(e.lembar)) return;
        const range = ctx.workbook.worksheets.getItem(e.lembar).getRange(e.sel);
        if ('f' in e.lama && e.lama.f) range.formulas = [[e.lama.f]];
        else if ('v' in e.lama) range.values = [[typeof e.lama.v === 'string' ? teksAman(e.lama.v) : (e.lama.v ?? '')]];
        if ('fill' in e.lama) {
          const f = e.lama.fill as { color?: string; pattern?: string } | null;
          if (!f || f.pattern === 'None' || !f.color) range.format.fill.clear();
          else range.format.fill.color = f.color;
        }
        const note = notes[i];
        if (note) {
          if (e.lama.note === null || e.lama.note === undefined) {
            if (!note.isNullObject) note.delete();
          } else if (note.isNullObject) ctx.workbook.worksheets.getItem(e.lembar).notes.add(range, e.lama.note);
          else note.content = e.lama.note;
        }
        n++;
      });
      if (!j.ws.isNullObject) j.ws.delete();
      await ctx.sync();
      return n;
    });
  }

  tulis(rencana: RencanaTulis[], timpa: boolean): Promise<HasilTulis> {
    return this.run(async (ctx) => {
      const sel = this.muatSel(
        ctx,
        rencana.map((r) => ({ lembar: r.lembar, sel: r.sel })),
        false,
      );
      const j = muatJurnal(ctx);
      await ctx.sync();
      const jurnal: EntriJurnal[] = [];
      let ditulis = 0;
      let dilewati = 0;
      rencana.forEach((r, i) => {
        const s = sel[i];
        const lama = isi(s.range);
        const terisi = lama.f !== undefined || (lama.v !== '' && lama.v !== null && lama.v !== undefined);
        if (terisi && !timpa) {
          dilewati++;
          return;
        }
        jurnal.push({ lembar: r.lembar, sel: r.sel, jenis: 'tulis', lama: { v: lama.v, f: lama.f, fill: lama.fill } });
        if (r.rumus) s.range.formulas = [[r.rumus]];
        else s.range.values = [[typeof r.nilai === 'string' ? teksAman(r.nilai) : (r.nilai ?? '')]];
        if (r.judul) s.range.format.font.bold = true;
        ditulis++;
      });
      tulisJurnal(ctx, j, jurnal);
      await ctx.sync();
      return { ditulis, dilewati };
    });
  }

  buatLaporan(temuan: Temuan[], bahasa: 'id' | 'en', grafik?: DataGrafik): Promise<void> {
    return this.run(async (ctx) => {
      const lama = ctx.workbook.worksheets.getItemOrNullObject(NAMA_LAPORAN);
      lama.load('name');
      await ctx.sync();
      if (!lama.isNullObject) lama.delete();
      const ws = ctx.workbook.worksheets.add(NAMA_LAPORAN);
      const { baris, tautan } = barisLaporan(temuan, bahasa);
      ws.getRangeByIndexes(0, 0, baris.length, baris[0].length).values = baris;
      ws.getRangeByIndexes(0, 0, 1, baris[0].length).format.font.bold = true;
      for (const t of tautan)
        ws.getRangeByIndexes(t.r, t.c, 1, 1).hyperlink = { documentReference: t.ke, textToDisplay: t.teks };
      ws.freezePanes.freezeRows(1);
      ws.getRangeByIndexes(0, 0, baris.length, baris[0].length).format.autofitColumns();
      const blok = blokGrafik(grafik, bahasa);
      if (blok) {
        // capaian per indikator as a native bar chart next to the findings
        const c0 = baris[0].length + 1;
        const data = ws.getRangeByIndexes(0, c0, blok.length, 3);
        data.values = blok;
        ws.getRangeByIndexes(0, c0, 1, 3).format.font.bold = true;
        const chart = ws.charts.add(
          Excel.ChartType.barClustered,
          ws.getRangeByIndexes(0, c0, blok.length, 2),
          Excel.ChartSeriesBy.columns,
        );
        chart.title.text = bahasa === 'en' ? 'Achievement per indicator (%)' : 'Capaian per indikator (%)';
        chart.legend.visible = false;
        chart.setPosition(
          ws.getRangeByIndexes(0, c0 + 4, 1, 1),
          ws.getRangeByIndexes(Math.max(18, blok.length + 2), c0 + 12, 1, 1),
        );
      }
      ws.activate();
      await ctx.sync();
    });
  }

  async simpanPengaturan(p: Pengaturan): Promise<void> {
    const s = Office.context.document.settings;
    s.set(KUNCI_PENGATURAN, JSON.stringify(p));
    await new Promise<void>((ok, gagal) =>
      s.saveAsync((r) =>
        r.status === Office.AsyncResultStatus.Succeeded
          ? ok()
          : gagal(new Error(r.error?.message ?? 'Pengaturan tidak tersimpan')),
      ),
    );
  }

  async muatPengaturan(): Promise<Pengaturan | null> {
    const v = Office.context.document.settings.get(KUNCI_PENGATURAN);
    if (typeof v !== 'string') return null;
    try {
      return bacaPengaturan(JSON.parse(v));
    } catch {
      return null;
    }
  }
}
