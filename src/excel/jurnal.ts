/**
 * The Excel host's undo journal and the rule that replays it. Each row of the very hidden sheet
 * `_sakip_jurnal` is one change the add-in made to one cell: sheet, cell, kind, what was there before and
 * what the add-in wrote (columns 1–4 are the shared format of core/tulis/jurnal.ts; column 5, "baru", is
 * what lets a replay tell the add-in's own marks from what the user typed since).
 *
 * Replaying walks a cell's entries from the newest back, part by part (value, fill, note, bold): while the
 * cell still shows what an entry wrote, step back to what was there before it; where it shows something
 * else, the user changed it, and the replay stops there and leaves it. So a replay never overwrites the
 * user's work, and replaying twice is the same as once.
 */
import { EntriJurnal, WARNA_TANDA, dariBaris, keBaris } from '../core/tulis/jurnal';

export { LEMBAR_JURNAL } from '../core/lembarSendiri';

export interface IsiExcel {
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
  fill?: IsiExcel | null;
  /** null: no note. */
  note?: string | null;
  /** Bold. */
  b?: boolean;
}

export interface EntriExcel {
  lembar: string;
  sel: string;
  jenis: 'tanda' | 'tulis';
  lama: KeadaanSel;
  /** What the add-in wrote; absent in journals of older versions and of the .xlsx hosts. */
  baru?: KeadaanSel;
}

export type Bagian = 'nilai' | 'fill' | 'note' | 'b';
const BAGIAN: readonly Bagian[] = ['nilai', 'fill', 'note', 'b'];

export function punya(k: KeadaanSel, b: Bagian): boolean {
  if (b === 'nilai') return 'v' in k || 'f' in k;
  return b in k;
}

export function barisJurnal(e: EntriExcel): string[] {
  const dasar: EntriJurnal = { lembar: e.lembar, sel: e.sel, jenis: e.jenis, lama: e.lama };
  return [...keBaris(dasar), e.baru ? JSON.stringify(e.baru) : ''];
}

/** An ExcelJS fill (journals written by the browser demo or the CLI's copy) in Office.js terms. */
function isiDariLain(f: unknown): IsiExcel | null | undefined {
  if (f === null || f === undefined) return null;
  if (typeof f !== 'object') return undefined;
  const o = f as Record<string, unknown>;
  if (typeof o.color === 'string' && typeof o.pattern === 'string')
    return o.pattern === 'None' ? null : (o as unknown as IsiExcel);
  if (o.type === 'pattern') {
    if (o.pattern === 'none') return null;
    const fg = o.fgColor as { argb?: string } | undefined;
    if (o.pattern === 'solid' && fg?.argb && /^[0-9A-F]{8}$/i.test(fg.argb))
      return { color: `#${fg.argb.slice(2).toUpperCase()}`, pattern: 'Solid' };
  }
  return undefined; // theme colours, gradients: not something Office.js can set back exactly
}

function keadaan(x: unknown): KeadaanSel | null {
  if (!x || typeof x !== 'object') return null;
  const o = { ...(x as KeadaanSel) };
  if ('fill' in o) {
    const f = isiDariLain(o.fill);
    if (f === undefined) delete o.fill;
    else o.fill = f;
  }
  return o;
}

/**
 * Journal rows as Excel returns them. A sheet name Excel turned into a number or a boolean (journals written
 * before the journal was stored as text) is turned back into text; rows that are not journal rows are dropped.
 */
export function bacaBarisJurnal(rows: readonly unknown[][]): EntriExcel[] {
  const out: EntriExcel[] = [];
  for (const r of rows) {
    const lembar = typeof r[0] === 'number' || typeof r[0] === 'boolean' ? String(r[0]) : r[0];
    const e = dariBaris([lembar, r[1], r[2], r[3]]);
    // a cell address Excel could not resolve would fail the whole restore batch: such a row is not ours
    if (!e || !/^[A-Z]{1,3}[1-9][0-9]{0,6}$/i.test(e.sel)) continue;
    const lama = keadaan(e.lama);
    if (!lama) continue;
    const x: EntriExcel = { lembar: e.lembar, sel: e.sel.toUpperCase(), jenis: e.jenis, lama };
    if (typeof r[4] === 'string' && r[4] !== '') {
      try {
        const b = keadaan(JSON.parse(r[4]));
        if (b) x.baru = b;
      } catch {
        // an unreadable "baru": the entry is treated like one of an older journal
      }
    }
    out.push(x);
  }
  return out;
}

// ------------------------------------------------------------------------------------------ comparing states

function rumusRapi(f: string): string {
  return f.replace(/\s+/g, '').replace(/[$']/g, '').toUpperCase();
}

function kosongNilai(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

export function samaBagian(b: Bagian, x: KeadaanSel, y: KeadaanSel): boolean {
  if (b === 'nilai') {
    if (x.f !== undefined || y.f !== undefined)
      return x.f !== undefined && y.f !== undefined && rumusRapi(x.f) === rumusRapi(y.f);
    if (kosongNilai(x.v) || kosongNilai(y.v)) return kosongNilai(x.v) && kosongNilai(y.v);
    return x.v === y.v;
  }
  if (b === 'fill') {
    const p = x.fill ?? null;
    const q = y.fill ?? null;
    if (!p || !q) return !p && !q;
    return p.color.toUpperCase() === q.color.toUpperCase() && p.pattern === q.pattern;
  }
  if (b === 'note') return (x.note ?? null) === (y.note ?? null);
  return !!x.b === !!y.b;
}

const WARNA = new Set(Object.values(WARNA_TANDA).map((w) => w.toUpperCase()));

/** Whether `kini` shows what entry `e` wrote for part `b`; for older journals, what marks look like. */
function menunjukkanBaru(e: EntriExcel, b: Bagian, kini: KeadaanSel): boolean {
  if (e.baru && punya(e.baru, b)) return samaBagian(b, kini, e.baru);
  if (e.jenis !== 'tanda') return false;
  if (b === 'fill') return !!kini.fill && kini.fill.pattern === 'Solid' && WARNA.has(kini.fill.color.toUpperCase());
  if (b === 'note') return typeof kini.note === 'string' && kini.note.startsWith('[SAKIP ');
  return false;
}

export interface KeputusanSel {
  /** Parts to write back, with their values. */
  tulis: KeadaanSel;
  /** Parts already as they were before the add-in. */
  sudah: Bagian[];
  /** Parts the user changed since the add-in wrote them: left alone. */
  diubah: Bagian[];
}

/** What to do with one cell, given its journal entries (oldest first) and what it holds now. */
export function putuskan(entri: readonly EntriExcel[], kini: KeadaanSel): KeputusanSel {
  const out: KeputusanSel = { tulis: {}, sudah: [], diubah: [] };
  for (const b of BAGIAN) {
    const milik = entri.filter((e) => punya(e.lama, b));
    if (milik.length === 0) continue;
    // already as it was before the add-in first touched it (a replay after a replay)
    if (samaBagian(b, kini, milik[0].lama)) {
      out.sudah.push(b);
      continue;
    }
    let keadaanNya: KeadaanSel = kini;
    let berhenti = false;
    for (let i = milik.length - 1; i >= 0; i--) {
      const e = milik[i];
      if (menunjukkanBaru(e, b, keadaanNya)) keadaanNya = e.lama;
      else if (samaBagian(b, keadaanNya, e.lama)) continue;
      else {
        berhenti = true;
        break;
      }
    }
    if (samaBagian(b, keadaanNya, kini)) {
      // stopped at the newest entry: the user changed this part after the add-in wrote it
      if (berhenti && keadaanNya === kini) out.diubah.push(b);
      else out.sudah.push(b);
      continue;
    }
    if (b === 'nilai') {
      if (keadaanNya.f !== undefined) out.tulis.f = keadaanNya.f;
      else out.tulis.v = keadaanNya.v ?? null;
    } else if (b === 'fill') out.tulis.fill = keadaanNya.fill ?? null;
    else if (b === 'note') out.tulis.note = keadaanNya.note ?? null;
    else out.tulis.b = !!keadaanNya.b;
  }
  return out;
}

/** Entries grouped per cell (sheet names compared as Excel does, ignoring case), oldest first. */
export function perSel(entri: readonly EntriExcel[]): Map<string, EntriExcel[]> {
  const m = new Map<string, EntriExcel[]>();
  for (const e of entri) {
    const k = `${e.lembar.toLowerCase()}\u0000${e.sel}`;
    const ada = m.get(k);
    if (ada) ada.push(e);
    else m.set(k, [e]);
  }
  return m;
}
