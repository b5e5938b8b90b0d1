/**
 * Efisiensi: performance per budget used. A workbook uses one method; the checker infers it from the
 * rows (majority wins) and flags the rows that disagree. DOMAIN.md lists the methods seen in real reports.
 */
import { Desimal, SERATUS } from './desimal';
import { PembagiNol } from './capaian';

export type MetodeEfisiensi = 'selisih' | 'rasio' | 'rasio-terbalik' | 'rupiah';
export const METODE_PERSEN: readonly MetodeEfisiensi[] = ['selisih', 'rasio', 'rasio-terbalik'];

export function parseMetode(teks: unknown): MetodeEfisiensi | null {
  if (typeof teks !== 'string') return null;
  const t = teks
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, '-');
  if (t === '' || t === 'selisih' || t === 'beda' || t === 'difference') return 'selisih';
  if (t === 'rasio' || t === 'ratio') return 'rasio';
  if (t === 'rasio-terbalik' || t === 'terbalik' || t === 'inverse' || t === 'inverse-ratio') return 'rasio-terbalik';
  if (t === 'rupiah' || t === 'rp') return 'rupiah';
  return null;
}

/** selisih: capaian − penyerapan; rasio: capaian / penyerapan × 100; rasio-terbalik: penyerapan / capaian × 100. */
export function efisiensi(
  capaianKinerja: Desimal,
  penyerapan: Desimal,
  metode: Exclude<MetodeEfisiensi, 'rupiah'> = 'selisih',
): Desimal {
  switch (metode) {
    case 'selisih':
      return capaianKinerja.minus(penyerapan);
    case 'rasio':
      if (penyerapan.isZero()) throw new PembagiNol('penyerapan');
      return capaianKinerja.div(penyerapan).times(SERATUS);
    case 'rasio-terbalik':
      if (capaianKinerja.isZero()) throw new PembagiNol('capaian');
      return penyerapan.div(capaianKinerja).times(SERATUS);
  }
}

/** rupiah: pagu − realisasi ("efisiensi anggaran"). */
export function efisiensiRupiah(pagu: Desimal, realisasi: Desimal): Desimal {
  return pagu.minus(realisasi);
}
