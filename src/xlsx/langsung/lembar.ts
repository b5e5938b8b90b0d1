/**
 * One worksheet's XML -> LembarGrid, as a saxes event handler (fed chunk by chunk). Values follow what
 * the ExcelJS reader gives (src/xlsx/baca.ts): cached formula results, dates as ISO dates, errors in
 * `galat`, merged cells other than the top-left one left empty.
 */
import { SaxesParser } from 'saxes';
import type { LembarGrid, NilaiSel, Sel } from '../../core/grid';
import { parseRentang } from '../../core/grid';
import type { GayaSel } from './gaya';
import { geserRumus } from './rumusBersama';
import { namaLokal } from './xml';
import { tanggalIso } from '../tanggal';

const GAYA_KOSONG: GayaSel = { tanggal: false };

/** "AB12" -> row 11, column 27 (0-based); null when it is not a cell reference. */
export function posisiSel(ref: string): { r: number; c: number } | null {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const k = ref.charCodeAt(i) | 0x20;
    if (k < 97 || k > 122) break;
    c = c * 26 + (k - 96);
  }
  if (i === 0 || i === ref.length) return null;
  let r = 0;
  for (; i < ref.length; i++) {
    const k = ref.charCodeAt(i) - 48;
    if (k < 0 || k > 9) return null;
    r = r * 10 + k;
  }
  return r > 0 ? { r: r - 1, c: c - 1 } : null;
}

export { tanggalIso } from '../tanggal';

type Isi = 0 | 1 | 2 | 3; // none, <v>, <f>, <t>

/** An empty value element is no value, except an inline string, whose empty text is the empty string. */
function isiKosongBukanNilai(t: string | undefined): boolean {
  return t !== 'inlineStr';
}

export interface OpsiLembar {
  nama: string;
  teksBersama: readonly string[];
  gaya: readonly GayaSel[];
  tahun1904: boolean;
  status?: 'hidden' | 'veryHidden';
}

/** A parser that fills a LembarGrid; call `selesai()` after the last chunk. */
export function pembacaLembar(o: OpsiLembar): { parser: SaxesParser; selesai: () => LembarGrid } {
  const baris: (Sel | null)[][] = [];
  const gabung: string[] = [];
  const tersembunyi: number[] = [];
  let filter: string | undefined;
  const induk = new Map<string, { rumus: string; r: number; c: number }>();
  let r = -1;
  let c = -1;
  let t: string | undefined;
  let gaya: GayaSel = GAYA_KOSONG;
  let v = '';
  let adaV = false;
  let f = '';
  let adaF = false;
  let fBersama: { si: string; ref?: string } | null = null;
  let isi: Isi = 0;
  let rph = 0;

  // the value of the cell being closed, and its error text (set by baca(), no object per cell)
  let nv: NilaiSel = null;
  let ng: string | undefined;
  const baca = (): void => {
    ng = undefined;
    switch (t) {
      case 's': {
        const s = o.teksBersama[Number(v)];
        nv = s === undefined ? null : s;
        return;
      }
      case 'str':
      case 'inlineStr':
        nv = v;
        return;
      case 'b':
        nv = parseInt(v, 10) !== 0;
        return;
      case 'e':
        nv = null;
        ng = v;
        return;
      case 'd':
        nv = v.slice(0, 10);
        return;
      default: {
        const n = parseFloat(v);
        // a number Excel cannot show as a date (beyond 9999-12-31, negative) stays a number, as Excel shows
        // it (#####) rather than a made-up date; text that is no number is no value
        if (!Number.isFinite(n)) nv = null;
        else nv = gaya.tanggal ? (tanggalIso(n, o.tahun1904) ?? n) : n;
      }
    }
  };

  const tutupSel = () => {
    // an empty <v/> (openpyxl writes one for every formula) holds no cached value
    if (adaV && v === '' && isiKosongBukanNilai(t)) adaV = false;
    let rumus: string | undefined;
    if (adaF || fBersama) {
      rumus = f || undefined;
      if (fBersama) {
        if (f) induk.set(fBersama.si, { rumus: f, r, c });
        else {
          const m = induk.get(fBersama.si);
          if (m) rumus = geserRumus(m.rumus, r - m.r, c - m.c);
        }
      }
      if (adaV) baca();
      else {
        nv = null;
        ng = undefined;
      }
    } else if (adaV) baca();
    else return;
    let s: Sel;
    // most cells are a value with a number format: built as one literal, both properties inside the object
    // (adding one later moves it to a separate store, tens of bytes more per cell on large sheets)
    if (rumus === undefined && ng === undefined && !gaya.tebal && !gaya.indent && !gaya.isi)
      s = gaya.fmt ? { v: nv, fmt: gaya.fmt } : { v: nv };
    else {
      s = { v: nv };
      if (ng !== undefined) s.galat = ng;
      if (rumus !== undefined) s.f = rumus;
      if (gaya.fmt) s.fmt = gaya.fmt;
      if (gaya.tebal) s.tebal = true;
      if (gaya.indent) s.indent = gaya.indent;
      if (gaya.isi) s.isi = gaya.isi;
    }
    (baris[r] ??= [])[c] = s;
  };

  const p = new SaxesParser();
  p.on('opentag', (node) => {
    const a = node.attributes as Record<string, string>;
    switch (namaLokal(node.name)) {
      case 'row': {
        const n = a.r ? parseInt(a.r, 10) - 1 : r + 1;
        r = n >= 0 ? n : r + 1;
        c = -1;
        if (a.hidden === '1' || a.hidden === 'true') tersembunyi.push(r);
        break;
      }
      case 'c': {
        const pos = a.r ? posisiSel(a.r) : null;
        if (pos) {
          r = pos.r;
          c = pos.c;
        } else c++;
        if (r < 0) r = 0;
        t = a.t;
        gaya = (a.s && o.gaya[parseInt(a.s, 10)]) || o.gaya[0] || GAYA_KOSONG;
        v = '';
        adaV = false;
        f = '';
        adaF = false;
        fBersama = null;
        break;
      }
      case 'v':
        isi = 1;
        adaV = true;
        break;
      case 'f':
        isi = 2;
        adaF = true;
        if (a.t === 'shared' && a.si !== undefined) fBersama = { si: a.si, ref: a.ref };
        break;
      case 't':
        if (!rph) {
          isi = 3;
          adaV = true;
        }
        break;
      case 'rPh':
        rph++;
        break;
      case 'mergeCell':
        if (a.ref) gabung.push(a.ref);
        break;
      case 'autoFilter':
        if (a.ref) filter = a.ref;
        break;
    }
  });
  p.on('text', (x) => {
    if (isi === 1 || isi === 3) v += x;
    else if (isi === 2) f += x;
  });
  p.on('closetag', (node) => {
    switch (namaLokal(node.name)) {
      case 'v':
      case 'f':
      case 't':
        isi = 0;
        break;
      case 'rPh':
        rph--;
        break;
      case 'c':
        tutupSel();
        break;
    }
  });

  const selesai = (): LembarGrid => {
    // in reading order (top row first, then left to right), whatever order the file lists them in
    const rentang = gabung
      .flatMap((g) => {
        try {
          return [parseRentang(g)];
        } catch {
          return [];
        }
      })
      .sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
    // merged cells other than the top-left one are empty, as Excel shows them
    for (const m of rentang) {
      for (let i = m.r1; i <= Math.min(m.r2, baris.length - 1); i++) {
        const b = baris[i];
        if (!b) continue;
        for (let j = m.c1; j <= Math.min(m.c2, b.length - 1); j++) if (i !== m.r1 || j !== m.c1) if (b[j]) b[j] = null;
      }
    }
    const l: LembarGrid = { nama: o.nama, baris, gabung: rentang };
    if (tersembunyi.length) l.barisTersembunyi = [...new Set(tersembunyi)].sort((x, y) => x - y);
    if (filter) {
      try {
        l.filter = parseRentang(filter);
      } catch {
        // a malformed filter reference: the sheet reads as unfiltered
      }
    }
    if (o.status) l.status = o.status;
    return l;
  };
  return { parser: p, selesai };
}
