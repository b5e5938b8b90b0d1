/**
 * The engine: Grid → reading (tables as read, src/core/baca) → rules (src/core/aturan) → plausibility gate
 * → findings. Pure; every host (Excel pane, CLI, browser demo) calls this.
 */
import { hitungUlang } from './rumus/hitungUlang';
import type { WorkbookGrid } from './grid';
import { alamatRentang, parseAlamat } from './grid';
import type { JenisTabel, Tabel, Temuan } from './model';
import { bacaWorkbook, TabelBacaan } from './baca';
import { Konteks, OpsiPeriksa } from './aturan/konteks';
import { jalankanSemua } from './aturan/daftar';
import { periksaLintasTabel } from './aturan/lintasTabel';
import { pilihSkala } from './aturan/predikat';
import { DataGrafik, dataGrafik } from './grafik';

export type { OpsiPeriksa } from './aturan/konteks';

export interface RingkasanTabel {
  sheet: string;
  range: string;
  kind: JenisTabel;
  rows: number;
  title?: string;
  /** The table was read with confidence and its computed cells were checked. */
  checked: boolean;
  /** Computed cells recomputed and found consistent (checked tables). */
  verified?: number;
  /** Why the table was not checked (unchecked tables), in the chosen language. */
  reason?: string;
  /** Parts of a checked table left unchecked, with their reason. */
  unchecked?: string[];
}

export interface HasilPeriksa {
  tables: RingkasanTabel[];
  findings: Temuan[];
  /**
   * The tables as read, as plain data (they cross to and from a Web Worker): for adapters that write back
   * (predikat columns, marks) and the reading view.
   */
  tabel: Tabel[];
  /** Data for the pane's summary charts. */
  grafik: DataGrafik;
  /** The workbook's cached formula results are placeholders (not recalculated): formula checks were skipped. */
  belumDihitung?: boolean;
}

/** A table as read, without the reader's caches: plain data that survives a structured clone. */
export function tabelPolos(t: TabelBacaan): Tabel {
  const { nilaiSel, bacaanHierarki, lembarBaca, ...polos } = t;
  void nilaiSel;
  void lembarBaca;
  return { ...polos, calonHierarki: bacaanHierarki.calon };
}

/** The tables of a workbook as read (no checks). */
export function deteksiWorkbook(grid: WorkbookGrid): TabelBacaan[] {
  return bacaWorkbook(grid);
}

function urutkan(grid: WorkbookGrid, temuan: Temuan[]): Temuan[] {
  const urutLembar = new Map(grid.lembar.map((l, i) => [l.nama, i]));
  const unik = new Map<string, Temuan>();
  for (const f of temuan) {
    const key = `${f.rule}|${f.sheet}|${f.cell}`;
    if (!unik.has(key)) unik.set(key, f);
  }
  return [...unik.values()].sort((a, b) => {
    const s = (urutLembar.get(a.sheet) ?? 0) - (urutLembar.get(b.sheet) ?? 0);
    if (s !== 0) return s;
    const pa = parseAlamat(a.cell);
    const pb = parseAlamat(b.cell);
    return pa.r - pb.r || pa.c - pb.c || a.rule.localeCompare(b.rule);
  });
}

export function periksaWorkbook(asli: WorkbookGrid, opsi: OpsiPeriksa = {}): HasilPeriksa {
  // cached results that are placeholders are replaced by what the formulas give (rumus/hitungUlang.ts)
  const grid = asli.belumDihitung ? hitungUlang(asli) : asli;
  const tabel = bacaWorkbook(grid);
  const ctx = new Konteks(grid, tabel, opsi);
  jalankanSemua(ctx);
  const tutup = ctx.tutup();
  const status = tutup.status;
  // cross-table comparisons use the tables read with confidence (or with no computed cells to doubt)
  const dipakai = new Set(tabel.filter((t) => status.get(t.id)?.diperiksa !== false).map((t) => t.id));
  const findings = urutkan(grid, [...tutup.temuan, ...periksaLintasTabel(ctx, tutup.temuan, dipakai)]);
  const tables: RingkasanTabel[] = tabel.map((t: Tabel) => {
    const st = status.get(t.id);
    const diperiksa = !!st && st.diperiksa && st.terverifikasi > 0;
    return {
      sheet: t.lembar,
      range: alamatRentang(t.rentang),
      kind: t.jenis,
      rows: t.baris.filter((b) => b.jenis !== 'header-ulang').length,
      ...(t.judul ? { title: t.judul } : {}),
      checked: diperiksa,
      ...(diperiksa
        ? { verified: st!.terverifikasi }
        : { reason: st?.alasan ?? (t.tanpaHeader ? ctx.pesan.tanpaHeader() : ctx.pesan.tanpaHitungan()) }),
      ...(diperiksa && st!.tidakDiperiksa.length ? { unchecked: st!.tidakDiperiksa } : {}),
    };
  });
  const grafik = dataGrafik(ctx, pilihSkala(ctx, []), findings);
  return {
    tables,
    findings,
    tabel: tabel.map(tabelPolos),
    grafik,
    ...(grid.belumDihitung ? { belumDihitung: true } : {}),
  };
}
