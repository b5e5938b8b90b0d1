/** Bad inputs built by code (never hand-edited binaries): empty, not a zip, truncated, encrypted, legacy .xls. */
import fs from 'fs';
import path from 'path';
import JSZip from 'jszip';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function utf16(teks: string): Buffer {
  return Buffer.from(teks, 'utf16le');
}

export function buatBerkasBuruk(dir: string, sampel: string): Record<string, string> {
  fs.mkdirSync(dir, { recursive: true });
  const jalur = (n: string) => path.join(dir, n);
  const asli = fs.readFileSync(sampel);
  fs.writeFileSync(jalur('kosong.xlsx'), Buffer.alloc(0));
  fs.writeFileSync(jalur('bukan-zip.xlsx'), Buffer.from('ini bukan workbook, hanya teks biasa\n'));
  fs.writeFileSync(jalur('terpotong.xlsx'), asli.subarray(0, Math.floor(asli.length / 3)));
  // an encrypted OOXML file is an OLE compound document holding EncryptionInfo and EncryptedPackage streams
  fs.writeFileSync(
    jalur('terenkripsi.xlsx'),
    Buffer.concat([
      OLE,
      Buffer.alloc(504),
      utf16('EncryptionInfo'),
      Buffer.alloc(64),
      utf16('EncryptedPackage'),
      Buffer.alloc(512),
    ]),
  );
  fs.writeFileSync(jalur('lama.xls'), Buffer.concat([OLE, Buffer.alloc(504), utf16('Workbook'), Buffer.alloc(1024)]));
  return {
    kosong: jalur('kosong.xlsx'),
    bukanZip: jalur('bukan-zip.xlsx'),
    terpotong: jalur('terpotong.xlsx'),
    terenkripsi: jalur('terenkripsi.xlsx'),
    lama: jalur('lama.xls'),
  };
}

/**
 * Other programs' files, built by code: an OpenDocument spreadsheet (mimetype stored first, as every ODF
 * writer does), an Apple Numbers document (IWA parts in a zip), CSV text, an HTML table saved as .xls,
 * an Excel binary workbook (.xlsb) and a plain zip.
 */
export async function buatBerkasLain(dir: string): Promise<Record<string, string>> {
  fs.mkdirSync(dir, { recursive: true });
  const jalur = (n: string) => path.join(dir, n);
  const zip = async (nama: string, isi: [string, string][]) => {
    const zip = new JSZip();
    for (const [nama, isiBagian] of isi) zip.file(nama, isiBagian, nama === 'mimetype' ? { compression: 'STORE' } : {});
    fs.writeFileSync(jalur(nama), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return jalur(nama);
  };
  const ods = await zip('anggaran.ods', [
    ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['content.xml', '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'],
    [
      'META-INF/manifest.xml',
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
    ],
  ]);
  const odt = await zip('laporan.odt', [
    ['mimetype', 'application/vnd.oasis.opendocument.text'],
    ['content.xml', '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'],
    [
      'META-INF/manifest.xml',
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
    ],
  ]);
  const numbers = await zip('capaian.numbers', [
    ['Index/Document.iwa', 'x'],
    ['Index/Metadata.iwa', 'x'],
    ['Metadata/Properties.plist', '<plist/>'],
  ]);
  const xlsb = await zip('realisasi.xlsb', [
    ['[Content_Types].xml', '<Types/>'],
    ['xl/workbook.bin', 'x'],
  ]);
  const arsip = await zip('arsip.xlsx', [['dokumen/surat.txt', 'bukan workbook']]);
  fs.writeFileSync(
    jalur('realisasi.csv'),
    'No;Uraian;Pagu;Realisasi\n1;Program A;1.000.000;500.000\n2;Program B;2.000.000;1.500.000\n',
  );
  fs.writeFileSync(
    jalur('ekspor.xls'),
    '<html><head><meta charset="utf-8"></head><body><table><tr><td>Pagu</td></tr></table></body></html>',
  );
  return { ods, odt, numbers, xlsb, arsip, csv: jalur('realisasi.csv'), html: jalur('ekspor.xls') };
}
