/**
 * styles.xml -> what the grid needs of each cell style (xf): number format, bold, indent, and whether the
 * format shows a date. Built-in number formats follow ECMA-376 §18.8.30 (as ExcelJS does).
 */
import { SaxesParser } from 'saxes';
import { namaLokal } from './xml';
import { PaletTema, TEMA_BAWAAN, warnaDari } from '../warna';
import { formatTanggal } from '../tanggal';

export interface GayaSel {
  fmt?: string;
  tebal?: true;
  indent?: number;
  /** Solid fill colour, "RRGGBB". */
  isi?: string;
  tanggal: boolean;
}

const FORMAT_BAWAAN: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export { formatTanggal } from '../tanggal';

function benar(nilai: string | undefined): boolean {
  return nilai === undefined || !(nilai === '0' || nilai === 'false');
}

export function parseGaya(xml: string, tema: PaletTema = TEMA_BAWAAN): GayaSel[] {
  const fmtKustom = new Map<number, string>();
  const fontTebal: boolean[] = [];
  const isi: (string | undefined)[] = [];
  const xf: { numFmtId: number; fontId: number; fillId: number; indent: number }[] = [];
  let di: 'numFmts' | 'fonts' | 'fills' | 'cellXfs' | null = null;
  let fontSekarang = -1;
  // the fill being read: its pattern, and its foreground colour
  let pola: string | undefined;
  let warnaDepan: string | null = null;
  const parser = new SaxesParser();
  parser.on('opentag', (node) => {
    const atribut = node.attributes as Record<string, string>;
    switch (namaLokal(node.name)) {
      case 'numFmts':
        di = 'numFmts';
        break;
      case 'numFmt':
        // only the workbook's own list: a <numFmt> inside <dxfs> belongs to a conditional format and may
        // reuse an id of the list with another code
        if (di === 'numFmts') fmtKustom.set(Number(atribut.numFmtId), atribut.formatCode ?? '');
        break;
      case 'fonts':
        di = 'fonts';
        break;
      case 'fills':
        di = 'fills';
        break;
      case 'cellXfs':
        di = 'cellXfs';
        break;
      case 'font':
        if (di === 'fonts') fontTebal[(fontSekarang = fontTebal.length)] = false;
        break;
      case 'b':
        if (di === 'fonts' && fontSekarang >= 0) fontTebal[fontSekarang] = benar(atribut.val);
        break;
      case 'fill':
        if (di === 'fills') {
          pola = undefined;
          warnaDepan = null;
        }
        break;
      case 'patternFill':
        if (di === 'fills') pola = atribut.patternType;
        break;
      case 'fgColor':
        if (di === 'fills') warnaDepan = warnaDari(atribut, tema);
        break;
      case 'xf':
        if (di === 'cellXfs')
          xf.push({
            numFmtId: Number(atribut.numFmtId ?? 0),
            fontId: Number(atribut.fontId ?? 0),
            fillId: Number(atribut.fillId ?? 0),
            indent: 0,
          });
        break;
      case 'alignment':
        if (di === 'cellXfs' && xf.length > 0 && atribut.indent) xf[xf.length - 1].indent = Number(atribut.indent) || 0;
        break;
    }
  });
  parser.on('closetag', (node) => {
    const nama = namaLokal(node.name);
    if (nama === 'numFmts' || nama === 'fonts' || nama === 'fills' || nama === 'cellXfs') di = null;
    // only a solid pattern shows its foreground colour as the cell's fill
    else if (nama === 'fill' && di === 'fills') isi.push(pola === 'solid' && warnaDepan ? warnaDepan : undefined);
  });
  parser.write(xml).close();
  return xf.map((format) => {
    const fmt = format.numFmtId ? (fmtKustom.get(format.numFmtId) ?? FORMAT_BAWAAN[format.numFmtId]) : undefined;
    const gaya: GayaSel = { tanggal: formatTanggal(fmt) };
    if (fmt && fmt !== 'General') gaya.fmt = fmt;
    if (fontTebal[format.fontId]) gaya.tebal = true;
    if (format.indent) gaya.indent = format.indent;
    const warna = isi[format.fillId];
    if (warna) gaya.isi = warna;
    return gaya;
  });
}
