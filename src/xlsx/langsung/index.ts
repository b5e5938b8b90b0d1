/**
 * A workbook's cells straight from its XML parts into a core Grid, without building an ExcelJS model:
 * the zip is inflated entry by entry (JSZip) and each part is parsed as it streams (saxes), in whatever
 * order the zip stores them. Used by the CLI, where a full ExcelJS load would cost several times the time
 * and memory of the check itself. Browser-safe (no Node APIs).
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import type { LembarGrid, WorkbookGrid } from '../../core/grid';
import { LEMBAR_PENGATURAN, LEMBAR_SENDIRI } from '../../core/lembarSendiri';
import { pengaturanDariEkstensi, pengaturanDariLembar } from './pengaturan';
import { GayaSel, parseGaya } from './gaya';
import { pembacaLembar } from './lembar';
import { pembacaTeksBersama } from './teksBersama';
import { alirkan, namaLokal } from './xml';
import { parseTema, TEMA_BAWAAN } from '../warna';

interface Relasi {
  target: string;
  jenis: string;
}

/** Parts referred to from `dari` (e.g. xl/workbook.xml) by their relationship id. */
export async function relasi(zip: JSZip, dari: string): Promise<Map<string, Relasi>> {
  const dir = dari.includes('/') ? dari.slice(0, dari.lastIndexOf('/') + 1) : '';
  const nama = `${dir}_rels/${dari.slice(dir.length)}.rels`;
  const out = new Map<string, Relasi>();
  const berkas = zip.file(nama);
  if (!berkas) return out;
  const parser = new SaxesParser();
  parser.on('opentag', (node) => {
    if (namaLokal(node.name) !== 'Relationship') return;
    const atribut = node.attributes as Record<string, string>;
    if (!atribut.Id || !atribut.Target || atribut.TargetMode === 'External') return;
    out.set(atribut.Id, { target: jalurBagian(dir, atribut.Target), jenis: atribut.Type ?? '' });
  });
  try {
    parser.write(await berkas.async('string')).close();
  } catch (galat) {
    throw new BagianRusak(nama, galat);
  }
  return out;
}

/** A relationship target as a path inside the zip ("worksheets/sheet1.xml" from xl/ -> xl/worksheets/sheet1.xml). */
export function jalurBagian(dir: string, target: string): string {
  const bagian = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const segmen of bagian) {
    if (segmen === '..') out.pop();
    else if (segmen !== '.' && segmen !== '') out.push(segmen);
  }
  return out.join('/');
}

export function berkas(zip: JSZip, nama: string): JSZip.JSZipObject | null {
  return zip.file(nama) ?? zip.file(new RegExp(`^${nama.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'))[0] ?? null;
}

export class BukanWorkbook extends Error {}

/** Run a part's reader; a failure names the part (the library's own text is not for the user). */
async function bagianUtuh<T>(nama: string, baca: () => Promise<T>): Promise<T> {
  try {
    return await baca();
  } catch (galat) {
    throw galat instanceof BagianRusak ? galat : new BagianRusak(nama, galat);
  }
}

export interface BagianWorkbook {
  jalur: string;
  lembar: { nama: string; id: string; status?: 'hidden' | 'veryHidden' }[];
  tahun1904: boolean;
  /** calcPr fullCalcOnLoad: the cached formula results may be placeholders. */
  belumDihitung: boolean;
  rel: Map<string, Relasi>;
  /** A part the workbook refers to by relationship type (…/styles, …/theme), or where it usually is. */
  bagian: (jenis: string, bawaan: string) => string;
}

/** xl/workbook.xml (wherever the package puts it): its sheets, date system, calcPr, and its relationships. */
export async function bacaBagianWorkbook(zip: JSZip): Promise<BagianWorkbook> {
  const akar = await relasi(zip, '');
  const jalurWb = [...akar.values()].find((x) => x.jenis.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const fWb = berkas(zip, jalurWb);
  if (!fWb) throw new BukanWorkbook(jalurWb);

  const lembar: BagianWorkbook['lembar'] = [];
  let tahun1904 = false;
  let belumDihitung = false;
  const pw = new SaxesParser();
  pw.on('opentag', (node) => {
    const atribut = node.attributes as Record<string, string>;
    const nama = namaLokal(node.name);
    if (nama === 'sheet')
      lembar.push({
        nama: atribut.name ?? '',
        id: atribut['r:id'] ?? Object.entries(atribut).find(([k]) => namaLokal(k) === 'id')?.[1] ?? '',
        ...(atribut.state === 'hidden' || atribut.state === 'veryHidden' ? { status: atribut.state } : {}),
      });
    else if (nama === 'workbookPr') tahun1904 = atribut.date1904 === '1' || atribut.date1904 === 'true';
    else if (nama === 'calcPr') belumDihitung = atribut.fullCalcOnLoad === '1' || atribut.fullCalcOnLoad === 'true';
  });
  try {
    pw.write(await fWb.async('string')).close();
  } catch (galat) {
    throw new BagianRusak(jalurWb, galat);
  }

  const rel = await relasi(zip, jalurWb);
  const dirWb = jalurWb.slice(0, jalurWb.lastIndexOf('/') + 1);
  const bagian = (jenis: string, bawaan: string) =>
    [...rel.values()].find((x) => x.jenis.endsWith(jenis))?.target ?? dirWb + bawaan;
  return { jalur: jalurWb, lembar, tahun1904, belumDihitung, rel, bagian };
}

/** A part of the package that is not well-formed XML (or cannot be inflated): which one. */
export class BagianRusak extends Error {
  constructor(
    readonly bagian: string,
    readonly sebab: unknown,
  ) {
    super(bagian);
  }
}

/** The grid of every worksheet except the add-in's own, and how many worksheets the workbook has in all. */
export async function bacaGridLangsung(data: Uint8Array): Promise<{ grid: WorkbookGrid; lembarKerja: number }> {
  const zip = await JSZip.loadAsync(data);
  const { lembar, tahun1904, belumDihitung, rel, bagian } = await bacaBagianWorkbook(zip);

  let teksBersama: string[] = [];
  const fTeks = berkas(zip, bagian('/sharedStrings', 'sharedStrings.xml'));
  if (fTeks) {
    const pembacaTeks = pembacaTeksBersama();
    await bagianUtuh(fTeks.name, () => alirkan(fTeks, pembacaTeks.parser));
    teksBersama = pembacaTeks.hasil;
  }
  let tema = TEMA_BAWAAN;
  const fTema = berkas(zip, bagian('/theme', 'theme/theme1.xml'));
  if (fTema) tema = await bagianUtuh(fTema.name, async () => parseTema(await fTema.async('string')));
  let gaya: GayaSel[] = [];
  const fGaya = berkas(zip, bagian('/styles', 'styles.xml'));
  if (fGaya) gaya = await bagianUtuh(fGaya.name, async () => parseGaya(await fGaya.async('string'), tema));

  const hasil: LembarGrid[] = [];
  let lembarKerja = 0;
  let pengaturan: string | null = null;
  for (const infoLembar of lembar) {
    const relasi = rel.get(infoLembar.id);
    if (!relasi || !relasi.jenis.endsWith('/worksheet')) continue; // chart sheets, dialog sheets
    const bagianLembar = berkas(zip, relasi.target);
    if (!bagianLembar) continue;
    lembarKerja++;
    if (infoLembar.nama !== LEMBAR_PENGATURAN && LEMBAR_SENDIRI.has(infoLembar.nama)) continue;
    const pembaca = pembacaLembar({ nama: infoLembar.nama, teksBersama, gaya, tahun1904, status: infoLembar.status });
    await bagianUtuh(bagianLembar.name, () => alirkan(bagianLembar, pembaca.parser));
    if (infoLembar.nama === LEMBAR_PENGATURAN) pengaturan = pengaturanDariLembar(pembaca.selesai());
    else hasil.push(pembaca.selesai());
  }
  const grid: WorkbookGrid = { lembar: hasil };
  if (belumDihitung) grid.belumDihitung = true;
  pengaturan ??= await pengaturanDariEkstensi(zip);
  if (pengaturan) grid.pengaturanTersimpan = pengaturan;
  return { grid, lembarKerja };
}
