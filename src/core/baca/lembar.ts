/**
 * One sheet as the reader sees it: each row's non-empty cells classified once (a figure, a year, a
 * numbering token, a unit, a code, words), hidden rows, merged areas by cell. Everything the table reader
 * asks about a sheet goes through one `BacaLembar`, so nothing is cached at module level.
 */
import type { LembarGrid, Rentang, Sel } from '../grid';
import { kosong, teksSel } from '../grid';
import { CacheFormat, parseTeks } from '../angka';
import { PenguraiRumus, Urai } from '../rumus/urai';

export type JenisIsi =
  /** a number cell (not a year-looking whole number), numeric text, "-" */
  | 'angka'
  /** 1900..2099 as a number or text */
  | 'tahun'
  /** 1 / (2) / 1.1 / a. / II / "13 = 9 + 10 + 11 + 12" */
  | 'nomor'
  /** Rp / Rp. / (Rp) / % / (%) / K / satuan words in a unit row */
  | 'satuan'
  /** dotted code such as 1.02.01.2.01 or 5.1.02.01.001.00024 */
  | 'kode'
  /** words */
  | 'teks'
  /** an Excel error value */
  | 'galat';

export interface IsiSel {
  c: number;
  jenis: JenisIsi;
  teks: string;
  s: Sel;
}

const NOMOR =
  /^\(?\d{1,3}(\.\d{1,3})*\.?\)?$|^[a-zA-Z][.)]$|^\(?[ivxlIVXL]{1,5}\)?\.?$|^\d{1,3}\s*=\s*[\d\s+\-x×*/:().,%]+$|^\d{1,3}\s*\((19|20)\d{2}\)$/;
const SATUAN = /^\(?\s*(rp\.?|rupiah|idr|%|persen|k|rp\s*\(?000\)?|ribu rupiah|juta rupiah)\s*\)?$/i;
const KODE = /^\d{1,4}(\.\d{1,6}){1,9}\.?$/;

export function teksNomor(t: string): boolean {
  return NOMOR.test(t.trim());
}

export function teksSatuan(t: string): boolean {
  return SATUAN.test(t.trim());
}

export function teksKode(t: string): boolean {
  return KODE.test(t.trim());
}

function tahun(v: unknown, t: string): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1900 && v <= 2099;
  return /^(19|20)\d{2}$/.test(t.trim());
}

function jenisIsi(s: Sel): { jenis: JenisIsi; teks: string } {
  const teks = teksSel(s);
  if (s.galat) return { jenis: 'galat', teks };
  if (typeof s.v === 'number') return { jenis: tahun(s.v, teks) ? 'tahun' : 'angka', teks };
  if (typeof s.v === 'boolean') return { jenis: 'teks', teks };
  if (tahun(s.v, teks)) return { jenis: 'tahun', teks };
  // "1.000.000.000": thousands in groups of three, an amount typed as text, not a kode rekening
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(teks.trim())) return { jenis: 'angka', teks };
  if (teksKode(teks)) return { jenis: 'kode', teks };
  if (teksSatuan(teks)) return { jenis: 'satuan', teks };
  if (teksNomor(teks)) return { jenis: 'nomor', teks };
  // words (a name, a label) never read as a number: only text that may start like one is parsed
  if (/^[a-z]/i.test(teks) && !/^(rp|idr)/i.test(teks)) return { jenis: 'teks', teks };
  const a = parseTeks(teks);
  if (a.status === 'teks-angka' || a.status === 'strip' || a.status === 'ambigu') return { jenis: 'angka', teks };
  return { jenis: 'teks', teks };
}

/** A number cell's entry: its text is made only when something reads it (most never are). */
class IsiAngka implements IsiSel {
  constructor(
    readonly c: number,
    readonly jenis: JenisIsi,
    readonly s: Sel,
  ) {}
  get teks(): string {
    return String(this.s.v);
  }
}

export class BacaLembar {
  private readonly isi: (IsiSel[] | undefined)[] = [];
  private readonly pengurai = new PenguraiRumus();
  /** The sheet's number formats, each read once. */
  readonly format = new CacheFormat();
  private readonly gabungSel = new Map<number, Rentang>();
  readonly tersembunyi: ReadonlySet<number>;
  readonly lebar: number;

  constructor(readonly l: LembarGrid) {
    this.tersembunyi = new Set(l.barisTersembunyi ?? []);
    let lebar = 0;
    for (const b of l.baris) if (b && b.length > lebar) lebar = b.length;
    this.lebar = lebar;
    for (const g of l.gabung) {
      // only the areas' cells are indexed: a merged header is a handful of cells
      if ((g.r2 - g.r1 + 1) * (g.c2 - g.c1 + 1) > 5000) continue;
      for (let r = g.r1; r <= g.r2; r++) for (let c = g.c1; c <= g.c2; c++) this.gabungSel.set(r * 16384 + c, g);
    }
  }

  get n(): number {
    return this.l.baris.length;
  }

  /** The row's non-empty cells, classified (computed once per row). */
  baris(r: number): IsiSel[] {
    let x = this.isi[r];
    if (x) return x;
    x = [];
    const row = this.l.baris[r];
    if (row)
      for (let c = 0; c < row.length; c++) {
        const s = row[c];
        if (!s || kosong(s)) continue;
        if (typeof s.v === 'number' && !s.galat) {
          x.push(new IsiAngka(c, tahun(s.v, '') ? 'tahun' : 'angka', s));
          continue;
        }
        const j = jenisIsi(s);
        x.push({ c, jenis: j.jenis, teks: j.teks, s });
      }
    this.isi[r] = x;
    return x;
  }

  /** A formula of this sheet, parsed once per distinct text. */
  urai(f: string): Urai {
    return this.pengurai.urai(f);
  }

  sel(r: number, c: number): Sel | null {
    return this.l.baris[r]?.[c] ?? null;
  }

  teks(r: number, c: number): string {
    return teksSel(this.sel(r, c));
  }

  gabung(r: number, c: number): Rentang | null {
    return this.gabungSel.get(r * 16384 + c) ?? null;
  }

  /** The text shown at (r, c): a merged area shows its top-left cell's text everywhere. */
  teksTampil(r: number, c: number): string {
    const g = this.gabung(r, c);
    return g ? this.teks(g.r1, g.c1) : this.teks(r, c);
  }

  kosong(r: number): boolean {
    return this.baris(r).length === 0;
  }

  /** The row holds figures (numbers other than years, numeric text, "-"). */
  berangka(r: number): boolean {
    return this.baris(r).some((x) => x.jenis === 'angka' || (x.jenis !== 'teks' && x.s.f !== undefined));
  }
}
