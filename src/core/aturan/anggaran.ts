/**
 * Rules `penyerapan`, `sisa` and `melebihi-pagu` on rows that carry pagu and realisasi anggaran. Each
 * computed column is paired with its own pagu and realisasi: by its formula (`=K15/J15`), by its column
 * group (Operasi | Modal | Total each have their own), by year, else the nearest pair to its left.
 */
import type { Kolom } from '../model';
import { Angka, adaNilai, angkaNol, lebihDari, nilaiTersimpan, penyerapanPersis, sisaPersis } from '../angka';
import { cocok, Desimal, NOL } from '../desimal';
import { penyerapan, sisa } from '../anggaran';
import type { TabelBacaan } from '../baca';
import { Konteks, ref, teksDiharapkan } from './konteks';
import { cariPasangan } from './pasangan';
import { labelKolom } from './jumlah';
import { periksaBarisAnggaran } from './barisAnggaran';

const BARIS: ReadonlySet<string> = new Set(['data', 'jumlah']);

/** Realisasi left empty or "-" on a row with a pagu is zero spent. */
function realisasiNol(a: Angka): Desimal | null {
  if (adaNilai(a)) return nilaiTersimpan(a);
  if (a.status === 'kosong' || a.status === 'strip') return NOL;
  return null;
}

function periksaSerapan(ctx: Konteks, t: TabelBacaan, k: Kolom): void {
  const pas = cariPasangan(t, k, ['pagu'], ['realisasi-anggaran']);
  if (!pas) return;
  const label = labelKolom(ctx, k);
  for (const b of t.baris) {
    if (!BARIS.has(b.jenis)) continue;
    const s = ctx.angka(t, b.r, k);
    if (!adaNilai(s) || s.status === 'strip') continue;
    const p = ctx.angka(t, b.r, pas.bawah);
    if (!adaNilai(p) || angkaNol(p)) continue;
    const rA = ctx.angka(t, b.r, pas.atas);
    if (!adaNilai(rA) && rA.status !== 'kosong' && rA.status !== 'strip') continue;
    if (penyerapanPersis(s, p, rA)) {
      ctx.catat(t, 'penyerapan', label, true);
      continue;
    }
    const r = realisasiNol(rA);
    if (r === null) continue;
    const harap = penyerapan(nilaiTersimpan(p), r);
    if (cocok(s.nilai, s.desimal, harap) || (s.tersimpan && cocok(s.tersimpan, 6, harap))) {
      ctx.catat(t, 'penyerapan', label, true);
      continue;
    }
    const pecahan = cocok(s.nilai.times(100), Math.max(0, s.desimal - 2), harap);
    ctx.catat(t, 'penyerapan', label, false, {
      rule: 'penyerapan',
      r: b.r,
      c: k.c,
      pesan:
        ctx.pesan.penyerapanBeda(ctx.fmt(s.nilai), ctx.fmt(r), ctx.fmt(p.nilai), ctx.fmt(harap, s.desimal)) +
        (pecahan ? ctx.pesan.pecahan() : ''),
      stated: ctx.dinyatakan(t, b.r, k),
      expected: teksDiharapkan(harap, s.desimal),
      related: [ref(t.lembar, b.r, pas.bawah.c), ref(t.lembar, b.r, pas.atas.c)],
      hitungan: {
        operator: '/',
        bagian: [adaNilai(rA) ? ctx.fmtSel(rA) : ctx.fmt(r), ctx.fmtSel(p)],
        hasil: ctx.fmt(harap, s.desimal),
      },
      terjelaskan: pecahan,
    });
  }
}

function periksaSisa(ctx: Konteks, t: TabelBacaan, k: Kolom): void {
  const pas = cariPasangan(t, k, ['pagu'], ['realisasi-anggaran']);
  if (!pas) return;
  const label = labelKolom(ctx, k);
  for (const b of t.baris) {
    if (!BARIS.has(b.jenis)) continue;
    const s = ctx.angka(t, b.r, k);
    const adaS = adaNilai(s);
    if (!adaS && s.status !== 'strip') continue;
    const p = ctx.angka(t, b.r, pas.bawah);
    if (!adaNilai(p)) continue;
    const rA = ctx.angka(t, b.r, pas.atas);
    if (sisaPersis(s, p, rA)) {
      ctx.catat(t, 'sisa', label, true);
      continue;
    }
    const r = realisasiNol(rA);
    if (r === null) continue;
    const nilaiSisa = adaS ? nilaiTersimpan(s) : NOL;
    const harap = sisa(nilaiTersimpan(p), r);
    if (cocok(nilaiSisa, s.desimal ?? 0, harap)) {
      ctx.catat(t, 'sisa', label, true);
      continue;
    }
    ctx.catat(t, 'sisa', label, false, {
      rule: 'sisa',
      r: b.r,
      c: k.c,
      pesan: ctx.pesan.sisaBeda(ctx.fmt(nilaiSisa), ctx.fmt(p.nilai), ctx.fmt(r), ctx.fmt(harap)),
      stated: ctx.dinyatakan(t, b.r, k),
      expected: teksDiharapkan(harap, s.desimal ?? 0),
      related: [ref(t.lembar, b.r, pas.bawah.c), ref(t.lembar, b.r, pas.atas.c)],
      hitungan: {
        operator: '-',
        bagian: [ctx.fmtSel(p), adaNilai(rA) ? ctx.fmtSel(rA) : ctx.fmt(r)],
        hasil: ctx.fmt(harap, s.desimal ?? undefined),
      },
    });
  }
}

function periksaMelebihi(ctx: Konteks, t: TabelBacaan): void {
  for (const real of t.kolom.filter((k) => k.peran === 'realisasi-anggaran')) {
    const pas = cariPasangan(t, real, ['pagu'], ['realisasi-anggaran']);
    if (!pas || pas.atas !== real) continue;
    const label = labelKolom(ctx, real);
    for (const b of t.baris) {
      if (b.jenis !== 'data') continue;
      const p = ctx.angka(t, b.r, pas.bawah);
      const r = ctx.angka(t, b.r, real);
      if (!adaNilai(p) || !adaNilai(r)) continue;
      // rows within their budget confirm the pairing; a reading under which most rows overspend is wrong
      if (!lebihDari(r, p)) {
        ctx.catat(t, 'melebihi-pagu', label, true);
        continue;
      }
      ctx.catat(t, 'melebihi-pagu', label, false, {
        rule: 'melebihi-pagu',
        r: b.r,
        c: real.c,
        pesan: ctx.pesan.melebihiPagu(
          ctx.fmt(r.nilai),
          ctx.fmt(p.nilai),
          ctx.fmt(nilaiTersimpan(r).minus(nilaiTersimpan(p))),
        ),
        stated: ctx.dinyatakan(t, b.r, real),
        expected: null,
        related: [ref(t.lembar, b.r, pas.bawah.c)],
      });
    }
  }
}

/** Runs the parts of the three rules that are enabled; a disabled rule's part is skipped, not filtered. */
export function periksaAnggaran(ctx: Konteks): void {
  const serapan = ctx.aktif('penyerapan');
  const cekSisa = ctx.aktif('sisa');
  const melebihi = ctx.aktif('melebihi-pagu');
  for (const t of ctx.tabel) {
    if (t.jenis === 'skala') continue;
    for (const k of t.kolom) {
      if (k.peran === 'penyerapan' && serapan) periksaSerapan(ctx, t, k);
      else if (k.peran === 'sisa' && k.nilai !== 'persen' && cekSisa) periksaSisa(ctx, t, k);
    }
    if (melebihi) periksaMelebihi(ctx, t);
    if (serapan) periksaBarisAnggaran(ctx, t);
  }
}
