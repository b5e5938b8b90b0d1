/** Budget figures: penyerapan (% realisasi) and sisa. DOMAIN.md "Formulas". */
import { Desimal, SERATUS } from './desimal';
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
