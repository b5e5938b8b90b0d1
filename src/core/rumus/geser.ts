/**
 * Shared formulas: Excel stores the text once, on the first cell of the range; every other cell of the
 * range holds the same formula with its relative references moved by the cell's offset.
 */
import { namaKolom } from '../grid';

const KANDIDAT = /('[^']*'!|[A-Za-z_][\w.]*!)?(\$?)([A-Za-z]{1,3})(\$?)([1-9][0-9]*)(?![\w(])/g;

function nomorKolom(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 26 + (s.charCodeAt(i) & 0x1f);
  return n - 1;
}

/** The master's formula as it reads in a cell `dr` rows and `dc` columns away. Quoted text is left alone. */
export function geserRumus(rumus: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return rumus;
  return rumus
    .split(/("(?:[^"]|"")*")/)
    .map((bagian, i) =>
      i % 2 === 1
        ? bagian
        : bagian.replace(
            KANDIDAT,
            (
              semua,
              lembar: string | undefined,
              dk: string,
              kol: string,
              db: string,
              brs: string,
              pos: number,
              teks: string,
            ) => {
              // part of a longer name (e.g. LOG10, TABLE1) rather than a reference
              if (pos > 0 && /[\w.$]/.test(teks[pos - 1]) && !lembar) return semua;
              const k = nomorKolom(kol.toUpperCase());
              if (k > 16383) return semua;
              const c = dk ? k : k + dc;
              const r = db ? Number(brs) : Number(brs) + dr;
              if (c < 0 || r < 1) return '#REF!';
              return `${lembar ?? ''}${dk}${namaKolom(c)}${db}${r}`;
            },
          ),
    )
    .join('');
}
