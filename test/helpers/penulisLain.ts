/**
 * The same small workbook as Excel, LibreOffice, openpyxl and XlsxWriter save it, built part by part with
 * JSZip the way each of them writes SpreadsheetML (never binaries): Excel and LibreOffice store every
 * formula's cached result; openpyxl writes an empty <v/> for each formula and asks for a full calculation on
 * load; XlsxWriter writes 0 as every formula's placeholder result, with the same request. LibreOffice writes
 * t="n" on numbers, aca="false" on formulas and upper-case date codes; openpyxl writes inline strings.
 */
import JSZip from 'jszip';

export type Penulis = 'excel' | 'libreoffice' | 'openpyxl' | 'xlsxwriter';

const NS = 'http://schemas.openxmlformats.org';
const REL = `${NS}/officeDocument/2006/relationships`;

type Isi = string | number | { f: string; v: number };

/** A budget table with formulas (one of them 0), a hectare format, a date and a number under a date format. */
export const ISI: (Isi | null)[][] = [
  ['Uraian', 'Pagu', 'Realisasi', 'Sisa', '%'],
  ['Program A', 1000, 400, { f: 'B2-C2', v: 600 }, { f: 'C2/B2*100', v: 40 }],
  ['Program B', 500, 500, { f: 'B3-C3', v: 0 }, { f: 'C3/B3*100', v: 100 }],
  [
    'JUMLAH',
    { f: 'SUM(B2:B3)', v: 1500 },
    { f: 'SUM(C2:C3)', v: 900 },
    { f: 'SUM(D2:D3)', v: 600 },
    { f: 'C4/B4*100', v: 60 },
  ],
  ['Luas lahan', 12.5, 45657, 3000000, null],
];

/** Style index per cell of row 5 (1: hectares, 2: a date, 3: a date format over a serial beyond 9999-12-31). */
const GAYA_BARIS5 = [0, 1, 2, 3, 0];

function kol(kolom: number): string {
  return String.fromCharCode(65 + kolom);
}

export async function workbookDari(penulis: Penulis): Promise<Uint8Array> {
  const teks: string[] = [];
  const indeksTeks = (cari: string) => {
    const indeks = teks.indexOf(cari);
    if (indeks >= 0) return indeks;
    teks.push(cari);
    return teks.length - 1;
  };
  const tanggal = penulis === 'libreoffice' ? 'DD/MM/YYYY' : 'dd/mm/yyyy';
  const baris = ISI.map((isiBaris, indeks) => {
    const sel = isiBaris.map((isi, kolom) => {
      if (isi === null) return '';
      const ref = `${kol(kolom)}${indeks + 1}`;
      const teks = indeks === 4 && GAYA_BARIS5[kolom] ? ` s="${GAYA_BARIS5[kolom]}"` : '';
      if (typeof isi === 'string') {
        if (penulis === 'openpyxl') return `<c r="${ref}"${teks} t="inlineStr"><is><t>${isi}</t></is></c>`;
        return `<c r="${ref}"${teks} t="s"><v>${indeksTeks(isi)}</v></c>`;
      }
      if (typeof isi === 'number') {
        const atributJenis = penulis === 'libreoffice' || penulis === 'openpyxl' ? ' t="n"' : '';
        return `<c r="${ref}"${teks}${atributJenis}><v>${isi}</v></c>`;
      }
      switch (penulis) {
        case 'excel':
          return `<c r="${ref}"${teks}><f>${isi.f}</f><v>${isi.v}</v></c>`;
        case 'libreoffice':
          return `<c r="${ref}"${teks} t="n"><f aca="false">${isi.f}</f><v>${isi.v}</v></c>`;
        case 'openpyxl':
          return `<c r="${ref}"${teks}><f>${isi.f}</f><v/></c>`;
        case 'xlsxwriter':
          return `<c r="${ref}"${teks}><f>${isi.f}</f><v>0</v></c>`;
      }
    });
    return `<row r="${indeks + 1}">${sel.join('')}</row>`;
  });
  const calcPr =
    penulis === 'excel'
      ? '<calcPr calcId="191029"/>'
      : penulis === 'libreoffice'
        ? '<calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.001"/>'
        : '<calcPr calcId="124519" fullCalcOnLoad="1"/>';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${teks.length || penulis !== 'openpyxl' ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${REL}"><workbookPr/><sheets><sheet name="Realisasi" sheetId="1" r:id="rId1"/></sheets>${calcPr}</workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>${penulis !== 'openpyxl' ? `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
  );
  // the conditional format's own <numFmt> reuses id 164 with another code: cells must keep the list's code
  zip.file(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${NS}/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00\\ \\h\\a"/><numFmt numFmtId="165" formatCode="${tanggal}"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.00%"/></dxf></dxfs></styleSheet>`,
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${REL}"><sheetData>${baris.join('')}</sheetData></worksheet>`,
  );
  if (penulis !== 'openpyxl')
    zip.file(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${NS}/spreadsheetml/2006/main" count="${teks.length}" uniqueCount="${teks.length}">${teks.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`,
    );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
