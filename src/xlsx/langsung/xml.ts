/** Small helpers for reading workbook XML parts with saxes: local names, and streaming a zip entry in. */
import type JSZip from 'jszip';
import type { SaxesParser } from 'saxes';

/** "x:c" -> "c": some producers prefix SpreadsheetML elements. */
export function namaLokal(nama: string): string {
  const i = nama.indexOf(':');
  return i < 0 ? nama : nama.slice(i + 1);
}

/** JSZip's chunked reader (public API, missing from its type declarations). */
interface AliranJsZip {
  on(e: 'data', f: (potong: Uint8Array) => void): AliranJsZip;
  on(e: 'error', f: (e: Error) => void): AliranJsZip;
  on(e: 'end', f: () => void): AliranJsZip;
  resume(): AliranJsZip;
}

/** Inflate a zip entry chunk by chunk into a parser (the whole XML text is never held at once). */
export function alirkan(berkas: JSZip.JSZipObject, p: SaxesParser): Promise<void> {
  const dekoder = new TextDecoder('utf-8');
  const aliran = (berkas as unknown as { internalStream(t: 'uint8array'): AliranJsZip }).internalStream('uint8array');
  return new Promise((selesai, gagal) => {
    aliran
      .on('data', (potong: Uint8Array) => {
        try {
          p.write(dekoder.decode(potong, { stream: true }));
        } catch (e) {
          gagal(e);
        }
      })
      .on('error', gagal)
      .on('end', () => {
        try {
          p.write(dekoder.decode()).close();
          selesai();
        } catch (e) {
          gagal(e);
        }
      })
      .resume();
  });
}
