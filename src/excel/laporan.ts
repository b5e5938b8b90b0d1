/** Rows of the "Temuan SAKIP" report sheet for Office.js: text guarded so it is never read as a formula. */
import type { Temuan } from '../core/model';
import { teksAman } from '../core/teksAman';
import type { DataGrafik } from '../core/grafik';

import { NAMA_LEMBAR_TEMUAN, judulGrafik, judulLaporan, labelTingkat } from '../core/laporan';
import { refLembar } from '../core/grid';

export const NAMA_LAPORAN = NAMA_LEMBAR_TEMUAN;

export function barisLaporan(
  temuan: Temuan[],
  bahasa: 'id' | 'en',
): { baris: (string | number)[][]; tautan: { r: number; c: number; ke: string; teks: string }[] } {
  const baris: (string | number)[][] = [judulLaporan(bahasa)];
  const tautan: { r: number; c: number; ke: string; teks: string }[] = [];
  temuan.forEach((f, i) => {
    baris.push([
      i + 1,
      f.rule,
      labelTingkat(f.severity, bahasa),
      teksAman(f.sheet),
      f.cell,
      teksAman(f.message),
      teksAman(f.stated ?? ''),
      teksAman(f.expected ?? ''),
    ]);
    tautan.push({ r: i + 1, c: 4, ke: `${refLembar(f.sheet)}!${f.cell}`, teks: f.cell });
  });
  return { baris, tautan };
}

/** The chart block right of the findings: indikator, capaian, predikat (values only, text guarded). */
export function blokGrafik(grafik: DataGrafik | undefined, bahasa: 'id' | 'en'): (string | number)[][] | null {
  if (!grafik || grafik.capaian.length === 0) return null;
  return [judulGrafik(bahasa), ...grafik.capaian.map((c) => [teksAman(c.nama), c.nilai, teksAman(c.predikat)])];
}
