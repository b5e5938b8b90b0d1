/**
 * The undo journal: for every cell the add-in marks or writes, what was there before (value or formula,
 * fill, note). Hosts keep it in the workbook itself (a very hidden sheet), so "Hapus tanda" restores the
 * cells exactly even after the workbook was saved and reopened.
 */
export { LEMBAR_JURNAL } from '../lembarSendiri';

export interface IsiSel {
  /** Value, when the cell held no formula. */
  v?: string | number | boolean | null;
  /** Formula text with its leading "=". */
  f?: string;
  /** The fill as the host describes it (ExcelJS fill object; Office.js {color, pattern}); null for none. */
  fill?: unknown;
  /** Note text, or null when the cell had none. */
  note?: string | null;
}

export interface EntriJurnal {
  lembar: string;
  sel: string;
  jenis: 'tanda' | 'tulis';
  lama: IsiSel;
}

export function keBaris(e: EntriJurnal): [string, string, string, string] {
  return [e.lembar, e.sel, e.jenis, JSON.stringify(e.lama)];
}

export function dariBaris(r: unknown[]): EntriJurnal | null {
  const [lembar, sel, jenis, lama] = r;
  if (
    typeof lembar !== 'string' ||
    typeof sel !== 'string' ||
    (jenis !== 'tanda' && jenis !== 'tulis') ||
    typeof lama !== 'string'
  )
    return null;
  try {
    const o = JSON.parse(lama) as IsiSel;
    return { lembar, sel, jenis, lama: o };
  } catch {
    return null;
  }
}

/** The first entry per cell is the original state; later ones are states the add-in itself made. */
export function asliPerSel(entri: EntriJurnal[]): EntriJurnal[] {
  const m = new Map<string, EntriJurnal>();
  for (const e of entri) {
    const k = `${e.lembar}\u0000${e.sel}`;
    const ada = m.get(k);
    if (!ada) m.set(k, { ...e, lama: { ...e.lama } });
    else {
      // a cell first marked then written (or the reverse): keep the oldest of each part
      for (const key of ['v', 'f', 'fill', 'note'] as const)
        if (!(key in ada.lama) && key in e.lama) (ada.lama as Record<string, unknown>)[key] = e.lama[key];
    }
  }
  return [...m.values()];
}

export const WARNA_TANDA: Record<'error' | 'warning' | 'info', string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};
