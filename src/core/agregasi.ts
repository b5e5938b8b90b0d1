/** Aggregation of indicator capaian into sasaran/program capaian: simple mean, or weighted by anggaran. */
import { Desimal, NOL, rataRata } from './desimal';

export function rataSederhana(nilai: readonly Desimal[]): Desimal | null {
  return rataRata(nilai);
}

/** Σ(capaianᵢ · anggaranᵢ) / Σ anggaranᵢ; null when there is nothing to weigh. */
export function rataTertimbang(nilai: readonly Desimal[], bobot: readonly Desimal[]): Desimal | null {
  if (nilai.length !== bobot.length) throw new RangeError('jumlah nilai dan bobot berbeda');
  let atas = NOL;
  let bawah = NOL;
  nilai.forEach((n, i) => {
    atas = atas.plus(n.times(bobot[i]));
    bawah = bawah.plus(bobot[i]);
  });
  return bawah.isZero() ? null : atas.div(bawah);
}
