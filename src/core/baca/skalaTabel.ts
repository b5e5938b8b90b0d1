/**
 * Scale tables found in a workbook ("Tabel 3.2 Skala Nilai Peringkat Kinerja"): an interval column with
 * free-form texts (`91% ≤ 100%`, `Lebih dari 75% sd. 100%`) and a label column (predikat/kategori).
 */
import { LembarGrid, sel, teksSel } from '../grid';
import type { Baris, Kolom } from '../model';
import { Skala, parseInterval, skalaDariBaris } from '../skala';

export interface SkalaTabel extends Skala {
  /** Row and column of each band's interval text, in band order, for findings. */
  sel: { r: number; c: number; teks: string }[];
  takTerbaca: { r: number; c: number; teks: string }[];
}

export function bacaSkalaTabel(l: LembarGrid, kolom: Kolom[], baris: Baris[], judul: string): SkalaTabel | null {
  const data = baris.filter((b) => b.jenis === 'data' || b.jenis === 'bagian');
  // a rating scale has a handful of bands
  if (data.length < 2 || data.length > 20) return null;
  // the interval column: named so, or the one whose texts read as intervals most often
  const kandidat = kolom
    .map((k) => ({ k, n: data.filter((b) => parseInterval(teksSel(sel(l, b.r, k.c))) !== null).length }))
    .filter((x) => x.n >= 2 && (x.k.peran === 'interval' || x.n * 2 > data.length))
    .sort((a, b) => b.n - a.n);
  if (kandidat.length === 0) return null;
  const intervalKol = kandidat[0].k;
  const labelKol =
    kolom.find((k) => k.peran === 'predikat') ??
    kolom.find(
      (k) =>
        k.c !== intervalKol.c &&
        data.every(
          (b) => /[a-z]{3}/i.test(teksSel(sel(l, b.r, k.c))) && parseInterval(teksSel(sel(l, b.r, k.c))) === null,
        ),
    );
  if (!labelKol || labelKol.c === intervalKol.c) return null;
  const rows = data
    .map((b) => ({ r: b.r, interval: teksSel(sel(l, b.r, intervalKol.c)), label: teksSel(sel(l, b.r, labelKol.c)) }))
    .filter((x) => x.interval !== '' && x.label !== '');
  const { skala } = skalaDariBaris(judul || `Skala ${l.nama}`, rows);
  if (skala.pita.length < 2) return null;
  const selList = rows
    .filter((x) => parseInterval(x.interval) !== null)
    .map((x) => ({ r: x.r, c: intervalKol.c, teks: x.interval }));
  const tak = rows
    .filter((x) => parseInterval(x.interval) === null)
    .map((x) => ({ r: x.r, c: intervalKol.c, teks: x.interval }));
  return { ...skala, sel: selList, takTerbaca: tak };
}
