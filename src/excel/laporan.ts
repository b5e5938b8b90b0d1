/** Rows of the "Temuan SAKIP" report sheet for Office.js: every text written so that Excel keeps it as text. */
import type { Temuan } from '../core/model';
import type { DataGrafik } from '../core/grafik';
import type { Bahasa } from '../core/pesan/bahasa';
import { NAMA_LEMBAR_TEMUAN, judulGrafik, judulLaporan, labelTingkat } from '../core/laporan';
import { refLembar } from '../core/grid';

export const NAMA_LAPORAN = NAMA_LEMBAR_TEMUAN;

/**
 * A string for `range.values` that Excel stores as exactly this text: Excel parses what is written there as
 * if it were typed ("=…" a formula, "2024" a number, "TRUE" a boolean, "31/3" a date); a leading apostrophe
 * is Excel's own "this is text" mark, which it does not keep in the value (core/teksAman.ts guards only
 * formulas; a cell of ours may hold any text).
 */
export function teksTetap(s: string): string {
  return s === '' ? '' : `'${s}`;
}

export function barisLaporan(
  temuan: Temuan[],
  bahasa: Bahasa,
): { baris: (string | number)[][]; tautan: { r: number; c: number; ke: string; teks: string }[] } {
  const baris: (string | number)[][] = [judulLaporan(bahasa).map(teksTetap)];
  const tautan: { r: number; c: number; ke: string; teks: string }[] = [];
  temuan.forEach((f, i) => {
    baris.push([
      i + 1,
      teksTetap(f.rule),
      teksTetap(labelTingkat(f.severity, bahasa)),
      teksTetap(f.sheet),
      teksTetap(f.cell),
      teksTetap(f.message),
      teksTetap(f.stated ?? ''),
      teksTetap(f.expected ?? ''),
    ]);
    tautan.push({ r: i + 1, c: 4, ke: `${refLembar(f.sheet)}!${f.cell}`, teks: f.cell });
  });
  return { baris, tautan };
}

/** The chart block right of the findings: indikator, capaian, predikat (values only, text kept as text). */
export function blokGrafik(grafik: DataGrafik | undefined, bahasa: Bahasa): (string | number)[][] | null {
  if (!grafik || grafik.capaian.length === 0) return null;
  return [
    judulGrafik(bahasa).map(teksTetap),
    ...grafik.capaian.map((c) => [teksTetap(c.nama), c.nilai, teksTetap(c.predikat)]),
  ];
}
