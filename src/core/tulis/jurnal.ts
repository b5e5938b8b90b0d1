/**
 * The undo journal: for every cell the add-in marks or writes, what was there before (value or formula,
 * fill, note, bold) and what the add-in wrote. Hosts keep it in the workbook itself (the very hidden sheet
 * `_sakip_jurnal`, one row per change, stored as text), so "Hapus tanda" restores the cells exactly even
 * after the workbook was saved and reopened, in whichever host opens it.
 *
 * Columns, the same for every host: 1 sheet, 2 cell, 3 kind (tanda / tulis), 4 what was there before
 * (`lama`), 5 what the add-in wrote (`baru`, empty in journals of older versions). The .xlsx hosts add a
 * sixth, the cell exactly as ExcelJS held it (src/xlsx/tandai.ts); older .xlsx copies kept that in the fifth.
 *
 * The replay rule (`putuskan`) walks a cell's entries from the newest back, part by part (value, fill,
 * note, bold): while the cell still shows what an entry wrote, step back to what was there before it;
 * where it shows something else, the user changed it, and the replay stops there and leaves it. So a
 * replay never overwrites the user's work, and replaying twice is the same as once.
 */
export { LEMBAR_JURNAL } from '../lembarSendiri';

/** The columns every host reads and writes. */
export const KOLOM_JURNAL = 5;
/** With the .xlsx hosts' sixth column (a cell's exact ExcelJS state). */
export const KOLOM_JURNAL_XLSX = 6;

export interface IsiSel {
  /** Value, when the cell held no formula. */
  v?: string | number | boolean | null;
  /** Formula text with its leading "=". */
  f?: string;
  /** The fill as the host describes it (ExcelJS fill object; Office.js {color, pattern}); null for none. */
  fill?: unknown;
  /** Note text, or null when the cell had none. */
  note?: string | null;
  /** Bold (recorded where a write makes a cell bold). */
  b?: boolean;
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

// ------------------------------------------------------------------------------------ the replay rule

/** A fill in the journal's terms (Office.js's): a colour and a pattern; no fill is null. */
export interface IsiJurnal {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

/** A cell's state as far as the add-in changes it. */
export interface KeadaanSel {
  v?: string | number | boolean | null;
  /** Formula text with its leading "=". */
  f?: string;
  /** null: no fill. */
  fill?: IsiJurnal | null;
  /** null: no note. */
  note?: string | null;
  /** Bold. */
  b?: boolean;
}

/** One journal row as the replay reads it. */
export interface EntriPulih {
  lembar: string;
  sel: string;
  jenis: 'tanda' | 'tulis';
  lama: KeadaanSel;
  /** What the add-in wrote; absent in journals of older versions. */
  baru?: KeadaanSel;
}

/** The parts of a cell the add-in changes, each restored on its own. */
export type Bagian = 'nilai' | 'fill' | 'note' | 'b';
const BAGIAN: readonly Bagian[] = ['nilai', 'fill', 'note', 'b'];

export function punya(keadaan: KeadaanSel, bagian: Bagian): boolean {
  if (bagian === 'nilai') return 'v' in keadaan || 'f' in keadaan;
  return bagian in keadaan;
}

/** The five journal columns of an entry. */
export function barisJurnal(entri: EntriPulih): string[] {
  const dasar: EntriJurnal = { lembar: entri.lembar, sel: entri.sel, jenis: entri.jenis, lama: entri.lama };
  return [...keBaris(dasar), entri.baru ? JSON.stringify(entri.baru) : ''];
}

/** A fill as any host recorded it (Office.js {color, pattern}, an ExcelJS fill) in the journal's terms. */
function isiDariLain(isi: unknown): IsiJurnal | null | undefined {
  if (isi === null || isi === undefined) return null;
  if (typeof isi !== 'object') return undefined;
  const o = isi as Record<string, unknown>;
  if (o.pattern === 'None') return null;
  if (typeof o.color === 'string' && typeof o.pattern === 'string') return o as unknown as IsiJurnal;
  if (o.type === 'pattern') {
    if (o.pattern === 'none') return null;
    const depan = o.fgColor as { argb?: string } | undefined;
    if (o.pattern === 'solid' && depan?.argb && /^[0-9A-F]{8}$/i.test(depan.argb))
      return { color: `#${depan.argb.slice(2).toUpperCase()}`, pattern: 'Solid' };
  }
  return undefined; // theme colours, gradients: not something Office.js can set back exactly
}

const KUNCI_KEADAAN = ['v', 'f', 'fill', 'note', 'b'] as const;

/** The state parts of a recorded object (other keys dropped, fills in the journal's terms); null for no object. */
export function keadaanDari(x: unknown): KeadaanSel | null {
  if (!x || typeof x !== 'object') return null;
  const o = x as Record<string, unknown>;
  const keadaan: KeadaanSel = {};
  for (const kunci of KUNCI_KEADAAN) if (kunci in o) (keadaan as Record<string, unknown>)[kunci] = o[kunci];
  if ('fill' in keadaan) {
    const isi = isiDariLain(keadaan.fill);
    if (isi === undefined) delete keadaan.fill;
    else keadaan.fill = isi;
  }
  return keadaan;
}

/**
 * The "baru" column: what the add-in wrote; undefined when empty, unreadable (the entry is then treated like
 * one of an older journal) or no state at all (an older .xlsx copy kept the cell's exact state there).
 */
export function baruDariTeks(teks: unknown): KeadaanSel | undefined {
  if (typeof teks !== 'string' || teks === '') return undefined;
  let data: unknown;
  try {
    data = JSON.parse(teks);
  } catch {
    return undefined;
  }
  const adaKeadaan = !!data && typeof data === 'object' && KUNCI_KEADAAN.some((kunci) => kunci in data);
  return adaKeadaan ? (keadaanDari(data) ?? undefined) : undefined;
}

/** A cell address a host can resolve ("B12"); a journal row naming anything else is not ours. */
export function alamatSelSah(sel: string): boolean {
  return /^[A-Z]{1,3}[1-9][0-9]{0,6}$/i.test(sel);
}

/**
 * Journal rows as a host read them. A sheet name Excel turned into a number or a boolean (journals written
 * before the journal was stored as text) is turned back into text; rows that are not journal rows, or name a
 * cell no host can resolve, are dropped (such an address would fail a whole restore batch in Excel).
 */
export function bacaBarisJurnal(rows: readonly unknown[][]): EntriPulih[] {
  const hasil: EntriPulih[] = [];
  for (const baris of rows) {
    const lembar = typeof baris[0] === 'number' || typeof baris[0] === 'boolean' ? String(baris[0]) : baris[0];
    const entri = dariBaris([lembar, baris[1], baris[2], baris[3]]);
    if (!entri || !alamatSelSah(entri.sel)) continue;
    const lama = keadaanDari(entri.lama);
    if (!lama) continue;
    const pulih: EntriPulih = { lembar: entri.lembar, sel: entri.sel.toUpperCase(), jenis: entri.jenis, lama };
    const baru = baruDariTeks(baris[4]);
    if (baru) pulih.baru = baru;
    hasil.push(pulih);
  }
  return hasil;
}

function rumusRapi(rumus: string): string {
  return rumus.replace(/\s+/g, '').replace(/[$']/g, '').toUpperCase();
}

function kosongNilai(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

export function samaBagian(bagian: Bagian, x: KeadaanSel, y: KeadaanSel): boolean {
  if (bagian === 'nilai') {
    if (x.f !== undefined || y.f !== undefined)
      return x.f !== undefined && y.f !== undefined && rumusRapi(x.f) === rumusRapi(y.f);
    if (kosongNilai(x.v) || kosongNilai(y.v)) return kosongNilai(x.v) && kosongNilai(y.v);
    return x.v === y.v;
  }
  if (bagian === 'fill') {
    const isiX = x.fill ?? null;
    const isiY = y.fill ?? null;
    if (!isiX || !isiY) return !isiX && !isiY;
    return isiX.color.toUpperCase() === isiY.color.toUpperCase() && isiX.pattern === isiY.pattern;
  }
  if (bagian === 'note') return (x.note ?? null) === (y.note ?? null);
  return !!x.b === !!y.b;
}

const WARNA: ReadonlySet<string> = new Set(Object.values(WARNA_TANDA).map((warna) => warna.toUpperCase()));

/** Whether `kini` shows what `entri` wrote for part `bagian`; for older journals, what marks look like. */
function menunjukkanBaru(entri: EntriPulih, bagian: Bagian, kini: KeadaanSel): boolean {
  if (entri.baru && punya(entri.baru, bagian)) return samaBagian(bagian, kini, entri.baru);
  if (entri.jenis !== 'tanda') return false;
  if (bagian === 'fill')
    return !!kini.fill && kini.fill.pattern === 'Solid' && WARNA.has(kini.fill.color.toUpperCase());
  if (bagian === 'note') return typeof kini.note === 'string' && kini.note.startsWith('[SAKIP ');
  return false;
}

export interface KeputusanSel {
  /** Parts to write back, with their values. */
  tulis: KeadaanSel;
  /** For each part in `tulis`, the entry (its index in the entries given) whose `lama` it is. */
  dari: Partial<Record<Bagian, number>>;
  /** Parts already as they were before the add-in. */
  sudah: Bagian[];
  /** Parts the user changed since the add-in wrote them: left alone. */
  diubah: Bagian[];
}

/** What to do with one cell, given its journal entries (oldest first) and what it holds now. */
export function putuskan(entri: readonly EntriPulih[], kini: KeadaanSel): KeputusanSel {
  const keputusan: KeputusanSel = { tulis: {}, dari: {}, sudah: [], diubah: [] };
  for (const bagian of BAGIAN) {
    const milik = entri.flatMap((e, indeks) => (punya(e.lama, bagian) ? [indeks] : []));
    if (milik.length === 0) continue;
    // already as it was before the add-in first touched it (a replay after a replay)
    if (samaBagian(bagian, kini, entri[milik[0]].lama)) {
      keputusan.sudah.push(bagian);
      continue;
    }
    let keadaan: KeadaanSel = kini;
    let asal = -1;
    let berhenti = false;
    for (let langkah = milik.length - 1; langkah >= 0; langkah--) {
      const e = entri[milik[langkah]];
      if (menunjukkanBaru(e, bagian, keadaan)) {
        keadaan = e.lama;
        asal = milik[langkah];
      } else if (samaBagian(bagian, keadaan, e.lama)) continue;
      else {
        berhenti = true;
        break;
      }
    }
    if (samaBagian(bagian, keadaan, kini)) {
      // stopped at the newest entry: the user changed this part after the add-in wrote it
      if (berhenti && keadaan === kini) keputusan.diubah.push(bagian);
      else keputusan.sudah.push(bagian);
      continue;
    }
    keputusan.dari[bagian] = asal;
    if (bagian === 'nilai') {
      if (keadaan.f !== undefined) keputusan.tulis.f = keadaan.f;
      else keputusan.tulis.v = keadaan.v ?? null;
    } else if (bagian === 'fill') keputusan.tulis.fill = keadaan.fill ?? null;
    else if (bagian === 'note') keputusan.tulis.note = keadaan.note ?? null;
    else keputusan.tulis.b = !!keadaan.b;
  }
  return keputusan;
}

/** Entries grouped per cell (sheet names compared as Excel does, ignoring case), oldest first. */
export function perSel<T extends { lembar: string; sel: string }>(entri: readonly T[]): Map<string, T[]> {
  const grup = new Map<string, T[]>();
  for (const e of entri) {
    const kunci = `${e.lembar.toLowerCase()}\u0000${e.sel}`;
    const ada = grup.get(kunci);
    if (ada) ada.push(e);
    else grup.set(kunci, [e]);
  }
  return grup;
}
