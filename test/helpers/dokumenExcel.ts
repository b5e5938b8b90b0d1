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
  sel(baris: number, kolom: number): SelPalsu {
    const kunci = `${baris},${kolom}`;
    let sel = this.cells.get(kunci);
    if (!sel) {
      sel = {};
      this.cells.set(kunci, sel);
    }
    return sel;
  }
  lihat(alamat: string): SelPalsu | undefined {
    const { r: baris, c: kolom } = parseAlamat(alamat);
    return this.cells.get(`${baris},${kolom}`);
  }
  /** Excel's used range: every cell with a value (valuesOnly) or also any formatting or note. */
  used(hanyaNilai = false): Rentang | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    const ikut = (baris: number, kolom: number) => {
      r1 = Math.min(r1, baris);
      c1 = Math.min(c1, kolom);
      r2 = Math.max(r2, baris);
      c2 = Math.max(c2, kolom);
    };
    for (const [kunci, sel] of this.cells) {
      const nilai = sel.value !== undefined || sel.formula !== undefined || sel.error !== undefined;
      const format = !!sel.fill || !!sel.bold || !!sel.indent || (sel.numberFormat ?? 'General') !== 'General';
      if (!nilai && (hanyaNilai || !format)) continue;
      const [baris, kolom] = kunci.split(',').map(Number);
      ikut(baris, kolom);
    }
    if (!hanyaNilai)
      for (const alamat of this.notes.keys()) {
        const { r: baris, c: kolom } = parseAlamat(alamat);
        ikut(baris, kolom);
      }
    return r2 < 0 ? null : { r1, c1, r2, c2 };
  }
}

export class WorkbookPalsu {
  sheets: LembarPalsu[] = [];
  active = '';
  selected = '';
  lembar(nama: string): LembarPalsu | undefined {
    const kunci = nama.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === kunci);
  }
  tambah(nama: string): LembarPalsu {
    const lembar = new LembarPalsu(nama);
    this.sheets.push(lembar);
    return lembar;
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
      const aktif = this.lembar(this.active) ?? this.terlihat()[0];
      if (!aktif) throw new GalatOffice('ItemNotFound', 'The workbook has no visible worksheet.');
      return { lembar: aktif, rentang: { r1: 0, c1: 0, r2: 0, c2: 0 } };
    }
    if (this.selected.includes(','))
      throw new GalatOffice('InvalidSelection', 'The current selection is invalid for this operation.');
    const pemisah = this.selected.lastIndexOf('!');
    const lembar = this.lembar(this.selected.slice(0, pemisah));
    if (!lembar) throw new GalatOffice('ItemNotFound', `The selected sheet no longer exists.`);
    return { lembar, rentang: parseRentang(this.selected.slice(pemisah + 1).replace(/\$/g, '')) };
  }
  terlihat(): LembarPalsu[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }
  aturVisibilitas(lembar: LembarPalsu, visibilitas: string): void {
    if (visibilitas !== 'Visible' && visibilitas !== 'Hidden' && visibilitas !== 'VeryHidden')
      throw new GalatOffice('InvalidArgument', `Unknown visibility ${visibilitas}`);
    if (visibilitas !== 'Visible' && lembar.visibility === 'Visible' && this.terlihat().length === 1)
      throw new GalatOffice('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    lembar.visibility = visibilitas;
  }
  hapusLembar(lembar: LembarPalsu): void {
    if (!this.sheets.includes(lembar))
      throw new GalatOffice('ItemNotFound', `The sheet ${lembar.name} does not exist.`);
    if (lembar.visibility === 'VeryHidden')
      throw new GalatOffice(
        'InvalidOperation',
        'This operation is not permitted for the current object: a very hidden worksheet cannot be deleted.',
      );
    if (lembar.visibility === 'Visible' && this.terlihat().length === 1)
      throw new GalatOffice('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    this.sheets = this.sheets.filter((s) => s !== lembar);
    if (this.active === lembar.name) this.active = this.terlihat()[0]?.name ?? '';
  }
}

// ------------------------------------------------------------------------------- what Excel does to input

const GALAT = new Set(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!']);

/** Days since 1899-12-30 (Excel's 1900 system, past the 1900 leap-year bug). */
export function serialTanggal(tahun: number, bulan: number, hari: number): number {
  return Math.round((Date.UTC(tahun, bulan - 1, hari) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** A string as Excel stores it when it is typed into a cell (en-US parsing). */
export function urai(teks: string, sel: SelPalsu): void {
  delete sel.formula;
  delete sel.error;
  delete sel.kutip;
  if (sel.numberFormat === '@') {
    if (teks.startsWith("'")) {
      sel.value = teks.slice(1);
      sel.kutip = true;
    } else sel.value = teks === '' ? undefined : teks;
    return;
  }
  if (teks === '') {
    sel.value = undefined;
    return;
  }
  if (teks.startsWith("'")) {
    sel.value = teks.slice(1);
    sel.kutip = true;
    return;
  }
  if (teks.startsWith('=') && teks.length > 1) {
    sel.formula = teks.slice(1);
    sel.value = undefined;
    return;
  }
  const rapi = teks.trim();
  const angka = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
  if (rapi !== '' && /\d/.test(rapi) && angka.test(rapi)) {
    sel.value = Number(rapi.replace(/,/g, ''));
    return;
  }
  const persen = /^([+-]?\d+(\.\d+)?)\s*%$/.exec(rapi);
  if (persen) {
    sel.value = Number(persen[1]) / 100;
    if (!sel.numberFormat || sel.numberFormat === 'General') sel.numberFormat = '0%';
    return;
  }
  if (/^(true|false)$/i.test(rapi)) {
    sel.value = /^true$/i.test(rapi);
    return;
  }
  if (GALAT.has(rapi.toUpperCase())) {
    sel.value = undefined;
    sel.error = rapi.toUpperCase();
    return;
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(rapi) ?? null;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(rapi);
  if (iso || us) {
    const [tahun, bulan, hari] = iso ? [+iso[1], +iso[2], +iso[3]] : [+us![3], +us![1], +us![2]];
    if (bulan >= 1 && bulan <= 12 && hari >= 1 && hari <= 31) {
      sel.value = serialTanggal(tahun, bulan, hari);
      if (!sel.numberFormat || sel.numberFormat === 'General') sel.numberFormat = 'm/d/yyyy';
      return;
    }
  }
  if (/^[+@-]/.test(rapi) && rapi.length > 1) {
    // "+A1", "-B2", "@SUM(A1)": Excel takes these as formulas too
    sel.formula = rapi.replace(/^@/, '').replace(/^\+/, '');
    sel.value = undefined;
    return;
  }
  sel.value = teks;
}

/** One entry of a `values` / `formulas` array written into a cell. */
export function tulisMasukan(sel: SelPalsu, nilai: unknown): void {
  if (nilai === null || nilai === undefined) return; // Excel leaves the cell unchanged
  if (typeof nilai === 'string') urai(nilai, sel);
  else if (typeof nilai === 'number' || typeof nilai === 'boolean') {
    delete sel.formula;
    delete sel.error;
    delete sel.kutip;
    sel.value = nilai;
  } else throw new GalatOffice('InvalidArgument', `The argument is invalid: ${JSON.stringify(nilai)}`);
}

export function periksaBentuk(nilai: unknown, rentang: Rentang, nama: string): unknown[][] {
  const rows = rentang.r2 - rentang.r1 + 1;
  const cols = rentang.c2 - rentang.c1 + 1;
  if (!Array.isArray(nilai) || nilai.length !== rows || nilai.some((r) => !Array.isArray(r) || r.length !== cols))
    throw new GalatOffice(
      'InvalidArgument',
      `The number of rows or columns in the input array for ${nama} doesn't match the size or dimensions of the range.`,
    );
  return nilai as unknown[][];
}

const dihitung = new Set<string>();

/**
 * The cached value of a formula: SUM over references and plain references are computed, the rest reads 0;
 * a circular reference reads 0, as Excel shows it.
 */
export function nilaiRumus(lembar: LembarPalsu, rumus: string): number | string | boolean {
  const kunci = `${lembar.id}\u0000${rumus}`;
  if (dihitung.has(kunci)) return 0;
  dihitung.add(kunci);
  try {
    return hitungRumus(lembar, rumus);
  } finally {
    dihitung.delete(kunci);
  }
}

function hitungRumus(lembar: LembarPalsu, rumus: string): number | string | boolean {
  const nilaiRef = (ref: string): number[] => {
    const rentang = parseRentang(ref.replace(/\$/g, ''));
    const out: number[] = [];
    for (let baris = rentang.r1; baris <= rentang.r2; baris++)
      for (let kolom = rentang.c1; kolom <= rentang.c2; kolom++) {
        const sel = lembar.cells.get(`${baris},${kolom}`);
        const nilai =
          sel?.formula !== undefined && sel.value === undefined ? nilaiRumus(lembar, sel.formula) : sel?.value;
        if (typeof nilai === 'number') out.push(nilai);
      }
    return out;
  };
  const jumlah = (isi: string): number => {
    let total = 0;
    let dalam = 0;
    let mulai = 0;
    const bagian: string[] = [];
    for (let indeks = 0; indeks < isi.length; indeks++) {
      if (isi[indeks] === '(') dalam++;
      else if (isi[indeks] === ')') dalam--;
      else if (isi[indeks] === ',' && dalam === 0) {
        bagian.push(isi.slice(mulai, indeks));
        mulai = indeks + 1;
      }
    }
    bagian.push(isi.slice(mulai));
    for (const bagianRapi of bagian.map((x) => x.trim())) {
      if (/^SUM\(/i.test(bagianRapi)) total += jumlah(bagianRapi.slice(4, -1));
      else if (/^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/i.test(bagianRapi))
        total += nilaiRef(bagianRapi).reduce((a, x) => a + x, 0);
      else if (bagianRapi !== '' && !Number.isNaN(Number(bagianRapi))) total += Number(bagianRapi);
    }
    return total;
  };
  const rapi = rumus.trim();
  if (/^SUM\(.*\)$/i.test(rapi)) return jumlah(rapi.slice(4, -1));
  if (/^\$?[A-Z]+\$?\d+$/i.test(rapi)) return nilaiRef(rapi)[0] ?? 0;
  return 0;
}

export function alamatSel(baris: number, kolom: number): string {
  return alamat(baris, kolom);
}
