/** Budget written as label rows inside a capaian table is checked as penyerapan. */
import type { Sel, WorkbookGrid } from '../../src/core/grid';
import { periksaWorkbook } from '../../src/core/periksa';

const n = (v: Sel['v']): Sel => ({ v });
const grid = (rows: (string | number | null)[][]): WorkbookGrid => ({
  lembar: [{ nama: 'Sasaran', baris: rows.map((r) => r.map((v) => (v === null ? null : n(v)))), gabung: [] }],
});

const tabel = (persen2: number) =>
  grid([
    ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'Persentase layanan sosial tuntas', 80, 60, 75],
    [null, 'Alokasi anggaran untuk sasaran 1', null, 2000000, null],
    [null, 'Realisasi anggaran untuk sasaran 1', null, 1500000, null],
    [null, 'Persentase penyerapan anggaran', null, 75, null],
    [2, 'Indeks kepuasan layanan', 50, 45, 90],
    [null, 'Alokasi anggaran untuk sasaran 2', null, 4000000, null],
    [null, 'Realisasi anggaran untuk sasaran 2', null, 3000000, null],
    [null, 'Persentase penyerapan anggaran', null, persen2, null],
  ]);

test('a percent row that agrees is verified; one that disagrees is a penyerapan finding at its cell', () => {
  expect(periksaWorkbook(tabel(75)).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  const salah = periksaWorkbook(tabel(80)).findings.filter((f) => f.severity !== 'info');
  expect(salah.map((f) => `${f.rule} ${f.cell} ${f.expected}`)).toEqual(['penyerapan D9 75']);
  expect(salah[0].related).toEqual(['Sasaran!D7', 'Sasaran!D8']);
});

test('label rows far apart are never paired', () => {
  const g = grid([
    ['No', 'Uraian', 'Nilai'],
    [1, 'Alokasi anggaran program', 2000],
    [2, 'Kegiatan a', 10],
    [3, 'Kegiatan b', 20],
    [4, 'Kegiatan c', 30],
    [5, 'Realisasi anggaran program', 1000],
    [6, 'Persentase penyerapan anggaran', 12],
  ]);
  expect(periksaWorkbook(g).findings.filter((f) => f.rule === 'penyerapan')).toEqual([]);
});
