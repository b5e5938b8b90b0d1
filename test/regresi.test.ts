/**
 * Regression fixtures (test/regresi/kasus.ts): built by code, written to .xlsx, read back as the CLI reads
 * them, and checked by the same runner as the shared samples (test/helpers/sampel.ts `ujiSpec`): every
 * expected entry reported (its rule or an alt), no error or warning on a clean cell, none outside the
 * expected and `also_true` entries.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { KASUS } from './regresi/kasus';
import { nilaiSpec, ujiSpec, type SpecSampel } from './helpers/sampel';
import { bacaGridXlsx } from '../src/xlsx/buka';
import { periksaWorkbook } from '../src/core/periksa';
import type { Temuan } from '../src/core/model';

const DIR = path.join(__dirname, 'fixtures', 'regresi');

ujiSpec(KASUS, async (k) => {
  fs.mkdirSync(DIR, { recursive: true });
  const wb = new ExcelJS.Workbook();
  k.buat(wb);
  const berkas = path.join(DIR, k.file);
  await wb.xlsx.writeFile(berkas);
  return periksaWorkbook(await bacaGridXlsx(fs.readFileSync(berkas), k.file)).findings;
});

describe('the spec runner', () => {
  const temuan = (rule: Temuan['rule'], cell: string, severity: Temuan['severity'] = 'error'): Temuan => ({
    rule,
    severity,
    sheet: 'Data',
    cell,
    message: `${rule} at ${cell}`,
    stated: '1',
    expected: '2',
  });
  const spec: SpecSampel = {
    file: 'uji.xlsx',
    expected: [{ rule: 'rumus', sheet: 'Data', cell: 'C5', alt: ['jumlah'] }],
    clean: [{ sheet: 'data ', cell: 'd5' }],
    also_true: [{ rule: 'lintas-tabel', sheet: 'Data', cell: 'E5' }],
  };

  test('an also_true entry is not a false alarm; the same cell under another rule is', () => {
    const hasil = nilaiSpec(spec, [temuan('lintas-tabel', 'E5'), temuan('sisa', 'E5')]);
    expect(hasil.palsu.map((f) => f.rule)).toEqual(['sisa']);
    expect(nilaiSpec({ ...spec, also_true: undefined }, [temuan('lintas-tabel', 'E5')]).palsu).toHaveLength(1);
  });

  test('an expected entry is found under its alt rule; a clean cell is matched case and spaces aside', () => {
    const hasil = nilaiSpec(spec, [temuan('jumlah', 'C5'), temuan('jumlah', 'D5'), temuan('angka', 'D5', 'info')]);
    expect(hasil.cocokDengan(spec.expected[0]).map((f) => f.rule)).toEqual(['jumlah']);
    expect(hasil.diBersih.map((f) => f.cell)).toEqual(['D5']);
    expect(hasil.palsu.map((f) => f.cell)).toEqual(['D5']);
  });
});
