/**
 * A workbook saved without formula results (XlsxWriter's 0, openpyxl's nothing) is checked on what its
 * formulas give, computed in passes until they settle; what cannot be computed is left empty, never guessed.
 */
import type { Sel, WorkbookGrid } from '../../src/core/grid';
import { hitungUlang } from '../../src/core/rumus/hitungUlang';
import { periksaWorkbook } from '../../src/core/periksa';

const f = (rumus: string, v: Sel['v'] = 0): Sel => ({ v, f: rumus });
const n = (v: Sel['v']): Sel => ({ v });

function grid(baris: (Sel | null)[][], belumDihitung = true): WorkbookGrid {
  return { lembar: [{ nama: 'S', baris, gabung: [] }], belumDihitung };
}

test('parents that refer to formula rows below them get their values in later passes', () => {
  const g = hitungUlang(
    grid([
      [n('Uraian'), n('Pagu')],
      [n('Program'), f('SUM(B3:B4)')],
      [n('Kegiatan 1'), f('SUM(B5:B6)')],
      [n('Kegiatan 2'), n(5)],
      [n('Sub 1'), n(1)],
      [n('Sub 2'), n(2)],
    ]),
  );
  expect(g.lembar[0].baris.map((b) => b[1]!.v)).toEqual(['Pagu', 8, 3, 5, 1, 2]);
});

test('the input grid is not changed', () => {
  const asli = grid([[n(1), f('A1*2', 0)]]);
  const g = hitungUlang(asli);
  expect(g.lembar[0].baris[0][1]!.v).toBe(2);
  expect(asli.lembar[0].baris[0][1]!.v).toBe(0);
});

test('a circular reference and a function that cannot be computed are left without a value', () => {
  const g = hitungUlang(grid([[f('B1+1'), f('A1+1'), f('SUBTOTAL(9,D1:D2)'), n(4)]]));
  expect(g.lembar[0].baris[0].map((s) => s!.v)).toEqual([null, null, null, 4]);
});

test('an error a formula gives is the cell’s error', () => {
  const g = hitungUlang(grid([[n(1), n(0), f('A1/B1')]]));
  expect(g.lembar[0].baris[0][2]!.galat).toBe('#DIV/0!');
});

test('placeholder zeros of an uncalculated workbook raise no finding; a wrong constant still does', () => {
  const baris = (totalPagu: Sel) => [
    [n('Uraian'), n('Pagu'), n('Realisasi'), n('Sisa')],
    [n('Program A'), n(1000), n(400), f('B2-C2')],
    [n('Program B'), n(500), n(500), f('B3-C3')],
    [n('JUMLAH'), totalPagu, f('SUM(C2:C3)'), f('SUM(D2:D3)')],
  ];
  expect(periksaWorkbook(grid(baris(f('SUM(B2:B3)')))).findings.filter((x) => x.severity !== 'info')).toEqual([]);
  const salah = periksaWorkbook(grid(baris(n(1600)))).findings.filter((x) => x.severity === 'error');
  // the typed total disagrees with its rows, and so does the sisa computed from the rows against it
  expect(salah.map((x) => `${x.rule} ${x.cell}`)).toEqual(['jumlah B4', 'sisa D4']);
});
