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

function benar(v: string | undefined): boolean {
  return v === undefined || !(v === '0' || v === 'false');
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
  const p = new SaxesParser();
  p.on('opentag', (node) => {
    const a = node.attributes as Record<string, string>;
    switch (namaLokal(node.name)) {
      case 'numFmts':
        di = 'numFmts';
        break;
      case 'numFmt':
        // only the workbook's own list: a <numFmt> inside <dxfs> belongs to a conditional format and may
        // reuse an id of the list with another code
        if (di === 'numFmts') fmtKustom.set(Number(a.numFmtId), a.formatCode ?? '');
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
        if (di === 'fonts' && fontSekarang >= 0) fontTebal[fontSekarang] = benar(a.val);
        break;
      case 'fill':
        if (di === 'fills') {
          pola = undefined;
          warnaDepan = null;
        }
        break;
      case 'patternFill':
        if (di === 'fills') pola = a.patternType;
        break;
      case 'fgColor':
        if (di === 'fills') warnaDepan = warnaDari(a, tema);
        break;
      case 'xf':
        if (di === 'cellXfs')
          xf.push({
            numFmtId: Number(a.numFmtId ?? 0),
            fontId: Number(a.fontId ?? 0),
            fillId: Number(a.fillId ?? 0),
            indent: 0,
          });
        break;
      case 'alignment':
        if (di === 'cellXfs' && xf.length > 0 && a.indent) xf[xf.length - 1].indent = Number(a.indent) || 0;
        break;
    }
  });
  p.on('closetag', (node) => {
    const n = namaLokal(node.name);
    if (n === 'numFmts' || n === 'fonts' || n === 'fills' || n === 'cellXfs') di = null;
    // only a solid pattern shows its foreground colour as the cell's fill
    else if (n === 'fill' && di === 'fills') isi.push(pola === 'solid' && warnaDepan ? warnaDepan : undefined);
  });
  p.write(xml).close();
  return xf.map((x) => {
    const fmt = x.numFmtId ? (fmtKustom.get(x.numFmtId) ?? FORMAT_BAWAAN[x.numFmtId]) : undefined;
    const g: GayaSel = { tanggal: formatTanggal(fmt) };
    if (fmt && fmt !== 'General') g.fmt = fmt;
    if (fontTebal[x.fontId]) g.tebal = true;
    if (x.indent) g.indent = x.indent;
    const warna = isi[x.fillId];
    if (warna) g.isi = warna;
    return g;
  });
}
