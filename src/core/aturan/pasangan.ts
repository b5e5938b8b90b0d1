/**
 * Which columns a computed column is computed from: capaian from target and realisasi, penyerapan and sisa
 * from pagu and realisasi anggaran. The column's own formulas decide first (`=F5/E5*100` names its two
 * columns); else the same column group (Operasi | Modal | Total each with their own pagu, realisasi, %),
 * the same year and period, and the nearest columns to its left.
 */
import type { Kolom, Peran } from '../model';
import type { TabelBacaan } from '../baca';
import { bentukR1C1 } from '../rumus/urai';

export interface Pasangan {
  /** The denominator's column: target, pagu. */
  bawah: Kolom;
  /** The numerator's column: realisasi, realisasi anggaran. */
  atas: Kolom;
  /** How the pair was found, for the reading view. */
  bukti: 'rumus' | 'grup' | 'tahun' | 'kiri';
}

const RASIO = /^R\[0\]C\[(-?\d+)\]\/R\[0\]C\[(-?\d+)\](\*100%?)?$/;

/** The ratio most of the column's data cells compute, as two columns (numerator, denominator). */
export function rasioRumus(t: TabelBacaan, k: Kolom): { atas: number; bawah: number } | null {
  const l = t.lembarBaca.l;
  const suara = new Map<string, number>();
  let n = 0;
  for (const b of t.baris) {
    if (b.jenis !== 'data' && b.jenis !== 'jumlah') continue;
    const f = l.baris[b.r]?.[k.c]?.f;
    if (!f) continue;
    n++;
    const m = RASIO.exec(bentukR1C1(t.lembarBaca.urai(f), b.r, k.c));
    if (!m) continue;
    const kunci = `${k.c + Number(m[1])},${k.c + Number(m[2])}`;
    suara.set(kunci, (suara.get(kunci) ?? 0) + 1);
  }
  let terbaik: [string, number] | null = null;
  for (const e of suara) if (!terbaik || e[1] > terbaik[1]) terbaik = e;
  if (!terbaik || terbaik[1] * 2 < n) return null;
  const [atas, bawah] = terbaik[0].split(',').map(Number);
  return { atas, bawah };
}

const lainTahun = (a: Kolom, b: Kolom) => a.tahun !== null && b.tahun !== null && a.tahun !== b.tahun;

function periodeSama(a: Kolom, b: Kolom): boolean {
  const p = (k: Kolom) => k.kualifikasi.filter((x) => /^(tw|sem)\d$/.test(x)).join(',');
  return p(a) === '' || p(b) === '' || p(a) === p(b);
}

/** The pair of operand columns for `k` among columns with the two roles. */
/** A final Renstra target ("Target Akhir Renstra (2026)", "Target Kinerja Akhir Periode"). */
function targetAkhir(k: Kolom): boolean {
  return k.kualifikasi.includes('renstra') || /\bakhir\b/i.test(k.judul.join(' '));
}

export function cariPasangan(t: TabelBacaan, k: Kolom, peranBawah: Peran[], peranAtas: Peran[]): Pasangan | null {
  let bawah = t.kolom.filter((x) => peranBawah.includes(x.peran));
  const atas = t.kolom.filter((x) => peranAtas.includes(x.peran));
  if (bawah.length === 0 || atas.length === 0) return null;
  // Tingkat Kemajuan is realisasi against the final Renstra target, never this year's target
  if (k.peran === 'kemajuan') {
    const akhir = bawah.filter(targetAkhir);
    if (akhir.length !== 1) return null;
    const a = atas.filter((x) => x.c < k.c && periodeSama(x, k)).sort((p, q) => q.c - p.c)[0];
    return a ? { atas: a, bawah: akhir[0], bukti: 'kiri' } : null;
  }
  // a capaian is against the year's target when the table has one beside the final target
  if (peranBawah.includes('target') && bawah.some((x) => !targetAkhir(x)) && !targetAkhir(k))
    bawah = bawah.filter((x) => !targetAkhir(x));
  const rasio = rasioRumus(t, k);
  if (rasio) {
    const a = t.kolom.find((x) => x.c === rasio.atas);
    const b = t.kolom.find((x) => x.c === rasio.bawah);
    if (a && b && peranAtas.includes(a.peran) && peranBawah.includes(b.peran))
      return { atas: a, bawah: b, bukti: 'rumus' };
  }
  if (k.grup) {
    const a = atas.filter((x) => x.grup === k.grup);
    const b = bawah.filter((x) => x.grup === k.grup);
    if (a.length === 1 && b.length === 1) return { atas: a[0], bawah: b[0], bukti: 'grup' };
  }
  if (k.tahun) {
    const a = atas.filter((x) => x.tahun === k.tahun && periodeSama(x, k));
    const b = bawah.filter((x) => x.tahun === k.tahun);
    if (a.length === 1 && b.length === 1) return { atas: a[0], bawah: b[0], bukti: 'tahun' };
  }
  if (bawah.length === 1 && atas.length === 1) {
    if (lainTahun(bawah[0], k) || lainTahun(atas[0], k) || !periodeSama(atas[0], k)) return null;
    return { atas: atas[0], bawah: bawah[0], bukti: 'kiri' };
  }
  const kiri = (ks: Kolom[]) => ks.filter((x) => x.c < k.c).sort((p, q) => q.c - p.c)[0];
  const a = kiri(atas);
  const b = kiri(bawah);
  if (!a || !b || lainTahun(a, k) || lainTahun(b, k) || !periodeSama(a, k)) return null;
  // the nearest pair must not belong to another computed column between them and k
  return { atas: a, bawah: b, bukti: 'kiri' };
}
