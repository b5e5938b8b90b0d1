/** Bad inputs built by code (never hand-edited binaries): empty, not a zip, truncated, encrypted, legacy .xls. */
import fs from 'fs';
import path from 'path';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function utf16(s: string): Buffer {
  return Buffer.from(s, 'utf16le');
}

export function buatBerkasBuruk(dir: string, sampel: string): Record<string, string> {
  fs.mkdirSync(dir, { recursive: true });
  const p = (n: string) => path.join(dir, n);
  const asli = fs.readFileSync(sampel);
  fs.writeFileSync(p('kosong.xlsx'), Buffer.alloc(0));
  fs.writeFileSync(p('bukan-zip.xlsx'), Buffer.from('ini bukan workbook, hanya teks biasa\n'));
  fs.writeFileSync(p('terpotong.xlsx'), asli.subarray(0, Math.floor(asli.length / 3)));
  // an encrypted OOXML file is an OLE compound document holding EncryptionInfo and EncryptedPackage streams
  fs.writeFileSync(
    p('terenkripsi.xlsx'),
    Buffer.concat([
      OLE,
      Buffer.alloc(504),
      utf16('EncryptionInfo'),
      Buffer.alloc(64),
      utf16('EncryptedPackage'),
      Buffer.alloc(512),
    ]),
  );
  fs.writeFileSync(p('lama.xls'), Buffer.concat([OLE, Buffer.alloc(504), utf16('Workbook'), Buffer.alloc(1024)]));
  return {
    kosong: p('kosong.xlsx'),
    bukanZip: p('bukan-zip.xlsx'),
    terpotong: p('terpotong.xlsx'),
    terenkripsi: p('terenkripsi.xlsx'),
    lama: p('lama.xls'),
  };
}
