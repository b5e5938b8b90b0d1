/**
 * skala: rating scales as data. A band has explicit inclusive/exclusive bounds; a scale rates a capaian
 * value into a predikat. Free-form Indonesian interval texts (DOMAIN.md) are parsed into bands, and a
 * scale's gaps and overlaps are reported.
 */
import { D, Desimal } from './desimal';
import { parseTeks } from './angka';

export interface Pita {
  bawah: Desimal | null; // null: −∞
  bawahInklusif: boolean;
  atas: Desimal | null; // null: +∞
  atasInklusif: boolean;
  label: string;
  kode?: string;
  /** The interval as written, when parsed from text. */
  teks?: string;
}

export interface Skala {
  nama: string;
  pita: Pita[];
}

export type Batas = Pick<Pita, 'bawah' | 'bawahInklusif' | 'atas' | 'atasInklusif'>;

function pita(bawah: number | null, bi: boolean, atas: number | null, ai: boolean, label: string, kode: string): Pita {
  return {
    bawah: bawah === null ? null : new D(bawah),
    bawahInklusif: bi,
    atas: atas === null ? null : new D(atas),
    atasInklusif: ai,
    label,
    kode,
  };
}

/** Permendagri 86/2017 (also cited as Permendagri 54/2010). Its gaps (90–91 ...) are handled silently. */
export const PERMENDAGRI_86: Skala = {
  nama: 'Permendagri 86/2017',
  pita: [
    pita(91, true, null, false, 'Sangat Tinggi', 'ST'),
    pita(76, true, 90, true, 'Tinggi', 'T'),
    pita(66, true, 75, true, 'Sedang', 'S'),
    pita(51, true, 65, true, 'Rendah', 'R'),
    pita(null, false, 50, true, 'Sangat Rendah', 'SR'),
  ],
};

/** `> 100 Baik Sekali; > 75–100 Baik; 55–75 Cukup; < 55 Kurang` */
export const SKALA_BAIK: Skala = {
  nama: 'Baik Sekali – Kurang',
  pita: [
    pita(100, false, null, false, 'Baik Sekali', 'BS'),
    pita(75, false, 100, true, 'Baik', 'B'),
    pita(55, true, 75, true, 'Cukup', 'C'),
    pita(null, false, 55, false, 'Kurang', 'K'),
  ],
};

/** `> 95 Sangat Berhasil; 80–< 95 Berhasil; 50–< 80 Cukup Berhasil; < 50 Kurang Berhasil` */
export const SKALA_BERHASIL: Skala = {
  nama: 'Sangat Berhasil – Kurang Berhasil',
  pita: [
    pita(95, false, null, false, 'Sangat Berhasil', 'SB'),
    pita(80, true, 95, false, 'Berhasil', 'B'),
    pita(50, true, 80, false, 'Cukup Berhasil', 'CB'),
    pita(null, false, 50, false, 'Kurang Berhasil', 'KB'),
  ],
};

export const SKALA_BAWAAN: Record<string, Skala> = {
  permendagri86: PERMENDAGRI_86,
  baik: SKALA_BAIK,
  berhasil: SKALA_BERHASIL,
};

/** A built-in scale by a forgiving name: "Permendagri 86", "permendagri-54", "baik", "berhasil". */
export function skalaBawaan(nama: string | null | undefined): Skala | null {
  const t = (nama ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (t === '' || /^(permendagri)?(86|54)(2017|2010)?$/.test(t) || t.startsWith('permendagri')) return PERMENDAGRI_86;
  if (t === 'baik' || t === 'baiksekali') return SKALA_BAIK;
  if (t === 'berhasil' || t === 'sangatberhasil') return SKALA_BERHASIL;
  return null;
}

// ---------------------------------------------------------------- parsing interval text

type Token = { op: '<' | '≤' | '>' | '≥' | '~' } | { n: Desimal };

function tokenisasi(teks: string): Token[] | null {
  let t = ` ${teks.toLowerCase().replace(/\u00a0/g, ' ')} `;
  const ganti: [RegExp, string][] = [
    [
      /lebih\s+(besar\s+)?dari\s+(atau\s+)?sama\s+dengan|sama\s+dengan\s+atau\s+lebih\s+dari|minimal|paling\s+sedikit|sekurang-kurangnya/g,
      ' ≥ ',
    ],
    [/kurang\s+dari\s+(atau\s+)?sama\s+dengan|maksimal|paling\s+banyak|sebanyak-banyaknya/g, ' ≤ '],
    [/lebih\s+(besar\s+)?dari|di\s+atas|diatas|lebih\s+tinggi\s+dari|more\s+than|above|greater\s+than/g, ' > '],
    [/kurang\s+dari|di\s+bawah|dibawah|lebih\s+kecil\s+dari|less\s+than|below/g, ' < '],
    [/sampai\s+dengan|s\s*\.\s*d\s*\.?|s\s*\/\s*d|\bsd\b\.?|sampai|hingga|\bto\b|\bs\.?d\b/g, ' ~ '],
    [/>=|=>/g, ' ≥ '],
    [/<=|=</g, ' ≤ '],
    [/[–—]/g, ' ~ '],
    [/%|persen|percent/g, ' '],
    [/\b(x|nilai|capaian|skor|realisasi|kinerja|dan)\b/g, ' '],
  ];
  for (const [re, s] of ganti) t = t.replace(re, s);
  const out: Token[] = [];
  const re = /\s*(≤|≥|<|>|~|-|[+]?\d[\d.,]*)\s*/gy;
  let pos = 0;
  t = t.trim();
  while (pos < t.length) {
    re.lastIndex = pos;
    const m = re.exec(t);
    if (!m) return null;
    pos = re.lastIndex;
    const x = m[1];
    if (x === '-') {
      // a range dash between two numbers, or a sign before a number at the start / after an operator
      const prev = out[out.length - 1];
      const next = /^\s*\d/.test(t.slice(pos));
      if (prev && 'n' in prev) out.push({ op: '~' });
      else if (next) {
        const m2 = /^\s*(\d[\d.,]*)/.exec(t.slice(pos));
        if (!m2) return null;
        pos += m2[0].length;
        const a = parseTeks(m2[1].replace(/[.,]$/, ''), 'id');
        if (a.nilai === null) return null;
        out.push({ n: a.nilai.neg() });
      } else return null;
    } else if (/\d/.test(x)) {
      const a = parseTeks(x.replace(/[.,]$/, ''), 'id');
      if (a.nilai === null) return null;
      out.push({ n: a.nilai });
    } else out.push({ op: x as '<' | '≤' | '>' | '≥' | '~' });
  }
  return out;
}

const ADA_ANGKA = /\d/;
/** A lone figure ("91", "47,35"): one bound and nothing that says which side. */
const SATU_ANGKA = /^\s*[+]?\d[\d.,]*\s*$/;

const isN = (t: Token | undefined): t is { n: Desimal } => !!t && 'n' in t;
const isOp = (t: Token | undefined, ...ops: string[]): t is { op: '<' | '≤' | '>' | '≥' | '~' } =>
  !!t && 'op' in t && (ops.length === 0 || ops.includes(t.op));

/** Parse an interval text such as `91 <`, `76 < 90`, `>75 - 100`, `80 - < 95`, `Lebih dari 89%`. */
export function parseInterval(teks: string): Batas | null {
  // every interval form has a bound: text without a digit (most labels a scale search looks at) is none
  if (!ADA_ANGKA.test(teks) || SATU_ANGKA.test(teks)) return null;
  const tk = tokenisasi(teks);
  if (!tk || tk.length === 0) return null;
  const [a, b, c, d, e] = tk;
  const hasil = (bawah: Desimal | null, bi: boolean, atas: Desimal | null, ai: boolean): Batas | null =>
    bawah && atas && bawah.gt(atas) ? null : { bawah, bawahInklusif: bi, atas, atasInklusif: ai };
  switch (tk.length) {
    case 2:
      if (isOp(a, '>', '≥') && isN(b)) return hasil(b.n, a.op === '≥', null, false);
      if (isOp(a, '<', '≤') && isN(b)) return hasil(null, false, b.n, a.op === '≤');
      // "91 <" / "91 ≤": Permendagri's notation for "91 and above" (its table reads ≥ 91)
      if (isN(a) && isOp(b, '<', '≤', '~')) return hasil(a.n, true, null, false);
      if (isN(a) && isOp(b, '>', '≥')) return hasil(null, false, a.n, b.op === '≥');
      return null;
    case 3:
      if (isN(a) && isOp(b, '<', '≤', '~') && isN(c)) return hasil(a.n, true, c.n, true);
      return null;
    case 4:
      // "> 75 ~ 100"
      if (isOp(a, '>', '≥') && isN(b) && isOp(c, '~') && isN(d)) return hasil(b.n, a.op === '≥', d.n, true);
      // "80 ~ < 95"
      if (isN(a) && isOp(b, '~') && isOp(c, '<', '≤') && isN(d)) return hasil(a.n, true, d.n, c.op === '≤');
      // "76 ≤ < 90" (x removed)
      if (isN(a) && isOp(b, '<', '≤') && isOp(c, '<', '≤') && isN(d))
        return hasil(a.n, b.op === '≤', d.n, c.op === '≤');
      return null;
    case 5:
      if (isOp(a, '>', '≥') && isN(b) && isOp(c, '~') && isOp(d, '<', '≤') && isN(e))
        return hasil(b.n, a.op === '≥', e.n, d.op === '≤');
      return null;
    default:
      return null;
  }
}

/** Build a scale from rows of (interval text, label[, kode]). Rows whose interval can't be read are returned apart. */
export function skalaDariBaris(
  nama: string,
  baris: readonly { interval: string; label: string; kode?: string }[],
): { skala: Skala; takTerbaca: string[] } {
  const pitaList: Pita[] = [];
  const takTerbaca: string[] = [];
  for (const r of baris) {
    const b = parseInterval(r.interval);
    if (!b) {
      takTerbaca.push(r.interval);
      continue;
    }
    pitaList.push({ ...b, label: r.label.trim(), kode: r.kode, teks: r.interval });
  }
  return { skala: { nama, pita: pitaList }, takTerbaca };
}

/** Build a scale from lower bounds: each band runs from its bound (inclusive) to the next one up (exclusive). */
export function skalaDariBatasBawah(
  nama: string,
  baris: readonly { bawah: Desimal; label: string; kode?: string }[],
): Skala {
  const urut = [...baris].sort((x, y) => y.bawah.comparedTo(x.bawah));
  return {
    nama,
    pita: urut.map((r, i) => ({
      bawah: i === urut.length - 1 ? null : r.bawah,
      bawahInklusif: true,
      atas: i === 0 ? null : urut[i - 1].bawah,
      atasInklusif: false,
      label: r.label,
      kode: r.kode,
    })),
  };
}

// ---------------------------------------------------------------- rating

export function dalamPita(p: Batas, v: Desimal): boolean {
  if (p.bawah !== null && (p.bawahInklusif ? v.lt(p.bawah) : v.lte(p.bawah))) return false;
  if (p.atas !== null && (p.atasInklusif ? v.gt(p.atas) : v.gte(p.atas))) return false;
  return true;
}

export interface Peringkat {
  pita: Pita;
  /** True when the value fell in a gap of the scale and the gap rule decided. */
  diCelah: boolean;
}

/**
 * Rate a value. A value in a gap gets the band whose lower bound is the greatest one ≤ value
 * (DOMAIN.md); below every band, the lowest band.
 */
export function nilaiPredikat(skala: Skala, v: Desimal): Peringkat | null {
  if (skala.pita.length === 0) return null;
  const cocok = skala.pita.filter((p) => dalamPita(p, v));
  if (cocok.length > 0) {
    // overlapping bands: the one with the greatest lower bound wins, consistently
    cocok.sort((x, y) => bandingBawah(y, x));
    return { pita: cocok[0], diCelah: false };
  }
  const diBawah = skala.pita.filter((p) => p.bawah === null || p.bawah.lte(v)).sort((x, y) => bandingBawah(y, x));
  if (diBawah.length > 0) return { pita: diBawah[0], diCelah: true };
  const terendah = [...skala.pita].sort(bandingBawah)[0];
  return { pita: terendah, diCelah: true };
}

function bandingBawah(x: Pita, y: Pita): number {
  if (x.bawah === null) return y.bawah === null ? 0 : -1;
  if (y.bawah === null) return 1;
  return x.bawah.comparedTo(y.bawah);
}

/** Labels compare loosely: "Baik Sekali (BS)" matches "baik sekali" and "BS". */
export function labelSama(p: Pita, teks: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/\(.*?\)/g, ' ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const t = norm(teks);
  const kodeDalamLabel = /\(([A-Za-z]{1,4})\)/.exec(p.label)?.[1];
  if (t === '') return false;
  if (t === norm(p.label)) return true;
  const kode = (p.kode ?? kodeDalamLabel ?? '').toLowerCase();
  return kode !== '' && teks.trim().toLowerCase() === kode;
}

// ---------------------------------------------------------------- gaps and overlaps

export interface MasalahSkala {
  jenis: 'celah' | 'tumpang-tindih';
  dari: Desimal | null;
  sampai: Desimal | null;
  pita: string[];
}

function teksBatas(b: Batas): string {
  const kiri = b.bawah === null ? '(−∞' : `${b.bawahInklusif ? '[' : '('}${b.bawah.toFixed()}`;
  const kanan = b.atas === null ? '+∞)' : `${b.atas.toFixed()}${b.atasInklusif ? ']' : ')'}`;
  return `${kiri}; ${kanan}`;
}
export { teksBatas };

/** Gaps between consecutive bands (values rated by no band) and overlaps (values rated by two). */
export function periksaSkala(skala: Skala): MasalahSkala[] {
  const urut = [...skala.pita].sort(bandingBawah);
  const out: MasalahSkala[] = [];
  if (urut.length === 0) return out;
  for (let i = 0; i + 1 < urut.length; i++) {
    const a = urut[i];
    const b = urut[i + 1];
    const nama = [a.label, b.label];
    if (a.atas === null) {
      out.push({ jenis: 'tumpang-tindih', dari: b.bawah, sampai: null, pita: nama });
      continue;
    }
    if (b.bawah === null) {
      out.push({ jenis: 'tumpang-tindih', dari: null, sampai: a.atas, pita: nama });
      continue;
    }
    const c = a.atas.comparedTo(b.bawah);
    if (c < 0 || (c === 0 && !a.atasInklusif && !b.bawahInklusif))
      out.push({ jenis: 'celah', dari: a.atas, sampai: b.bawah, pita: nama });
    else if (c > 0 || (c === 0 && a.atasInklusif && b.bawahInklusif))
      out.push({ jenis: 'tumpang-tindih', dari: b.bawah, sampai: a.atas, pita: nama });
  }
  const atasTerakhir = urut[urut.length - 1];
  if (atasTerakhir.atas !== null)
    out.push({ jenis: 'celah', dari: atasTerakhir.atas, sampai: null, pita: [atasTerakhir.label] });
  const pertama = urut[0];
  if (pertama.bawah !== null && pertama.bawah.gt(0))
    out.push({ jenis: 'celah', dari: null, sampai: pertama.bawah, pita: [pertama.label] });
  return out;
}
