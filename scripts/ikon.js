// Generates assets/icon-{16,20,24,32,40,48,64,80,128,300}.png: a teal square with a white check mark. Run once: node scripts/ikon.js
const fs = require('fs');
const zlib = require('zlib');
function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const u = x / size,
        v = y / size;
      // check mark: two thick line segments
      const d1 = Math.abs(v - 0.55 - (u - 0.22)) < 0.09 && u > 0.2 && u < 0.45;
      const d2 = Math.abs(v - 0.7 + (u - 0.42) * 1.25) < 0.1 && u > 0.4 && u < 0.8;
      const border = Math.min(u, v, 1 - u, 1 - v) < 0.06;
      const [r, g, b] = d1 || d2 ? [255, 255, 255] : border ? [0, 90, 90] : [0, 128, 128];
      const i = y * (size * 4 + 1) + 1 + x * 4;
      raw[i] = r;
      raw[i + 1] = g;
      raw[i + 2] = b;
      raw[i + 3] = 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
// 16, 32, 80: ribbon; 20, 24, 40, 48, 64: ribbon on high-DPI screens; 32, 64: manifest icons; 128, 300: store listing
for (const s of [16, 20, 24, 32, 40, 48, 64, 80, 128, 300]) fs.writeFileSync(`assets/icon-${s}.png`, png(s));
