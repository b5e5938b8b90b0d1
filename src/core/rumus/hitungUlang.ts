/**
 * A workbook saved without calculated formula results (XlsxWriter writes 0, openpyxl nothing, both ask Excel to
 * `fullCalcOnLoad`): its cached values are placeholders, and checking them would flag every formula cell. The
 * formulas are evaluated here instead (fast-formula-parser, as Excel would compute them), so the figures are
 * what the workbook shows once Excel opens it. A formula that cannot be evaluated (an unknown function,
 * SUBTOTAL, a circular reference) is left without a value: its cell reads as empty and is not checked.
 *
 * Order: cells are evaluated sheet by sheet, row by row, in passes until nothing changes; a parent row usually
 * refers to rows below it, so the number of passes is about the depth of the hierarchy. Cells that still
 * change after {@link PUTARAN_MAKS} passes (a cycle) are left empty.
 */
import type { LembarGrid, NilaiSel, Sel, WorkbookGrid } from '../grid';
import { HasilRumus, PenghitungRumus } from './hitung';

export const PUTARAN_MAKS = 24;

interface SelRumus {
  lembar: string;
  r: number;
  c: number;
  sel: Sel;
}

function keNilai(h: HasilRumus | null): { v: NilaiSel; galat?: string } | null {
  if (!h) return null;
  if ('angka' in h) return { v: h.angka };
  if ('teks' in h) return { v: h.teks };
  if ('logika' in h) return { v: h.logika };
  if ('galat' in h) return { v: null, galat: h.galat };
  return { v: null };
}

function sama(a: Sel, b: { v: NilaiSel; galat?: string }): boolean {
  return a.v === b.v && (a.galat ?? '') === (b.galat ?? '');
}

/** A copy of the grid whose formula cells hold what their formulas give (rows and cells copied only where written). */
export function hitungUlang(grid: WorkbookGrid): WorkbookGrid {
  const lembar: LembarGrid[] = grid.lembar.map((l) => ({ ...l, baris: l.baris.slice() }));
  const rumus: SelRumus[] = [];
  for (const l of lembar) {
    for (let r = 0; r < l.baris.length; r++) {
      const b = l.baris[r];
      if (!b || !b.some((s) => s?.f)) continue;
      const salin = b.slice();
      l.baris[r] = salin;
      for (let c = 0; c < salin.length; c++) {
        const s = salin[c];
        if (!s?.f) continue;
        // no value yet: a placeholder would feed the formulas that refer to it
        const baru: Sel = { ...s, v: null };
        delete baru.galat;
        salin[c] = baru;
        rumus.push({ lembar: l.nama, r, c, sel: baru });
      }
    }
  }
  const hasil: WorkbookGrid = { ...grid, lembar };
  if (!rumus.length) return hasil;
  const hitung = new PenghitungRumus(hasil);
  const tetap = new Set<SelRumus>();
  let berubah = true;
  for (let putaran = 0; berubah && putaran < PUTARAN_MAKS; putaran++) {
    berubah = false;
    for (const x of rumus) {
      const n = keNilai(hitung.hitung(x.lembar, x.r, x.c, x.sel.f!));
      if (!n) continue;
      if (sama(x.sel, n)) {
        tetap.add(x);
        continue;
      }
      berubah = true;
      tetap.delete(x);
      x.sel.v = n.v;
      if (n.galat) x.sel.galat = n.galat;
      else delete x.sel.galat;
    }
  }
  if (berubah)
    for (const x of rumus)
      if (!tetap.has(x)) {
        x.sel.v = null;
        delete x.sel.galat;
      }
  return hasil;
}
