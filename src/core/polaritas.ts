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

const NEGATIF_KATA =
  /\b(negatif|negative|minimi[sz]e|menurun|turun)\b|↓|⬇|(semakin|makin) (kecil|rendah|sedikit) (semakin|makin) baik|lower is better|smaller is better/;
const POSITIF_KATA =
  /\b(positif|positive|maximi[sz]e|meningkat|naik)\b|↑|⬆|(semakin|makin) (besar|tinggi|banyak) (semakin|makin) baik|higher is better|larger is better/;

/**
 * Polarity stated in a polaritas / arah column or a note, in any wording: "Negatif", "Negatif (-)",
 * "Polaritas: Negatif", "Semakin kecil semakin baik", "↓", "minimize", a bare "-" or "+" (and the positive
 * counterparts). Null when the text states none, or states both.
 */
export function polaritasDariTeks(teks: unknown): Polaritas | null {
  if (typeof teks !== 'string') return null;
  const t = teks.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === '') return null;
  if (/^(\(?[-−]\)?|minimal|min|rendah)$/.test(t)) return 'negatif';
  if (/^(\(?\+\)?|maksimal|max|tinggi)$/.test(t)) return 'positif';
  const neg = NEGATIF_KATA.test(t);
  const pos = POSITIF_KATA.test(t);
  if (neg && !pos) return 'negatif';
  if (pos && !neg) return 'positif';
  return null;
}

/** A note that states the polarity explicitly ("Polaritas: Negatif", "semakin kecil semakin baik"). */
export function polaritasDariCatatan(teks: string): Polaritas | null {
  const t = teks.toLowerCase();
  if (!/polaritas|(semakin|makin) \S+ (semakin|makin) baik|is better/.test(t)) return null;
  return polaritasDariTeks(t.replace(/.*polaritas\s*:?/, ''));
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
