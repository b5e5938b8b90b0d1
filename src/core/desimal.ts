/**
 * Decimal arithmetic for money and percentages. Every figure the engine compares goes through
 * decimal.js; binary floating point is only ever a transport format (Excel's cached values).
 */
import Decimal from 'decimal.js';

export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Desimal = InstanceType<typeof D>;

export const NOL = new D(0);
export const SERATUS = new D(100);

/** Most decimals a General-format number is compared at (hides binary noise like 267.71000000000004). */
export const DESIMAL_MAKS = 6;

/** A JS number as a decimal, through its shortest round-trip text (15 significant digits). */
export function dariAngkaJs(n: number): Desimal {
  if (!Number.isFinite(n)) throw new RangeError(`bukan angka hingga: ${n}`);
  return new D(Number(n.toPrecision(15)).toString());
}

/** Decimals written in a plain decimal string such as "451.08" (0 for "107"). */
export function jumlahDesimal(d: Desimal): number {
  return Math.min(d.decimalPlaces(), DESIMAL_MAKS);
}

export function bulatkan(d: Desimal, desimal: number): Desimal {
  return d.toDecimalPlaces(desimal, D.ROUND_HALF_UP);
}

export function potong(d: Desimal, desimal: number): Desimal {
  return d.toDecimalPlaces(desimal, D.ROUND_DOWN);
}

/**
 * DOMAIN.md tolerance: a stated value shown with `desimal` decimals is consistent when it equals the
 * recomputed value rounded or truncated to that many decimals.
 */
export function cocok(dinyatakan: Desimal, desimal: number, dihitung: Desimal): boolean {
  const d = Math.max(0, Math.min(desimal, DESIMAL_MAKS));
  const s = bulatkan(dinyatakan, d);
  return s.eq(bulatkan(dihitung, d)) || s.eq(potong(dihitung, d));
}

export function jumlahkan(nilai: readonly Desimal[]): Desimal {
  return nilai.reduce((a, b) => a.plus(b), NOL);
}

export function rataRata(nilai: readonly Desimal[]): Desimal | null {
  return nilai.length === 0 ? null : jumlahkan(nilai).div(nilai.length);
}

/** Smallest / largest of a list of any length (Math.min(...xs) overflows the stack on 100k+ items). */
export function terkecil(xs: readonly number[]): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}
export function terbesar(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}
