/**
 * Cells of a table column as numbers (DOMAIN.md number forms), parsed with the column's separator system
 * and cached per column. The reader (which readings explain the figures) and the rules (which figures
 * disagree) share one instance, so every cell is parsed once.
 */
import type { LembarGrid, Sel } from '../grid';
import type { Kolom } from '../model';
import { PERAN_UANG } from '../model';
import { Angka, CacheFormat, dariAngka, parseTeks } from '../angka';

function uang(k: Pick<Kolom, 'nilai' | 'peran'>): boolean {
  return k.nilai === 'uang' || (k.nilai === undefined && PERAN_UANG.has(k.peran));
}

/** Money is never scaled by a stray percent format (a pagu formatted 0% is still rupiah). */
function formatUntuk(fmt: string | undefined, k: Pick<Kolom, 'nilai' | 'peran'>): string | undefined {
  if (!fmt || !fmt.includes('%')) return fmt;
  return uang(k) ? fmt.replace(/%/g, '') : fmt;
}

/** A cell of a column as a number; `format` is the reading's cache of number formats. */
export function bacaAngka(
  s: Sel | null | undefined,
  k: Pick<Kolom, 'sistem' | 'nilai' | 'peran'>,
  format?: CacheFormat,
): Angka {
  if (!s) return parseTeks('');
  if (s.galat) return { status: 'galat', nilai: null, desimal: null, persen: false, catatan: [s.galat] };
  if (typeof s.v === 'number') return dariAngka(s.v, formatUntuk(s.fmt, k), format);
  if (typeof s.v === 'string') {
    const a = parseTeks(s.v, k.sistem ?? null);
    // rupiah have at most two decimals: "1.234" or "1,234" in a money column is one thousand two hundred
    if (a.status === 'ambigu' && uang(k)) return parseTeks(s.v, s.v.includes('.') ? 'id' : 'us');
    return a;
  }
  return parseTeks('');
}

export class NilaiSel {
  /** Parsed cells per column object, indexed by row − r1 (a packed array, filled up front). */
  private readonly cache = new Map<Kolom, (Angka | undefined)[]>();

  constructor(
    private readonly l: LembarGrid,
    private readonly r1: number,
    private readonly r2: number,
    /** The sheet reading's number formats (`BacaLembar.format`). */
    private readonly format: CacheFormat,
  ) {}

  angka(r: number, k: Kolom): Angka {
    let kolom = this.cache.get(k);
    if (!kolom) {
      kolom = [];
      for (let i = this.r1; i <= this.r2; i++) kolom.push(undefined);
      this.cache.set(k, kolom);
    }
    const i = r - this.r1;
    const ada = kolom[i];
    if (ada) return ada;
    const a = bacaAngka(this.l.baris[r]?.[k.c], k, this.format);
    // whole numbers are re-read on demand: keeping millions of them would make every GC walk them
    if (a.bulat === undefined && i >= 0 && i < kolom.length) kolom[i] = a;
    return a;
  }
}
