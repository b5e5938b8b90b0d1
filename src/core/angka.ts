/**
 * angka: every number form seen in SAKIP workbooks (DOMAIN.md "Numbers as they appear").
 *
 *   30.316.880.763,00   Indonesian separators      1,158,498,355.00   US separators
 *   Rp. 758.859.800,-   currency and trailing ,-   86%  95 %          percent
 *   -                   zero / empty               N/A                not available
 *   89,06 (data BPS)    annotated value            5,72 per 100.000   annotated value
 *
 * A single `1.234` is ambiguous (thousands or decimals). It is decided by the other cells of its column
 * (`sistemKolom`) and, when still undecided, returned as ambiguous with no value: never guessed silently.
 */
import { D, Desimal, dariAngkaJs, DESIMAL_MAKS } from './desimal';
import { penyerapanCocokBulat } from './anggaran';

export type Sistem = 'id' | 'us';

export type StatusAngka =
  | 'angka' // a real number cell
  | 'teks-angka' // a number written as text
  | 'kosong' // empty
  | 'strip' // "-": zero / nothing
  | 'na' // N/A and friends
  | 'ambigu' // 1.234 with no way to decide
  | 'ekspresi' // text holding arithmetic ("49,18 +36,57/ 2=42,87")
  | 'teks' // words, no number
  | 'galat'; // an Excel error value (#DIV/0!)

export interface Angka {
  status: StatusAngka;
  /** The value as shown, in its own scale: "86%" and a 0.86 cell formatted 0% both give 86 with persen. */
  nilai: Desimal | null;
  /** Decimals shown, for the tolerance rule; null when there is no value. */
  desimal: number | null;
  persen: boolean;
  /** Separator system the text used, when it can be told. */
  sistem?: Sistem;
  /** Other things noticed: 'rp', 'anotasi', 'kurung' (accounting parentheses), 'sistem-kolom'. */
  catatan: string[];
  /** The same value as a JS number, set only when it is a whole number below 2^53 (exact): lets sums skip Decimal. */
  bulat?: number;
  /** The shown value as a whole number of its last decimal (value × 10^desimal), when that is a safe integer: lets sums and penyerapan skip Decimal. */
  utuh?: number;
  /**
   * The stored value when the shown one is rounded by the cell's number format (0.05625 formatted 0.00 %
   * shows 5,63 and stores 5,625). Sums and means are taken over stored values (DOMAIN.md); absent when the
   * shown value is the stored one.
   */
  tersimpan?: Desimal;
}

/** The value as stored in the cell (in the shown scale: a %-formatted 0.05625 is 5.625). */
export function nilaiTersimpan(a: Angka & { nilai: Desimal }): Desimal {
  return a.tersimpan ?? a.nilai;
}

const NA = /^(n\s*\/\s*a|#n\/a|na|t\s*\/\s*a|tidak ada( data)?|belum ada( data)?|nihil data)$/i;
const STRIP = /^[-–—]+$/;
const ANGKA_DEPAN = /^([+\-−–]?)\s*(\d[\d.,]*)/;

function hasil(status: StatusAngka, extra: Partial<Angka> = {}): Angka {
  return { status, nilai: null, desimal: null, persen: false, catatan: [], ...extra };
}

/** Decide the separator system of one digit run, or 'ambigu' when both readings are valid. */
export function sistemDari(digits: string): Sistem | 'ambigu' | 'bilangan-bulat' | 'tidak-valid' {
  const titik = (digits.match(/\./g) ?? []).length;
  const koma = (digits.match(/,/g) ?? []).length;
  if (titik === 0 && koma === 0) return 'bilangan-bulat';
  if (/[.,]$/.test(digits) || /[.,]{2}/.test(digits)) return 'tidak-valid';
  if (titik > 0 && koma > 0) {
    const akhir = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
    const dec = digits[akhir];
    const ribuan = dec === ',' ? '.' : ',';
    if ((digits.match(new RegExp(`\\${dec}`, 'g')) ?? []).length > 1) return 'tidak-valid';
    const bagianBulat = digits.slice(0, akhir);
    if (!ribuanSah(bagianBulat, ribuan)) return 'tidak-valid';
    return dec === ',' ? 'id' : 'us';
  }
  const sep = titik > 0 ? '.' : ',';
  const n = titik + koma;
  if (n > 1) return ribuanSah(digits, sep) ? (sep === '.' ? 'id' : 'us') : 'tidak-valid';
  // a single separator: thousands only if exactly three digits follow and the lead group is 1-3 digits
  const [kiri, kanan] = digits.split(sep);
  const bisaRibuan = kanan.length === 3 && kiri.length >= 1 && kiri.length <= 3 && kiri !== '0';
  if (!bisaRibuan) return sep === ',' ? 'id' : 'us';
  return 'ambigu';
}

function ribuanSah(s: string, sep: string): boolean {
  const g = s.split(sep);
  if (g[0].length < 1 || g[0].length > 3) return false;
  return g.slice(1).every((x) => x.length === 3);
}

function keDesimal(digits: string, sistem: Sistem): { nilai: Desimal; desimal: number } {
  const ribuan = sistem === 'id' ? '.' : ',';
  const dec = sistem === 'id' ? ',' : '.';
  const bersih = digits.split(ribuan).join('').replace(dec, '.');
  const desimal = bersih.includes('.') ? bersih.length - bersih.indexOf('.') - 1 : 0;
  return { nilai: new D(bersih), desimal };
}

/** Parse text as typed or pasted into a cell. `petunjuk` is the column's separator system, if known. */
export function parseTeks(teksAsli: string, petunjuk?: Sistem | null): Angka {
  const catatan: string[] = [];
  let t = teksAsli.replace(/\u00a0/g, ' ').trim();
  if (t === '') return hasil('kosong');
  if (STRIP.test(t)) return hasil('strip', { nilai: new D(0), desimal: 0 });
  if (NA.test(t)) return hasil('na');
  if (/^#(DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|N\/A|SPILL!|CALC!)$/i.test(t)) return hasil('galat');

  let negatifKurung = false;
  const kurung = /^\((.*)\)$/.exec(t);
  if (kurung && /\d/.test(kurung[1]) && !/[a-z]{3,}/i.test(kurung[1])) {
    t = kurung[1].trim();
    negatifKurung = true;
    catatan.push('kurung');
  }
  const rp = /^(rp\.?|idr)\s*/i.exec(t);
  if (rp) {
    t = t.slice(rp[0].length);
    catatan.push('rp');
  }
  t = t.replace(/\s*[,.]\s*-\s*$/, ''); // 758.859.800,-  and  7.362.000,00,-
  const m = ANGKA_DEPAN.exec(t);
  if (!m) return hasil('teks', { catatan });

  let digits = m[2];
  let sisa = t.slice(m[0].length);
  // "9.403%" keeps its dot; a trailing separator belongs to the sentence, not the number
  while (/[.,]$/.test(digits)) {
    sisa = digits.slice(-1) + sisa;
    digits = digits.slice(0, -1);
  }
  let persen = false;
  const sisaTrim = sisa.trim();
  if (/^%/.test(sisaTrim)) {
    persen = true;
    sisa = sisaTrim.slice(1);
  }
  const ekor = sisa.trim();
  if (ekor !== '') {
    // arithmetic after the number is an expression, not an annotation
    if (/^[+\-*/x×:=÷]/i.test(ekor) && /\d/.test(ekor)) return hasil('ekspresi', { catatan });
    if (/^[a-z(\[]/i.test(ekor) || /^[;,]/.test(ekor)) catatan.push('anotasi');
    else if (/\d/.test(ekor)) return hasil('ekspresi', { catatan });
    else catatan.push('anotasi');
  }

  let sistem = sistemDari(digits);
  if (sistem === 'tidak-valid') return hasil('teks', { catatan });
  if (sistem === 'ambigu') {
    if (!petunjuk) return hasil('ambigu', { persen, catatan });
    sistem = petunjuk;
    catatan.push('sistem-kolom');
  }
  const sys: Sistem = sistem === 'bilangan-bulat' ? 'id' : sistem;
  const { nilai, desimal } = keDesimal(digits, sys);
  const negatif = negatifKurung || (m[1] !== '' && m[1] !== '+');
  return {
    status: 'teks-angka',
    nilai: negatif ? nilai.neg() : nilai,
    desimal: Math.min(desimal, DESIMAL_MAKS),
    persen,
    sistem: sistem === 'bilangan-bulat' ? undefined : sys,
    catatan,
  };
}

/** Decimals and percent-ness implied by an Excel number format such as `#,##0.00`, `0%`, `"Rp. "#,##0`. */
export function infoFormat(fmt: string | undefined | null): InfoFormat {
  if (!fmt || /^general$/i.test(fmt) || fmt === '@') return TANPA_FORMAT;
  return Object.freeze(bacaFormat(fmt));
}

export interface InfoFormat {
  readonly desimal: number | null;
  readonly persen: boolean;
}

const TANPA_FORMAT: InfoFormat = Object.freeze({ desimal: null, persen: false });

/**
 * The number formats of one reading (a sheet's `BacaLembar`), each read once: a workbook uses a
 * handful of formats over thousands of cells. Owned by the reading, so nothing is cached at module level.
 */
export class CacheFormat {
  private readonly dibaca = new Map<string, InfoFormat>();

  info(fmt: string | undefined | null): InfoFormat {
    if (!fmt || fmt === '@') return TANPA_FORMAT;
    let info = this.dibaca.get(fmt);
    if (!info) this.dibaca.set(fmt, (info = infoFormat(fmt)));
    return info;
  }
}

function bacaFormat(fmt: string): { desimal: number | null; persen: boolean } {
  const bagian = fmt
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  const persen = bagian.includes('%');
  const m = /[0#?]\.([0#?]+)/.exec(bagian);
  return { desimal: m ? m[1].length : /[0#?]/.test(bagian) ? 0 : null, persen };
}

/** Shared by the many cells with nothing to note (frozen: it must never be pushed to). */
const TANPA_CATATAN = Object.freeze([]) as unknown as string[];

/**
 * A number cell whose shown value is exact in JS numbers (whole rupiah, and fractions such as 47.3 with at
 * most six decimals): its Decimal is made only when a check asks for `nilai`. Sums, differences and
 * penyerapan of such cells are decided exactly on `bulat` / `utuh` (see jumlahAngka, samaPersis, sisaPersis, penyerapanPersis).
 */
class AngkaTepat implements Angka {
  readonly status = 'angka' as const;
  readonly persen = false;
  readonly catatan = TANPA_CATATAN;
  readonly bulat: number | undefined;
  private d: Desimal | null = null;
  constructor(
    /** A safe integer, or the shortest decimal text of the value. */
    private readonly sumber: number | string,
    readonly desimal: number,
    readonly utuh: number | undefined,
  ) {
    this.bulat = typeof sumber === 'number' ? sumber : undefined;
  }
  get nilai(): Desimal {
    return (this.d ??= new D(this.sumber));
  }
}

/** `x · 10^k` when it is a safe integer (exact), else undefined. */
function kaliUtuh(x: number, k: number): number | undefined {
  const v = x * 10 ** k;
  return Number.isSafeInteger(v) ? v : undefined;
}

/** The exact route of dariAngka for cells without a percent format; null when only decimal.js will do. */
function angkaTepat(n: number, fmtDesimal: number | null): Angka | null {
  if (Number.isSafeInteger(n)) {
    const v = n === 0 ? 0 : n; // no negative zero
    const k = fmtDesimal ?? 0;
    return new AngkaTepat(v, k, k <= DESIMAL_MAKS ? kaliUtuh(v, k) : undefined);
  }
  // the value as Excel shows it: 15 significant digits, written the shortest way
  const t = String(Number(n.toPrecision(15)));
  if (/e/i.test(t)) return null;
  const titik = t.indexOf('.');
  const dec = titik < 0 ? 0 : t.length - titik - 1;
  const k = fmtDesimal ?? dec;
  if (dec > k || k > DESIMAL_MAKS) return null; // needs rounding to the format: decimal.js does it
  const utuh = kaliUtuh(Number(t.replace('.', '')), k - dec);
  return utuh === undefined ? null : new AngkaTepat(t, k, utuh);
}

/**
 * A numeric cell as displayed with its number format; `format` is the reading's cache of formats (a lone
 * cell reads its format directly).
 */
export function dariAngka(n: number, fmt?: string | null, format?: CacheFormat): Angka {
  if (!Number.isFinite(n)) return hasil('galat');
  const f = format ? format.info(fmt) : infoFormat(fmt);
  if (!f.persen) {
    const tepat = angkaTepat(n, f.desimal);
    if (tepat) return tepat;
  }
  let nilai = dariAngkaJs(n);
  if (f.persen) nilai = nilai.times(100);
  if (f.desimal !== null) {
    const tampil = nilai.toDecimalPlaces(f.desimal);
    const a: Angka = { status: 'angka', nilai: tampil, desimal: f.desimal, persen: f.persen, catatan: TANPA_CATATAN };
    const tersimpan = nilai.toDecimalPlaces(DESIMAL_MAKS + 4);
    if (!tersimpan.eq(tampil)) a.tersimpan = tersimpan;
    return a;
  }
  const dibulat = nilai.toDecimalPlaces(DESIMAL_MAKS);
  return {
    status: 'angka',
    nilai: dibulat,
    desimal: dibulat.decimalPlaces(),
    persen: f.persen,
    catatan: TANPA_CATATAN,
  };
}

/**
 * The separator system of a column, from the cells whose text can be read only one way.
 * Returns null when the column gives no evidence, or contradicts itself about as often either way.
 */
export function sistemKolom(teks: readonly string[]): Sistem | null {
  let id = 0;
  let us = 0;
  for (const t of teks) {
    const m = ANGKA_DEPAN.exec(t.replace(/^(rp\.?|idr)\s*/i, '').trim());
    if (!m) continue;
    const s = sistemDari(m[2].replace(/[.,]+$/, ''));
    if (s === 'id') id++;
    else if (s === 'us') us++;
  }
  if (id === 0 && us === 0) return null;
  if (id > us) return 'id';
  if (us > id) return 'us';
  return null;
}

/**
 * An exact running sum of cells. Whole numbers below 2^53 (most rupiah amounts) are added as JS numbers for
 * as long as every partial sum stays a safe integer, which makes each addition exact; from the first value
 * that is not, the sum goes on in Decimal. Cells without a value add nothing.
 */
export class JumlahTepat {
  /** the sum × 10^k, a safe integer, while no value needed decimal.js */
  private s = 0;
  private k = 0;
  private d: Desimal | null = null;

  tambah(a: Angka): void {
    if (this.d === null && a.tersimpan === undefined) {
      const x = utuhDari(a);
      if (x) {
        const k = Math.max(this.k, x.k);
        const s = this.s * 10 ** (k - this.k);
        const u = s + x.s * 10 ** (k - x.k);
        if (Number.isSafeInteger(s) && Number.isSafeInteger(u)) {
          this.s = u;
          this.k = k;
          return;
        }
      }
    }
    const n = a.tersimpan ?? a.nilai;
    if (n) this.d = (this.d ?? this.nilai).plus(n);
  }

  /** The sum as a safe integer, while it has been added exactly as whole numbers. */
  get bulat(): number | undefined {
    return this.d === null && this.k === 0 ? this.s : undefined;
  }

  /** The sum as `s / 10^k` with s a safe integer, while it is exact in JS numbers. */
  get utuh(): { s: number; k: number } | undefined {
    return this.d === null ? { s: this.s, k: this.k } : undefined;
  }

  get nilai(): Desimal {
    return this.d ?? (this.k === 0 ? new D(this.s) : new D(this.s).div(10 ** this.k));
  }
}

/** A shown value as `s / 10^k` with s a safe integer (k its decimals), when it is exact in JS numbers. */
export function utuhDari(a: Angka): { s: number; k: number } | undefined {
  if (a.tersimpan !== undefined) return undefined;
  if (a.utuh !== undefined && a.desimal !== null) return { s: a.utuh, k: a.desimal };
  if (a.bulat !== undefined) return { s: a.bulat, k: 0 };
  return undefined;
}

/** The shown value is zero (decided without making its Decimal where it can be). */
export function angkaNol(a: Angka & { nilai: Desimal }): boolean {
  const x = utuhDari(a);
  return x ? x.s === 0 : a.nilai.isZero();
}

const BATAS_15 = 1e15;

/**
 * DOMAIN.md's consistency of a stated value `a` (shown with its decimals) with an exact sum `s / 10^k`, or
 * with its mean over n values, rounded or truncated, in integers. Decisive (true or false) when both values
 * have at most 15 significant digits, where a stored double's own 15 digits change nothing; else undefined.
 */
export function cocokUtuh(a: { s: number; k: number }, jumlah: { s: number; k: number }, n = 1): boolean | undefined {
  const K = Math.max(a.k, jumlah.k);
  const A = a.s * 10 ** (K - a.k);
  const S = jumlah.s * 10 ** (K - jumlah.k);
  if (!Number.isSafeInteger(A) || !Number.isSafeInteger(S) || Math.abs(A) >= BATAS_15 || Math.abs(S) >= BATAS_15)
    return undefined;
  // u: one unit of the stated value's last decimal, on the common scale
  const u = 10 ** (K - a.k);
  if (S === 0 && A === 0) return true;
  if (A !== 0 && S !== 0 && Math.sign(A) !== Math.sign(S)) return false;
  const absA = Math.abs(A);
  const absS = Math.abs(S);
  const bawahPotong = absA * n;
  const atasPotong = (absA + u) * n;
  const bawahBulat = (2 * absA - u) * n;
  const atasBulat = (2 * absA + u) * n;
  if (![atasPotong, atasBulat].every(Number.isSafeInteger) || !Number.isSafeInteger(2 * absS)) return undefined;
  // truncated: a ≤ x < a + u; rounded half up (away from zero): a − u/2 ≤ x < a + u/2
  return (bawahPotong <= absS && absS < atasPotong) || (bawahBulat <= 2 * absS && 2 * absS < atasBulat);
}

/** Exact sum of values (see JumlahTepat). */
export function jumlahAngka(as: readonly Angka[]): Desimal {
  const j = new JumlahTepat();
  for (const a of as) j.tambah(a);
  return j.nilai;
}

/** True for statuses that carry a usable value. */
export function adaNilai(a: Angka): a is Angka & { nilai: Desimal; desimal: number } {
  // a number cell always has its value: known without asking a lazy cell for its Decimal
  if (a.bulat !== undefined || (a.status === 'angka' && a.desimal !== null)) return true;
  return a.nilai !== null && a.desimal !== null;
}

/** A figure that has a value (see {@link adaNilai}). */
export type AngkaAda = Angka & { nilai: Desimal; desimal: number };

/**
 * The two figures have the same value. Whole numbers below 2^53 are compared as JS numbers (exact), without
 * making their Decimal; anything else by decimal.js.
 */
export function samaPersis(a: AngkaAda, b: AngkaAda): boolean {
  if (a.bulat !== undefined && b.bulat !== undefined) return a.bulat === b.bulat;
  return a.nilai.eq(b.nilai);
}

/** `a` is greater than `b` (stored values), on whole numbers without making their Decimal. */
export function lebihDari(a: AngkaAda, b: AngkaAda): boolean {
  if (a.bulat !== undefined && b.bulat !== undefined) return a.bulat > b.bulat;
  return nilaiTersimpan(a).gt(nilaiTersimpan(b));
}

/**
 * Fast path of `sisa = pagu − realisasi` for whole rupiah: true when the three are whole numbers and the
 * difference, exact in JS numbers, is the stated sisa. False means "not settled this way": decimal.js decides
 * (and gives the expected figure for a finding).
 */
export function sisaPersis(sisa: Angka, pagu: Angka, realisasi: Angka): boolean {
  if (sisa.bulat === undefined || pagu.bulat === undefined || realisasi.bulat === undefined) return false;
  const beda = pagu.bulat - realisasi.bulat;
  return Number.isSafeInteger(beda) && beda === sisa.bulat;
}

/**
 * Fast path of `penyerapan = realisasi / pagu × 100` within DOMAIN.md's tolerance, in integers
 * (penyerapanCocokBulat): true when pagu and realisasi are whole rupiah (a realisasi without a value counts as
 * zero spent: the caller decides whether it may), the stated percent is shown as stored and the quotient
 * matches it. False means "not settled this way": decimal.js decides.
 */
export function penyerapanPersis(stated: Angka, pagu: Angka, realisasi: Angka): boolean {
  const rBulat = adaNilai(realisasi) ? realisasi.bulat : 0;
  if (pagu.bulat === undefined || rBulat === undefined || stated.utuh === undefined || stated.tersimpan) return false;
  return penyerapanCocokBulat(pagu.bulat, rBulat, stated.utuh, stated.desimal ?? 0) === true;
}

/** Format a decimal the Indonesian way: 2.898.377.699 and 190,56. */
export function formatId(d: Desimal, desimal?: number): string {
  const s = desimal === undefined ? d.toFixed() : d.toFixed(desimal);
  const neg = s.startsWith('-');
  const [bulat, pecahan] = (neg ? s.slice(1) : s).split('.');
  const grup = bulat.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (neg ? '−' : '') + grup + (pecahan ? ',' + pecahan : '');
}

/** Format a decimal the English way: 2,898,377,699 and 190.56. */
export function formatEn(d: Desimal, desimal?: number): string {
  const s = desimal === undefined ? d.toFixed() : d.toFixed(desimal);
  const neg = s.startsWith('-');
  const [bulat, pecahan] = (neg ? s.slice(1) : s).split('.');
  return (neg ? '-' : '') + bulat.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (pecahan ? '.' + pecahan : '');
}

/**
 * A finding's stated/expected text as the cell shows it: the stored fraction of a percent-formatted cell
 * times 100 ("0.4869" → "48.69"); any other text unchanged.
 */
export function tampilPersen(teks: string | null, persen: boolean | undefined): string | null {
  if (teks === null || !persen || !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(teks.trim())) return teks;
  return new D(teks.trim()).times(100).toFixed();
}

/** The reverse of {@link tampilPersen}: a shown percent as the cell's stored fraction ("35" → "0.35"). */
export function simpanPersen(teks: string | null, persen: boolean | undefined): string | null {
  if (teks === null || !persen || !/^-?\d+(\.\d+)?$/.test(teks.trim())) return teks;
  return new D(teks.trim()).div(100).toFixed();
}
