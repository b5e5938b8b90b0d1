/** Rows of the "Temuan SAKIP" report sheet for Office.js: every text written so that Excel keeps it as text. */
import type { Temuan } from '../core/model';
import type { DataGrafik } from '../core/grafik';
import type { Bahasa } from '../core/pesan/bahasa';
import {
  KOLOM_SEL_LAPORAN,
  NAMA_LEMBAR_TEMUAN,
  NilaiLaporan,
  barisTemuan,
  judulGrafik,
  judulLaporan,
} from '../core/laporan';
import { refLembar } from '../core/grid';

export const NAMA_LAPORAN = NAMA_LEMBAR_TEMUAN;

/**
 * A string for `range.values` that Excel stores as exactly this text: Excel parses what is written there as
 * if it were typed ("=…" a formula, "2024" a number, "TRUE" a boolean, "31/3" a date); a leading apostrophe
 * is Excel's own "this is text" mark, which it does not keep in the value (core/teksAman.ts guards only
 * formulas; a cell of ours may hold any text).
 */
export function teksTetap(teks: string): string {
  return teks === '' ? '' : `'${teks}`;
}

const nilai = (x: NilaiLaporan) => (typeof x.nilai === 'number' ? x.nilai : teksTetap(x.nilai));

/**
 * The report's rows for `range.values` (text kept as text, stated/expected as real numbers), the number
 * format of each cell for `range.numberFormat`, and the cell links.
 */
export function barisLaporan(
  temuan: Temuan[],
  bahasa: Bahasa,
): {
  baris: (string | number)[][];
  format: string[][];
  tautan: { baris: number; kolom: number; ke: string; teks: string }[];
} {
  const judul = judulLaporan(bahasa);
  const baris: (string | number)[][] = [judul.map(teksTetap)];
  const format: string[][] = [judul.map(() => 'General')];
  const tautan: { baris: number; kolom: number; ke: string; teks: string }[] = [];
  temuan.forEach((temuan, indeks) => {
    const barisLaporan = barisTemuan(temuan, indeks, bahasa);
    baris.push([
      barisLaporan.no,
      teksTetap(barisLaporan.aturan),
      teksTetap(barisLaporan.pemeriksaan),
      teksTetap(barisLaporan.tingkat),
      teksTetap(barisLaporan.lembar),
      teksTetap(barisLaporan.sel),
      teksTetap(barisLaporan.pesan),
      nilai(barisLaporan.tertulis),
      nilai(barisLaporan.seharusnya),
    ]);
    format.push([
      ...judul.slice(0, 7).map(() => 'General'),
      barisLaporan.tertulis.format ?? 'General',
      barisLaporan.seharusnya.format ?? 'General',
    ]);
    tautan.push({
      baris: indeks + 1,
      kolom: KOLOM_SEL_LAPORAN,
      ke: `${refLembar(temuan.sheet)}!${temuan.cell}`,
      teks: temuan.cell,
    });
  });
  return { baris, format, tautan };
}

/** The chart block right of the findings: indikator, capaian, predikat (values only, text kept as text). */
export function blokGrafik(grafik: DataGrafik | undefined, bahasa: Bahasa): (string | number)[][] | null {
  if (!grafik || grafik.capaian.length === 0) return null;
  return [
    judulGrafik(bahasa).map(teksTetap),
    ...grafik.capaian.map((c) => [teksTetap(c.nama), c.nilai, teksTetap(c.predikat)]),
  ];
}
