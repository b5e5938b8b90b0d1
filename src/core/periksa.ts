/**
 * The engine: Grid -> tables -> findings. Pure; every host (Excel pane, CLI, browser demo) calls this.
 */
import type { WorkbookGrid } from './grid';
import type { JenisTabel, Tabel, Temuan } from './model';
import { alamatRentang, parseAlamat } from './grid';
import { deteksiLembar } from './deteksi/tabel';
import { Konteks, OpsiPeriksa } from './checks/konteks';
import { periksaJumlah } from './checks/jumlah';
import { periksaCapaian } from './checks/capaian';
import { periksaAnggaran } from './checks/anggaran';
import { periksaEfisiensi } from './checks/efisiensi';
import { periksaPredikat } from './checks/predikat';
import { periksaLintasTabel } from './checks/lintasTabel';
import { periksaSkalaWorkbook } from './checks/skala';
import { periksaAngka } from './checks/angka';
import { DataGrafik, dataGrafik } from './grafik';
import { pilihSkala } from './checks/predikat';

export type { OpsiPeriksa } from './checks/konteks';

export interface RingkasanTabel {
  sheet: string;
  range: string;
  kind: JenisTabel;
  rows: number;
  title?: string;
}

export interface HasilPeriksa {
  tables: RingkasanTabel[];
  findings: Temuan[];
  /** Full detection results, for adapters that write back (predikat columns, marks). */
  tabel: Tabel[];
  /** Data for the pane's summary charts. */
  grafik: DataGrafik;
}

export function deteksiWorkbook(grid: WorkbookGrid): Tabel[] {
  return grid.lembar.flatMap((l) => deteksiLembar(l));
}

export function periksaWorkbook(grid: WorkbookGrid, opsi: OpsiPeriksa = {}): HasilPeriksa {
  const tabel = deteksiWorkbook(grid);
  const ctx = new Konteks(grid, tabel, opsi);
  periksaSkalaWorkbook(ctx);
  periksaJumlah(ctx);
  periksaCapaian(ctx);
  periksaAnggaran(ctx);
  periksaEfisiensi(ctx);
  periksaPredikat(ctx);
  periksaLintasTabel(ctx);
  periksaAngka(ctx);
  const urutLembar = new Map(grid.lembar.map((l, i) => [l.nama, i]));
  const unik = new Map<string, Temuan>();
  for (const f of ctx.temuan) {
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
  const tables = tabel.map((t) => ({
    sheet: t.lembar,
    range: alamatRentang(t.rentang),
    kind: t.jenis,
    rows: t.baris.filter((b) => b.jenis !== 'header-ulang').length,
    ...(t.judul ? { title: t.judul } : {}),
  }));
  const grafik = dataGrafik(ctx, pilihSkala(ctx, []));
  return { tables, findings, tabel, grafik };
}
