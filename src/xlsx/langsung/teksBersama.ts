/** sharedStrings.xml -> the table of strings cells refer to by index (rich text runs joined, phonetic runs left out). */
import { SaxesParser } from 'saxes';
import { namaLokal } from './xml';

export function pembacaTeksBersama(): { parser: SaxesParser; hasil: string[] } {
  const hasil: string[] = [];
  let sekarang = '';
  let diT = false;
  let rph = 0;
  const parser = new SaxesParser();
  parser.on('opentag', (node) => {
    const nama = namaLokal(node.name);
    if (nama === 'si') sekarang = '';
    else if (nama === 't') diT = rph === 0;
    else if (nama === 'rPh') rph++;
  });
  parser.on('text', (teks) => {
    if (diT) sekarang += teks;
  });
  parser.on('closetag', (node) => {
    const nama = namaLokal(node.name);
    if (nama === 't') diT = false;
    else if (nama === 'rPh') rph--;
    else if (nama === 'si') hasil.push(sekarang);
  });
  return { parser, hasil };
}
