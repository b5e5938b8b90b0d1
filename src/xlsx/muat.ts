/**
 * Open an .xlsx from bytes with a clear Indonesian (or English) message for what is not a readable
 * workbook: empty file, legacy .xls, password-protected, not a zip, truncated or corrupt.
 * Browser-safe: the CLI and the demo both use it.
 */
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../core/grid';
import { workbookKeGrid } from './baca';
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
  if (b.length === 0) return t('Berkas kosong (0 byte), bukan workbook Excel.', 'The file is empty (0 bytes), not an Excel workbook.');
  if (mulaiDengan(b, OLE)) {
    if (mengandungUtf16(b, 'EncryptionInfo') || mengandungUtf16(b, 'EncryptedPackage'))
      return t('Workbook dilindungi kata sandi (terenkripsi). Buka di Excel, hapus kata sandinya, simpan, lalu periksa lagi.',
               'The workbook is password-protected (encrypted). Open it in Excel, remove the password, save, and check again.');
    return t(`Format Excel lama (.xls) tidak didukung. Buka "${nama}" di Excel dan simpan sebagai .xlsx.`,
             `The old Excel format (.xls) is not supported. Open "${nama}" in Excel and save it as .xlsx.`);
  }
  if (!mulaiDengan(b, [0x50, 0x4b])) return t('Bukan berkas Excel .xlsx (isinya bukan arsip zip).', 'Not an Excel .xlsx file (its content is not a zip archive).');
  return null;
}

export async function muatXlsx(data: Uint8Array | ArrayBuffer, nama: string, bahasa: Bahasa = 'id'): Promise<{ wb: ExcelJS.Workbook; grid: WorkbookGrid }> {
  const b = data instanceof Uint8Array ? data : new Uint8Array(data);
  const masalah = periksaTandaBerkas(b, nama, bahasa);
  if (masalah) throw new GagalBaca(masalah);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(b as unknown as ArrayBuffer);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new GagalBaca(
      bahasa === 'en'
        ? `The workbook is damaged or truncated and cannot be read (${detail}).`
        : `Workbook rusak atau terpotong sehingga tidak dapat dibaca (${detail}).`,
    );
  }
  if (wb.worksheets.length === 0) throw new GagalBaca(bahasa === 'en' ? 'The workbook has no sheets.' : 'Workbook tidak berisi lembar kerja.');
  return { wb, grid: workbookKeGrid(wb) };
}
