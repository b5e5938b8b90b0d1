/** A total restated as "label : amount" text under a table is compared with the table's own total. */
import type { Sel, WorkbookGrid } from '../../src/core/grid';
import { periksaWorkbook } from '../../src/core/periksa';

const n = (v: Sel['v']): Sel => ({ v });
const grid = (rows: (string | number | null)[][]): WorkbookGrid => ({
  lembar: [{ nama: 'RA', baris: rows.map((r) => r.map((v) => (v === null ? null : n(v)))), gabung: [] }],
});

const tabel = (baris: string) =>
  grid([
    ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)'],
    [1, 'Program Penunjang', 3901186054, 1002808355],
    [2, 'Program Penanganan Bencana', 314309463, 42300000],
    [3, 'Program Rehabilitasi Sosial', 3786852160, 29762000],
    [null, 'JUMLAH', 8002347677, 1074870355],
    [baris, null, null, null],
  ]);

test('an agreeing line is verified; a differing one is a jumlah finding at the text cell', () => {
  expect(periksaWorkbook(tabel('Total Anggaran : Rp 8.002.347.677,-')).findings).toEqual([]);
  const f = periksaWorkbook(tabel('Jumlah Realisasi : Rp 1.074.870.000')).findings;
  expect(f.map((x) => `${x.rule} ${x.cell} ${x.stated} ${x.expected}`)).toEqual(['jumlah A6 1074870000 1074870355']);
  expect(f[0].related).toEqual(['RA!D5']);
});

test('a line that names no column of the table, or words without an amount, is left alone', () => {
  expect(periksaWorkbook(tabel('Jumlah Indikator : 12')).findings).toEqual([]);
  expect(periksaWorkbook(tabel('Total anggaran: lihat lampiran')).findings).toEqual([]);
});
