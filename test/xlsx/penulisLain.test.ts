/**
 * Workbooks saved by LibreOffice, openpyxl and XlsxWriter read the same as Excel's (test/helpers/penulisLain
 * builds each the way that program writes it), with both readers: every value and formula alike, except
 * that formulas openpyxl saved have no cached value (never NaN, never 0) and XlsxWriter's placeholder 0s
 * come with the "not calculated" flag; number formats with escaped letters, a conditional format's own
 * <numFmt> and serials beyond 9999-12-31 are read as Excel shows them.
 */
import { bacaGridLangsung } from '../../src/xlsx/langsung';
import { muatXlsx } from '../../src/xlsx/muat';
import type { WorkbookGrid } from '../../src/core/grid';
import { Penulis, workbookDari } from '../helpers/penulisLain';

async function keduanya(data: Uint8Array): Promise<{ langsung: WorkbookGrid; exceljs: WorkbookGrid }> {
  return { langsung: (await bacaGridLangsung(data)).grid, exceljs: (await muatXlsx(data, 'x.xlsx')).grid };
}

/** Each cell's value and formula (formats differ in letter case between writers). */
function isi(grid: WorkbookGrid): unknown[][] {
  return grid.lembar[0].baris.map((b) => Array.from(b ?? [], (s) => (s ? { v: s.v, f: s.f } : null)));
}

const PENULIS: Penulis[] = ['excel', 'libreoffice', 'openpyxl', 'xlsxwriter'];

describe.each(PENULIS)('a workbook saved by %s', (penulis) => {
  test('both readers give the same grid, calculation flag included', async () => {
    const { langsung, exceljs } = await keduanya(await workbookDari(penulis));
    expect(exceljs.lembar[0].baris).toEqual(langsung.lembar[0].baris);
    expect(exceljs.lembar[0].gabung).toEqual(langsung.lembar[0].gabung);
    expect(!!exceljs.belumDihitung).toBe(!!langsung.belumDihitung);
    expect(!!langsung.belumDihitung).toBe(penulis === 'openpyxl' || penulis === 'xlsxwriter');
  });

  test('no value is NaN; formulas without a cached value read as no value', async () => {
    const { langsung, exceljs } = await keduanya(await workbookDari(penulis));
    for (const grid of [langsung, exceljs])
      for (const baris of grid.lembar[0].baris)
        for (const sel of baris ?? []) {
          if (!sel) continue;
          expect(Number.isNaN(sel.v as number)).toBe(false);
          if (penulis === 'openpyxl' && sel.f) expect(sel.v).toBeNull();
          if (penulis === 'xlsxwriter' && sel.f) expect(sel.v).toBe(0);
        }
  });

  test('hectares stay a number, a date is a date, a serial beyond 9999-12-31 a number; the list format wins over the dxf one', async () => {
    for (const grid of Object.values(await keduanya(await workbookDari(penulis)))) {
      const b5 = grid.lembar[0].baris[4];
      expect(b5[1]).toEqual({ v: 12.5, fmt: '#,##0.00\\ \\h\\a' });
      expect(b5[2]?.v).toBe('2024-12-31');
      expect(b5[3]?.v).toBe(3000000);
    }
  });
});

test('values and formulas from LibreOffice equal Excel’s; openpyxl and XlsxWriter differ only in cached results', async () => {
  const excel = isi((await bacaGridLangsung(await workbookDari('excel'))).grid);
  expect(isi((await bacaGridLangsung(await workbookDari('libreoffice'))).grid)).toEqual(excel);
  for (const penulis of ['openpyxl', 'xlsxwriter'] as const) {
    const lain = isi((await bacaGridLangsung(await workbookDari(penulis))).grid);
    expect(lain.map((r) => r.map((s) => (s as { f?: string } | null)?.f))).toEqual(
      excel.map((r) => r.map((s) => (s as { f?: string } | null)?.f)),
    );
    const tanpaRumus = (x: unknown[][]) => x.map((r) => r.map((s) => ((s as { f?: string } | null)?.f ? 'rumus' : s)));
    expect(tanpaRumus(lain)).toEqual(tanpaRumus(excel));
  }
});

test('a formula’s cached 0 is a value of 0 in both readers (a sisa of 0 is not blank)', async () => {
  const { langsung, exceljs } = await keduanya(await workbookDari('excel'));
  expect(langsung.lembar[0].baris[2][3]).toEqual({ v: 0, f: 'B3-C3' });
  expect(exceljs.lembar[0].baris[2][3]).toEqual({ v: 0, f: 'B3-C3' });
});

test('the ExcelJS workbook keeps the file’s number format codes and its fullCalcOnLoad for writing', async () => {
  const { wb } = await muatXlsx(await workbookDari('xlsxwriter'), 'x.xlsx');
  const ws = wb.getWorksheet('Realisasi')!;
  expect(ws.getCell('B5').numFmt).toBe('#,##0.00\\ \\h\\a');
  expect(ws.getCell('B5').value).toBe(12.5);
  expect(wb.calcProperties.fullCalcOnLoad).toBe(true);
  const lagi = await muatXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'y.xlsx');
  expect(lagi.grid.lembar[0].baris[4][1]).toEqual({ v: 12.5, fmt: '#,##0.00\\ \\h\\a' });
  expect(lagi.grid.belumDihitung).toBe(true);
});
