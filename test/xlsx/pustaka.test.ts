/**
 * What the .xlsx code takes from its libraries beyond their typed API, pinned so a library upgrade that
 * changes it fails here rather than in a user's workbook: JSZip's chunked entry stream (documented, not in
 * its type declarations), ExcelJS's `row.splice` as the way to drop a note, `cell.result` keeping a cached 0,
 * and merges read from the cells' masters.
 */
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import { alirkan, caraAlir } from '../../src/xlsx/langsung/xml';
import { hapusCatatan } from '../../src/xlsx/tandai';
import { lembarKeGrid } from '../../src/xlsx/baca';
import { muatXlsx } from '../../src/xlsx/muat';
import { parseRentang } from '../../src/core/grid';

async function entriBesar(): Promise<JSZip.JSZipObject> {
  const zip = new JSZip();
  const isi = '<a>' + '<b>teks yang panjang</b>'.repeat(100000) + '</a>';
  zip.file('besar.xml', isi);
  const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return (await JSZip.loadAsync(data)).file('besar.xml')!;
}

function penghitung(): { parser: SaxesParser; tulis: () => number; elemenB: () => number } {
  const parser = new SaxesParser();
  let jumlahElemenB = 0;
  parser.on('opentag', (node) => {
    if (node.name === 'b') jumlahElemenB++;
  });
  const asli = parser.write.bind(parser);
  let jumlah = 0;
  parser.write = (potongan: string) => {
    jumlah++;
    return asli(potongan);
  };
  return { parser, tulis: () => jumlah, elemenB: () => jumlahElemenB };
}

describe('JSZip entry stream (src/xlsx/langsung/xml.ts)', () => {
  test('this JSZip streams an entry in chunks through internalStream', async () => {
    const berkas = await entriBesar();
    expect(caraAlir(berkas)).toBe('potongan');
    const penghitungIni = penghitung();
    await alirkan(berkas, penghitungIni.parser);
    expect(penghitungIni.elemenB()).toBe(100000);
    expect(penghitungIni.tulis()).toBeGreaterThan(5); // several chunks, never the whole text at once
  });

  test('without the stream API the entry is read whole, with the same result', async () => {
    const berkas = await entriBesar();
    const tanpa = { async: (t: 'uint8array') => berkas.async(t) } as unknown as JSZip.JSZipObject;
    expect(caraAlir(tanpa)).toBe('utuh');
    const penghitungIni = penghitung();
    await alirkan(tanpa, penghitungIni.parser);
    expect(penghitungIni.elemenB()).toBe(100000);
  });
});

describe('ExcelJS', () => {
  test('row.splice with one value drops the note and nothing else (hapusCatatan)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('A');
    ws.getCell('B2').value = { formula: 'A1-A1', result: 0 };
    ws.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
    ws.getCell('B2').font = { bold: true };
    ws.getCell('B2').note = 'catatan lama';
    ws.getCell('C2').value = 'tetangga';
    ws.getCell('C2').note = 'tetap';
    hapusCatatan(ws.getCell('B2'));
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const zip = await JSZip.loadAsync(data);
    const komentar = Object.keys(zip.files).filter((n) => /comments/i.test(n));
    expect(komentar).toHaveLength(1);
    const xml = await zip.file(komentar[0])!.async('string');
    expect(xml).toContain('tetap');
    expect(xml).not.toContain('catatan lama');
    expect(xml.match(/<comment /g)).toHaveLength(1);
    const lagi = new ExcelJS.Workbook();
    await lagi.xlsx.load(data as unknown as ArrayBuffer);
    const b2 = lagi.getWorksheet('A')!.getCell('B2');
    expect(b2.note).toBeUndefined();
    expect(b2.formula).toBe('A1-A1');
    expect(b2.result).toBe(0);
    expect(b2.font?.bold).toBe(true);
    expect((b2.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF00FF00');
    expect(lagi.getWorksheet('A')!.getCell('C2').note).toBe('tetap');
  });

  test('a loaded formula keeps a cached 0 in cell.result (cell.value drops it)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').getCell('A1').value = { formula: '1-1', result: 0 };
    const lagi = new ExcelJS.Workbook();
    await lagi.xlsx.load(await wb.xlsx.writeBuffer());
    const sel = lagi.getWorksheet('A')!.getCell('A1');
    expect(sel.result).toBe(0);
    expect(sel.value).toEqual({ formula: '1-1' }); // the reason the readers use cell.result
  });

  test('merges read from the cells equal the ones ExcelJS keeps, in reading order', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('A');
    ws.getCell('A1').value = 'x';
    ws.mergeCells('D5:F7');
    ws.mergeCells('A1:B1');
    ws.mergeCells('C2:C4');
    const { wb: dimuat } = await muatXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'x.xlsx');
    const lembar = lembarKeGrid(dimuat.getWorksheet('A')!);
    // ExcelJS's own list (its sheet model, costly to build on large sheets): the same ranges
    const milikExcelJs = ((dimuat.getWorksheet('A')!.model as unknown as { merges: string[] }).merges ?? [])
      .map(parseRentang)
      .sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
    expect(lembar.gabung).toEqual(milikExcelJs);
    expect(lembar.gabung).toEqual([
      { r1: 0, c1: 0, r2: 0, c2: 1 },
      { r1: 1, c1: 2, r2: 3, c2: 2 },
      { r1: 4, c1: 3, r2: 6, c2: 5 },
    ]);
  });
});
