/**
 * Numbers as the pane shows them: Indonesian style (16.843.500 and 451,08) or English (16,843,500 and
 * 451.08). Values the engine hands over as text ("3901186054.00", "2,872,958,699.00") are parsed first and
 * keep their decimals; anything that is not a number is shown as it is.
 */
import type { Bahasa } from '../core/pesan/bahasa';
import { parseTeks, formatEn, formatId, skalaTampil } from '../core/angka';
import { D } from '../core/desimal';

const MESIN = /^-?\d+(\.\d+)?$/;

/** A JS number in the pane's language, with at most `maksDesimal` decimals (trailing zeros dropped). */
export function formatAngka(n: number, bahasa: Bahasa, maksDesimal = 2): string {
  if (!Number.isFinite(n)) return String(n);
  return new Intl.NumberFormat(bahasa === 'en' ? 'en-US' : 'id-ID', {
    maximumFractionDigits: maksDesimal,
    useGrouping: true,
  })
    .format(n)
    .replace(/^-/, '−');
}

/** A JS number with exactly `desimal` decimals ("451,08", "100,00"). */
export function formatTetap(n: number, bahasa: Bahasa, desimal: number): string {
  return new Intl.NumberFormat(bahasa === 'en' ? 'en-US' : 'id-ID', {
    minimumFractionDigits: desimal,
    maximumFractionDigits: desimal,
  })
    .format(n)
    .replace(/^-/, '−');
}

/**
 * A finding's stated/expected text in the pane's language. Machine form ("3901186054.00", what the engine
 * writes for a computed value) keeps its decimals; a cell's own text ("2,872,958,699.00", "Rp 1.000,-") is
 * read the way the engine reads cells. Text that is not a number (a predikat label) comes back unchanged.
 */
export function formatNilaiTeks(s: string | null | undefined, bahasa: Bahasa): string {
  if (s === null || s === undefined) return '';
  const t = s.trim();
  const fmt = bahasa === 'en' ? formatEn : formatId;
  if (MESIN.test(t)) {
    const desimal = t.includes('.') ? t.length - t.indexOf('.') - 1 : 0;
    return fmt(new D(t), desimal);
  }
  const a = parseTeks(t);
  if (a.nilai && (a.status === 'angka' || a.status === 'teks-angka') && !/[a-z]/i.test(t.replace(/^rp\.?/i, '')))
    return fmt(a.nilai, a.desimal ?? undefined) + (a.persen ? ' %' : '');
  return s;
}

/** The value of a stated/expected text as a JS number, when it is one. */
export function nilaiTeks(s: string | null | undefined): number | null {
  if (s === null || s === undefined) return null;
  const t = s.trim();
  if (MESIN.test(t)) return Number(t);
  const a = parseTeks(t);
  return a.nilai ? a.nilai.toNumber() : null;
}

/**
 * A finding's stated/expected value as the cell shows it: a percent-formatted cell's stored fraction becomes
 * its percent ("0.4869" → "48,69 %", at most four decimals); other values as {@link formatNilaiTeks}.
 */
export function formatNilaiTemuan(s: string | null | undefined, persen: boolean | undefined, bahasa: Bahasa): string {
  if (s === null || s === undefined) return '';
  const tampil = skalaTampil(s, persen);
  if (!persen || tampil === s) return formatNilaiTeks(s, bahasa);
  return formatNilaiTeks(new D(tampil!).toDecimalPlaces(4).toFixed(), bahasa) + ' %';
}
