/**
 * A workbook formula taken apart for reading structure: its references (cells, ranges, `A:B:C` colon chains,
 * other sheets), the functions it calls, its relative (R1C1) shape for comparing it with its neighbours, and
 * what it computes relative to its own cell: an aggregate of rows of its own column (`=SUM(K15:K21)`,
 * `=K14+K22`, `=AVERAGE(Q14,Q22)`, `=SUBTOTAL(9,F15:F1053)`), a formula across its own row (`=F15+H15`,
 * `=K15/M15`), or something else (look-ups, other sheets).
 *
 * Tokens come from excel-formula-tokenizer (MIT); the formula text is as the file stores it (en-US syntax).
 */
import { tokenize, Token } from 'excel-formula-tokenizer';

export interface Titik {
  r: number;
  c: number;
  absR: boolean;
  absC: boolean;
}

export interface Acuan {
  /** Sheet named in the reference; null for the formula's own sheet. */
  lembar: string | null;
  /** The points as written: one for a cell, two for a range, three or more for a colon chain A1:B2:C3. */
  titik: Titik[];
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  /** Whole columns (A:A) or whole rows (5:5). */
  penuh?: 'kolom' | 'baris';
  /** Position of the operand among the formula's tokens. */
  token: number;
}

export interface Urai {
  teks: string;
  token: Token[];
  acuan: Acuan[];
  /** Functions called, upper case, without the `_xlfn.` prefix. */
  fungsi: string[];
  /** Names, structured references or external links that cannot be followed. */
  buram: boolean;
  /** Error literals written in the formula (#REF! after a deleted row). */
  galat: string[];
}

const SEL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const KOLOM_SAJA = /^(\$?)([A-Za-z]{1,3})$/;
const BARIS_SAJA = /^(\$?)(\d+)$/;

function nomorKolom(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 26 + (s.toUpperCase().charCodeAt(i) - 64);
  return n - 1;
}

/** "Sheet1!A1:B2" / "'My, Sheet'!B2" -> [sheet, rest]. */
function pisahLembar(op: string): [string | null, string] {
  const i = op.lastIndexOf('!');
  if (i < 0) return [null, op];
  let nama = op.slice(0, i);
  if (nama.startsWith("'") && nama.endsWith("'")) nama = nama.slice(1, -1).replace(/''/g, "'");
  return [nama, op.slice(i + 1)];
}

/** A range operand as a reference, or null for names and structured references. */
export function acuanDari(op: string, token: number): Acuan | null {
  if (op.includes('[')) return null;
  const [lembar, isi] = pisahLembar(op);
  const bagian = isi.split(':');
  if (bagian.length === 2) {
    const kk = [KOLOM_SAJA.exec(bagian[0]), KOLOM_SAJA.exec(bagian[1])];
    if (kk[0] && kk[1]) {
      const a = nomorKolom(kk[0][2]);
      const b = nomorKolom(kk[1][2]);
      return {
        lembar,
        titik: [],
        r1: 0,
        r2: 1048575,
        c1: Math.min(a, b),
        c2: Math.max(a, b),
        penuh: 'kolom',
        token,
      };
    }
    const bb = [BARIS_SAJA.exec(bagian[0]), BARIS_SAJA.exec(bagian[1])];
    if (bb[0] && bb[1]) {
      const a = Number(bb[0][2]) - 1;
      const b = Number(bb[1][2]) - 1;
      return { lembar, titik: [], r1: Math.min(a, b), r2: Math.max(a, b), c1: 0, c2: 16383, penuh: 'baris', token };
    }
  }
  const titik: Titik[] = [];
  for (const p of bagian) {
    const m = SEL.exec(p);
    if (!m) return null;
    titik.push({ c: nomorKolom(m[2]), r: Number(m[4]) - 1, absC: m[1] === '$', absR: m[3] === '$' });
  }
  if (titik.length === 0) return null;
  let r1 = Infinity;
  let r2 = -Infinity;
  let c1 = Infinity;
  let c2 = -Infinity;
  for (const t of titik) {
    r1 = Math.min(r1, t.r);
    r2 = Math.max(r2, t.r);
    c1 = Math.min(c1, t.c);
    c2 = Math.max(c2, t.c);
  }
  return { lembar, titik, r1, r2, c1, c2, token };
}

/** The formula's structure; `teks` without the leading "=". See {@link PenguraiRumus} for the cached route. */
export function urai(teks: string): Urai {
  let token: Token[];
  try {
    token = tokenize('=' + teks);
  } catch {
    token = [];
  }
  const acuan: Acuan[] = [];
  const fungsi: string[] = [];
  const galat: string[] = [];
  let buram = token.length === 0;
  token.forEach((t, i) => {
    if (t.type === 'operand' && t.subtype === 'range') {
      const a = acuanDari(t.value, i);
      if (a) acuan.push(a);
      else buram = true;
    } else if (t.type === 'operand' && t.subtype === 'error') galat.push(t.value.toUpperCase());
    else if (t.type === 'function' && t.subtype === 'start') fungsi.push(t.value.toUpperCase().replace(/^_XLFN\./, ''));
  });
  return { teks, token, acuan, fungsi, buram, galat };
}

/**
 * Formulas parsed once per distinct text, for one sheet's reading (owned by its BacaLembar: nothing is cached
 * at module level). Formulas repeat down a column, so a few thousand distinct texts cover a large sheet.
 */
export class PenguraiRumus {
  private readonly tembolok = new Map<string, Urai>();
  urai(teks: string): Urai {
    let u = this.tembolok.get(teks);
    if (!u) {
      if (this.tembolok.size > 20000) this.tembolok.clear();
      this.tembolok.set(teks, (u = urai(teks)));
    }
    return u;
  }
}

/**
 * The formula's shape relative to its cell (R1C1 notation): `=K14+K22` in K13 and `=K15+K23` in K14 have the
 * same shape. Numbers and texts are kept, so `=20906000-R15` and `=15970000-R20` differ.
 */
export function bentukR1C1(u: Urai, r: number, c: number): string {
  return sederhanakan(bentukMentah(u, r, c));
}

/**
 * Shapes that compute the same thing read alike: an outer IFERROR(x, fallback) is x, a leading "+" and
 * parentheses around the whole formula are dropped.
 */
function sederhanakan(b: string): string {
  let x = b.replace(/^\+/, '');
  for (;;) {
    const m = /^IFERROR\((.*),[^,()]*\)$/.exec(x);
    const dalam = m && seimbang(m[1]) ? m[1] : null;
    if (dalam !== null) {
      x = dalam;
      continue;
    }
    if (x.startsWith('(') && x.endsWith(')') && seimbang(x.slice(1, -1))) {
      x = x.slice(1, -1);
      continue;
    }
    return x;
  }
}

function seimbang(s: string): boolean {
  let n = 0;
  for (const ch of s) {
    if (ch === '(') n++;
    else if (ch === ')' && --n < 0) return false;
  }
  return n === 0;
}

function bentukMentah(u: Urai, r: number, c: number): string {
  const titik = (t: Titik) => `R${t.absR ? t.r + 1 : `[${t.r - r}]`}C${t.absC ? t.c + 1 : `[${t.c - c}]`}`;
  const perToken = new Map<number, Acuan>(u.acuan.map((a) => [a.token, a]));
  return u.token
    .map((t, i) => {
      const a = perToken.get(i);
      if (!a)
        return t.type === 'function' && t.subtype === 'stop' ? ')' : t.type === 'function' ? t.value + '(' : t.value;
      const lembar = a.lembar === null ? '' : `'${a.lembar}'!`;
      if (a.penuh === 'kolom') return `${lembar}C${a.c1 + 1}:C${a.c2 + 1}`;
      if (a.penuh === 'baris') return `${lembar}R${a.r1 + 1}:R${a.r2 + 1}`;
      return lembar + a.titik.map(titik).join(':');
    })
    .join('');
}

/** How a formula relates to its own cell. */
export type PolaRumus =
  | {
      pola: 'agregat';
      /** SUM, AVERAGE, SUBTOTAL (with its function number) or a plain chain of + and −. */
      fungsi: 'SUM' | 'AVERAGE' | 'SUBTOTAL' | 'PLUS';
      kodeSubtotal?: number;
      /** Rows referenced in the formula's own column, with the sign each is added with (−1 after a minus). */
      baris: { r: number; tanda: 1 | -1 }[];
      /** Ranges as written, for messages and fixes (rows, inclusive). */
      rentang: { r1: number; r2: number }[];
      /** A colon chain (A1:A5:A9) among the references. */
      rantai: boolean;
    }
  | { pola: 'baris'; kolom: number[] }
  | { pola: 'lain' };

const OPERATOR_AGREGAT: ReadonlySet<string> = new Set(['+', '-']);

/**
 * What the formula in (r, c) computes: an aggregate of other rows of column c (only references into column c
 * of its own sheet, combined by SUM / AVERAGE / SUBTOTAL or by + and −), a formula over other cells of row r,
 * or anything else.
 */
export function polaRumus(u: Urai, r: number, c: number): PolaRumus {
  if (u.buram || u.acuan.length === 0) return { pola: 'lain' };
  const sendiri = u.acuan.every((a) => a.lembar === null);
  if (!sendiri) return { pola: 'lain' };
  const kolomSama = u.acuan.every((a) => a.c1 === c && a.c2 === c && !a.penuh);
  if (kolomSama && !u.acuan.some((a) => a.r1 <= r && a.r2 >= r)) {
    const f = u.fungsi;
    const fungsiLain = f.filter((x) => x !== 'SUM' && x !== 'AVERAGE' && x !== 'SUBTOTAL');
    const operatorLain = u.token.some(
      (t) => t.type === 'operator-infix' && !OPERATOR_AGREGAT.has(t.value) && t.subtype !== 'union',
    );
    const angka = u.token.some((t) => t.type === 'operand' && t.subtype !== 'range') && !f.includes('SUBTOTAL');
    if (fungsiLain.length === 0 && !operatorLain && !angka && f.length <= 1) {
      let fungsi = (f.length === 0 ? 'PLUS' : f[0]) as 'SUM' | 'AVERAGE' | 'SUBTOTAL' | 'PLUS';
      let kodeSubtotal: number | undefined;
      if (fungsi === 'SUBTOTAL') {
        const n = u.token.find((t) => t.type === 'operand' && t.subtype === 'number');
        kodeSubtotal = n ? Number(n.value) : undefined;
        if (kodeSubtotal !== 9 && kodeSubtotal !== 109 && kodeSubtotal !== 1 && kodeSubtotal !== 101)
          return { pola: 'lain' };
      }
      if (fungsi === 'SUM' && u.token[0]?.type !== 'function') fungsi = 'PLUS';
      const baris: { r: number; tanda: 1 | -1 }[] = [];
      const rentang: { r1: number; r2: number }[] = [];
      let tanda: 1 | -1 = 1;
      let rantai = false;
      const perToken = new Map<number, Acuan>(u.acuan.map((a) => [a.token, a]));
      u.token.forEach((t, i) => {
        if (t.type === 'operator-infix') tanda = t.value === '-' ? -1 : 1;
        else if (t.type === 'operator-prefix' && t.value === '-') tanda = -1;
        else if (t.type === 'argument') tanda = 1;
        const a = perToken.get(i);
        if (!a) return;
        if (a.titik.length > 2) rantai = true;
        rentang.push({ r1: a.r1, r2: a.r2 });
        for (let x = a.r1; x <= a.r2; x++) baris.push({ r: x, tanda });
        tanda = 1;
      });
      return { pola: 'agregat', fungsi, kodeSubtotal, baris, rentang, rantai };
    }
  }
  const barisSama = u.acuan.every((a) => a.r1 === r && a.r2 === r && !a.penuh);
  if (barisSama && !u.acuan.some((a) => a.c1 <= c && a.c2 >= c)) {
    const kolom = new Set<number>();
    for (const a of u.acuan) for (let x = a.c1; x <= a.c2; x++) kolom.add(x);
    return { pola: 'baris', kolom: [...kolom].sort((x, y) => x - y) };
  }
  return { pola: 'lain' };
}
