/**
 * The add-in's settings stored in a workbook, as text (core/pengaturan.ts validates them): the demo and the
 * CLI keep them on the very hidden `_sakip_pengaturan` sheet (column A, split in pieces under Excel's 32 767
 * characters per cell); Excel keeps them in the document settings of the add-in's web extension part
 * (`xl/webextensions/webextension*.xml`, `<we:property name="sakip.pengaturan" value="…"/>`, the value itself
 * JSON-encoded).
 */
import type JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import type { LembarGrid } from '../../core/grid';
import { KUNCI_PENGATURAN } from '../../core/lembarSendiri';

/** Column A of the settings sheet, top to bottom, joined. */
export function pengaturanDariLembar(lembar: LembarGrid): string | null {
  const potong: string[] = [];
  for (const baris of lembar.baris) {
    const nilai = baris?.[0]?.v;
    if (typeof nilai === 'string') potong.push(nilai);
  }
  return potong.length ? potong.join('') : null;
}

/** The settings Excel stored for the add-in in the workbook's web extension parts, when there are any. */
export async function pengaturanDariEkstensi(zip: JSZip): Promise<string | null> {
  for (const bagian of zip.file(/^xl\/webextensions\/webextension\d*\.xml$/i)) {
    let nilai: string | null = null;
    const parser = new SaxesParser();
    parser.on('opentag', (node) => {
      const atribut = node.attributes as Record<string, string>;
      if (
        node.name.replace(/^.*:/, '') === 'property' &&
        atribut.name === KUNCI_PENGATURAN &&
        typeof atribut.value === 'string'
      )
        nilai = atribut.value;
    });
    try {
      parser.write(await bagian.async('string')).close();
    } catch {
      continue; // a damaged part of someone else's add-in is not ours to report
    }
    if (nilai === null) continue;
    try {
      // Office stores each setting JSON-encoded; ours is itself a JSON text
      const data: unknown = JSON.parse(nilai);
      return typeof data === 'string' ? data : JSON.stringify(data);
    } catch {
      return null;
    }
  }
  return null;
}
