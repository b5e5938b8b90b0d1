/** Which target and realisasi columns a capaian column is computed from (same year, else the only pair). */
import type { Kolom, Tabel } from '../model';

export interface Pasangan {
  target: Kolom;
  realisasi: Kolom;
}

export function pasanganCapaian(t: Tabel, cap: Kolom): Pasangan | null {
  const target = t.kolom.filter((k) => k.peran === 'target');
  const realisasi = t.kolom.filter((k) => k.peran === 'realisasi');
  if (target.length === 0 || realisasi.length === 0) return null;
  if (cap.tahun) {
    const tt = target.find((k) => k.tahun === cap.tahun);
    const rr = realisasi.find((k) => k.tahun === cap.tahun);
    if (tt && rr) return { target: tt, realisasi: rr };
  }
  // a capaian for another year than the only target/realisasi pair is not computed from them
  const lainTahun = (k: Kolom) => cap.tahun !== null && k.tahun !== null && k.tahun !== cap.tahun;
  if (target.length === 1 && realisasi.length === 1) {
    if (lainTahun(target[0]) || lainTahun(realisasi[0])) return null;
    return { target: target[0], realisasi: realisasi[0] };
  }
  const kiri = <T extends Kolom>(ks: T[]) => ks.filter((k) => k.c < cap.c).sort((a, b) => b.c - a.c)[0];
  const tt = kiri(target);
  const rr = kiri(realisasi);
  return tt && rr && !lainTahun(tt) && !lainTahun(rr) ? { target: tt, realisasi: rr } : null;
}
