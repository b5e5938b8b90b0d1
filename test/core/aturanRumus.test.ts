/**
 * Rule `rumus` (and the formula messages of `jumlah`) on workbooks written as Excel writes them, shared
 * formulas included, read back the way the CLI reads them: each pattern gives its finding with the corrected
 * formula, a clean workbook gives none, and a latent formula (same value today) is info only.
 */
import ExcelJS from 'exceljs';
import { bacaGridXlsx } from '../../src/xlsx/buka';
import { periksaWorkbook } from '../../src/core/periksa';
import type { Temuan } from '../../src/core/model';

type Isi = string | number | null | ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;

async function periksa(rows: Isi[][], fmt: Record<string, string> = {}): Promise<Temuan[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('R');
  rows.forEach((row, i) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(i + 1, c + 1).value = v;
    }),
  );
  for (const [a, f] of Object.entries(fmt)) ws.getCell(a).numFmt = f;
  const grid = await bacaGridXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'r.xlsx');
  return periksaWorkbook(grid).findings;
}

const f = (formula: string, result: number): ExcelJS.CellFormulaValue => ({ formula, result });
const bersama = (sharedFormula: string, result: number): ExcelJS.CellSharedFormulaValue => ({ sharedFormula, result });
const berat = (t: Temuan[]) => t.filter((x) => x.severity !== 'info');

/** Two programs, each with kegiatan, coded; parents sum their children with formulas. */
function anggaran(ubah: (rows: Isi[][]) => void = () => undefined): Isi[][] {
  const rows: Isi[][] = [
    ['Kode', 'Uraian', 'Pagu', 'Realisasi'],
    ['1.02.01', 'Program Penunjang', f('SUM(C3:C5)', 600), f('SUM(D3:D5)', 300)],
    ['1.02.01.2.01', 'Kegiatan Perencanaan', 100, 50],
    ['1.02.01.2.02', 'Kegiatan Administrasi', 200, 100],
    ['1.02.01.2.03', 'Kegiatan Kepegawaian', 300, 150],
    ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', f('SUM(C7:C9)', 900), f('SUM(D7:D9)', 450)],
    ['1.02.02.2.01', 'Kegiatan Penyediaan Fasilitas', 400, 200],
    ['1.02.02.2.02', 'Kegiatan Penyediaan Layanan', 250, 125],
    ['1.02.02.2.03', 'Kegiatan Penyediaan Obat', 250, 125],
    [null, 'JUMLAH', f('C2+C6', 1500), f('D2+D6', 750)],
  ];
  ubah(rows);
  return rows;
}

test('a clean workbook with parent formulas gives no finding', async () => {
  expect(berat(await periksa(anggaran()))).toEqual([]);
});

test('a range that leaves out a child: the finding names the rows and carries the corrected formula', async () => {
  const t = await periksa(anggaran((r) => (r[1][2] = f('SUM(C3:C4)', 300))));
  const x = t.find((y) => y.cell === 'C2')!;
  expect(x.rule).toBe('jumlah');
  expect(x.message).toMatch(/=SUM\(C3:C4\)/);
  expect(x.expected).toBe('600');
  expect(x.fix).toBe('=SUM(C3:C5)');
});

test('a range that adds a row of another group: named, with the fix', async () => {
  const t = await periksa(anggaran((r) => (r[1][2] = f('SUM(C3:C5)+C7', 1000))));
  const x = t.find((y) => y.cell === 'C2')!;
  expect(x.message).toMatch(/ikut menjumlahkan baris 7/);
  expect(x.fix).toBe('=SUM(C3:C5)');
});

test('a colon chain =AVERAGE(T3:T6:T9) spans every row between', async () => {
  const rows: Isi[][] = [
    ['No', 'Uraian', 'Capaian (%)'],
    ['1', 'PROGRAM A', f('AVERAGE(C3,C6)', 60)],
    ['1.1', 'Kegiatan A1', f('AVERAGE(C4:C5)', 50)],
    ['1.1.1', 'Sub A11', 40],
    ['1.1.2', 'Sub A12', 60],
    ['1.2', 'Kegiatan A2', f('AVERAGE(C7:C8)', 70)],
    ['1.2.1', 'Sub A21', 60],
    ['1.2.2', 'Sub A22', 80],
    // a colon where a comma was meant: Excel averages rows 10 to 14 (56), the two kegiatan give 60
    ['2', 'PROGRAM B', f('AVERAGE(C10:C13:C14)', 56)],
    ['2.1', 'Kegiatan B1', f('AVERAGE(C11:C12)', 50)],
    ['2.1.1', 'Sub B11', 40],
    ['2.1.2', 'Sub B12', 60],
    ['2.2', 'Kegiatan B2', f('AVERAGE(C14:C15)', 70)],
    ['2.2.1', 'Sub B21', 60],
    ['2.2.2', 'Sub B22', 80],
  ];
  const t = berat(await periksa(rows));
  expect(t.map((x) => `${x.rule} ${x.cell}`)).toEqual(['jumlah C9']);
  expect(t[0].message).toMatch(/titik dua berantai/);
  expect(t[0].fix).toBe('=AVERAGE(C10,C13)');
});

test('a hard-coded number among the row formulas of a column (shared formulas): error with the fix', async () => {
  const rows: Isi[][] = [
    ['No', 'Uraian', 'Pagu', 'Realisasi', 'Sisa'],
    [1, 'Penyediaan jasa kebersihan', 1000, 400, f('C2-D2', 600)],
    [2, 'Penyediaan alat tulis', 500, 100, bersama('E2', 400)],
    [3, 'Pemeliharaan kendaraan', 800, 200, bersama('E2', 600)],
    [4, 'Penyediaan makan minum', 900, 300, 650],
    [5, 'Penyediaan bahan bakar', 700, 350, bersama('E2', 350)],
  ];
  const t = berat(await periksa(rows));
  const x = t.find((y) => y.cell === 'E5')!;
  expect(x).toBeDefined();
  expect(['sisa', 'rumus']).toContain(x.rule);
  expect(x.fix).toBe('=C5-D5');
  expect(t.filter((y) => y.cell === 'E5')).toHaveLength(1); // one mistake, one finding
});

test('a hard-coded number that equals what the formula gives is latent: info only, never a warning or error', async () => {
  const rows: Isi[][] = [
    ['No', 'Uraian', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'Persentase layanan tuntas', 80, 60, f('D2/C2*100', 75)],
    [2, 'Indeks kepuasan layanan', 50, 45, bersama('E2', 90)],
    [3, 'Persentase dokumen tepat waktu', 40, 30, 75],
    [4, 'Persentase aduan selesai', 20, 15, bersama('E2', 75)],
  ];
  const t = await periksa(rows);
  expect(berat(t)).toEqual([]);
  const laten = t.find((y) => y.rule === 'rumus' && y.cell === 'E4')!;
  expect(laten.severity).toBe('info');
  expect(laten.fix).toBe('=D4/C4*100');
});

test('an error value in a computed cell is explained in plain words', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('R');
  ws.addRow(['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)']);
  ws.addRow([1, 'Persentase layanan tuntas', 80, 60, { formula: 'D2/C2*100', result: 75 }]);
  ws.addRow([2, 'Indeks kepuasan layanan', 0, 45, { formula: 'D3/C3*100', result: { error: '#DIV/0!' } }]);
  const grid = await bacaGridXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'r.xlsx');
  const x = periksaWorkbook(grid).findings.find((y) => y.cell === 'E3')!;
  expect(x.severity).toBe('info');
  expect(x.message).toMatch(/#DIV\/0!/);
  expect(x.message).toMatch(/pembagi|target/i);
});

test('a formula that adds a percent column into a rupiah sum says so', async () => {
  const rows: Isi[][] = [
    ['No', 'Uraian', 'Pagu Murni (Rp)', 'Pagu Perubahan (Rp)', 'Penyerapan (%)', 'Jumlah Pagu (Rp)'],
    [1, 'Penyediaan jasa kebersihan', 1000, 200, 40, f('C2+D2', 1200)],
    [2, 'Penyediaan alat tulis', 500, 100, 20, bersama('F2', 600)],
    [3, 'Pemeliharaan kendaraan', 800, 50, 25, bersama('F2', 850)],
    [4, 'Penyediaan makan minum', 900, 100, 33, f('C5+E5', 933)],
    [5, 'Penyediaan bahan bakar', 700, 300, 50, bersama('F2', 1000)],
  ];
  const x = (await periksa(rows)).find((y) => y.cell === 'F5' && y.rule === 'rumus')!;
  expect(x.severity).toBe('error');
  expect(x.message).toMatch(/=C5\+E5/);
  expect(x.message).toMatch(/kolom E \(%\) ke kolom Rp/);
  expect(x.fix).toBe('=C5+D5');
});
