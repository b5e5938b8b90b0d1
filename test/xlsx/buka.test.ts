/**
 * Opening files (src/xlsx/buka.ts): Zip64 workbooks read like any other (and a Zip64 zip bomb is still
 * refused, from its declared sizes), other programs' files are named with what to do, and no message
 * carries a library's English.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { bacaGridXlsx, daftarZip, jenisBerkas, BATAS_TERURAI } from '../../src/xlsx/buka';
import { muatXlsx } from '../../src/xlsx/muat';
import { workbookDari } from '../helpers/penulisLain';
import { keZip64 } from '../helpers/zip64';
import { buatBerkasBuruk, buatBerkasLain } from '../helpers/berkasBuruk';
import { DIR_SAMPEL } from '../helpers/sampel';

jest.setTimeout(60000);

let tmp: string;
let lain: Record<string, string>;
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-buka-'));
  lain = await buatBerkasLain(tmp);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('Zip64', () => {
  test('a Zip64 workbook reads the same as the ordinary one, with both readers', async () => {
    const biasa = await workbookDari('excel');
    const z64 = keZip64(biasa);
    const entri = daftarZip(z64)!;
    expect(entri.map((e) => e.nama)).toEqual(daftarZip(biasa)!.map((e) => e.nama));
    expect(entri.map((e) => e.ukuran)).toEqual(daftarZip(biasa)!.map((e) => e.ukuran));
    const grid = await bacaGridXlsx(z64, 'z64.xlsx');
    expect(grid).toEqual(await bacaGridXlsx(biasa, 'biasa.xlsx'));
    expect((await muatXlsx(z64, 'z64.xlsx')).grid).toEqual((await muatXlsx(biasa, 'biasa.xlsx')).grid);
  });

  test('a real sample as Zip64', async () => {
    const data = fs.readFileSync(path.join(DIR_SAMPEL, 'lumajang-2020.xlsx'));
    expect(await bacaGridXlsx(keZip64(data), 'x.xlsx')).toEqual(await bacaGridXlsx(data, 'x.xlsx'));
  });

  test('a Zip64 zip bomb is refused from the sizes it declares, which the message gives', async () => {
    const bom = keZip64(await workbookDari('excel'), { 'xl/sharedStrings.xml': 3 * 2 ** 30 });
    await expect(bacaGridXlsx(bom, 'bom.xlsx')).rejects.toThrow(
      /^Workbook akan mengembang menjadi 3072 MB \(xl\/sharedStrings\.xml: 3072 MB\), melebihi batas 1024 MB/,
    );
    expect(3 * 2 ** 30).toBeGreaterThan(BATAS_TERURAI);
  });
});

describe("other programs' files", () => {
  test.each([
    [
      'ods',
      'ods',
      /spreadsheet OpenDocument \(\.ods.*Simpan Sebagai → "Excel 2007-365 \(\.xlsx\)"/,
      /OpenDocument spreadsheet \(\.ods.*Save As/,
    ],
    [
      'odt',
      'opendocument',
      /dokumen OpenDocument, tetapi bukan spreadsheet/,
      /OpenDocument file but not a spreadsheet/,
    ],
    ['numbers', 'numbers', /dokumen Apple Numbers.*Ekspor Ke → Excel/, /Apple Numbers document.*Export To → Excel/],
    [
      'csv',
      'csv',
      /teks CSV.*simpan sebagai "Buku Kerja Excel \(\.xlsx\)"/,
      /CSV text.*save it as "Excel Workbook \(\.xlsx\)"/,
    ],
    ['html', 'html', /halaman HTML.*simpan sebagai/, /HTML page.*save it as/],
    ['xlsb', 'xlsb', /workbook biner Excel \(\.xlsb\)/, /Excel binary workbook \(\.xlsb\)/],
    ['arsip', 'zip', /arsip zip, tetapi bukan workbook Excel/, /zip archive but not an Excel workbook/],
  ])('%s: named, with what to do, in both languages and both readers', async (kasus, jenis, id, en) => {
    const data = fs.readFileSync(lain[kasus]);
    const nama = path.basename(lain[kasus]);
    expect(jenisBerkas(data, nama)).toBe(jenis);
    await expect(bacaGridXlsx(data, nama)).rejects.toThrow(id);
    await expect(bacaGridXlsx(data, nama, 'en')).rejects.toThrow(en);
    await expect(muatXlsx(data, nama)).rejects.toThrow(id);
  });

  test('CSV text is recognised by its content whatever its name; one line of prose is not CSV', () => {
    const csv = fs.readFileSync(lain.csv);
    expect(jenisBerkas(csv, 'unduhan.xlsx')).toBe('csv');
    expect(jenisBerkas(Buffer.from('ini bukan workbook, hanya teks biasa\n'), 'a.xlsx')).toBe('lain');
  });
});

describe('damaged files: clear messages, no library English', () => {
  const INGGRIS_PUSTAKA = /End of data|Corrupted zip|asked index|Invalid|unexpected|signature|Can't find/i;

  test('truncated: says the end of the archive is missing and what to do', async () => {
    const buruk = buatBerkasBuruk(path.join(tmp, 'buruk'), path.join(DIR_SAMPEL, 'lumajang-2020.xlsx'));
    const data = fs.readFileSync(buruk.terpotong);
    expect(jenisBerkas(data, 'terpotong.xlsx')).toBe('terpotong');
    for (const baca of [bacaGridXlsx, muatXlsx]) {
      const galat = (await baca(data, 'terpotong.xlsx').catch((x: Error) => x)) as Error;
      expect(galat.message).toMatch(
        /^Workbook rusak atau terpotong: akhir arsip zip-nya tidak ada.*Unduh atau salin ulang/,
      );
      expect(galat.message).not.toMatch(INGGRIS_PUSTAKA);
      const en = (await baca(data, 'terpotong.xlsx', 'en').catch((x: Error) => x)) as Error;
      expect(en.message).toMatch(/^The workbook is damaged or truncated: the end of its zip archive is missing/);
    }
  });

  test('corrupted inside: a message of our own, never the library text', async () => {
    const asli = Buffer.from(fs.readFileSync(path.join(DIR_SAMPEL, 'lumajang-2020.xlsx')));
    for (let indeks = Math.floor(asli.length / 3); indeks < Math.floor(asli.length / 3) + 2000; indeks++)
      asli[indeks] ^= 0x5a;
    for (const baca of [bacaGridXlsx, muatXlsx]) {
      const galat = (await baca(asli, 'rusak.xlsx').catch((x: Error) => x)) as Error;
      expect(galat.message).toMatch(/^Workbook rusak atau terpotong/);
      expect(galat.message).toMatch(/Buka dan Perbaiki/);
      expect(galat.message).not.toMatch(INGGRIS_PUSTAKA);
    }
  });
});
