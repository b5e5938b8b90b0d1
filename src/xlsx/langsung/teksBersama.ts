/** sharedStrings.xml -> the table of strings cells refer to by index (rich text runs joined, phonetic runs left out). */
import { SaxesParser } from 'saxes';
import { namaLokal } from './xml';

export function pembacaTeksBersama(): { parser: SaxesParser; hasil: string[] } {
  const hasil: string[] = [];
  let sekarang = '';
  let diT = false;
  let rph = 0;
  const p = new SaxesParser();
  p.on('opentag', (node) => {
    const n = namaLokal(node.name);
    if (n === 'si') sekarang = '';
    else if (n === 't') diT = rph === 0;
    else if (n === 'rPh') rph++;
  });
  p.on('text', (x) => {
    if (diT) sekarang += x;
  });
  p.on('closetag', (node) => {
    const n = namaLokal(node.name);
    if (n === 't') diT = false;
    else if (n === 'rPh') rph--;
    else if (n === 'si') hasil.push(sekarang);
  });
  return { parser: p, hasil };
}
