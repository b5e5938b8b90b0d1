/** "Sheet!A1" references as findings carry them ('Realisasi Anggaran'!B6, Efisiensi!H13), and grid look-ups. */
import type { Sel, WorkbookGrid } from '../core/grid';
import { parseAlamat } from '../core/grid';

export interface Rujukan {
  lembar: string;
  sel: string;
}

/**
 * A reference's sheet and the rest: "'Lembar ''dua'''!$B$4" → "Lembar 'dua'" and "$B$4" (the address follows
 * the last "!", which a quoted sheet name may hold too); no sheet → null.
 */
export function pisahLembar(ref: string): { lembar: string | null; sisa: string } {
  const indeks = ref.lastIndexOf('!');
  if (indeks < 0) return { lembar: null, sisa: ref };
  const mentah = ref.slice(0, indeks);
  const lembar = /^'.*'$/.test(mentah) ? mentah.slice(1, -1).replace(/''/g, "'") : mentah;
  return { lembar, sisa: ref.slice(indeks + 1) };
}

/** Split a reference; a bare address belongs to `lembarBawaan`. Null when it is not a cell reference. */
export function pisahRujukan(ref: string, lembarBawaan: string): Rujukan | null {
  const terpisah = pisahLembar(ref);
  const sel = terpisah.sisa.replace(/\$/g, '');
  try {
    parseAlamat(sel);
  } catch {
    return null;
  }
  return { lembar: terpisah.lembar ?? lembarBawaan, sel: sel.toUpperCase() };
}

/** The grid cell at a sheet and an A1 address, if the sheet and the cell exist. */
export function selDi(grid: WorkbookGrid, lembar: string, sel: string): Sel | null {
  const lembarGrid = grid.lembar.find((x) => x.nama === lembar);
  if (!lembarGrid) return null;
  const { r: baris, c: kolom } = parseAlamat(sel);
  return lembarGrid.baris[baris]?.[kolom] ?? null;
}
