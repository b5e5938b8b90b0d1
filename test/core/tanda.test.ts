/** The marking plan every host applies, and the one definition of "this cell already holds something". */
import { rencanaTanda } from '../../src/core/tulis/tanda';
import { selTerisi } from '../../src/core/tulis/terisi';
import { WARNA_TANDA } from '../../src/core/tulis/jurnal';
import type { Temuan } from '../../src/core/model';

const t = (sheet: string, cell: string, rule: Temuan['rule'], severity: Temuan['severity']): Temuan => ({
  rule,
  severity,
  sheet,
  cell,
  message: `${rule} di ${cell}`,
  stated: null,
  expected: null,
});

test('one mark per cell, coloured by the worst severity, with every finding in its note', () => {
  const plan = rencanaTanda([
    t('A', 'B2', 'angka', 'info'),
    t('A', 'C3', 'lintas-tabel', 'warning'),
    t('A', 'B2', 'jumlah', 'error'),
    t('B', 'B2', 'angka', 'info'),
  ]);
  expect(plan.map((p) => `${p.lembar}!${p.sel}:${p.tingkat}`)).toEqual(['A!B2:error', 'A!C3:warning', 'B!B2:info']);
  expect(plan[0].warna).toBe(WARNA_TANDA.error);
  expect(plan[0].catatan).toBe('[SAKIP angka] angka di B2\n[SAKIP jumlah] jumlah di B2');
  expect(plan[0].temuan).toHaveLength(2);
});

test('a finding with a corrected formula has it in the note, in the chosen language', () => {
  const f = { ...t('A', 'T55', 'jumlah', 'error'), fix: '=AVERAGE(T56,T64,T67)' };
  expect(rencanaTanda([f])[0].catatan).toBe('[SAKIP jumlah] jumlah di T55\nPerbaikan: =AVERAGE(T56,T64,T67)');
  expect(rencanaTanda([f], 'en')[0].catatan).toBe('[SAKIP jumlah] jumlah di T55\nFix: =AVERAGE(T56,T64,T67)');
});

test.each([
  [null, undefined, false],
  ['', undefined, false],
  ['   ', undefined, false],
  [0, undefined, true],
  [false, undefined, true],
  ['x', undefined, true],
  [null, '=A1', true],
  ['', '', false],
])('selTerisi(%p, %p) = %p', (v, f, hasil) => expect(selTerisi(v, f)).toBe(hasil));
