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
  const parser = new SaxesParser();
  parser.on('opentag', (node) => {
    const nama = namaLokal(node.name);
    const atribut = node.attributes as Record<string, string>;
    if (URUTAN_SKEMA.includes(nama)) di = nama;
    else if (di && nama === 'srgbClr' && atribut.val) skema.set(di, atribut.val.toUpperCase());
    else if (di && nama === 'sysClr')
      skema.set(di, (atribut.lastClr ?? (atribut.val === 'window' ? 'FFFFFF' : '000000')).toUpperCase());
  });
  parser.on('closetag', (node) => {
    if (namaLokal(node.name) === di) di = null;
  });
  try {
    parser.write(xml).close();
  } catch {
    return TEMA_BAWAAN;
  }
  // the scheme lists dk1 before lt1; SpreadsheetML's theme="0" is lt1
  return URUTAN_SKEMA.map((k, i) => skema.get(k) ?? TEMA_BAWAAN[i]);
}

const HLSMAX = 255;

function keHls(rgb: string): [number, number, number] {
  const merah = parseInt(rgb.slice(0, 2), 16) / 255;
  const hijau = parseInt(rgb.slice(2, 4), 16) / 255;
  const biru = parseInt(rgb.slice(4, 6), 16) / 255;
  const maks = Math.max(merah, hijau, biru);
  const min = Math.min(merah, hijau, biru);
  const kecerahan = (maks + min) / 2;
  if (maks === min) return [0, kecerahan, 0];
  const selisih = maks - min;
  const saturasi = kecerahan > 0.5 ? selisih / (2 - maks - min) : selisih / (maks + min);
  let rona =
    maks === merah
      ? (hijau - biru) / selisih + (hijau < biru ? 6 : 0)
      : maks === hijau
        ? (biru - merah) / selisih + 2
        : (merah - hijau) / selisih + 4;
  rona /= 6;
  return [rona, kecerahan, saturasi];
}

function keRgb(rona: number, kecerahan: number, saturasi: number): string {
  const hue = (bawah: number, atas: number, posisi: number) => {
    if (posisi < 0) posisi += 1;
    if (posisi > 1) posisi -= 1;
    if (posisi < 1 / 6) return bawah + (atas - bawah) * 6 * posisi;
    if (posisi < 1 / 2) return atas;
    if (posisi < 2 / 3) return bawah + (atas - bawah) * (2 / 3 - posisi) * 6;
    return bawah;
  };
  let merah = kecerahan;
  let hijau = kecerahan;
  let biru = kecerahan;
  if (saturasi !== 0) {
    const atas = kecerahan < 0.5 ? kecerahan * (1 + saturasi) : kecerahan + saturasi - kecerahan * saturasi;
    const bawah = 2 * kecerahan - atas;
    merah = hue(bawah, atas, rona + 1 / 3);
    hijau = hue(bawah, atas, rona);
    biru = hue(bawah, atas, rona - 1 / 3);
  }
  const hex = (x: number) =>
    Math.round(Math.min(1, Math.max(0, x)) * 255)
      .toString(16)
      .padStart(2, '0');
  return (hex(merah) + hex(hijau) + hex(biru)).toUpperCase();
}

/** A colour with a tint applied (tint < 0 darkens, > 0 lightens), as Excel computes it on a 255 HLS scale. */
export function beriTint(rgb: string, tint: number): string {
  if (!tint) return rgb;
  const [rona, kecerahan, saturasi] = keHls(rgb);
  let lum = kecerahan * HLSMAX;
  lum = tint < 0 ? lum * (1 + tint) : lum * (1 - tint) + (HLSMAX - HLSMAX * (1 - tint));
  return keRgb(rona, lum / HLSMAX, saturasi);
}

/** Attributes of a colour element (fgColor, color ...) as the cell shows it; null for automatic or unknown. */
export function warnaDari(atribut: Record<string, string | undefined>, tema: PaletTema): string | null {
  let rgb: string | null = null;
  if (atribut.rgb && /^[0-9a-f]{6,8}$/i.test(atribut.rgb)) rgb = atribut.rgb.slice(-6).toUpperCase();
  else if (atribut.theme !== undefined && tema[Number(atribut.theme)]) rgb = tema[Number(atribut.theme)];
  else if (atribut.indexed !== undefined && PALET_INDEKS[Number(atribut.indexed)])
    rgb = PALET_INDEKS[Number(atribut.indexed)];
  if (rgb === null) return null;
  const tint = atribut.tint !== undefined ? Number(atribut.tint) : 0;
  return Number.isFinite(tint) ? beriTint(rgb, tint) : rgb;
}
