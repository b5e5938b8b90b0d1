/**
 * A full ExcelJS workbook from bytes, for what writes into the workbook (the CLI's annotated copy, the
 * browser demo), with the same clear messages as the grid reader in ./buka, and read the way the direct
 * reader reads it:
 * - number formats with backslash-escaped letters (`#,##0.00\ \h\a`) keep their numbers: ExcelJS takes the
 *   escaped letters for a date format and would turn the numbers into Dates (and write them back changed),
 *   so it loads those codes with the same literals quoted (`#,##0.00" ha"`, which Excel shows the same) and
 *   every style gets its original code back right after;
 * - `fullCalcOnLoad` (which ExcelJS does not read) is kept, so the grid says the workbook was not calculated
 *   and the written copy still asks Excel to calculate it;
 * - the theme colours come from the theme part (ExcelJS exposes it only by building every sheet's model).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { WorkbookGrid } from '../core/grid';
import type { Bahasa } from '../core/pesan/bahasa';
import { daftarkanTema, workbookKeGrid } from './baca';
import { keBytes, rusak, tanpaLembar, tolakBerkasBuruk } from './buka';
import { bacaBagianWorkbook, berkas } from './langsung';
import { formatTanggal, kutipLiteral } from './tanggal';
import { PaletTema, parseTema, TEMA_BAWAAN } from './warna';

interface Persiapan {
  data: Uint8Array;
  /** Format codes ExcelJS was given in place of the file's own: given -> original. */
  formatAsli: Map<string, string>;
  belumDihitung: boolean;
  tema: PaletTema;
}

function dekodeAtribut(teks: string): string {
  return teks.replace(/&(#x[0-9a-f]+|#\d+|quot|apos|amp|lt|gt);/gi, (_, entitas: string) => {
    const kunci = entitas.toLowerCase();
    if (kunci[0] === '#')
      return String.fromCodePoint(kunci[1] === 'x' ? parseInt(kunci.slice(2), 16) : Number(kunci.slice(1)));
    return { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>' }[kunci] ?? '';
  });
}

function enkodeAtribut(teks: string): string {
  return teks.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * styles.xml with the number formats ExcelJS would misread given quoted literals instead of escapes;
 * `asli` gets given -> original. Returns null when nothing needs it.
 */
export function gayaUntukExcelJs(xml: string, asli: Map<string, string>): string | null {
  const bagian = /<((?:\w+:)?numFmts)\b[^>]*>[\s\S]*?<\/\1>/.exec(xml);
  if (!bagian) return null;
  const semua = new Set<string>();
  const ATR = /(\sformatCode\s*=\s*)("([^"]*)"|'([^']*)')/g;
  for (const cocok of bagian[0].matchAll(ATR)) semua.add(dekodeAtribut(cocok[3] ?? cocok[4] ?? ''));
  let berubah = false;
  const baru = bagian[0].replace(ATR, (utuh, awal: string, _q: string, kutipGanda?: string, kutipTunggal?: string) => {
    const kode = dekodeAtribut(kutipGanda ?? kutipTunggal ?? '');
    if (!kode.includes('\\') || formatTanggal(kode)) return utuh;
    let ganti = kutipLiteral(kode);
    if (ganti === kode) return utuh;
    // an empty literal "" shows nothing: appended until the code is one no other format of the file uses
    while (semua.has(ganti) || asli.has(ganti)) ganti += '""';
    asli.set(ganti, kode);
    berubah = true;
    return `${awal}"${enkodeAtribut(ganti)}"`;
  });
  if (!berubah) return null;
  return xml.slice(0, bagian.index) + baru + xml.slice(bagian.index + bagian[0].length);
}

async function siapkan(isiBerkas: Uint8Array): Promise<Persiapan> {
  const zip = await JSZip.loadAsync(isiBerkas);
  const wb = await bacaBagianWorkbook(zip);
  const formatAsli = new Map<string, string>();
  let data = isiBerkas;
  let tema = TEMA_BAWAAN;
  const fTema = berkas(zip, wb.bagian('/theme', 'theme/theme1.xml'));
  if (fTema) tema = parseTema(await fTema.async('string'));
  const fGaya = berkas(zip, wb.bagian('/styles', 'styles.xml'));
  if (fGaya) {
    const ganti = gayaUntukExcelJs(await fGaya.async('string'), formatAsli);
    if (ganti !== null) {
      zip.file(fGaya.name, ganti);
      data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    }
  }
  return { data, formatAsli, belumDihitung: wb.belumDihitung, tema };
}

/** Every style of the workbook back to its file's own number format code. */
function pulihkanFormat(wb: ExcelJS.Workbook, asli: Map<string, string>): void {
  if (asli.size === 0) return;
  const sudah = new Set<Partial<ExcelJS.Style>>();
  const pulihkan = (gaya: Partial<ExcelJS.Style> | undefined) => {
    if (!gaya || sudah.has(gaya)) return;
    sudah.add(gaya);
    const kodeAsli = gaya.numFmt !== undefined ? asli.get(gaya.numFmt) : undefined;
    if (kodeAsli !== undefined) gaya.numFmt = kodeAsli;
  };
  for (const ws of wb.worksheets) {
    for (const kolom of ws.columns ?? []) pulihkan(kolom.style);
    // (a whole row's default format, rare, keeps the quoted code, which Excel shows the same way)
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => pulihkan(c.style)));
  }
}

/** A full ExcelJS workbook (to write marks into) and its grid. */
export async function muatXlsx(
  data: Uint8Array | ArrayBuffer,
  nama: string,
  bahasa: Bahasa = 'id',
): Promise<{ wb: ExcelJS.Workbook; grid: WorkbookGrid }> {
  const isiBerkas = keBytes(data);
  tolakBerkasBuruk(isiBerkas, nama, bahasa);
  let persiapan: Persiapan;
  try {
    persiapan = await siapkan(isiBerkas);
  } catch (galat) {
    throw rusak(galat, bahasa);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(persiapan.data as unknown as ArrayBuffer);
  } catch (galat) {
    throw rusak(galat, bahasa);
  }
  if (wb.worksheets.length === 0) throw tanpaLembar(bahasa);
  pulihkanFormat(wb, persiapan.formatAsli);
  if (persiapan.belumDihitung) wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  daftarkanTema(wb, persiapan.tema);
  return { wb, grid: workbookKeGrid(wb) };
}
