/**
 * The direct XML reader (src/xlsx/langsung) against the ExcelJS reader it replaces in the CLI: same grid on
 * the shared samples and on generated workbooks, and the SpreadsheetML details ExcelJS is not needed for.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { muatXlsx } from '../../src/xlsx/muat';
import { kutipLiteral, serialTanggal } from '../../src/xlsx/tanggal';
import { bacaGridLangsung } from '../../src/xlsx/langsung';
import { geserRumus } from '../../src/xlsx/langsung/rumusBersama';
import { posisiSel, tanggalIso } from '../../src/xlsx/langsung/lembar';
import { formatTanggal } from '../../src/xlsx/langsung/gaya';
import { bacaGridXlsx } from '../../src/xlsx/buka';
import type { WorkbookGrid } from '../../src/core/grid';
import { DIR_SAMPEL } from '../helpers/sampel';
import { bangkit } from '../../scripts/bangkit';
import { periksaWorkbook } from '../../src/core/periksa';

jest.setTimeout(60000);

/** Grids compared as Excel shows them: trailing empty cells and empty rows do not matter. */
function rata(grid: WorkbookGrid): unknown {
  return grid.lembar.map((lembar) => {
    const baris = Array.from(lembar.baris, (isiBaris) => {
      const barisRata = isiBaris ? Array.from(isiBaris, (x) => x ?? null) : [];
      while (barisRata.length && barisRata[barisRata.length - 1] === null) barisRata.pop();
      return barisRata;
    });
    while (baris.length && baris[baris.length - 1].length === 0) baris.pop();
    return {
      nama: lembar.nama,
      baris,
      gabung: lembar.gabung,
      barisTersembunyi: lembar.barisTersembunyi ?? [],
      filter: lembar.filter ?? null,
      status: lembar.status ?? 'visible',
    };
  });
}

/** The ExcelJS reader as the demo and the annotated copy use it (muatXlsx: theme, formats, calcPr). */
async function viaExcelJs(data: Uint8Array): Promise<WorkbookGrid> {
  return (await muatXlsx(data, 'x.xlsx')).grid;
}

async function langsung(data: Uint8Array): Promise<WorkbookGrid> {
  return (await bacaGridLangsung(data)).grid;
}

describe('same grid as the ExcelJS reader', () => {
  const sampel = fs.readdirSync(DIR_SAMPEL).filter((f) => f.endsWith('.xlsx'));

  test('there are samples to compare', () => expect(sampel.length).toBeGreaterThanOrEqual(3));

  test.each(sampel)('%s', async (berkas) => {
    const data = fs.readFileSync(path.join(DIR_SAMPEL, berkas));
    const dariExcelJs = await viaExcelJs(data);
    const dariLangsung = await langsung(data);
    expect(rata(dariLangsung)).toEqual(rata(dariExcelJs));
    expect(dariLangsung.lembar.reduce((n, l) => n + l.baris.length, 0)).toBeGreaterThan(20);
  });

  test('a generated hierarchical workbook over several sheets', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-langsung-')), 'g.xlsx');
    const hasilBangkit = await bangkit(file, 3000, 3);
    const data = fs.readFileSync(file);
    const grid = await langsung(data);
    expect(rata(grid)).toEqual(rata(await viaExcelJs(data)));
    // and the check finds every planted error; sheets of different units share no programs
    const temuan = periksaWorkbook(grid).findings;
    for (const tanam of hasilBangkit.tanam)
      expect(temuan).toContainEqual(
        expect.objectContaining({ rule: tanam.rule, sheet: tanam.sheet, cell: tanam.cell }),
      );
    expect(temuan.filter((f) => f.rule === 'lintas-tabel')).toEqual([]);
  });

  test('values of every kind written by ExcelJS: rich text, links, dates, booleans, errors, formulas, styles, merges', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Campur');
    ws.getCell('A1').value = { richText: [{ text: 'Realisasi ', font: { bold: true } }, { text: 'Anggaran' }] };
    ws.getCell('A2').value = { text: 'tautan', hyperlink: 'https://example.org' };
    ws.getCell('A3').value = new Date(Date.UTC(2024, 11, 31));
    ws.getCell('A4').value = true;
    ws.getCell('A5').value = { error: '#DIV/0!' };
    ws.getCell('B1').value = 1250000.5;
    ws.getCell('B1').numFmt = '#,##0.00';
    ws.getCell('B1').font = { bold: true };
    ws.getCell('B2').value = 0.875;
    ws.getCell('B2').numFmt = '0.0%';
    ws.getCell('B3').value = 'Sub kegiatan';
    ws.getCell('B3').alignment = { indent: 2 };
    ws.getCell('C1').value = { formula: 'B1*2', result: 2500001 };
    ws.getCell('C2').value = { sharedFormula: 'C1', result: 1.75 };
    ws.getCell('C3').value = { formula: 'A9', result: { error: '#REF!' } } as unknown as ExcelJS.CellValue;
    ws.getCell('C4').value = { formula: 'UPPER("x")', result: 'X' };
    ws.getCell('D1').value = 'judul gabungan';
    ws.getCell('E1').value = 'tertimpa';
    ws.mergeCells('D1:F2');
    ws.getCell('A7').value = '=HYPERLINK("http://x")';
    wb.addWorksheet('_sakip_jurnal').getCell('A1').value = 'jurnal';
    wb.addWorksheet('Kedua').getCell('B2').value = 7;
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const dariExcelJs = await viaExcelJs(data);
    const dariLangsung = await langsung(data);
    expect(rata(dariLangsung)).toEqual(rata(dariExcelJs));
    const lembar = dariLangsung.lembar[0];
    expect(dariLangsung.lembar.map((x) => x.nama)).toEqual(['Campur', 'Kedua']);
    expect(lembar.baris[0][0]).toEqual({ v: 'Realisasi Anggaran' });
    expect(lembar.baris[2][0]?.v).toBe('2024-12-31');
    expect(lembar.baris[0][1]).toEqual({ v: 1250000.5, fmt: '#,##0.00', tebal: true });
    expect(lembar.baris[1][2]).toEqual({ v: 1.75, f: 'B2*2' });
    expect(lembar.baris[2][2]).toEqual({ v: null, galat: '#REF!', f: 'A9' });
    expect(lembar.baris[0][4] ?? null).toBeNull();
    expect(lembar.baris[6][0]).toEqual({ v: '=HYPERLINK("http://x")' });
    expect(lembar.gabung).toEqual([{ r1: 0, c1: 3, r2: 1, c2: 5 }]);
  });
});

// ------------------------------------------------------------------ SpreadsheetML written by hand

const NS = 'http://schemas.openxmlformats.org';
const REL = `${NS}/officeDocument/2006/relationships`;

async function xlsx(bagian: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [nama, isi] of Object.entries(bagian)) zip.file(nama, isi);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function dasar(lembar: string, opsi: { ss?: string; gaya?: string; wbPr?: string } = {}): Record<string, string> {
  return {
    // sheets stored before workbook.xml and sharedStrings.xml, as in the shared samples
    'xl/worksheets/sheet9.xml': lembar,
    '_rels/.rels': `<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="a" Type="${REL}/worksheet" Target="/xl/worksheets/sheet9.xml"/><Relationship Id="b" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="c" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="d" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/workbook.xml': `<x:workbook xmlns:x="${NS}/spreadsheetml/2006/main" xmlns:r="${REL}">${opsi.wbPr ?? ''}<x:sheets><x:sheet name="Grafik" sheetId="2" r:id="b"/><x:sheet name="Data &amp; Capaian" sheetId="1" r:id="a"/></x:sheets></x:workbook>`,
    'xl/chartsheets/sheet1.xml': `<chartsheet xmlns="${NS}/spreadsheetml/2006/main"/>`,
    'xl/sharedStrings.xml':
      opsi.ss ??
      `<sst xmlns="${NS}/spreadsheetml/2006/main"><si><t>Uraian</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Pagu </t></r><r><t>(Rp)</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si></sst>`,
    'xl/styles.xml':
      opsi.gaya ??
      `<styleSheet xmlns="${NS}/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;Rp&quot;#,##0"/></numFmts><fonts count="3"><font><sz val="11"/></font><font><b/></font><font><b val="0"/></font></fonts><cellXfs count="5"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="1"/><xf numFmtId="14" fontId="0"/><xf numFmtId="10" fontId="2"><alignment indent="3"/></xf><xf numFmtId="3" fontId="0"/></cellXfs></styleSheet>`,
  };
}

const LEMBAR = (isi: string) =>
  `<x:worksheet xmlns:x="${NS}/spreadsheetml/2006/main"><x:sheetData>${isi}</x:sheetData><x:mergeCells><x:mergeCell ref="D1:E1"/></x:mergeCells></x:worksheet>`;

describe('SpreadsheetML details', () => {
  test('prefixed elements, shared and inline strings, styles, dates, chart sheets left out', async () => {
    const grid = await langsung(
      await xlsx(
        dasar(
          LEMBAR(
            '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="D1" t="inlineStr"><x:is><x:t>Gabung</x:t></x:is></x:c><x:c r="E1"><x:v>9</x:v></x:c></x:row>' +
              '<x:row r="3"><x:c r="A3" s="1"><x:v>1500000</x:v></x:c><x:c s="2"><x:v>45657</x:v></x:c><x:c s="3"><x:v>0.5</x:v></x:c><x:c r="E3" t="b"><x:v>0</x:v></x:c><x:c r="F3" t="e"><x:v>#N/A</x:v></x:c><x:c r="G3" s="4"/><x:c r="H3" t="d"><x:v>2024-06-30T00:00:00</x:v></x:c></x:row>' +
              '<x:row><x:c r="A4" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c></x:row>',
          ),
        ),
      ),
    );
    expect(grid.lembar.map((l) => l.nama)).toEqual(['Data & Capaian']);
    const baris = grid.lembar[0].baris;
    expect(baris[0][0]).toEqual({ v: 'Uraian' });
    expect(baris[0][1]).toEqual({ v: 'Pagu (Rp)' });
    expect(baris[0][3]).toEqual({ v: 'Gabung' });
    expect(baris[0][4] ?? null).toBeNull(); // inside the merge D1:E1
    expect(baris[1]).toBeUndefined();
    expect(baris[2][0]).toEqual({ v: 1500000, fmt: '"Rp"#,##0', tebal: true });
    expect(baris[2][1]).toEqual({ v: '2024-12-31', fmt: 'mm-dd-yy' });
    expect(baris[2][2]).toEqual({ v: 0.5, fmt: '0.00%', indent: 3 }); // <b val="0"/> is not bold
    expect(baris[2][4]).toEqual({ v: false });
    expect(baris[2][5]).toEqual({ v: null, galat: '#N/A' });
    expect(baris[2][6] ?? null).toBeNull(); // styled but empty
    expect(baris[2][7]).toEqual({ v: '2024-06-30' });
    expect(baris[3][0]).toEqual({ v: 'ab', f: '"a"&"b"' });
  });

  test('the 1904 date system', async () => {
    const grid = await langsung(
      await xlsx(
        dasar(LEMBAR('<x:row r="1"><x:c r="A1" s="2"><x:v>44195</x:v></x:c></x:row>'), {
          wbPr: '<x:workbookPr date1904="1"/>',
        }),
      ),
    );
    expect(grid.lembar[0].baris[0][0]?.v).toBe('2024-12-31');
  });

  test('shared formulas: each cell gets the master formula moved by its offset', async () => {
    const grid = await langsung(
      await xlsx(
        dasar(
          LEMBAR(
            '<x:row r="2"><x:c r="C2"><x:f t="shared" ref="C2:D3" si="4">SUM(A2:B2)/$A$1*Data!B2</x:f><x:v>1</x:v></x:c><x:c r="D2"><x:f t="shared" si="4"/><x:v>2</x:v></x:c></x:row>' +
              '<x:row r="3"><x:c r="C3"><x:f t="shared" si="4"/><x:v>3</x:v></x:c></x:row>',
          ),
        ),
      ),
    );
    const baris = grid.lembar[0].baris;
    expect(baris[1][2]?.f).toBe('SUM(A2:B2)/$A$1*Data!B2');
    expect(baris[1][3]?.f).toBe('SUM(B2:C2)/$A$1*Data!C2');
    expect(baris[2][2]).toEqual({ v: 3, f: 'SUM(A3:B3)/$A$1*Data!B3' });
  });

  test('a workbook without a workbook part is refused with the damaged-file message', async () => {
    const data = await xlsx({ 'xl/worksheets/sheet1.xml': LEMBAR('') });
    await expect(bacaGridXlsx(data, 'x.xlsx')).rejects.toThrow(/rusak atau tidak lengkap: bagian xl\/workbook\.xml/);
    await expect(bacaGridXlsx(data, 'x.xlsx', 'en')).rejects.toThrow(/damaged or incomplete: .*xl\/workbook\.xml/);
  });

  test('malformed sheet XML is refused, not half-read, naming the part and no library text', async () => {
    const data = await xlsx(dasar('<worksheet><sheetData><row><c><v>1</v></row></sheetData></worksheet>'));
    await expect(bacaGridXlsx(data, 'x.xlsx')).rejects.toThrow(
      /^Workbook rusak atau terpotong: bagian xl\/worksheets\/sheet9\.xml tidak dapat dibaca\. Coba buka di Excel/,
    );
    const galat = await bacaGridXlsx(data, 'x.xlsx', 'en').catch((x: Error) => x);
    expect((galat as Error).message).toMatch(
      /^The workbook is damaged or truncated: its part xl\/worksheets\/sheet9\.xml/,
    );
    // saxes says "unclosed tag" and the like: none of it reaches the user
    expect((galat as Error).message).not.toMatch(/tag|unexpected|saxes|line \d/i);
  });

  test('an empty <v/> is no cached value (never NaN), for formulas and plain cells', async () => {
    const grid = await langsung(
      await xlsx(
        dasar(
          LEMBAR(
            '<x:row r="1"><x:c r="A1"><x:f>B1*2</x:f><x:v/></x:c><x:c r="B1"><x:v></x:v></x:c><x:c r="C1" t="str"><x:f>"a"</x:f><x:v/></x:c><x:c r="F1"><x:v>abc</x:v></x:c></x:row>',
          ),
        ),
      ),
    );
    const baris = grid.lembar[0].baris[0];
    expect(baris[0]).toEqual({ v: null, f: 'B1*2' });
    expect(baris[1] ?? null).toBeNull();
    expect(baris[2]).toEqual({ v: null, f: '"a"' });
    expect(baris[5]).toEqual({ v: null });
  });

  test('a workbook whose only sheet is a chart sheet has no worksheets', async () => {
    const bagian = dasar(LEMBAR(''));
    bagian['xl/workbook.xml'] = bagian['xl/workbook.xml'].replace(/<x:sheet name="Data[^>]*>/, '');
    await expect(bacaGridXlsx(await xlsx(bagian), 'x.xlsx')).rejects.toThrow(/tidak berisi lembar kerja/);
  });
});

describe('helpers', () => {
  test.each([
    ['A1', { r: 0, c: 0 }],
    ['Z10', { r: 9, c: 25 }],
    ['AA1', { r: 0, c: 26 }],
    ['xfd1048576', { r: 1048575, c: 16383 }],
  ])('posisiSel(%s)', (ref, pos) => expect(posisiSel(ref)).toEqual(pos));

  test.each(['', '12', 'A', 'A0', 'A1B', '$A$1'])('posisiSel(%j) is not a cell', (ref) =>
    expect(posisiSel(ref)).toBeNull(),
  );

  test('serial dates in both systems; serials Excel cannot show as a date give null', () => {
    expect(tanggalIso(45657, false)).toBe('2024-12-31');
    expect(tanggalIso(45657.75, false)).toBe('2024-12-31');
    expect(tanggalIso(1, true)).toBe('1904-01-02');
    expect(tanggalIso(2958465, false)).toBe('9999-12-31');
    expect(tanggalIso(2958465.99, false)).toBe('9999-12-31');
    expect(tanggalIso(2958466, false)).toBeNull();
    expect(tanggalIso(2957003, true)).toBe('9999-12-31');
    expect(tanggalIso(2957004, true)).toBeNull();
    expect(tanggalIso(-1, false)).toBeNull();
    expect(tanggalIso(1e20, false)).toBeNull();
    expect(serialTanggal(Number.NaN, false)).toBe(false);
  });

  test.each([
    ['#,##0.00\\ \\h\\a', '#,##0.00" ha"'],
    ['0\\ "kg"\\m', '0" ""kg""m"'],
    ['[Red]\\-0_)', '[Red]"-"0_)'],
    ['#,##0', '#,##0'],
  ])('kutipLiteral(%j) = %j', (f, hasil) => expect(kutipLiteral(f)).toBe(hasil));

  test.each([
    ['dd/mm/yyyy', true],
    ['[$-421]d mmmm yyyy', true],
    ['h:mm', true],
    ['#,##0', false],
    ['"Rp"#,##0.00', false],
    ['[Red]0.00', false],
    ['0%', false],
    ['#,##0.00\\ \\h\\a', false],
    ['0\\ \\m\\2', false],
    ['#,##0_);[Red](#,##0)', false],
    ['0.00E+00', false],
    ['General', false],
    ['DD/MM/YYYY', true],
    ['YYYY', true],
    ['[h]:mm:ss', true],
    ['dd\\.mm\\.yyyy', true],
  ])('formatTanggal(%j) = %s', (f, ya) => expect(formatTanggal(f)).toBe(ya));

  test.each([
    ['A1+B$2+$C3+$D$4', 2, 1, 'B3+C$2+$C5+$D$4'],
    ['SUM(C5:C9)', 1, 0, 'SUM(C6:C10)'],
    ["'Capaian 2024'!B2*LOG10(A1)", 1, 1, "'Capaian 2024'!C3*LOG10(B2)"],
    ['IF(A1="B2","A1",B2)', 1, 0, 'IF(A2="B2","A1",B3)'],
    ['A2-1', -1, 0, 'A1-1'],
    ['A1', -1, 0, '#REF!'],
    ['TABLE1+XFE1', 1, 1, 'TABLE1+XFE1'],
  ])('geserRumus(%j, %d, %d) = %j', (f, dr, dc, hasil) => expect(geserRumus(f, dr, dc)).toBe(hasil));
});

describe('settings the add-in stored in the workbook', () => {
  async function dasar(tambah?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRow(['Uraian', 'Pagu']);
    tambah?.(wb);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  test('from the settings sheet, its column A pieces joined, and the sheet is not read as data', async () => {
    const data = await dasar((wb) => {
      const lembarPengaturan = wb.addWorksheet('_sakip_pengaturan', { state: 'veryHidden' });
      lembarPengaturan.getCell('A1').value = '{"skala":';
      lembarPengaturan.getCell('A2').value = '"baik"}';
    });
    const { grid } = await bacaGridLangsung(data);
    expect(grid.pengaturanTersimpan).toBe('{"skala":"baik"}');
    expect(grid.lembar.map((l) => l.nama)).toEqual(['S']);
  });

  test("from Excel's document settings (the web extension part), the value JSON-decoded", async () => {
    const zip = await JSZip.loadAsync(await dasar());
    const nilai = JSON.stringify(JSON.stringify({ skala: 'berhasil' })).replace(/"/g, '&quot;');
    zip.file(
      'xl/webextensions/webextension1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}"><we:reference id="x" version="1.0.0.0" store="developer" storeType="Registry"/><we:properties><we:property name="lain" value="&quot;x&quot;"/><we:property name="sakip.pengaturan" value="${nilai}"/></we:properties></we:webextension>`,
    );
    const { grid } = await bacaGridLangsung(await zip.generateAsync({ type: 'uint8array' }));
    expect(grid.pengaturanTersimpan).toBe('{"skala":"berhasil"}');
  });

  test('a workbook without any has none', async () => {
    expect((await bacaGridLangsung(await dasar())).grid.pengaturanTersimpan).toBeUndefined();
  });
});
