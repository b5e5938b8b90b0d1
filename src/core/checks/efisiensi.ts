/**
 * Rule `efisiensi`: a stated efisiensi differs from the workbook's method. The method is inferred over all
 * efisiensi rows of the workbook (majority wins; DOMAIN.md), unless the user chose one.
 */
import type { Baris, Kolom, Tabel } from '../model';
import { adaNilai } from '../angka';
import { cocok, Desimal } from '../desimal';
import { efisiensi, METODE_PERSEN, MetodeEfisiensi } from '../efisiensi';
import { penyerapan } from '../anggaran';
import { Konteks, ref, teksDiharapkan } from './konteks';

type MetodePersen = Exclude<MetodeEfisiensi, 'rupiah'>;

interface BarisEf {
  t: Tabel;
  b: Baris;
  k: Kolom;
  cap: Desimal;
  serap: Desimal;
  nyata: Desimal;
  desimal: number;
  rel: string[];
}

function hitung(m: MetodePersen, cap: Desimal, serap: Desimal): Desimal | null {
  try {
    return efisiensi(cap, serap, m);
  } catch {
    return null;
  }
}

function kumpulkan(ctx: Konteks): BarisEf[] {
  const out: BarisEf[] = [];
  for (const t of ctx.tabel) {
    const ef = t.kolom.filter((k) => k.peran === 'efisiensi');
    if (ef.length === 0) continue;
    const capK = t.kolom.find((k) => k.peran === 'capaian' && !k.rataRata);
    const serapK = t.kolom.find((k) => k.peran === 'penyerapan');
    const paguK = t.kolom.find((k) => k.peran === 'pagu');
    const realK = t.kolom.find((k) => k.peran === 'realisasi-anggaran');
    if (!capK || (!serapK && !(paguK && realK))) continue;
    for (const b of t.baris) {
      if (b.jenis !== 'data') continue;
      const c = ctx.angka(t, b.r, capK);
      if (!adaNilai(c)) continue;
      let serap: Desimal | null = null;
      const rel = [ref(t.lembar, b.r, capK.c)];
      if (serapK) {
        const s = ctx.angka(t, b.r, serapK);
        if (adaNilai(s)) serap = s.nilai;
        rel.push(ref(t.lembar, b.r, serapK.c));
      } else if (paguK && realK) {
        const p = ctx.angka(t, b.r, paguK);
        const r = ctx.angka(t, b.r, realK);
        if (adaNilai(p) && adaNilai(r) && !p.nilai.isZero()) serap = penyerapan(p.nilai, r.nilai);
      }
      if (!serap) continue;
      for (const k of ef) {
        const e = ctx.angka(t, b.r, k);
        if (adaNilai(e)) out.push({ t, b, k, cap: c.nilai, serap, nyata: e.nilai, desimal: e.desimal, rel });
      }
    }
  }
  return out;
}

const NAMA: Record<MetodePersen, [string, string]> = {
  selisih: ['selisih (capaian − penyerapan)', 'difference (capaian − absorption)'],
  rasio: ['rasio (capaian / penyerapan × 100)', 'ratio (capaian / absorption × 100)'],
  'rasio-terbalik': ['rasio terbalik (penyerapan / capaian × 100)', 'inverse ratio (absorption / capaian × 100)'],
};

export function periksaEfisiensi(ctx: Konteks): void {
  const rows = kumpulkan(ctx);
  if (rows.length === 0) return;
  const dipilih = ctx.opsi.metodeEfisiensi;
  let metode: MetodePersen;
  let suara = 0;
  if (dipilih && dipilih !== 'otomatis' && dipilih !== 'rupiah') metode = dipilih;
  else {
    const hitungan = METODE_PERSEN.map((m) => ({
      m: m as MetodePersen,
      n: rows.filter((x) => {
        const h = hitung(m as MetodePersen, x.cap, x.serap);
        return h !== null && cocok(x.nyata, x.desimal, h);
      }).length,
    })).sort((a, b) => b.n - a.n);
    metode = hitungan[0].n > 0 ? hitungan[0].m : 'selisih';
    suara = hitungan[0].n;
  }
  for (const x of rows) {
    const h = hitung(metode, x.cap, x.serap);
    if (h === null || cocok(x.nyata, x.desimal, h)) continue;
    const [id, en] = NAMA[metode];
    const bukti =
      suara > 0
        ? ctx.t(
            `, metode workbook ini (${suara} dari ${rows.length} baris)`,
            `, this workbook's method (${suara} of ${rows.length} rows)`,
          )
        : '';
    ctx.tambah(
      'efisiensi',
      x.t,
      x.b.r,
      x.k.c,
      ctx.t(
        `Efisiensi ${ctx.fmt(x.nyata)} ≠ ${ctx.fmt(h, x.desimal)} menurut ${id}: capaian ${ctx.fmt(x.cap)}, penyerapan ${ctx.fmt(x.serap, 2)}${bukti}`,
        `Efficiency ${ctx.fmt(x.nyata)} ≠ ${ctx.fmt(h, x.desimal)} by ${en}: capaian ${ctx.fmt(x.cap)}, absorption ${ctx.fmt(x.serap, 2)}${bukti}`,
      ),
      ctx.dinyatakan(x.t, x.b.r, x.k),
      teksDiharapkan(h, x.desimal),
      x.rel,
    );
  }
}
