/**
 * Rule `efisiensi`: a stated efisiensi differs from the workbook's method. The method is inferred over all
 * efisiensi rows of the workbook (majority wins; DOMAIN.md), unless the user chose one.
 */
import type { Baris, Kolom } from '../model';
import { adaNilai, nilaiTersimpan } from '../angka';
import { cocok, Desimal } from '../desimal';
import { efisiensi, METODE_PERSEN, MetodeEfisiensi } from '../efisiensi';
import { penyerapan } from '../anggaran';
import type { TabelBacaan } from '../baca';
import { Konteks, ref, teksDiharapkan } from './konteks';
import { labelKolom } from './jumlah';
import { cariPasangan } from './pasangan';

type MetodePersen = Exclude<MetodeEfisiensi, 'rupiah'>;

interface BarisEf {
  t: TabelBacaan;
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
    const pas = serapK ? null : ef.length ? cariPasangan(t, ef[0], ['pagu'], ['realisasi-anggaran']) : null;
    if (!capK || (!serapK && !pas)) continue;
    for (const b of t.baris) {
      if (b.jenis !== 'data') continue;
      const c = ctx.angka(t, b.r, capK);
      if (!adaNilai(c)) continue;
      let serap: Desimal | null = null;
      const rel = [ref(t.lembar, b.r, capK.c)];
      if (serapK) {
        const s = ctx.angka(t, b.r, serapK);
        if (adaNilai(s)) serap = nilaiTersimpan(s);
        rel.push(ref(t.lembar, b.r, serapK.c));
      } else if (pas) {
        const p = ctx.angka(t, b.r, pas.bawah);
        const r = ctx.angka(t, b.r, pas.atas);
        if (adaNilai(p) && adaNilai(r) && !p.nilai.isZero()) serap = penyerapan(nilaiTersimpan(p), nilaiTersimpan(r));
      }
      if (!serap) continue;
      for (const k of ef) {
        const e = ctx.angka(t, b.r, k);
        if (adaNilai(e)) out.push({ t, b, k, cap: nilaiTersimpan(c), serap, nyata: e.nilai, desimal: e.desimal, rel });
      }
    }
  }
  return out;
}

function namaMetode(ctx: Konteks, m: MetodePersen): string {
  if (m === 'rasio') return ctx.pesan.metodeRasio();
  if (m === 'rasio-terbalik') return ctx.pesan.metodeRasioTerbalik();
  return ctx.pesan.metodeSelisih();
}

export function periksaEfisiensi(ctx: Konteks): void {
  const rows = kumpulkan(ctx);
  if (rows.length === 0) return;
  const dipilih = ctx.opsi.metodeEfisiensi;
  let metode: MetodePersen;
  let suara = 0;
  const pasti = !!dipilih && dipilih !== 'otomatis' && dipilih !== 'rupiah';
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
  ctx.inferensi.metodeEfisiensi = {
    metode,
    sumber: pasti ? 'pengaturan' : suara > 0 ? 'mayoritas' : 'bawaan',
    cocok: pasti
      ? rows.filter((x) => {
          const h = hitung(metode, x.cap, x.serap);
          return h !== null && cocok(x.nyata, x.desimal, h);
        }).length
      : suara,
    dari: rows.length,
  };
  for (const x of rows) {
    const h = hitung(metode, x.cap, x.serap);
    if (h === null) continue;
    const label = labelKolom(ctx, x.k);
    if (cocok(x.nyata, x.desimal, h)) {
      ctx.catat(x.t, 'efisiensi', label, true, undefined, pasti);
      continue;
    }
    const bukti = suara > 0 ? ctx.pesan.efisiensiBukti(suara, rows.length) : '';
    ctx.catat(
      x.t,
      'efisiensi',
      label,
      false,
      {
        rule: 'efisiensi',
        r: x.b.r,
        c: x.k.c,
        pesan: ctx.pesan.efisiensiBeda(
          ctx.fmt(x.nyata),
          ctx.fmt(h, x.desimal),
          namaMetode(ctx, metode),
          ctx.fmt(x.cap),
          ctx.fmt(x.serap, 2),
          bukti,
        ),
        stated: ctx.dinyatakan(x.t, x.b.r, x.k),
        expected: teksDiharapkan(h, x.desimal),
        related: x.rel,
      },
      pasti,
    );
  }
}
