/** Small helpers for reading workbook XML parts with saxes: local names, and streaming a zip entry in. */
import type JSZip from 'jszip';
import type { SaxesParser } from 'saxes';

/** "x:c" -> "c": some producers prefix SpreadsheetML elements. */
export function namaLokal(nama: string): string {
  const i = nama.indexOf(':');
  return i < 0 ? nama : nama.slice(i + 1);
}

/**
 * JSZip's chunked reader, `ZipObject#internalStream` (in JSZip's documented API, missing from its type
 * declarations). This wrapper is the only place that touches it; test/xlsx/pustaka.test.ts fails when a
 * JSZip version no longer streams an entry in chunks through it.
 */
interface AliranJsZip {
  on(e: 'data', f: (potong: Uint8Array) => void): AliranJsZip;
  on(e: 'error', f: (e: Error) => void): AliranJsZip;
  on(e: 'end', f: () => void): AliranJsZip;
  resume(): AliranJsZip;
}

type DenganAliran = { internalStream?: (t: 'uint8array') => AliranJsZip };

/** How `alirkan` reads an entry with the JSZip in use: chunk by chunk, or (without the stream API) whole. */
export function caraAlir(berkas: JSZip.JSZipObject): 'potongan' | 'utuh' {
  return typeof (berkas as unknown as DenganAliran).internalStream === 'function' ? 'potongan' : 'utuh';
}

/** Inflate a zip entry chunk by chunk into a parser (the whole XML text is never held at once). */
export function alirkan(berkas: JSZip.JSZipObject, p: SaxesParser): Promise<void> {
  const dekoder = new TextDecoder('utf-8');
  if (caraAlir(berkas) === 'utuh')
    // a JSZip without the stream API: the part inflated at once, parsed the same way
    return berkas.async('uint8array').then((b) => {
      p.write(dekoder.decode(b)).close();
    });
  const aliran = (berkas as unknown as Required<DenganAliran>).internalStream('uint8array');
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
