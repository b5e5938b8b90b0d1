/**
 * Open an .xlsx from bytes with a clear Indonesian (or English) message for what is not a readable
 * workbook: empty file, legacy .xls, password-protected, another program's spreadsheet (.ods, Numbers,
 * CSV, HTML saved as .xls, .xlsb), not a zip, truncated, corrupt or a zip bomb. No message carries a
 * library's own (English) text. Reads only the grid, straight from the XML parts, without loading ExcelJS
 * (the CLI's check path). Browser-safe.
 */
import type { WorkbookGrid } from '../core/grid';
import { bacaGridLangsung, BagianRusak, BukanWorkbook } from './langsung';
import type { Bahasa } from '../core/pesan/bahasa';
import { pesanHost } from '../core/pesan/host';

export class GagalBaca extends Error {}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function mulaiDengan(data: Uint8Array, sig: number[]): boolean {
  return sig.every((x, i) => data[i] === x);
}

function mengandungUtf16(data: Uint8Array, teks: string): boolean {
  const pola = new Uint8Array(teks.length * 2);
  for (let indeks = 0; indeks < teks.length; indeks++) pola[indeks * 2] = teks.charCodeAt(indeks);
  outer: for (let indeks = 0; indeks + pola.length <= data.length; indeks++) {
    for (let indeksPola = 0; indeksPola < pola.length; indeksPola++)
      if (data[indeks + indeksPola] !== pola[indeksPola]) continue outer;
    return true;
  }
  return false;
}

// ------------------------------------------------------------------ the zip's central directory

export interface EntriZip {
  nama: string;
  /** Uncompressed size in bytes (from the Zip64 extra field when the 32-bit field says 0xFFFFFFFF). */
  ukuran: number;
  /** Compressed size, compression method and where the entry's local header starts. */
  padat: number;
  metode: number;
  offset: number;
}

const PENUH32 = 0xffffffff;

function u64(dv: DataView, posisi: number): number {
  return dv.getUint32(posisi, true) + dv.getUint32(posisi + 4, true) * 2 ** 32;
}

/**
 * The entries of a zip's central directory, read without inflating anything; Zip64 archives (sizes,
 * offsets and entry counts in the Zip64 end record and extra fields) included. Null when there is no end of
 * central directory record (a truncated file) or the directory is damaged.
 */
export function daftarZip(data: Uint8Array): EntriZip[] | null {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let eocd = -1;
  for (let indeks = data.length - 22; indeks >= Math.max(0, data.length - 65557); indeks--) {
    if (dv.getUint32(indeks, true) === 0x06054b50) {
      eocd = indeks;
      break;
    }
  }
  if (eocd < 0) return null;
  let jumlah = dv.getUint16(eocd + 10, true);
  let posisi = dv.getUint32(eocd + 16, true);
  if (jumlah === 0xffff || posisi === PENUH32 || dv.getUint32(eocd + 12, true) === PENUH32) {
    // Zip64: the locator just before the end record points at the Zip64 end of central directory record
    const lok = eocd - 20;
    if (lok >= 0 && dv.getUint32(lok, true) === 0x07064b50) {
      const rek = u64(dv, lok + 8);
      if (rek + 56 > data.length || dv.getUint32(rek, true) !== 0x06064b50) return null;
      jumlah = u64(dv, rek + 32);
      posisi = u64(dv, rek + 48);
    }
  }
  const dekoder = new TextDecoder();
  const out: EntriZip[] = [];
  for (let nomor = 0; nomor < jumlah; nomor++) {
    if (posisi + 46 > data.length || dv.getUint32(posisi, true) !== 0x02014b50) return null;
    const metode = dv.getUint16(posisi + 10, true);
    let padat = dv.getUint32(posisi + 20, true);
    let ukuran = dv.getUint32(posisi + 24, true);
    let offset = dv.getUint32(posisi + 42, true);
    const panjangNama = dv.getUint16(posisi + 28, true);
    const panjangEkstra = dv.getUint16(posisi + 30, true);
    if (posisi + 46 + panjangNama + panjangEkstra > data.length) return null;
    const nama = dekoder.decode(data.subarray(posisi + 46, posisi + 46 + panjangNama));
    if (ukuran === PENUH32 || padat === PENUH32 || offset === PENUH32) {
      // the Zip64 extended information extra field (id 0x0001) holds, in this order, only the fields whose
      // 32-bit value is 0xFFFFFFFF
      for (let ekstra = posisi + 46 + panjangNama; ekstra + 4 <= posisi + 46 + panjangNama + panjangEkstra;) {
        const id = dv.getUint16(ekstra, true);
        const ukEkstra = dv.getUint16(ekstra + 2, true);
        if (id === 0x0001) {
          let posisiEkstra = ekstra + 4;
          const akhir = posisiEkstra + ukEkstra;
          if (ukuran === PENUH32 && posisiEkstra + 8 <= akhir) {
            ukuran = u64(dv, posisiEkstra);
            posisiEkstra += 8;
          }
          if (padat === PENUH32 && posisiEkstra + 8 <= akhir) {
            padat = u64(dv, posisiEkstra);
            posisiEkstra += 8;
          }
          if (offset === PENUH32 && posisiEkstra + 8 <= akhir) offset = u64(dv, posisiEkstra);
          break;
        }
        ekstra += 4 + ukEkstra;
      }
    }
    out.push({ nama, ukuran, padat, metode, offset });
    posisi += 46 + panjangNama + panjangEkstra + dv.getUint16(posisi + 32, true);
  }
  return out;
}

/**
 * Sum of the uncompressed sizes in the zip's central directory, read without inflating anything.
 * Returns null when the directory cannot be found (the load will then report the damage).
 */
export function ukuranTerurai(data: Uint8Array): { total: number; terbesar: { nama: string; ukuran: number } } | null {
  const entri = daftarZip(data);
  if (!entri) return null;
  let total = 0;
  let terbesar = { nama: '', ukuran: 0 };
  for (const entriZip of entri) {
    total += entriZip.ukuran;
    if (entriZip.ukuran > terbesar.ukuran) terbesar = { nama: entriZip.nama, ukuran: entriZip.ukuran };
  }
  return { total, terbesar };
}

// ------------------------------------------------------------------ what a file is

export type JenisBerkas =
  | 'xlsx'
  | 'kosong'
  | 'terenkripsi'
  | 'xls'
  | 'ods'
  | 'opendocument'
  | 'numbers'
  | 'xlsb'
  | 'zip'
  | 'terpotong'
  | 'csv'
  | 'html'
  | 'xml2003'
  | 'lain';

/** The mimetype an OpenDocument package stores first and uncompressed, when it does. */
function mimeOpenDocument(data: Uint8Array, entri: EntriZip): string | null {
  if (entri.metode !== 0 || entri.padat > 200 || entri.offset + 30 > data.length) return null;
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (dv.getUint32(entri.offset, true) !== 0x04034b50) return null;
  const mulai = entri.offset + 30 + dv.getUint16(entri.offset + 26, true) + dv.getUint16(entri.offset + 28, true);
  if (mulai + entri.padat > data.length) return null;
  return new TextDecoder().decode(data.subarray(mulai, mulai + entri.padat)).trim();
}

/** Delimited text: several lines with the same number of separators (comma, semicolon or tab). */
function seperti(teks: string): boolean {
  const baris = teks
    .split(/\r?\n/)
    .slice(0, 20)
    .filter((x) => x.trim() !== '');
  if (baris.length < 2) return false;
  return [',', ';', '\t'].some((pemisah) => {
    const jumlah = baris.map((x) => x.split(pemisah).length - 1);
    return jumlah[0] > 0 && jumlah.filter((x) => x === jumlah[0]).length >= Math.ceil(baris.length * 0.8);
  });
}

/** What the bytes are, from their signature and (for a zip) its directory; `nama` decides only for text. */
export function jenisBerkas(data: Uint8Array, nama: string): JenisBerkas {
  if (data.length === 0) return 'kosong';
  if (mulaiDengan(data, OLE))
    return mengandungUtf16(data, 'EncryptionInfo') || mengandungUtf16(data, 'EncryptedPackage') ? 'terenkripsi' : 'xls';
  if (mulaiDengan(data, [0x50, 0x4b])) {
    const entri = daftarZip(data);
    if (!entri) return 'terpotong';
    const ada = (re: RegExp) => entri.some((e) => re.test(e.nama));
    if (ada(/^xl\/workbook\.bin$/i)) return 'xlsb';
    const mime = entri.find((e) => e.nama === 'mimetype');
    if (mime && ada(/^(content\.xml|META-INF\/manifest\.xml)$/)) {
      const mimeOdf = mimeOpenDocument(data, mime);
      return mimeOdf === null || mimeOdf === 'application/vnd.oasis.opendocument.spreadsheet' ? 'ods' : 'opendocument';
    }
    if (ada(/^Index\/.*\.iwa$/) || ada(/^Index\.zip$/) || ada(/^Metadata\/DocumentIdentifier$/)) return 'numbers';
    if (!ada(/^\[Content_Types\]\.xml$/i) && !ada(/^xl\//i)) return 'zip';
    return 'xlsx';
  }
  // text: look at the first few kilobytes (a NUL byte means binary)
  const awal = data.subarray(0, 8192);
  if (awal.includes(0)) return 'lain';
  const teks = new TextDecoder().decode(awal).replace(/^\uFEFF/, '');
  const kepala = teks.trimStart().slice(0, 1000).toLowerCase();
  if (/^<\?xml/.test(kepala) && kepala.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml2003';
  if (/^(<\?xml[^>]*>\s*)?(<!doctype html|<html|<table|<meta)/.test(kepala)) return 'html';
  if (/\.(csv|tsv)$/i.test(nama) || seperti(teks)) return 'csv';
  return 'lain';
}

/** A message for what is not an .xlsx workbook, naming what it is and what to do; null for an .xlsx. */
export function pesanJenis(jenis: JenisBerkas, nama: string, bahasa: Bahasa): string | null {
  const pesan = pesanHost(bahasa);
  switch (jenis) {
    case 'xlsx':
      return null;
    case 'kosong':
      return pesan.berkasKosong;
    case 'terenkripsi':
      return pesan.berkasTerenkripsi;
    case 'xls':
      return pesan.berkasXls(nama);
    case 'ods':
      return pesan.berkasOds(nama);
    case 'opendocument':
      return pesan.berkasOpenDocument(nama);
    case 'numbers':
      return pesan.berkasNumbers(nama);
    case 'xlsb':
      return pesan.berkasXlsb(nama);
    case 'zip':
      return pesan.berkasZip(nama);
    case 'terpotong':
      return pesan.berkasTerpotong;
    case 'csv':
      return pesan.berkasCsv(nama);
    case 'html':
      return pesan.berkasHtml(nama);
    case 'xml2003':
      return pesan.berkasXml2003(nama);
    case 'lain':
      return pesan.berkasLain;
  }
}

export function periksaTandaBerkas(data: Uint8Array, nama: string, bahasa: Bahasa = 'id'): string | null {
  return pesanJenis(jenisBerkas(data, nama), nama, bahasa);
}

/** Most bytes a workbook may inflate to before it is refused (a zip bomb would exhaust memory). */
export const BATAS_TERURAI = 1024 * 1024 * 1024;

/** Refuse what is not a readable workbook before inflating anything: wrong format, or a zip bomb. */
export function tolakBerkasBuruk(data: Uint8Array, nama: string, bahasa: Bahasa): void {
  const masalah = periksaTandaBerkas(data, nama, bahasa);
  if (masalah) throw new GagalBaca(masalah);
  const ukuran = ukuranTerurai(data);
  if (ukuran && ukuran.total > BATAS_TERURAI) {
    const mb = (x: number) => String(Math.round(x / 2 ** 20));
    throw new GagalBaca(
      pesanHost(bahasa).terlaluBesar(
        mb(ukuran.total),
        ukuran.terbesar.nama,
        mb(ukuran.terbesar.ukuran),
        BATAS_TERURAI / 2 ** 20,
      ),
    );
  }
}

/**
 * A failure while reading the package, in the user's words: which part is damaged when that is known,
 * never the library's own message.
 */
export function rusak(galat: unknown, bahasa: Bahasa): GagalBaca {
  if (galat instanceof GagalBaca) return galat;
  const pesan = pesanHost(bahasa);
  if (galat instanceof BukanWorkbook) return new GagalBaca(pesan.bagianTidakAda(galat.message));
  if (galat instanceof BagianRusak) return new GagalBaca(pesan.bagianRusak(galat.bagian));
  return new GagalBaca(pesan.workbookRusak);
}

export function tanpaLembar(bahasa: Bahasa): GagalBaca {
  return new GagalBaca(pesanHost(bahasa).tanpaLembar);
}

export function keBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Only the grid, read straight from the XML parts (several times faster and lighter than `muatXlsx`). */
export async function bacaGridXlsx(
  data: Uint8Array | ArrayBuffer,
  nama: string,
  bahasa: Bahasa = 'id',
): Promise<WorkbookGrid> {
  const isiBerkas = keBytes(data);
  tolakBerkasBuruk(isiBerkas, nama, bahasa);
  let hasil: { grid: WorkbookGrid; lembarKerja: number };
  try {
    hasil = await bacaGridLangsung(isiBerkas);
  } catch (galat) {
    throw rusak(galat, bahasa);
  }
  if (hasil.lembarKerja === 0) throw tanpaLembar(bahasa);
  return hasil.grid;
}
