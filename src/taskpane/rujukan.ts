/** "Sheet!A1" references as findings carry them ('Realisasi Anggaran'!B6, Efisiensi!H13), and grid look-ups. */
import type { Sel, WorkbookGrid } from '../core/grid';
import { parseAlamat } from '../core/grid';

export interface Rujukan {
  lembar: string;
  sel: string;
}

/** Split a reference; a bare address belongs to `lembarBawaan`. Null when it is not a cell reference. */
export function pisahRujukan(ref: string, lembarBawaan: string): Rujukan | null {
  const indeks = ref.lastIndexOf('!');
  const lembarMentah = indeks < 0 ? null : ref.slice(0, indeks);
  const sel = (indeks < 0 ? ref : ref.slice(indeks + 1)).replace(/\$/g, '');
  try {
    parseAlamat(sel);
  } catch {
    return null;
  }
  const lembar =
    lembarMentah === null
      ? lembarBawaan
      : /^'.*'$/.test(lembarMentah)
        ? lembarMentah.slice(1, -1).replace(/''/g, "'")
        : lembarMentah;
  return { lembar, sel: sel.toUpperCase() };
}

/** The grid cell at a sheet and an A1 address, if the sheet and the cell exist. */
export function selDi(grid: WorkbookGrid, lembar: string, sel: string): Sel | null {
  const lembarGrid = grid.lembar.find((x) => x.nama === lembar);
  if (!lembarGrid) return null;
  const { r: baris, c: kolom } = parseAlamat(sel);
  return lembarGrid.baris[baris]?.[kolom] ?? null;
}
