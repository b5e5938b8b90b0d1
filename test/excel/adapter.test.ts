/**
 * The Office.js adapter against the in-memory fake (test/helpers/excelPalsu.ts): same Grid and findings as
 * the ExcelJS path, sync counts that do not grow with sheets, rows or findings, chunk halving on a
 * resource-limit error, exact restore after "Hapus tanda" (also after a reload), only-empty-cells writes,
 * and text never written as a formula.
 */
import ExcelJS from 'exceljs';
import path from 'path';
import { DIR_SAMPEL, gridSampel } from '../helpers/sampel';
import { KonteksPalsu, WorkbookPalsu, dariExcelJS } from '../helpers/excelPalsu';
import { bacaWorkbookExcel } from '../../src/excel/baca';
import { ExcelHost } from '../../src/excel/host';
import { periksaWorkbook } from '../../src/core/periksa';
import { rencanaPredikat } from '../../src/core/tulis/predikat';
import type { Temuan } from '../../src/core/model';

// the enums the adapter reads from the Excel namespace
(globalThis as unknown as { Excel: unknown }).Excel = {
  RangeValueType: { error: 'Error' },
  SheetVisibility: { veryHidden: 'VeryHidden' },
  ChartType: { barClustered: 'BarClustered' },
  ChartSeriesBy: { columns: 'Columns' },
};

async function wbSampel(nama: string): Promise<WorkbookPalsu> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(DIR_SAMPEL, nama));
  return dariExcelJS(wb);
}

function host(wb: WorkbookPalsu, catatan = true): { h: ExcelHost; syncs: () => number } {
  let total = 0;
  const h = new ExcelHost(async (f) => {
    const ctx = new KonteksPalsu(wb);
    try {
      return await f(ctx as unknown as Excel.RequestContext);
    } finally {
      total += ctx.syncs;
    }
  }, catatan);
  return { h, syncs: () => total };
}

function lembarBesar(wb: WorkbookPalsu, nama: string, baris: number): void {
  const l = wb.tambah(nama);
  ['No', 'Uraian', 'Pagu', 'Realisasi'].forEach((v, c) => (l.sel(0, c).value = v));
  for (let r = 1; r <= baris; r++) {
    l.sel(r, 0).value = r;
    l.sel(r, 1).value = `Kegiatan ${r}`;
    l.sel(r, 2).value = 1000;
    l.sel(r, 3).value = 500;
  }
}

describe('reading', () => {
  test('gives the same findings as the ExcelJS reader on every sample', async () => {
    for (const nama of ['lumajang-2020.xlsx', 'lumajang-2024-tw1.xlsx', 'sumenep-2023.xlsx']) {
      const fake = await wbSampel(nama);
      const ctx = new KonteksPalsu(fake);
      const grid = await bacaWorkbookExcel(ctx as unknown as Excel.RequestContext);
      const dariExcel = periksaWorkbook(grid).findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
      const dariExcelJs = periksaWorkbook(await gridSampel(nama)).findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
      expect(dariExcel).toEqual(dariExcelJs);
    }
  });

  test('1 sheet and 50 sheets cost the same number of syncs; rows add syncs only per large chunk', async () => {
    const hitung = async (wb: WorkbookPalsu) => {
      const ctx = new KonteksPalsu(wb);
      await bacaWorkbookExcel(ctx as unknown as Excel.RequestContext);
      return ctx.syncs;
    };
    const satu = new WorkbookPalsu();
    lembarBesar(satu, 'S1', 10);
    const lima = new WorkbookPalsu();
    for (let i = 0; i < 50; i++) lembarBesar(lima, `S${i}`, 10);
    const besar = new WorkbookPalsu();
    lembarBesar(besar, 'Besar', 30000);
    expect(await hitung(satu)).toBe(3);
    expect(await hitung(lima)).toBe(3);
    // 30 001 rows × 4 columns = 120 004 cells, 200 000 cells per sync: still one chunk sync
    expect(await hitung(besar)).toBe(3);
    const sangatBesar = new WorkbookPalsu();
    lembarBesar(sangatBesar, 'Besar', 30000);
    for (let r = 0; r <= 30000; r++) for (let c = 4; c < 20; c++) sangatBesar.sheets[0].sel(r, c).value = c;
    // 30 001 × 20 = 600 020 cells: three 10 000-row chunks, one sync each (plus the two fixed syncs)
    expect(await hitung(sangatBesar)).toBe(6);
  });

  test('a resource-limit error halves the chunk and retries: syncs grow with retries only', async () => {
    const wb = new WorkbookPalsu();
    lembarBesar(wb, 'Besar', 30000);
    const ctx = new KonteksPalsu(wb);
    ctx.batasSel = 50000; // 30 001 rows × 4 columns = 120 004 cells cannot come back in one response
    const grid = await bacaWorkbookExcel(ctx as unknown as Excel.RequestContext, { barisPerPotong: 20000 });
    // 2 fixed syncs; batches of 400 000, 200 000 and 100 000 cells fail (3 retries); at 2 500-row chunks
    // the 50 000-cell batches fit: 30 001 rows in 3 syncs (12 500 + 12 500 + 5 001 rows)
    expect(ctx.syncs).toBe(2 + 3 + 3);
    expect(grid.lembar[0].baris.length).toBe(30001);
    expect(grid.lembar[0].baris[30000]?.[1]?.v).toBe('Kegiatan 30000');
  });

  test('reading a property before load + sync throws, as Office.js does', async () => {
    const wb = new WorkbookPalsu();
    lembarBesar(wb, 'S', 2);
    const ctx = new KonteksPalsu(wb);
    const r = ctx.workbook.worksheets.getItem('S').getRange('A1');
    expect(() => r.values).toThrow(/PropertyNotLoaded|not available/);
    r.load('values');
    expect(() => r.values).toThrow();
    await ctx.sync();
    expect(r.values).toEqual([['No']]);
  });
});

describe('marks and writes', () => {
  test('Tandai then Hapus tanda restores fill, note and value exactly, also after a reload', async () => {
    const wb = await wbSampel('lumajang-2024-tw1.xlsx');
    const bisma = wb.lembar('Bisma Kuat')!;
    bisma.sel(9, 6).fill = { color: '#00B050', pattern: 'Solid' }; // G10 had its own green fill
    bisma.notes.set('G10', 'catatan bendahara');
    const sebelum = JSON.stringify(wb.sheets.map((s) => [s.name, [...s.cells], [...s.notes]]));
    const { h, syncs } = host(wb);
    const temuan = periksaWorkbook(await h.bacaWorkbook()).findings;
    const awal = syncs();
    const n = await h.tandai(temuan);
    expect(n).toBeGreaterThan(20);
    expect(syncs() - awal).toBe(2); // read what is there, write everything: not per finding
    expect(bisma.lihat('G10')!.fill!.color).toBe('#FFC7CE');
    expect(bisma.notes.get('G10')).toMatch(/^\[SAKIP jumlah\] TOTAL 599/);
    expect(wb.lembar('_sakip_jurnal')!.visibility).toBe('VeryHidden');
    // "reload": a new host over the same workbook
    const { h: h2, syncs: s2 } = host(wb);
    const dipulihkan = await h2.hapusTanda();
    expect(dipulihkan).toBe(n);
    expect(s2()).toBe(3);
    expect(wb.lembar('_sakip_jurnal')).toBeUndefined();
    expect(JSON.stringify(wb.sheets.map((s) => [s.name, [...s.cells], [...s.notes]]))).toBe(sebelum);
  });

  test('Tulis predikat: only empty cells unless confirmed, one batch, undone by Hapus tanda', async () => {
    const wb = await wbSampel('sumenep-2023.xlsx');
    const { h, syncs } = host(wb);
    const rencana = rencanaPredikat(await h.bacaWorkbook(), {}, 'nilai');
    const kesimpulan = rencana.filter((r) => r.lembar === 'Kesimpulan');
    expect(kesimpulan).toEqual([
      { lembar: 'Kesimpulan', sel: 'E4', nilai: 'Cukup Berhasil', alasan: expect.any(String) },
    ]);
    const baru = rencana.find((r) => r.lembar === 'Capaian Kinerja' && r.judul)!;
    expect(baru.sel).toBe('H2'); // a new "Predikat" column right of the table
    const awal = syncs();
    const h1 = await h.tulis(rencana, false);
    expect(syncs() - awal).toBe(2);
    expect(h1.dilewati).toBe(1); // Kesimpulan!E4 already holds "Cukup Berhasil"
    expect(wb.lembar('Capaian Kinerja')!.lihat('H2')!.value).toBe('Predikat');
    expect(wb.lembar('Capaian Kinerja')!.lihat('H5')!.value).toBe('Cukup Berhasil');
    await h.hapusTanda();
    expect(wb.lembar('Capaian Kinerja')!.lihat('H5')?.value).toBeUndefined();
    expect(wb.lembar('Kesimpulan')!.lihat('E4')!.value).toBe('Cukup Berhasil');
  });

  test('live formulas are written as formulas; workbook text is never written as a formula', async () => {
    const wb = new WorkbookPalsu();
    const l = wb.tambah('=HYPERLINK("x")');
    l.sel(0, 0).value = 'x';
    const { h } = host(wb);
    await h.tulis(
      [
        { lembar: '=HYPERLINK("x")', sel: 'B2', rumus: '=SAKIP.PREDIKAT(A2)', alasan: '' },
        { lembar: '=HYPERLINK("x")', sel: 'C2', nilai: '@SUM(A1:A3)', alasan: '' },
      ],
      false,
    );
    expect(l.lihat('B2')!.formula).toBe('SAKIP.PREDIKAT(A2)');
    expect(l.lihat('C2')!.formula).toBeUndefined();
    expect(l.lihat('C2')!.value).toBe('@SUM(A1:A3)');
    const temuan: Temuan[] = [
      {
        rule: 'jumlah',
        severity: 'error',
        sheet: '=HYPERLINK("x")',
        cell: 'A1',
        message: '=1+1 pesan',
        stated: '-5',
        expected: '+7',
      },
    ];
    await h.buatLaporan(temuan, 'id');
    const lap = wb.lembar('Temuan SAKIP')!;
    for (const a of ['D2', 'F2', 'G2', 'H2']) expect(lap.lihat(a)!.formula).toBeUndefined();
    expect(lap.lihat('D2')!.value).toBe('=HYPERLINK("x")');
    expect(lap.lihat('F2')!.value).toBe('=1+1 pesan');
    expect(lap.lihat('E2')!.hyperlink).toEqual({ documentReference: `'=HYPERLINK("x")'!A1`, textToDisplay: 'A1' });
    expect(lap.frozenRows).toBe(1);
  });

  test('the report sheet gets the capaian chart as a native Excel chart', async () => {
    const wb = await wbSampel('lumajang-2024-tw1.xlsx');
    const { h } = host(wb);
    const hasil = periksaWorkbook(await h.bacaWorkbook());
    await h.buatLaporan(hasil.findings, 'id', hasil.grafik);
    const lap = wb.lembar('Temuan SAKIP')!;
    expect(lap.lihat('A1')!.value).toBe('No');
    expect(lap.lihat('J1')!.value).toBe('Indikator');
    expect(lap.lihat('K2')!.value).toBe(hasil.grafik.capaian[0].nilai);
    expect(lap.charts).toEqual([
      {
        type: 'BarClustered',
        source: `J1:K${hasil.grafik.capaian.length + 1}`,
        seriesBy: 'Columns',
        title: 'Capaian per indikator (%)',
        legend: false,
        posisi: expect.any(String),
      },
    ]);
    expect(wb.active).toBe('Temuan SAKIP');
  });

  test('selecting a finding activates its sheet and selects its cell in one sync', async () => {
    const wb = await wbSampel('lumajang-2020.xlsx');
    const { h, syncs } = host(wb);
    await h.pilihSel('Capaian IKU', 'J15');
    expect(wb.active).toBe('Capaian IKU');
    expect(wb.selected).toBe('Capaian IKU!J15');
    expect(syncs()).toBe(1);
  });
});
