/** Small helpers for reading workbook XML parts with saxes: local names, and streaming a zip entry in. */
import type JSZip from 'jszip';
import type { SaxesParser } from 'saxes';

/** "x:c" -> "c": some producers prefix SpreadsheetML elements. */
export function namaLokal(nama: string): string {
  const indeks = nama.indexOf(':');
  return indeks < 0 ? nama : nama.slice(indeks + 1);
}

/**
 * JSZip's chunked reader, `ZipObject#internalStream` (in JSZip's documented API, missing from its type
 * declarations). This wrapper is the only place that touches it; test/xlsx/pustaka.test.ts fails when a
 * JSZip version no longer streams an entry in chunks through it.
 */
interface AliranJsZip {
  on(peristiwa: 'data', pendengar: (potong: Uint8Array) => void): AliranJsZip;
  on(peristiwa: 'error', pendengar: (galat: Error) => void): AliranJsZip;
  on(peristiwa: 'end', pendengar: () => void): AliranJsZip;
  resume(): AliranJsZip;
}

type DenganAliran = { internalStream?: (jenis: 'uint8array') => AliranJsZip };

/** How `alirkan` reads an entry with the JSZip in use: chunk by chunk, or (without the stream API) whole. */
export function caraAlir(berkas: JSZip.JSZipObject): 'potongan' | 'utuh' {
  return typeof (berkas as unknown as DenganAliran).internalStream === 'function' ? 'potongan' : 'utuh';
}

/** Inflate a zip entry chunk by chunk into a parser (the whole XML text is never held at once). */
export function alirkan(berkas: JSZip.JSZipObject, parser: SaxesParser): Promise<void> {
  const dekoder = new TextDecoder('utf-8');
  if (caraAlir(berkas) === 'utuh')
    // a JSZip without the stream API: the part inflated at once, parsed the same way
    return berkas.async('uint8array').then((data) => {
      parser.write(dekoder.decode(data)).close();
    });
  const aliran = (berkas as unknown as Required<DenganAliran>).internalStream('uint8array');
  return new Promise((selesai, gagal) => {
    aliran
      .on('data', (potong: Uint8Array) => {
        try {
          parser.write(dekoder.decode(potong, { stream: true }));
        } catch (galat) {
          gagal(galat);
        }
      })
      .on('error', gagal)
      .on('end', () => {
        try {
          parser.write(dekoder.decode()).close();
          selesai();
        } catch (galat) {
          gagal(galat);
        }
      })
      .resume();
  });
}
