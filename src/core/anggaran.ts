/** Budget figures: penyerapan (% realisasi) and sisa. DOMAIN.md "Formulas". */
import { Desimal, DESIMAL_MAKS, SERATUS } from './desimal';
import { PembagiNol } from './capaian';

/** realisasi / pagu × 100 */
export function penyerapan(pagu: Desimal, realisasi: Desimal): Desimal {
  if (pagu.isZero()) throw new PembagiNol('pagu');
  return realisasi.div(pagu).times(SERATUS);
}

/** pagu − realisasi */
export function sisa(pagu: Desimal, realisasi: Desimal): Desimal {
  return pagu.minus(realisasi);
}

/**
 * The DOMAIN.md tolerance for a stated penyerapan, decided in exact integer arithmetic for whole-rupiah
 * pagu and realisasi: the stated value (`utuh` = value × 10^desimal) must equal realisasi / pagu × 100
 * rounded half up or truncated to `desimal` decimals. Returns null when the numbers do not fit below 2^53
 * (or pagu is not positive, realisasi negative): the caller then uses decimal.js.
 */
export function penyerapanCocokBulat(pagu: number, realisasi: number, utuh: number, desimal: number): boolean | null {
  if (!(pagu > 0) || !(realisasi >= 0) || desimal < 0 || desimal > DESIMAL_MAKS) return null;
  const n = realisasi * 100 * 10 ** desimal;
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(n + pagu)) return null;
  // q = floor(n / pagu): the float quotient may be one off, settled by exact products (all below 2^53)
  let q = Math.floor(n / pagu);
  while (q * pagu > n) q--;
  while ((q + 1) * pagu <= n) q++;
  const sisaBagi = n - q * pagu;
  const bulatAtas = 2 * sisaBagi >= pagu ? q + 1 : q;
  return utuh === q || utuh === bulatAtas;
}
