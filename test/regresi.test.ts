/**
 * Regression fixtures (test/regresi/kasus.ts): built by code, written to .xlsx, read back as the CLI reads
 * them, and checked like the shared samples: every expected entry reported (its rule or an alt), no error or
 * warning on a clean cell, none outside the expected entries.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { KASUS } from './regresi/kasus';
import { bacaGridXlsx } from '../src/xlsx/buka';
import { periksaWorkbook } from '../src/core/periksa';
import type { Temuan } from '../src/core/model';

const DIR = path.join(__dirname, 'fixtures', 'regresi');

describe.each(KASUS.map((k) => [k.file, k] as const))('%s', (_f, k) => {
  let temuan: Temuan[];
  beforeAll(async () => {
    fs.mkdirSync(DIR, { recursive: true });
    const wb = new ExcelJS.Workbook();
    k.buat(wb);
    const berkas = path.join(DIR, k.file);
    await wb.xlsx.writeFile(berkas);
    temuan = periksaWorkbook(await bacaGridXlsx(fs.readFileSync(berkas), k.file)).findings;
  });
  const tempat = (x: { sheet: string; cell: string }) => `${x.sheet}!${x.cell}`;

  test.each(k.expected.map((e) => [`${e.rule} ${tempat(e)}`, e] as const))('reports %s', (_n, e) => {
    const aturan = [e.rule, ...(e.alt ?? [])];
    expect(temuan.filter((f) => tempat(f) === tempat(e) && aturan.includes(f.rule)).length).toBeGreaterThan(0);
  });

  test('no error or warning on a clean cell or outside the expected entries', () => {
    const benar = new Set(k.expected.flatMap((e) => [e.rule, ...(e.alt ?? [])].map((r) => `${tempat(e)}|${r}`)));
    const palsu = temuan.filter((f) => f.severity !== 'info' && !benar.has(`${tempat(f)}|${f.rule}`));
    expect(palsu.map((f) => `${f.rule} ${tempat(f)}: ${f.message}`)).toEqual([]);
    const bersih = new Set(k.clean.map(tempat));
    expect(temuan.filter((f) => f.severity !== 'info' && bersih.has(tempat(f))).map((f) => f.message)).toEqual([]);
  });
});
