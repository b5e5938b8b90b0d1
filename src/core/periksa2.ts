/**
 * The engine: Grid → reading (tables as read, src/core/baca) → rules (src/core/aturan) → gate → findings.
 * Pure; every host (Excel pane, CLI, browser demo) calls this.
 */
import type { WorkbookGrid } from './grid';
import { alamatRentang, parseAlamat } from './grid';
import type { JenisTabel, Tabel, Temuan } from './model';
import { bacaWorkbook } from './baca';
import { Konteks, OpsiPeriksa } from './aturan/konteks';
import { jalankanSemua } from './aturan/daftar';
import { periksaLintasTabel } from './aturan/lintasTabel';

export type { OpsiPeriksa } from './aturan/konteks';

export interface RingkasanTabel {
  sheet: string;
  range: string;
  kind: JenisTabel;
  rows: number;
  title?: string;
  checked: boolean;
  verified?: number;
  reason?: string;
}

export interface HasilPeriksa {
  tables: RingkasanTabel[];
  findings: Temuan[];
  tabel: Tabel[];
}

export function periksaWorkbook2(grid: WorkbookGrid, opsi: OpsiPeriksa = {}): HasilPeriksa {
  const tabel = bacaWorkbook(grid);
  const ctx = new Konteks(grid, tabel, opsi);
  jalankanSemua(ctx);
  const tutup = ctx.tutup();
  const status = tutup.status;
  // cross-table comparisons use the tables read with confidence (or with no computed cells to doubt)
  const dipakai = new Set(tabel.filter((t) => status.get(t.id)?.diperiksa !== false).map((t) => t.id));
  const temuan = [...tutup.temuan, ...periksaLintasTabel(ctx, tutup.temuan, dipakai)];
  const urutLembar = new Map(grid.lembar.map((l, i) => [l.nama, i]));
  const unik = new Map<string, Temuan>();
  for (const f of temuan) {
    const key = `${f.rule}|${f.sheet}|${f.cell}`;
    if (!unik.has(key)) unik.set(key, f);
  }
  const findings = [...unik.values()].sort((a, b) => {
    const s = (urutLembar.get(a.sheet) ?? 0) - (urutLembar.get(b.sheet) ?? 0);
    if (s !== 0) return s;
    const pa = parseAlamat(a.cell);
    const pb = parseAlamat(b.cell);
    return pa.r - pb.r || pa.c - pb.c || a.rule.localeCompare(b.rule);
  });
  const tables = tabel.map((t) => {
    const st = status.get(t.id);
    const diperiksa = !!st && st.diperiksa && st.terverifikasi > 0;
    return {
      sheet: t.lembar,
      range: alamatRentang(t.rentang),
      kind: t.jenis,
      rows: t.baris.filter((b) => b.jenis !== 'header-ulang').length,
      ...(t.judul ? { title: t.judul } : {}),
      checked: diperiksa,
      ...(diperiksa ? { verified: st!.terverifikasi } : { reason: st?.alasan ?? ctx.pesan.tanpaHitungan() }),
    };
  });
  return { tables, findings, tabel };
}
