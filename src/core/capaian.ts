/** Capaian (achievement) in percent points, for positive and negative indicators. DOMAIN.md "Formulas". */
import { D, Desimal, SERATUS } from './desimal';
import type { Polaritas } from './polaritas';

export class PembagiNol extends Error {
  constructor(public readonly apa: string) {
    super(`${apa} bernilai 0: capaian tidak terdefinisi`);
  }
}

/** Positive: realisasi / target × 100. Negative: (2·target − realisasi) / target × 100. */
export function capaian(target: Desimal, realisasi: Desimal, polaritas: Polaritas = 'positif'): Desimal {
  if (target.isZero()) throw new PembagiNol('target');
  if (polaritas === 'negatif') return target.times(2).minus(realisasi).div(target).times(SERATUS);
  return realisasi.div(target).times(SERATUS);
}

export function capaianPositif(target: Desimal, realisasi: Desimal): Desimal {
  return capaian(target, realisasi, 'positif');
}

export { D };
