/**
 * The stand-in behind the real office.js client honours what Excel documents; these pin the harness itself
 * (a harness that accepted what Excel refuses would let adapter bugs through).
 */
import { WorkbookPalsu } from '../helpers/dokumenExcel';
import { excelAsli } from '../helpers/officeAsli';

function wbContoh(): WorkbookPalsu {
  const wb = new WorkbookPalsu();
  const lembar = wb.tambah('Data');
  lembar.sel(0, 0).value = 'Uraian';
  lembar.sel(1, 0).value = 5;
  wb.tambah('Lain');
  return wb;
}

test('reads through the real client: items, null objects, ranges', async () => {
  const wb = wbContoh();
  const asli = excelAsli(wb);
  const hasil = await asli.run(async (ctx) => {
    const koleksi = ctx.workbook.worksheets;
    koleksi.load('items/name,items/visibility');
    const tidak = koleksi.getItemOrNullObject('Tidak ada');
    tidak.load('name');
    const range = koleksi.getItem('data').getRange('A1:A2');
    range.load('values,valueTypes,address');
    await ctx.sync();
    return {
      nama: koleksi.items.map((w) => [w.name, w.visibility]),
      nul: tidak.isNullObject,
      v: range.values,
      t: range.valueTypes,
      a: range.address,
    };
  });
  expect(hasil).toEqual({
    nama: [
      ['Data', 'Visible'],
      ['Lain', 'Visible'],
    ],
    nul: true,
    v: [['Uraian'], [5]],
    t: [['String'], ['Double']],
    a: 'Data!A1:A2',
  });
  expect(asli.stat.permintaan).toBe(1);
});

test('a very hidden sheet cannot be deleted; earlier actions of the batch stay applied', async () => {
  const wb = wbContoh();
  wb.lembar('Lain')!.visibility = 'VeryHidden';
  const asli = excelAsli(wb);
  await expect(
    asli.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('B1').values = [['ditulis']];
      ctx.workbook.worksheets.getItem('Lain').delete();
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidOperation' });
  expect(wb.lembar('Lain')).toBeDefined();
  expect(wb.lembar('Data')!.lihat('B1')!.value).toBe('ditulis');
});

test('written strings are parsed, a shape mismatch is refused, PropertyNotLoaded before sync', async () => {
  const wb = wbContoh();
  const asli = excelAsli(wb);
  await asli.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Data');
    ws.getRange('C1:C5').values = [['2024'], ['TRUE'], ['=SUM(B1:B2)'], ["'=teks"], ['2024-03-31']];
    await ctx.sync();
  });
  const lembar = wb.lembar('Data')!;
  expect(lembar.lihat('C1')!.value).toBe(2024);
  expect(lembar.lihat('C2')!.value).toBe(true);
  expect(lembar.lihat('C3')!.formula).toBe('SUM(B1:B2)');
  expect(lembar.lihat('C4')).toMatchObject({ value: '=teks', kutip: true });
  expect(lembar.lihat('C5')!.value).toBe(45382);
  await expect(
    asli.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1:B2').values = [[1, 2]];
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
  await asli.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem('Data').getRange('A1');
    expect(() => range.values).toThrow(/PropertyNotLoaded|load/);
  });
});

test('requests over 5 MB are refused whole; a newer requirement set answers ApiNotFound', async () => {
  const wb = wbContoh();
  const asli = excelAsli(wb, { versi: '1.8' });
  await expect(
    asli.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      ws.getRange('A1').values = [['x']];
      ws.getRange('D1:D300').values = Array.from({ length: 300 }, () => ['y'.repeat(20000)]);
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  expect(wb.lembar('Data')!.lihat('A1')!.value).toBe('Uraian');
  await expect(
    asli.run(async (ctx) => {
      const properti = ctx.workbook.worksheets
        .getItem('Data')
        .getRange('A1')
        .getCellProperties({ format: { font: { bold: true } } });
      await ctx.sync();
      return properti.value;
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
  expect(asli.isSetSupported('ExcelApi', '1.8')).toBe(true);
  expect(asli.isSetSupported('ExcelApi', '1.9')).toBe(false);
});

test('a member of a null object is refused (the adapter must never rely on it)', async () => {
  const asli = excelAsli(wbContoh());
  await expect(
    asli.run(async (context) => {
      const range = context.workbook.worksheets.getItemOrNullObject('Tidak ada').getUsedRangeOrNullObject(true);
      range.load('rowCount');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidObjectPath' });
});
