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
  let posisi = zip.readUInt32LE(eocd + 16);
  const out: Entri[] = [];
  for (let indeks = 0; indeks < jumlah; indeks++) {
    const panjangNama = zip.readUInt16LE(posisi + 28);
    const lokal = zip.readUInt32LE(posisi + 42);
    const padat = zip.readUInt32LE(posisi + 20);
    const mulai = lokal + 30 + zip.readUInt16LE(lokal + 26) + zip.readUInt16LE(lokal + 28);
    out.push({
      nama: zip.subarray(posisi + 46, posisi + 46 + panjangNama),
      metode: zip.readUInt16LE(posisi + 10),
      waktu: zip.readUInt32LE(posisi + 12),
      crc: zip.readUInt32LE(posisi + 16),
      padat: zip.subarray(mulai, mulai + padat),
      mentah: zip.readUInt32LE(posisi + 24),
    });
    posisi += 46 + panjangNama + zip.readUInt16LE(posisi + 30) + zip.readUInt16LE(posisi + 32);
  }
  return out;
}

function u64(angka: number): Buffer {
  const data = Buffer.alloc(8);
  data.writeBigUInt64LE(BigInt(angka));
  return data;
}

export function keZip64(asli: Uint8Array, klaim: Record<string, number> = {}): Buffer {
  const lokal: Buffer[] = [];
  const pusat: Buffer[] = [];
  let offset = 0;
  for (const entriZip of entri(Buffer.from(asli))) {
    const mentah = klaim[entriZip.nama.toString()] ?? entriZip.mentah;
    const kepalaLokal = Buffer.alloc(30);
    kepalaLokal.writeUInt32LE(0x04034b50, 0);
    kepalaLokal.writeUInt16LE(45, 4);
    kepalaLokal.writeUInt16LE(entriZip.metode, 8);
    kepalaLokal.writeUInt32LE(entriZip.waktu, 10);
    kepalaLokal.writeUInt32LE(entriZip.crc, 14);
    kepalaLokal.writeUInt32LE(0xffffffff, 18);
    kepalaLokal.writeUInt32LE(0xffffffff, 22);
    kepalaLokal.writeUInt16LE(entriZip.nama.length, 26);
    kepalaLokal.writeUInt16LE(20, 28);
    const ekstraLokal = Buffer.concat([Buffer.from([1, 0, 16, 0]), u64(mentah), u64(entriZip.padat.length)]);
    lokal.push(kepalaLokal, entriZip.nama, ekstraLokal, entriZip.padat);
    const kepalaPusat = Buffer.alloc(46);
    kepalaPusat.writeUInt32LE(0x02014b50, 0);
    kepalaPusat.writeUInt16LE(45, 4);
    kepalaPusat.writeUInt16LE(45, 6);
    kepalaPusat.writeUInt16LE(entriZip.metode, 10);
    kepalaPusat.writeUInt32LE(entriZip.waktu, 12);
    kepalaPusat.writeUInt32LE(entriZip.crc, 16);
    kepalaPusat.writeUInt32LE(0xffffffff, 20);
    kepalaPusat.writeUInt32LE(0xffffffff, 24);
    kepalaPusat.writeUInt16LE(entriZip.nama.length, 28);
    kepalaPusat.writeUInt16LE(28, 30);
    kepalaPusat.writeUInt32LE(0xffffffff, 42);
    const ekstra = Buffer.concat([Buffer.from([1, 0, 24, 0]), u64(mentah), u64(entriZip.padat.length), u64(offset)]);
    pusat.push(kepalaPusat, entriZip.nama, ekstra);
    offset += 30 + entriZip.nama.length + ekstraLokal.length + entriZip.padat.length;
  }
  const cd = Buffer.concat(pusat);
  const jumlah = pusat.length / 3;
  const rek = Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x06, 0x06]),
    u64(44),
    Buffer.from([45, 0, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    u64(jumlah),
    u64(jumlah),
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
