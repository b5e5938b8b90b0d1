/** Write plans: "Lengkapi tabel" fills only empty computed cells, with live formulas or values. */
import { rencanaLengkapi, rumusJumlah } from '../../src/core/tulis/lengkapi';
import { rencanaPredikat } from '../../src/core/tulis/predikat';
import type { WorkbookGrid, Sel } from '../../src/core/grid';
import { gridSampel } from '../helpers/sampel';

const v = (x: string | number | null): Sel | null => (x === null ? null : { v: x });
function grid(rows: (string | number | null)[][]): WorkbookGrid {
  return { lembar: [{ nama: 'RA', gabung: [], baris: rows.map((r) => r.map(v)) }] };
}

const tabel = grid([
  [
    'No',
    'Indikator',
    'Target',
    'Realisasi',
    'Capaian',
    'Pagu',
    'Realisasi Anggaran (Rp)',
    'Penyerapan',
    'Sisa',
    'Efisiensi',
  ],
  [1, 'Persentase PPKS terlayani', 80, 60, null, 1000, 500, null, null, null],
  [2, 'Angka kemiskinan', 10, 8, 120, 2000, 1000, 50, 1000, 70],
  [null, 'JUMLAH', null, null, null, null, 1500, null, null, null],
]);

test('live formulas in the empty computed cells only', () => {
  const r = rencanaLengkapi(tabel, {}, 'rumus');
  const peta = Object.fromEntries(r.map((x) => [x.sel, x.rumus]));
  expect(peta).toEqual({
    E2: '=SAKIP.CAPAIAN(C2,D2)',
    F4: '=SUM(F2:F3)',
    H2: '=SAKIP.PENYERAPAN(F2,G2)',
    I2: '=SAKIP.SISA(F2,G2)',
    H4: '=SAKIP.PENYERAPAN(F4,G4)',
    I4: '=SAKIP.SISA(F4,G4)',
  });
});

test('values mode computes the same cells; negative indicators get the negative formula', () => {
  const r = rencanaLengkapi(tabel, {}, 'nilai');
  const peta = Object.fromEntries(r.map((x) => [x.sel, x.nilai]));
  expect(peta).toEqual({ E2: 75, F4: 3000, H2: 50, I2: 500, H4: 50, I4: 1500 });
  const neg = grid([
    ['Indikator', 'Target', 'Realisasi', 'Capaian'],
    ['Prevalensi stunting', 20, 18, null],
  ]);
  expect(rencanaLengkapi(neg, {}, 'rumus')[0].rumus).toBe('=SAKIP.CAPAIAN(B2,C2,"negatif")');
  expect(rencanaLengkapi(neg, {}, 'nilai')[0].nilai).toBe(110);
});

test('=SUM over contiguous rows is a range, otherwise a list', () => {
  expect(rumusJumlah([3, 1, 2], 2)).toBe('=SUM(C2:C4)');
  expect(rumusJumlah([1, 5], 2)).toBe('=SUM(C2,C6)');
});

test('predikat formulas point at the workbook scale table when it has one', async () => {
  const r = rencanaPredikat(await gridSampel('lumajang-2020.xlsx'), {}, 'rumus');
  const f = r.find((x) => x.rumus)!;
  expect(f.rumus).toMatch(/^=SAKIP\.PREDIKAT\([A-Z]+\d+,'Skala'!\$B\$5:\$C\$8\)$/);
});
