/**
 * The engine: Grid → reading (tables as read, src/core/baca) → rules (src/core/aturan) → plausibility gate
 * → findings. Pure; every host (Excel pane, CLI, browser demo) calls this.
 */
import { hitungUlang } from './rumus/hitungUlang';
import type { WorkbookGrid } from './grid';
import { alamatRentang, parseAlamat } from './grid';
import type { JenisTabel, Tabel, Temuan } from './model';
import { bacaWorkbook, TabelBacaan } from './baca';
import { Inferensi, Konteks, OpsiPeriksa } from './aturan/konteks';
export type { Inferensi } from './aturan/konteks';
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
  /** The workbook was saved without formula results: its formulas were evaluated by the engine. */
  belumDihitung?: boolean;
  /** What was inferred for the workbook (methods, polarity per indicator, scale), with its evidence. */
  inferensi: Inferensi;
}

/** A table as read, without the reader's caches: plain data that survives a structured clone. */
export function tabelPolos(t: TabelBacaan): Tabel {
  const { nilaiSel, bacaanHierarki, lembarBaca, ...polos } = t;
  void nilaiSel;
  void lembarBaca;
  return { ...polos, calonHierarki: bacaanHierarki.calon };
}

/** The tables of a workbook as read (no checks). */
export function deteksiWorkbook(grid: WorkbookGrid, opsi: Pick<OpsiPeriksa, 'koreksi'> = {}): TabelBacaan[] {
  // tables the user left out are not written into either
  return bacaWorkbook(grid, opsi.koreksi).filter((t) => !t.dikecualikan);
}

/** Rules that state what a computed cell should hold; a `rumus` error at the same cell repeats their finding. */
const ATURAN_NILAI: ReadonlySet<string> = new Set([
  'jumlah',
  'capaian',
  'polaritas',
  'penyerapan',
  'sisa',
  'efisiensi',
]);

/**
 * One mistake, one finding: a hard-coded figure among formulas that a value rule already reports at the cell
 * (penyerapan 2 where the column's formula gives 0) is not reported again as `rumus`; the value finding takes
 * the corrected formula with it.
 */
function satuPerKesalahan(temuan: Temuan[]): Temuan[] {
  const nilai = new Map<string, Temuan>();
  for (const f of temuan)
    if (f.severity === 'error' && ATURAN_NILAI.has(f.rule)) nilai.set(`${f.sheet}\u0000${f.cell}`, f);
  const out: Temuan[] = [];
  for (const f of temuan) {
    const lain = f.rule === 'rumus' && f.severity === 'error' ? nilai.get(`${f.sheet}\u0000${f.cell}`) : undefined;
    if (!lain) {
      out.push(f);
      continue;
    }
    if (f.fix && !lain.fix) lain.fix = f.fix;
  }
  return out;
}

function urutkan(grid: WorkbookGrid, temuan: Temuan[]): Temuan[] {
  const urutLembar = new Map(grid.lembar.map((l, i) => [l.nama, i]));
  const unik = new Map<string, Temuan>();
  for (const f of satuPerKesalahan(temuan)) {
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
  const semua = bacaWorkbook(grid, opsi.koreksi);
  // tables the user left out are listed, not checked
  const tabel = semua.filter((t) => !t.dikecualikan);
  const ctx = new Konteks(grid, tabel, opsi);
  jalankanSemua(ctx);
  const tutup = ctx.tutup();
  const status = tutup.status;
  // cross-table comparisons use the tables read with confidence (or with no computed cells to doubt)
  const dipakai = new Set(tabel.filter((t) => status.get(t.id)?.diperiksa !== false).map((t) => t.id));
  const findings = urutkan(grid, [...tutup.temuan, ...periksaLintasTabel(ctx, tutup.temuan, dipakai)]);
  const tables: RingkasanTabel[] = semua.map((t: Tabel) => {
    const st = t.dikecualikan
      ? { diperiksa: false, alasan: ctx.pesan.dikecualikan(), terverifikasi: 0, tidakDiperiksa: [] }
      : status.get(t.id);
    // checked: read with confidence, and something in it was recomputed (consistent, or reported as an error or warning)
    const diperiksa =
      !!st &&
      st.diperiksa &&
      (st.terverifikasi > 0 || tutup.temuan.some((f) => f.table === t.id && f.severity !== 'info'));
    return {
      sheet: t.lembar,
      range: alamatRentang(t.rentang),
      kind: t.jenis,
      rows: t.baris.filter((b) => b.jenis !== 'header-ulang').length,
      ...(t.judul ? { title: t.judul } : {}),
      checked: diperiksa,
      ...(diperiksa
        ? { verified: st.terverifikasi }
        : { reason: st?.alasan ?? (t.tanpaHeader ? ctx.pesan.tanpaHeader() : ctx.pesan.tanpaHitungan()) }),
      ...(diperiksa && st.tidakDiperiksa.length ? { unchecked: st.tidakDiperiksa } : {}),
    };
  });
  const grafik = dataGrafik(ctx, pilihSkala(ctx, []), findings);
  return {
    tables,
    findings,
    tabel: semua.map(tabelPolos),
    grafik,
    inferensi: ctx.inferensi,
    ...(grid.belumDihitung ? { belumDihitung: true } : {}),
  };
}
