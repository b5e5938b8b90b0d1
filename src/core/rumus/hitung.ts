/**
 * Evaluating a workbook formula on the workbook's own cached values, with fast-formula-parser (MIT), the way
 * Excel computes it (binary doubles: what the cell would show after a recalculation). Used to tell whether
 * a cached result is what its formula gives, and what a corrected formula or a neighbour's formula would give.
 * The engine's own domain arithmetic (sums, capaian, penyerapan) stays in decimal.js.
 *
 * Text that reads as a number ("0,00", "1.234.567") counts as that number, as Excel coerces it in the
 * locale the workbook was written in. SUBTOTAL is not evaluated here (it depends on row visibility: see
 * subtotal.ts).
 */
import FormulaParser from 'fast-formula-parser';
import type { LembarGrid, WorkbookGrid } from '../grid';
import { parseTeks } from '../angka';

export type HasilRumus =
  { angka: number } | { teks: string } | { logika: boolean } | { galat: string } | { kosong: true };

/** A value the caller puts in place of a cell's cached value (what-if: a corrected operand). */
export type GantiSel = (lembar: string, r: number, c: number) => number | null | undefined;

interface NilaiError {
  error?: string;
  _error?: string;
}

export class PenghitungRumus {
  private readonly lembar = new Map<string, LembarGrid>();
  private ganti: GantiSel | undefined;
  private readonly parser: FormulaParser;

  constructor(grid: WorkbookGrid) {
    for (const l of grid.lembar) this.lembar.set(l.nama, l);
    this.parser = new FormulaParser({
      onCell: ({ sheet, row, col }) => this.nilai(sheet, row - 1, col - 1),
      onRange: ({ sheet, from, to }) => {
        const out: unknown[][] = [];
        const l = this.lembar.get(sheet);
        const r2 = Math.min(to.row - 1, (l?.baris.length ?? 0) - 1);
        for (let r = from.row - 1; r <= r2; r++) {
          const baris: unknown[] = [];
          for (let c = from.col - 1; c <= to.col - 1; c++) baris.push(this.nilai(sheet, r, c));
          out.push(baris);
        }
        return out.length ? out : [[null]];
      },
    });
  }

  private nilai(lembar: string, r: number, c: number): unknown {
    const g = this.ganti?.(lembar, r, c);
    if (g !== undefined) return g;
    const s = this.lembar.get(lembar)?.baris[r]?.[c];
    if (!s) return null;
    if (s.galat) return new FormulaParser.FormulaError(s.galat);
    if (typeof s.v === 'string') {
      const a = parseTeks(s.v);
      if ((a.status === 'teks-angka' || a.status === 'strip') && a.nilai) return a.nilai.toNumber();
    }
    return s.v;
  }

  /** The formula `teks` (no leading "=") evaluated as if it stood in (r, c) of `lembar`; null when it cannot be. */
  hitung(lembar: string, r: number, c: number, teks: string, ganti?: GantiSel): HasilRumus | null {
    if (/\bSUBTOTAL\s*\(/i.test(teks)) return null;
    this.ganti = ganti;
    try {
      const v = this.parser.parse(teks, { sheet: lembar, row: r + 1, col: c + 1 });
      return keHasil(v);
    } catch {
      return null;
    } finally {
      this.ganti = undefined;
    }
  }
}

function keHasil(v: unknown): HasilRumus | null {
  if (v === null || v === undefined) return { kosong: true };
  if (typeof v === 'number') return Number.isFinite(v) ? { angka: v } : { galat: '#NUM!' };
  if (typeof v === 'string') return { teks: v };
  if (typeof v === 'boolean') return { logika: v };
  if (Array.isArray(v)) return keHasil((v as unknown[][])[0]?.[0] ?? null);
  if (typeof v === 'object') {
    const e = v as NilaiError;
    const kode = e.error ?? e._error;
    if (typeof kode === 'string') return { galat: kode };
  }
  return null;
}
