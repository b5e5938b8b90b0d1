/**
 * Polarity of an indicator: positive (higher is better) or negative (lower is better).
 * From an explicit polaritas/arah text when there is one, else from the indicator's wording.
 */
export type Polaritas = 'positif' | 'negatif';

export interface BuktiPolaritas {
  polaritas: Polaritas;
  /** What decided it, for the finding's message: the column text or the word found in the name. */
  bukti: string;
  sumber: 'kolom' | 'kata' | 'bawaan';
}

/** Words that make an indicator "lower is better" (DOMAIN.md glossary, polaritas). */
export const KATA_NEGATIF: readonly string[] = [
  'kekerasan',
  'kemiskinan',
  'miskin',
  'kasus',
  'kematian',
  'pengangguran',
  'prevalensi',
  'stunting',
  'gizi buruk',
  'putus sekolah',
  'kecelakaan',
  'kriminalitas',
  'pelanggaran',
  'korban jiwa',
  'buta aksara',
  'pernikahan dini',
  'perkawinan anak',
  'penyalahgunaan',
  'gelandangan',
  'pengemis',
  'kesakitan',
  'ketimpangan',
  'rasio gini',
  'indeks gini',
  'inflasi',
  'tunggakan',
  'temuan',
  'genangan',
  'banjir',
  'kebakaran',
  'kumuh',
];

/** Words that look negative but describe handling of the problem, or its reduction (positive indicators). */
const PENANGANAN =
  /(penanggulangan|terpenuhi|tertangani|ditangani|penanganan|mendapat(kan)?|yang terlayani|dilayani|terlindungi|memperoleh|menerima|penerima|pendampingan|diselesaikan|terselesaikan|dipulangkan|penurunan|pengurangan|berkurangnya|turunnya|menurunnya|pencegahan|penindakan|pemulihan|rehabilitasi|pengentasan|bebas)/;

export function polaritasDariTeks(teks: unknown): Polaritas | null {
  if (typeof teks !== 'string') return null;
  const t = teks.trim().toLowerCase();
  if (t === '') return null;
  if (/^(positif|\+|naik|meningkat|maksimal|max|tinggi|semakin tinggi semakin baik|higher is better|positive)$/.test(t))
    return 'positif';
  if (/^(negatif|-|−|turun|menurun|minimal|min|rendah|semakin rendah semakin baik|lower is better|negative)$/.test(t))
    return 'negatif';
  return null;
}

/** Polarity from an indicator's name: negative when it counts a problem, not its handling. */
export function polaritasDariNama(nama: string | null | undefined): BuktiPolaritas {
  const t = (nama ?? '').toLowerCase();
  if (t !== '' && !PENANGANAN.test(t)) {
    for (const kata of KATA_NEGATIF) {
      const re = new RegExp(`(^|[^a-z])${kata.replace(/ /g, '\\s+')}([^a-z]|$)`);
      if (re.test(t)) return { polaritas: 'negatif', bukti: kata, sumber: 'kata' };
    }
  }
  return { polaritas: 'positif', bukti: '', sumber: 'bawaan' };
}

/** A sasaran that says the figure must go down ("Menurunnya kekerasan terhadap perempuan"). */
export function polaritasDariSasaran(sasaran: string | null | undefined): BuktiPolaritas | null {
  const m = /^(menurunnya|menurun|turunnya|berkurangnya|berkurang|penurunan|terkendalinya)\b/i.exec(
    (sasaran ?? '').trim(),
  );
  return m ? { polaritas: 'negatif', bukti: m[1].toLowerCase(), sumber: 'kata' } : null;
}
