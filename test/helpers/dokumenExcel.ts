/**
 * The document side of Excel as the tests model it: sheets, cells, fills, fonts, notes, merged areas,
 * hidden rows, autofilters, visibility, charts, and the rules Excel documents for changing them. Two
 * front ends drive this one model: the hand-written proxy fake (excelPalsu.ts) and the RichApi server
 * behind the real office.js client (officeAsli.ts), so a scenario that passes on one and not the other
 * points at a front end, never at two diverging pictures of Excel.
 *
 * Rules enforced here (each is Excel's documented behaviour):
 * - a VeryHidden sheet cannot be deleted (InvalidOperation; Worksheet.delete in the API reference), the
 *   last visible sheet can be neither hidden nor deleted;
 * - sheet names are unique case-insensitively; look-ups by name ignore case;
 * - a string written through `values`/`formulas` is parsed as if typed: "=..." is a formula, numbers,
 *   percentages, TRUE/FALSE, error literals and dates become typed values; a leading apostrophe keeps the
 *   rest as text; a cell formatted "@" keeps the string as typed; null leaves the cell unchanged;
 * - a 2-D array must match the range's shape (InvalidArgument);
 * - dates are serial numbers (1900 system) shown through a date number format.
 */
import { alamat, parseAlamat, parseRentang, Rentang } from '../../src/core/grid';

export interface IsiPalsu {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface SelPalsu {
  value?: number | string | boolean;
  formula?: string;
  numberFormat?: string;
  fill?: IsiPalsu;
  bold?: boolean;
  indent?: number;
  error?: string;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
  /** Text entered behind an apostrophe (Excel's quote prefix). */
  kutip?: boolean;
}

export class GalatOffice extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

let idBerikut = 1;

export class LembarPalsu {
  readonly id = `{${String(idBerikut++).padStart(8, '0')}-0001-0000-0000-000000000000}`;
  cells = new Map<string, SelPalsu>();
  merges: Rentang[] = [];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  notes = new Map<string, string>();
  frozenRows = 0;
  barisTersembunyi = new Set<number>();
  autoFilter: Rentang | null = null;
  charts: { type: string; source: string; seriesBy: string; title?: string; legend?: boolean; posisi?: string }[] = [];
  constructor(public name: string) {}
  sel(r: number, c: number): SelPalsu {
    const k = `${r},${c}`;
    let s = this.cells.get(k);
    if (!s) {
      s = {};
      this.cells.set(k, s);
    }
    return s;
  }
  lihat(a: string): SelPalsu | undefined {
    const { r, c } = parseAlamat(a);
    return this.cells.get(`${r},${c}`);
  }
  /** Excel's used range: every cell with a value (valuesOnly) or also any formatting or note. */
  used(hanyaNilai = false): Rentang | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    const ikut = (r: number, c: number) => {
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    };
    for (const [k, s] of this.cells) {
      const nilai = s.value !== undefined || s.formula !== undefined || s.error !== undefined;
      const format = !!s.fill || !!s.bold || !!s.indent || (s.numberFormat ?? 'General') !== 'General';
      if (!nilai && (hanyaNilai || !format)) continue;
      const [r, c] = k.split(',').map(Number);
      ikut(r, c);
    }
    if (!hanyaNilai)
      for (const a of this.notes.keys()) {
        const { r, c } = parseAlamat(a);
        ikut(r, c);
      }
    return r2 < 0 ? null : { r1, c1, r2, c2 };
  }
}

export class WorkbookPalsu {
  sheets: LembarPalsu[] = [];
  active = '';
  selected = '';
  lembar(nama: string): LembarPalsu | undefined {
    const n = nama.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }
  tambah(nama: string): LembarPalsu {
    const l = new LembarPalsu(nama);
    this.sheets.push(l);
    return l;
  }
  /** Add a sheet the way Worksheets.add does: names are checked and unique. */
  tambahLembar(nama: string): LembarPalsu {
    if (!nama || nama.length > 31 || /[:\\/?*[\]]/.test(nama) || /^'|'$/.test(nama))
      throw new GalatOffice('InvalidArgument', `The sheet name "${nama}" is not valid.`);
    if (this.lembar(nama)) throw new GalatOffice('ItemAlreadyExists', `A sheet named "${nama}" already exists.`);
    return this.tambah(nama);
  }
  /**
   * The selection as Workbook.getSelectedRange gives it: one range on its sheet (A1 of the active sheet
   * when nothing was selected). Several areas selected at once ("S!A1:B2, S!D4") refuse it, as Excel does.
   */
  pilihan(): { lembar: LembarPalsu; rentang: Rentang } {
    if (!this.selected) {
      const l = this.lembar(this.active) ?? this.terlihat()[0];
      if (!l) throw new GalatOffice('ItemNotFound', 'The workbook has no visible worksheet.');
      return { lembar: l, rentang: { r1: 0, c1: 0, r2: 0, c2: 0 } };
    }
    if (this.selected.includes(','))
      throw new GalatOffice('InvalidSelection', 'The current selection is invalid for this operation.');
    const i = this.selected.lastIndexOf('!');
    const l = this.lembar(this.selected.slice(0, i));
    if (!l) throw new GalatOffice('ItemNotFound', `The selected sheet no longer exists.`);
    return { lembar: l, rentang: parseRentang(this.selected.slice(i + 1).replace(/\$/g, '')) };
  }
  terlihat(): LembarPalsu[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }
  aturVisibilitas(l: LembarPalsu, v: string): void {
    if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden')
      throw new GalatOffice('InvalidArgument', `Unknown visibility ${v}`);
    if (v !== 'Visible' && l.visibility === 'Visible' && this.terlihat().length === 1)
      throw new GalatOffice('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    l.visibility = v;
  }
  hapusLembar(l: LembarPalsu): void {
    if (!this.sheets.includes(l)) throw new GalatOffice('ItemNotFound', `The sheet ${l.name} does not exist.`);
    if (l.visibility === 'VeryHidden')
      throw new GalatOffice(
        'InvalidOperation',
        'This operation is not permitted for the current object: a very hidden worksheet cannot be deleted.',
      );
    if (l.visibility === 'Visible' && this.terlihat().length === 1)
      throw new GalatOffice('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    this.sheets = this.sheets.filter((s) => s !== l);
    if (this.active === l.name) this.active = this.terlihat()[0]?.name ?? '';
  }
}

// ------------------------------------------------------------------------------- what Excel does to input

const GALAT = new Set(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!']);

/** Days since 1899-12-30 (Excel's 1900 system, past the 1900 leap-year bug). */
export function serialTanggal(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** A string as Excel stores it when it is typed into a cell (en-US parsing). */
export function urai(s: string, sel: SelPalsu): void {
  delete sel.formula;
  delete sel.error;
  delete sel.kutip;
  if (sel.numberFormat === '@') {
    if (s.startsWith("'")) {
      sel.value = s.slice(1);
      sel.kutip = true;
    } else sel.value = s === '' ? undefined : s;
    return;
  }
  if (s === '') {
    sel.value = undefined;
    return;
  }
  if (s.startsWith("'")) {
    sel.value = s.slice(1);
    sel.kutip = true;
    return;
  }
  if (s.startsWith('=') && s.length > 1) {
    sel.formula = s.slice(1);
    sel.value = undefined;
    return;
  }
  const t = s.trim();
  const angka = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
  if (t !== '' && /\d/.test(t) && angka.test(t)) {
    sel.value = Number(t.replace(/,/g, ''));
    return;
  }
  const persen = /^([+-]?\d+(\.\d+)?)\s*%$/.exec(t);
  if (persen) {
    sel.value = Number(persen[1]) / 100;
    if (!sel.numberFormat || sel.numberFormat === 'General') sel.numberFormat = '0%';
    return;
  }
  if (/^(true|false)$/i.test(t)) {
    sel.value = /^true$/i.test(t);
    return;
  }
  if (GALAT.has(t.toUpperCase())) {
    sel.value = undefined;
    sel.error = t.toUpperCase();
    return;
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t) ?? null;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (iso || us) {
    const [y, m, d] = iso ? [+iso[1], +iso[2], +iso[3]] : [+us![3], +us![1], +us![2]];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      sel.value = serialTanggal(y, m, d);
      if (!sel.numberFormat || sel.numberFormat === 'General') sel.numberFormat = 'm/d/yyyy';
      return;
    }
  }
  if (/^[+@-]/.test(t) && t.length > 1) {
    // "+A1", "-B2", "@SUM(A1)": Excel takes these as formulas too
    sel.formula = t.replace(/^@/, '').replace(/^\+/, '');
    sel.value = undefined;
    return;
  }
  sel.value = s;
}

/** One entry of a `values` / `formulas` array written into a cell. */
export function tulisMasukan(sel: SelPalsu, x: unknown): void {
  if (x === null || x === undefined) return; // Excel leaves the cell unchanged
  if (typeof x === 'string') urai(x, sel);
  else if (typeof x === 'number' || typeof x === 'boolean') {
    delete sel.formula;
    delete sel.error;
    delete sel.kutip;
    sel.value = x;
  } else throw new GalatOffice('InvalidArgument', `The argument is invalid: ${JSON.stringify(x)}`);
}

export function periksaBentuk(v: unknown, x: Rentang, nama: string): unknown[][] {
  const rows = x.r2 - x.r1 + 1;
  const cols = x.c2 - x.c1 + 1;
  if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols))
    throw new GalatOffice(
      'InvalidArgument',
      `The number of rows or columns in the input array for ${nama} doesn't match the size or dimensions of the range.`,
    );
  return v as unknown[][];
}

const dihitung = new Set<string>();

/**
 * The cached value of a formula: SUM over references and plain references are computed, the rest reads 0;
 * a circular reference reads 0, as Excel shows it.
 */
export function nilaiRumus(l: LembarPalsu, f: string): number | string | boolean {
  const kunci = `${l.id}\u0000${f}`;
  if (dihitung.has(kunci)) return 0;
  dihitung.add(kunci);
  try {
    return hitungRumus(l, f);
  } finally {
    dihitung.delete(kunci);
  }
}

function hitungRumus(l: LembarPalsu, f: string): number | string | boolean {
  const nilaiRef = (ref: string): number[] => {
    const x = parseRentang(ref.replace(/\$/g, ''));
    const out: number[] = [];
    for (let r = x.r1; r <= x.r2; r++)
      for (let c = x.c1; c <= x.c2; c++) {
        const s = l.cells.get(`${r},${c}`);
        const v = s?.formula !== undefined && s.value === undefined ? nilaiRumus(l, s.formula) : s?.value;
        if (typeof v === 'number') out.push(v);
      }
    return out;
  };
  const jumlah = (isi: string): number => {
    let total = 0;
    let dalam = 0;
    let mulai = 0;
    const bagian: string[] = [];
    for (let i = 0; i < isi.length; i++) {
      if (isi[i] === '(') dalam++;
      else if (isi[i] === ')') dalam--;
      else if (isi[i] === ',' && dalam === 0) {
        bagian.push(isi.slice(mulai, i));
        mulai = i + 1;
      }
    }
    bagian.push(isi.slice(mulai));
    for (const b of bagian.map((x) => x.trim())) {
      if (/^SUM\(/i.test(b)) total += jumlah(b.slice(4, -1));
      else if (/^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/i.test(b)) total += nilaiRef(b).reduce((a, x) => a + x, 0);
      else if (b !== '' && !Number.isNaN(Number(b))) total += Number(b);
    }
    return total;
  };
  const t = f.trim();
  if (/^SUM\(.*\)$/i.test(t)) return jumlah(t.slice(4, -1));
  if (/^\$?[A-Z]+\$?\d+$/i.test(t)) return nilaiRef(t)[0] ?? 0;
  return 0;
}

export function alamatSel(r: number, c: number): string {
  return alamat(r, c);
}
