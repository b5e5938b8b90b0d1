/**
 * What the pane says when something fails: the host's own message when it is meant for a person (the
 * readers' "Workbook rusak atau terpotong …", settings that did not save), a plain sentence for Office.js
 * error codes, and never a JavaScript engine's or a library's text ("Cannot set properties of undefined"):
 * those get a general message, with the details in the console for a developer.
 */
import type { Teks } from './teks';

const GALAT_MESIN = new Set([
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'EvalError',
  'URIError',
  'InternalError',
]);

/** Text that comes from code, not from a person: stack frames, property access, library internals. */
const TEKS_MESIN =
  /\b(undefined|null|is not a function|Cannot (read|set)|properties of|unexpected|Corrupted|signature|offset|stack|JSON|\\x[0-9a-f]{2})\b/i;

export function pesanGalat(galat: unknown, katalog: Teks): string {
  const kode = (galat as { code?: unknown } | null)?.code;
  if (typeof kode === 'string' && katalog.galatOffice[kode]) return katalog.galatOffice[kode];
  if (!(galat instanceof Error) && typeof galat !== 'string') return katalog.galatTakTerduga;
  const nama = galat instanceof Error ? galat.name : 'Error';
  let pesan = galat instanceof Error ? galat.message : galat;
  if (GALAT_MESIN.has(nama) || !pesan.trim()) {
    console.error(galat);
    return katalog.galatTakTerduga;
  }
  // a reader's sentence with the library's reason appended in parentheses: keep the sentence
  const kurung = /\s*\(([^()]|\([^()]*\))*\)\.?$/.exec(pesan);
  if (kurung && TEKS_MESIN.test(kurung[0])) {
    console.error(galat);
    pesan = pesan.slice(0, kurung.index).trimEnd() + '.';
  }
  if (TEKS_MESIN.test(pesan)) {
    console.error(galat);
    return katalog.galatTakTerduga;
  }
  return pesan;
}
