/**
 * What every check shares: the workbook, detected tables, options, cached cell parsing, number formatting
 * in the UI language, and a constructor for findings.
 */
import type { LembarGrid, Sel, WorkbookGrid } from '../grid';
import { alamat, refLembar, sel, teksSel } from '../grid';
import type { Kolom, RuleId, Tabel, Temuan } from '../model';
import { SEVERITY } from '../model';
import { Angka, dariAngka, formatEn, formatId, parseTeks } from '../angka';
import type { Desimal } from '../desimal';
import type { Skala } from '../skala';
import type { MetodeEfisiensi } from '../efisiensi';
import type { Polaritas } from '../polaritas';

import type { Bahasa } from '../pesan/bahasa';
export type { Bahasa } from '../pesan/bahasa';

export interface OpsiPeriksa {
  bahasa?: Bahasa;
  /** Scale for predikat when the workbook has none (or to force one). Default Permendagri 86/2017. */
  skala?: Skala;
  /** Force the scale even when the workbook has its own scale table. */
  paksaSkala?: boolean;
  /** Efisiensi method; 'otomatis' (default) infers it from the rows by majority. */
  metodeEfisiensi?: MetodeEfisiensi | 'otomatis';
  /** Polarity overrides by indikator name (compared normalised). */
  polaritas?: Record<string, Polaritas>;
  /** Rules to run; default all. */
  aturan?: RuleId[];
}

export class Konteks {
  readonly bahasa: Bahasa;
  readonly temuan: Temuan[] = [];
  private readonly lembarMap = new Map<string, LembarGrid>();
  /** Parsed cells per table column, indexed by row: no string keys on the hot path. */
  private readonly cache = new Map<Kolom, (Angka | undefined)[]>();

  constructor(
    readonly grid: WorkbookGrid,
    readonly tabel: Tabel[],
    readonly opsi: OpsiPeriksa = {},
  ) {
    this.bahasa = opsi.bahasa ?? 'id';
    for (const l of grid.lembar) this.lembarMap.set(l.nama, l);
  }

  lembar(nama: string): LembarGrid {
    const l = this.lembarMap.get(nama);
    if (!l) throw new Error(`lembar tidak ada: ${nama}`);
    return l;
  }

  /** A cell of a table column as a number, parsed with the column's separator system. */
  angka(t: Tabel, r: number, k: Kolom): Angka {
    const r1 = t.rentang.r1;
    let kolom = this.cache.get(k);
    if (!kolom) {
      // one slot per table row, filled up front: a packed array stays fast wherever the first look-up lands
      // (writing row 100 000 of an empty array first would turn it into a slow dictionary)
      kolom = [];
      for (let i = r1; i <= t.rentang.r2; i++) kolom.push(undefined);
      this.cache.set(k, kolom);
    }
    const i = r - r1;
    const ada = kolom[i];
    if (ada) return ada;
    const a = bacaAngka(sel(this.lembar(t.lembar), r, k.c), k);
    // a whole-number cell is read again on each request (a few tens of nanoseconds, and the object dies
    // young); keeping millions of them would make every major garbage collection walk them all
    if (a.bulat === undefined && i >= 0 && i < kolom.length) kolom[i] = a;
    return a;
  }

  teks(t: Tabel, r: number, c: number): string {
    return teksSel(sel(this.lembar(t.lembar), r, c));
  }

  formula(t: Tabel, r: number, c: number): string | undefined {
    return sel(this.lembar(t.lembar), r, c)?.f;
  }

  t(id: string, en: string): string {
    return this.bahasa === 'en' ? en : id;
  }

  fmt(d: Desimal, desimal?: number): string {
    return this.bahasa === 'en' ? formatEn(d, desimal) : formatId(d, desimal);
  }

  aktif(rule: RuleId): boolean {
    return !this.opsi.aturan || this.opsi.aturan.includes(rule);
  }

  /** The stated value as it reads in the cell, for the JSON `stated` field. */
  dinyatakan(t: Tabel, r: number, k: Kolom): string | null {
    const s = sel(this.lembar(t.lembar), r, k.c);
    if (!s) return null;
    if (typeof s.v === 'number') {
      const a = this.angka(t, r, k);
      return a.nilai ? a.nilai.toFixed() : String(s.v);
    }
    return teksSel(s) || null;
  }

  tambah(
    rule: RuleId,
    t: Tabel,
    r: number,
    c: number,
    pesan: string,
    stated: string | null,
    expected: string | null,
    related?: string[],
  ): void {
    if (!this.aktif(rule)) return;
    const f = this.formula(t, r, c);
    const catatanRumus = f ? this.t(` (sel berisi rumus =${f})`, ` (the cell holds the formula =${f})`) : '';
    this.temuan.push({
      rule,
      severity: SEVERITY[rule],
      sheet: t.lembar,
      cell: alamat(r, c),
      message: pesan + catatanRumus,
      stated,
      expected,
      table: t.id,
      ...(related && related.length ? { related } : {}),
    });
  }
}

/** One cell as a number of column `k` (its separator system decides ambiguous text). */
function bacaAngka(s: Sel | null, k: Kolom): Angka {
  if (!s) return parseTeks('');
  if (s.galat) return { status: 'galat', nilai: null, desimal: null, persen: false, catatan: [s.galat] };
  if (typeof s.v === 'number') return dariAngka(s.v, s.fmt);
  if (typeof s.v === 'string') return parseTeks(s.v, k.sistem ?? null);
  return parseTeks('');
}

/** Expected value as a plain decimal with the stated value's decimals, for the JSON `expected` field. */
export function teksDiharapkan(d: Desimal, desimal: number | null): string {
  return desimal === null ? d.toFixed() : d.toFixed(Math.max(0, desimal));
}

export function ref(lembar: string, r: number, c: number): string {
  const nama = /[^A-Za-z0-9_]/.test(lembar) ? refLembar(lembar) : lembar;
  return `${nama}!${alamat(r, c)}`;
}
