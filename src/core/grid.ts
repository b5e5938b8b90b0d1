/**
 * Grid: a host-independent picture of a workbook. The Excel adapter (Office.js), the ExcelJS reader
 * (CLI, demo) and tests all produce it; the engine reads nothing else.
 */
export type NilaiSel = number | string | boolean | null;

export interface Sel {
  /** The value, or for a formula its cached result. */
  v: NilaiSel;
  /** Formula text without the leading "=", when the cell holds one. */
  f?: string;
  /** Number format, e.g. "#,##0.00", "0%". */
  fmt?: string;
  /** Excel error shown in the cell, e.g. "#DIV/0!". */
  galat?: string;
  tebal?: boolean;
  indent?: number;
  /** Solid fill colour as the cell shows it, "RRGGBB" (theme colours and tints resolved); absent when unfilled. */
  isi?: string;
}

export interface Rentang {
  r1: number; // 0-based, inclusive
  c1: number;
  r2: number;
  c2: number;
}

export interface LembarGrid {
  nama: string;
  /** rows[r][c], 0-based; missing or null cells are empty. */
  baris: (Sel | null | undefined)[][];
  gabung: Rentang[];
  /** Hidden rows (hidden by hand or by an autofilter), 0-based, ascending; absent when none are hidden. */
  barisTersembunyi?: number[];
  /** The sheet's autofilter range, when it has one (SUBTOTAL then counts only the rows it leaves visible). */
  filter?: Rentang;
  /** Sheet visibility in the workbook; absent when visible. */
  status?: 'hidden' | 'veryHidden';
}

export interface WorkbookGrid {
  lembar: LembarGrid[];
  /**
   * The file asks Excel to recalculate everything when it is opened (`fullCalcOnLoad`, as XlsxWriter and
   * openpyxl write it): its cached formula results may be placeholders, not what the formulas give.
   */
  belumDihitung?: boolean;
  /** The add-in's settings stored in the workbook (JSON text, validated by core/pengaturan.ts), when any. */
  pengaturanTersimpan?: string;
}

export function sel(l: LembarGrid, r: number, c: number): Sel | null {
  return l.baris[r]?.[c] ?? null;
}

export function kosong(s: Sel | null | undefined): boolean {
  if (!s) return true;
  if (s.galat) return false;
  return s.v === null || (typeof s.v === 'string' && s.v.trim() === '');
}

export function teksSel(s: Sel | null | undefined): string {
  if (!s) return '';
  if (s.galat) return s.galat;
  const v = s.v;
  if (v === null) return '';
  if (typeof v === 'number') return String(v); // no spaces to tidy
  const t = String(v);
  // most labels are already tidy (single spaces, none at the ends): checked without building a new string
  return PERLU_RAPI.test(t) ? t.replace(/\s+/g, ' ').trim() : t;
}

/** Any whitespace other than a single space between words. */
const PERLU_RAPI = /[^\S ]| {2}|^ | $/;

export function jumlahKolom(l: LembarGrid): number {
  let n = 0;
  for (const r of l.baris) if (r && r.length > n) n = r.length;
  return n;
}

// ---------------------------------------------------------------- A1 addresses

export function namaKolom(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function alamat(r: number, c: number): string {
  return `${namaKolom(c)}${r + 1}`;
}

export function alamatRentang(x: Rentang): string {
  return x.r1 === x.r2 && x.c1 === x.c2 ? alamat(x.r1, x.c1) : `${alamat(x.r1, x.c1)}:${alamat(x.r2, x.c2)}`;
}

export function parseAlamat(a: string): { r: number; c: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a.trim());
  if (!m) throw new RangeError(`alamat sel tidak sah: ${a}`);
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

export function parseRentang(a: string): Rentang {
  const [x, y] = a.split(':');
  const p = parseAlamat(x);
  const q = y ? parseAlamat(y) : p;
  return { r1: Math.min(p.r, q.r), c1: Math.min(p.c, q.c), r2: Math.max(p.r, q.r), c2: Math.max(p.c, q.c) };
}

/** A sheet name quoted for a reference: 'Realisasi Anggaran'!B6 (quotes doubled inside). */
export function refLembar(nama: string): string {
  return `'${nama.replace(/'/g, "''")}'`;
}

/** The merged range a cell belongs to, if any. */
export function gabunganDi(l: LembarGrid, r: number, c: number): Rentang | null {
  for (const g of l.gabung) if (r >= g.r1 && r <= g.r2 && c >= g.c1 && c <= g.c2) return g;
  return null;
}
