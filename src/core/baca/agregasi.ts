/**
 * How each numeric column aggregates under the accepted hierarchy: parents that SUM their children (money,
 * counts with one satuan), parents that AVERAGE them (percent columns), parents computed across their own
 * row (`=AD11/J11*100`), or no aggregation at all (kinerja values whose satuan differs per row, row numbers).
 * The parents' own formulas decide first; else the figures, with more evidence asked of percent and kinerja
 * columns than of money.
 */
import type { Agregasi, Kolom } from '../model';
import { PERAN_PERSEN } from '../model';
import type { SkorKolom } from './hierarki';

/** A column of percentages: by its format or unit, or by its role. */
export function kolomPersen(k: Kolom): boolean {
  return k.nilai === 'persen' || (k.nilai === undefined && PERAN_PERSEN.has(k.peran));
}

/** Performance values (targets, realisasi) rather than money or counts. */
function kolomKinerja(k: Kolom): boolean {
  return (
    k.nilai === 'kinerja' ||
    (k.nilai !== 'uang' && k.nilai !== 'hitungan' && (k.peran === 'target' || k.peran === 'realisasi'))
  );
}

export function agregasiKolom(k: Kolom, s: SkorKolom | undefined): { agregasi: Agregasi; bukti: string } {
  if (k.nilai === 'nomor' || k.nilai === 'kode' || k.nilai === 'teks')
    return { agregasi: 'tidak', bukti: 'bukan angka agregat' };
  if (s) {
    const rumus = s.rumusJumlah + s.rumusRata;
    if (s.rumusBaris > rumus && s.rumusBaris >= 1)
      return { agregasi: 'baris', bukti: `rumus baris di ${s.rumusBaris} induk` };
    if (s.rumusRata > s.rumusJumlah) return { agregasi: 'rata', bukti: `AVERAGE di ${s.rumusRata} induk` };
    if (s.rumusJumlah >= 1) return { agregasi: 'jumlah', bukti: `SUM di ${s.rumusJumlah} induk` };
    const ketat = kolomPersen(k) || kolomKinerja(k);
    // money and counts sum unless the parents show otherwise (a mismatch or two is what the check is for);
    // percents and kinerja values are averaged or left alone unless the parents show a sum
    if (!ketat && s.relasi > 0 && s.relasi < 3 && s.rata <= s.jumlah)
      return { agregasi: 'jumlah', bukti: `uang/hitungan, ${s.jumlah} dari ${s.relasi} induk = jumlah rinciannya` };
    if (s.relasi > 0) {
      const perlu = ketat ? 0.8 : 0.6;
      const minimal = ketat ? 3 : 1;
      // a percent is summed only where the sum explains more parents than the mean (weights that add up to
      // 100 %); where both fit (single children beside "-"), it is a mean
      const jumlahMenang = kolomPersen(k) && k.peran !== 'bobot' ? s.jumlah > s.rata : s.jumlah >= s.rata;
      if (s.jumlah >= s.relasi * perlu && s.jumlah >= minimal && jumlahMenang)
        return { agregasi: 'jumlah', bukti: `${s.jumlah} dari ${s.relasi} induk = jumlah rinciannya` };
      if (s.rata >= s.relasi * perlu && s.rata >= Math.min(minimal, 2))
        return { agregasi: 'rata', bukti: `${s.rata} dari ${s.relasi} induk = rata-rata rinciannya` };
      return {
        agregasi: 'tidak',
        bukti: `induk tidak cocok dengan jumlah maupun rata-rata (${Math.max(s.jumlah, s.rata)} dari ${s.relasi})`,
      };
    }
  }
  // no parent to learn from: totals add money, counts and weights; percents and kinerja values are not added
  if (k.peran === 'bobot') return { agregasi: 'jumlah', bukti: 'bobot dijumlahkan' };
  if (kolomPersen(k) || kolomKinerja(k)) return { agregasi: 'tidak', bukti: 'persen/kinerja tidak dijumlahkan' };
  return { agregasi: 'jumlah', bukti: 'uang/hitungan' };
}
