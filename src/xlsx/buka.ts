/**
 * Open an .xlsx from bytes with a clear Indonesian (or English) message for what is not a readable
 * workbook: empty file, legacy .xls, password-protected, not a zip, truncated, corrupt or a zip bomb.
 * Reads only the grid, straight from the XML parts, without loading ExcelJS (the CLI's check path).
 * Browser-safe.
 */
import type { WorkbookGrid } from '../core/grid';
import { bacaGridLangsung } from './langsung';
import type { Bahasa } from '../core/checks/konteks';

export class GagalBaca extends Error {}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function mulaiDengan(b: Uint8Array, sig: number[]): boolean {
  return sig.every((x, i) => b[i] === x);
}

function mengandungUtf16(b: Uint8Array, teks: string): boolean {
  const pola = new Uint8Array(teks.length * 2);
  for (let i = 0; i < teks.length; i++) pola[i * 2] = teks.charCodeAt(i);
  outer: for (let i = 0; i + pola.length <= b.length; i++) {
    for (let j = 0; j < pola.length; j++) if (b[i + j] !== pola[j]) continue outer;
    return true;
  }
  return false;
}

export function periksaTandaBerkas(b: Uint8Array, nama: string, bahasa: Bahasa = 'id'): string | null {
  const t = (id: string, en: string) => (bahasa === 'en' ? en : id);
  if (b.length === 0)
    return t('Berkas kosong (0 byte), bukan workbook Excel.', 'The file is empty (0 bytes), not an Excel workbook.');
  if (mulaiDengan(b, OLE)) {
    if (mengandungUtf16(b, 'EncryptionInfo') || mengandungUtf16(b, 'EncryptedPackage'))
      return t(
        'Workbook dilindungi kata sandi (terenkripsi). Buka di Excel, hapus kata sandinya, simpan, lalu periksa lagi.',
        'The workbook is password-protected (encrypted). Open it in Excel, remove the password, save, and check again.',
      );
    return t(
      `Format Excel lama (.xls) tidak didukung. Buka "${nama}" di Excel dan simpan sebagai .xlsx.`,
      `The old Excel format (.xls) is not supported. Open "${nama}" in Excel and save it as .xlsx.`,
    );
  }
  if (!mulaiDengan(b, [0x50, 0x4b]))
    return t(
      'Bukan berkas Excel .xlsx (isinya bukan arsip zip).',
      'Not an Excel .xlsx file (its content is not a zip archive).',
    );
  return null;
}

/** Most bytes a workbook may inflate to before it is refused (a zip bomb would exhaust memory). */
export const BATAS_TERURAI = 1024 * 1024 * 1024;

/**
 * Sum of the uncompressed sizes in the zip's central directory, read without inflating anything.
 * Returns null when the directory cannot be found (the load will then report the damage).
 */
export function ukuranTerurai(b: Uint8Array): { total: number; terbesar: { nama: string; ukuran: number } } | null {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const jumlah = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  let total = 0;
  let terbesar = { nama: '', ukuran: 0 };
  for (let n = 0; n < jumlah; n++) {
    if (p + 46 > b.length || dv.getUint32(p, true) !== 0x02014b50) return null;
    let ukuran = dv.getUint32(p + 24, true);
    const panjangNama = dv.getUint16(p + 28, true);
    const nama = new TextDecoder().decode(b.subarray(p + 46, p + 46 + panjangNama));
    if (ukuran === 0xffffffff) ukuran = Number.MAX_SAFE_INTEGER; // zip64: far beyond any limit here
    total += ukuran;
    if (ukuran > terbesar.ukuran) terbesar = { nama, ukuran };
    p += 46 + panjangNama + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return { total, terbesar };
}

/** Refuse what is not a readable workbook before inflating anything: wrong format, or a zip bomb. */
export function tolakBerkasBuruk(b: Uint8Array, nama: string, bahasa: Bahasa): void {
  const masalah = periksaTandaBerkas(b, nama, bahasa);
  if (masalah) throw new GagalBaca(masalah);
  const u = ukuranTerurai(b);
  if (u && u.total > BATAS_TERURAI) {
    const mb = (x: number) => (x >= Number.MAX_SAFE_INTEGER ? '> 4096' : String(Math.round(x / 2 ** 20)));
    throw new GagalBaca(
      bahasa === 'en'
        ? `The workbook would inflate to ${mb(u.total)} MB (${u.terbesar.nama}: ${mb(u.terbesar.ukuran)} MB), more than the ${BATAS_TERURAI / 2 ** 20} MB limit: refused to protect memory.`
        : `Workbook akan mengembang menjadi ${mb(u.total)} MB (${u.terbesar.nama}: ${mb(u.terbesar.ukuran)} MB), melebihi batas ${BATAS_TERURAI / 2 ** 20} MB: ditolak agar memori aman.`,
    );
  }
}

export function rusak(e: unknown, bahasa: Bahasa): GagalBaca {
  const detail = e instanceof Error ? e.message : String(e);
  return new GagalBaca(
    bahasa === 'en'
      ? `The workbook is damaged or truncated and cannot be read (${detail}).`
      : `Workbook rusak atau terpotong sehingga tidak dapat dibaca (${detail}).`,
  );
}

export function tanpaLembar(bahasa: Bahasa): GagalBaca {
  return new GagalBaca(bahasa === 'en' ? 'The workbook has no sheets.' : 'Workbook tidak berisi lembar kerja.');
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
  const b = keBytes(data);
  tolakBerkasBuruk(b, nama, bahasa);
  let hasil: { grid: WorkbookGrid; lembarKerja: number };
  try {
    hasil = await bacaGridLangsung(b);
  } catch (e) {
    throw rusak(e, bahasa);
  }
  if (hasil.lembarKerja === 0) throw tanpaLembar(bahasa);
  return hasil.grid;
}
