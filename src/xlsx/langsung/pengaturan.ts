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
export function pengaturanDariLembar(l: LembarGrid): string | null {
  const potong: string[] = [];
  for (const b of l.baris) {
    const v = b?.[0]?.v;
    if (typeof v === 'string') potong.push(v);
  }
  return potong.length ? potong.join('') : null;
}

/** The settings Excel stored for the add-in in the workbook's web extension parts, when there are any. */
export async function pengaturanDariEkstensi(zip: JSZip): Promise<string | null> {
  for (const f of zip.file(/^xl\/webextensions\/webextension\d*\.xml$/i)) {
    let nilai: string | null = null;
    const p = new SaxesParser();
    p.on('opentag', (node) => {
      const a = node.attributes as Record<string, string>;
      if (node.name.replace(/^.*:/, '') === 'property' && a.name === KUNCI_PENGATURAN && typeof a.value === 'string')
        nilai = a.value;
    });
    try {
      p.write(await f.async('string')).close();
    } catch {
      continue; // a damaged part of someone else's add-in is not ours to report
    }
    if (nilai === null) continue;
    try {
      // Office stores each setting JSON-encoded; ours is itself a JSON text
      const v: unknown = JSON.parse(nilai);
      return typeof v === 'string' ? v : JSON.stringify(v);
    } catch {
      return null;
    }
  }
  return null;
}
