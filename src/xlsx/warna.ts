/**
 * SpreadsheetML colours as the cell shows them, "RRGGBB": an `rgb` attribute, a theme colour with its tint
 * (ECMA-376 §18.8.19 and §18.3.1.15, the HLS tint Excel applies), or a legacy `indexed` palette entry.
 * Both .xlsx readers use it, so a fill reads the same whichever reader read the file, and the same as the
 * resolved colour Office.js reports in Excel.
 */
import { SaxesParser } from 'saxes';
import { namaLokal } from './langsung/xml';

/** Theme colours in the order SpreadsheetML numbers them: lt1, dk1, lt2, dk2, accent1..6, hlink, folHlink. */
export type PaletTema = readonly string[];

const URUTAN_SKEMA = [
  'lt1',
  'dk1',
  'lt2',
  'dk2',
  'accent1',
  'accent2',
  'accent3',
  'accent4',
  'accent5',
  'accent6',
  'hlink',
  'folHlink',
];

/** Office's default theme, for workbooks without a theme part. */
export const TEMA_BAWAAN: PaletTema = [
  'FFFFFF',
  '000000',
  'E7E6E6',
  '44546A',
  '4472C4',
  'ED7D31',
  'A5A5A5',
  'FFC000',
  '5B9BD5',
  '70AD47',
  '0563C1',
  '954F72',
];

/** The legacy 64-colour palette (`indexed`), ECMA-376 §18.8.27. */
const PALET_INDEKS = [
  '000000',
  'FFFFFF',
  'FF0000',
  '00FF00',
  '0000FF',
  'FFFF00',
  'FF00FF',
  '00FFFF',
  '000000',
  'FFFFFF',
  'FF0000',
  '00FF00',
  '0000FF',
  'FFFF00',
  'FF00FF',
  '00FFFF',
  '800000',
  '008000',
  '000080',
  '808000',
  '800080',
  '008080',
  'C0C0C0',
  '808080',
  '9999FF',
  '993366',
  'FFFFCC',
  'CCFFFF',
  '660066',
  'FF8080',
  '0066CC',
  'CCCCFF',
  '000080',
  'FF00FF',
  'FFFF00',
  '00FFFF',
  '800080',
  '800000',
  '008080',
  '0000FF',
  '00CCFF',
  'CCFFFF',
  'CCFFCC',
  'FFFF99',
  '99CCFF',
  'FF99CC',
  'CC99FF',
  'FFCC99',
  '3366FF',
  '33CCCC',
  '99CC00',
  'FFCC00',
  'FF9900',
  'FF6600',
  '666699',
  '969696',
  '003366',
  '339966',
  '003300',
  '333300',
  '993300',
  '993366',
  '333399',
  '333333',
];

/** The colour scheme of a theme part (xl/theme/theme1.xml). */
export function parseTema(xml: string): PaletTema {
  const skema = new Map<string, string>();
  let di: string | null = null;
  const p = new SaxesParser();
  p.on('opentag', (node) => {
    const n = namaLokal(node.name);
    const a = node.attributes as Record<string, string>;
    if (URUTAN_SKEMA.includes(n)) di = n;
    else if (di && n === 'srgbClr' && a.val) skema.set(di, a.val.toUpperCase());
    else if (di && n === 'sysClr')
      skema.set(di, (a.lastClr ?? (a.val === 'window' ? 'FFFFFF' : '000000')).toUpperCase());
  });
  p.on('closetag', (node) => {
    if (namaLokal(node.name) === di) di = null;
  });
  try {
    p.write(xml).close();
  } catch {
    return TEMA_BAWAAN;
  }
  // the scheme lists dk1 before lt1; SpreadsheetML's theme="0" is lt1
  return URUTAN_SKEMA.map((k, i) => skema.get(k) ?? TEMA_BAWAAN[i]);
}

const HLSMAX = 255;

function keHls(rgb: string): [number, number, number] {
  const r = parseInt(rgb.slice(0, 2), 16) / 255;
  const g = parseInt(rgb.slice(2, 4), 16) / 255;
  const b = parseInt(rgb.slice(4, 6), 16) / 255;
  const maks = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (maks + min) / 2;
  if (maks === min) return [0, l, 0];
  const d = maks - min;
  const s = l > 0.5 ? d / (2 - maks - min) : d / (maks + min);
  let h = maks === r ? (g - b) / d + (g < b ? 6 : 0) : maks === g ? (b - r) / d + 2 : (r - g) / d + 4;
  h /= 6;
  return [h, l, s];
}

function keRgb(h: number, l: number, s: number): string {
  const hue = (p: number, q: number, t: number) => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  let r = l;
  let g = l;
  let b = l;
  if (s !== 0) {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    r = hue(p, q, h + 1 / 3);
    g = hue(p, q, h);
    b = hue(p, q, h - 1 / 3);
  }
  const hex = (x: number) =>
    Math.round(Math.min(1, Math.max(0, x)) * 255)
      .toString(16)
      .padStart(2, '0');
  return (hex(r) + hex(g) + hex(b)).toUpperCase();
}

/** A colour with a tint applied (tint < 0 darkens, > 0 lightens), as Excel computes it on a 255 HLS scale. */
export function beriTint(rgb: string, tint: number): string {
  if (!tint) return rgb;
  const [h, l, s] = keHls(rgb);
  let lum = l * HLSMAX;
  lum = tint < 0 ? lum * (1 + tint) : lum * (1 - tint) + (HLSMAX - HLSMAX * (1 - tint));
  return keRgb(h, lum / HLSMAX, s);
}

/** Attributes of a colour element (fgColor, color ...) as the cell shows it; null for automatic or unknown. */
export function warnaDari(a: Record<string, string | undefined>, tema: PaletTema): string | null {
  let rgb: string | null = null;
  if (a.rgb && /^[0-9a-f]{6,8}$/i.test(a.rgb)) rgb = a.rgb.slice(-6).toUpperCase();
  else if (a.theme !== undefined && tema[Number(a.theme)]) rgb = tema[Number(a.theme)];
  else if (a.indexed !== undefined && PALET_INDEKS[Number(a.indexed)]) rgb = PALET_INDEKS[Number(a.indexed)];
  if (rgb === null) return null;
  const tint = a.tint !== undefined ? Number(a.tint) : 0;
  return Number.isFinite(tint) ? beriTint(rgb, tint) : rgb;
}
