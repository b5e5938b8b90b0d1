/** Capaian (achievement) in percent points, for positive and negative indicators. DOMAIN.md "Formulas". */
import { D, Desimal, SERATUS } from './desimal';
import type { Polaritas } from './polaritas';

export class PembagiNol extends Error {
  constructor(public readonly apa: string) {
    super(`${apa} bernilai 0: capaian tidak terdefinisi`);
  }
}

/** The two capaian methods for negative indicators in real use (DOMAIN.md). */
export type MetodeNegatif = 'pengurangan' | 'kebalikan';
export const METODE_NEGATIF: readonly MetodeNegatif[] = ['pengurangan', 'kebalikan'];

/**
 * Positive: realisasi / target × 100. Negative, `pengurangan` (the default, as the seed reports state):
 * (2·target − realisasi) / target × 100; `kebalikan`: target / realisasi × 100.
 */
export function capaian(
  target: Desimal,
  realisasi: Desimal,
  polaritas: Polaritas = 'positif',
  metode: MetodeNegatif = 'pengurangan',
): Desimal {
  if (target.isZero()) throw new PembagiNol('target');
  if (polaritas === 'negatif') {
    if (metode === 'kebalikan') {
      if (realisasi.isZero()) throw new PembagiNol('realisasi');
      return target.div(realisasi).times(SERATUS);
    }
    return target.times(2).minus(realisasi).div(target).times(SERATUS);
  }
  return realisasi.div(target).times(SERATUS);
}

export function parseMetodeNegatif(teks: unknown): MetodeNegatif | null {
  if (typeof teks !== 'string') return null;
  const t = teks.trim().toLowerCase();
  if (t === '' || t === 'pengurangan' || t === 'selisih' || t === 'rumus b') return 'pengurangan';
  if (t === 'kebalikan' || t === 'invers' || t === 'inverse' || t === 'target/realisasi') return 'kebalikan';
  return null;
}

export function capaianPositif(target: Desimal, realisasi: Desimal): Desimal {
  return capaian(target, realisasi, 'positif');
}

export { D };
