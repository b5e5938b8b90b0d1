/**
 * Numbers as the pane shows them: Indonesian style (16.843.500 and 451,08) or English (16,843,500 and
 * 451.08). Values the engine hands over as text ("3901186054.00", "2,872,958,699.00") are parsed first and
 * keep their decimals; anything that is not a number is shown as it is.
 */
import type { Bahasa } from '../core/pesan/bahasa';
import { parseTeks, formatEn, formatId, tampilPersen } from '../core/angka';
import { D } from '../core/desimal';

const MESIN = /^-?\d+(\.\d+)?$/;

/** A JS number in the pane's language, with at most `maksDesimal` decimals (trailing zeros dropped). */
export function formatAngka(angka: number, bahasa: Bahasa, maksDesimal = 2): string {
  if (!Number.isFinite(angka)) return String(angka);
  return new Intl.NumberFormat(bahasa === 'en' ? 'en-US' : 'id-ID', {
    maximumFractionDigits: maksDesimal,
    useGrouping: true,
  })
    .format(angka)
    .replace(/^-/, '−');
}

/** A JS number with exactly `desimal` decimals ("451,08", "100,00"). */
export function formatTetap(angka: number, bahasa: Bahasa, desimal: number): string {
  return new Intl.NumberFormat(bahasa === 'en' ? 'en-US' : 'id-ID', {
    minimumFractionDigits: desimal,
    maximumFractionDigits: desimal,
  })
    .format(angka)
    .replace(/^-/, '−');
}

/**
 * A finding's stated/expected text in the pane's language. Machine form ("3901186054.00", what the engine
 * writes for a computed value) keeps its decimals; a cell's own text ("2,872,958,699.00", "Rp 1.000,-") is
 * read the way the engine reads cells. Text that is not a number (a predikat label) comes back unchanged.
 */
export function formatNilaiTeks(teks: string | null | undefined, bahasa: Bahasa): string {
  if (teks === null || teks === undefined) return '';
  const rapi = teks.trim();
  const fmt = bahasa === 'en' ? formatEn : formatId;
  if (MESIN.test(rapi)) {
    const desimal = rapi.includes('.') ? rapi.length - rapi.indexOf('.') - 1 : 0;
    return fmt(new D(rapi), desimal);
  }
  const angka = parseTeks(rapi);
  if (
    angka.nilai &&
    (angka.status === 'angka' || angka.status === 'teks-angka') &&
    !/[a-z]/i.test(rapi.replace(/^rp\.?/i, ''))
  )
    return fmt(angka.nilai, angka.desimal ?? undefined) + (angka.persen ? ' %' : '');
  return teks;
}

/** The value of a stated/expected text as a JS number, when it is one. */
export function nilaiTeks(teks: string | null | undefined): number | null {
  if (teks === null || teks === undefined) return null;
  const rapi = teks.trim();
  if (MESIN.test(rapi)) return Number(rapi);
  const angka = parseTeks(rapi);
  return angka.nilai ? angka.nilai.toNumber() : null;
}

/**
 * A finding's stated/expected value as the cell shows it: a percent-formatted cell's stored fraction becomes
 * its percent ("0.4869" → "48,69 %", at most four decimals); other values as {@link formatNilaiTeks}.
 */
export function formatNilaiTemuan(
  teks: string | null | undefined,
  persen: boolean | undefined,
  bahasa: Bahasa,
): string {
  if (teks === null || teks === undefined) return '';
  const tampil = tampilPersen(teks, persen);
  if (!persen || tampil === teks) return formatNilaiTeks(teks, bahasa);
  return formatNilaiTeks(new D(tampil!).toDecimalPlaces(4).toFixed(), bahasa) + ' %';
}
