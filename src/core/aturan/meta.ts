/**
 * The rule registry: the rules the checker knows, once. Its keys are the rule ids (stable, DOMAIN.md;
 * `RuleId` is derived from them), each with its severity, label and what it checks, in both languages. The
 * run functions are listed beside them in daftar.ts; the pane, the report sheet and the findings' severity
 * take theirs from here.
 */
import type { Severity } from '../model';
import type { Bahasa } from '../pesan/bahasa';

export interface MetaAturan<Id extends string = RuleId> {
  id: Id;
  tingkat: Severity;
  label: Record<Bahasa, string>;
  periksa: Record<Bahasa, string>;
}

function m<Id extends string>(
  id: Id,
  tingkat: Severity,
  label: [string, string],
  periksa: [string, string],
): MetaAturan<Id> {
  return { id, tingkat, label: { id: label[0], en: label[1] }, periksa: { id: periksa[0], en: periksa[1] } };
}

/** The registry, in the order the pane lists the rules. */
export const ATURAN = {
  jumlah: m(
    'jumlah',
    'error',
    ['Jumlah', 'Sum'],
    [
      'baris total, subtotal dan induk sama dengan jumlah (atau rata-rata) baris di bawahnya',
      'total, subtotal and parent rows equal the sum (or mean) of the rows under them',
    ],
  ),
  capaian: m(
    'capaian',
    'error',
    ['Capaian', 'Achievement'],
    [
      'capaian tertulis sama dengan rumus untuk polaritas indikatornya',
      'stated capaian equals the formula for the indicator’s polarity',
    ],
  ),
  polaritas: m(
    'polaritas',
    'error',
    ['Polaritas', 'Polarity'],
    [
      'indikator negatif tidak dihitung dengan rumus positif',
      'negative indicators are not computed with the positive formula',
    ],
  ),
  penyerapan: m(
    'penyerapan',
    'error',
    ['Penyerapan', 'Absorption'],
    ['% realisasi sama dengan realisasi / pagu × 100', '% spent equals spent / budget × 100'],
  ),
  sisa: m(
    'sisa',
    'error',
    ['Sisa anggaran', 'Remaining budget'],
    ['sisa sama dengan pagu − realisasi', 'remaining equals budget − spent'],
  ),
  efisiensi: m(
    'efisiensi',
    'error',
    ['Efisiensi', 'Efficiency'],
    ['efisiensi sama dengan metode workbook ini', 'efficiency follows this workbook’s method'],
  ),
  predikat: m(
    'predikat',
    'error',
    ['Predikat', 'Rating'],
    ['predikat tertulis sesuai skala untuk capaiannya', 'stated rating matches the scale for its capaian'],
  ),
  'lintas-tabel': m(
    'lintas-tabel',
    'warning',
    ['Lintas tabel', 'Across tables'],
    [
      'program dan indikator yang sama bernilai sama di tabel lain',
      'the same program or indicator has the same figures in other tables',
    ],
  ),
  'melebihi-pagu': m(
    'melebihi-pagu',
    'warning',
    ['Melebihi pagu', 'Over budget'],
    ['realisasi tidak melebihi pagu', 'spending does not exceed the budget'],
  ),
  skala: m(
    'skala',
    'warning',
    ['Skala', 'Scale'],
    ['skala predikat tanpa celah dan tumpang tindih', 'the rating scale has no gaps or overlaps'],
  ),
  rumus: m(
    'rumus',
    'error',
    ['Rumus', 'Formula'],
    [
      'rumus workbook menjumlahkan baris yang benar, kolom sejenis, tanpa konstanta di antara rumus dan tanpa galat',
      'the workbook’s formulas add the right rows and columns of one kind, with no constants among formulas and no error values',
    ],
  ),
  perubahan: m(
    'perubahan',
    'error',
    ['Perubahan anggaran', 'Budget change'],
    [
      'selisih sebelum/sesudah perubahan dan persentasenya sesuai kolomnya',
      'the before/after difference and its percent match their columns',
    ],
  ),
  angka: m(
    'angka',
    'info',
    ['Format angka', 'Number format'],
    [
      'angka tersimpan sebagai angka, satu format pemisah per kolom',
      'numbers are stored as numbers, one separator style per column',
    ],
  ),
} as const satisfies { [Id in string]: MetaAturan<Id> };

/** A rule id: a key of the registry. */
export type RuleId = keyof typeof ATURAN;

/** Every rule id, in the registry's order. */
export const SEMUA_ATURAN: readonly RuleId[] = Object.keys(ATURAN) as RuleId[];

export function labelAturan(id: RuleId, bahasa: Bahasa): string {
  return ATURAN[id].label[bahasa];
}

/** Every rule's label in one language (the pane's catalog entry). */
export function labelSemuaAturan(bahasa: Bahasa): Record<RuleId, string> {
  return Object.fromEntries(SEMUA_ATURAN.map((id) => [id, ATURAN[id].label[bahasa]])) as Record<RuleId, string>;
}
