/**
 * Zip64 archives built by code from an ordinary zip: every entry's sizes and offset moved to Zip64 extra
 * fields (0xFFFFFFFF in the 32-bit fields), a Zip64 end of central directory record and its locator, as
 * writers that always use Zip64 (or stream large parts) produce them. `klaim` overrides the uncompressed
 * size an entry declares, for a Zip64 zip bomb.
 */
interface Entri {
  nama: Buffer;
  metode: number;
  waktu: number;
  crc: number;
  padat: Buffer;
  mentah: number;
}

function entri(zip: Buffer): Entri[] {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const jumlah = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: Entri[] = [];
  for (let i = 0; i < jumlah; i++) {
    const panjangNama = zip.readUInt16LE(p + 28);
    const lokal = zip.readUInt32LE(p + 42);
    const padat = zip.readUInt32LE(p + 20);
    const mulai = lokal + 30 + zip.readUInt16LE(lokal + 26) + zip.readUInt16LE(lokal + 28);
    out.push({
      nama: zip.subarray(p + 46, p + 46 + panjangNama),
      metode: zip.readUInt16LE(p + 10),
      waktu: zip.readUInt32LE(p + 12),
      crc: zip.readUInt32LE(p + 16),
      padat: zip.subarray(mulai, mulai + padat),
      mentah: zip.readUInt32LE(p + 24),
    });
    p += 46 + panjangNama + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return out;
}

function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}

export function keZip64(asli: Uint8Array, klaim: Record<string, number> = {}): Buffer {
  const lokal: Buffer[] = [];
  const pusat: Buffer[] = [];
  let offset = 0;
  for (const e of entri(Buffer.from(asli))) {
    const mentah = klaim[e.nama.toString()] ?? e.mentah;
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(45, 4);
    h.writeUInt16LE(e.metode, 8);
    h.writeUInt32LE(e.waktu, 10);
    h.writeUInt32LE(e.crc, 14);
    h.writeUInt32LE(0xffffffff, 18);
    h.writeUInt32LE(0xffffffff, 22);
    h.writeUInt16LE(e.nama.length, 26);
    h.writeUInt16LE(20, 28);
    const ekstraLokal = Buffer.concat([Buffer.from([1, 0, 16, 0]), u64(mentah), u64(e.padat.length)]);
    lokal.push(h, e.nama, ekstraLokal, e.padat);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(45, 4);
    c.writeUInt16LE(45, 6);
    c.writeUInt16LE(e.metode, 10);
    c.writeUInt32LE(e.waktu, 12);
    c.writeUInt32LE(e.crc, 16);
    c.writeUInt32LE(0xffffffff, 20);
    c.writeUInt32LE(0xffffffff, 24);
    c.writeUInt16LE(e.nama.length, 28);
    c.writeUInt16LE(28, 30);
    c.writeUInt32LE(0xffffffff, 42);
    const ekstra = Buffer.concat([Buffer.from([1, 0, 24, 0]), u64(mentah), u64(e.padat.length), u64(offset)]);
    pusat.push(c, e.nama, ekstra);
    offset += 30 + e.nama.length + ekstraLokal.length + e.padat.length;
  }
  const cd = Buffer.concat(pusat);
  const n = pusat.length / 3;
  const rek = Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x06, 0x06]),
    u64(44),
    Buffer.from([45, 0, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    u64(n),
    u64(n),
    u64(cd.length),
    u64(offset),
  ]);
  const lok = Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x06, 0x07, 0, 0, 0, 0]),
    u64(offset + cd.length),
    Buffer.from([1, 0, 0, 0]),
  ]);
  const akhir = Buffer.alloc(22);
  akhir.writeUInt32LE(0x06054b50, 0);
  akhir.writeUInt16LE(0xffff, 8);
  akhir.writeUInt16LE(0xffff, 10);
  akhir.writeUInt32LE(0xffffffff, 12);
  akhir.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([...lokal, cd, rek, lok, akhir]);
}
