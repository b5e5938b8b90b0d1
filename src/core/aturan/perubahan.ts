/**
 * Rule `perubahan`: a stated difference between the budget before and after perubahan ("Bertambah /
 * (Berkurang)") or its percent of the first differs from the recomputed one. Before is the column marked
 * murni / sebelum perubahan; after is the one marked perubahan / setelah perubahan, else the next money
 * column of the same role to its right.
 */
import type { Kolom } from '../model';
import { adaNilai, nilaiTersimpan } from '../angka';
import { cocok, SERATUS } from '../desimal';
import type { TabelBacaan } from '../baca';
import { Konteks, ref, teksDiharapkan } from './konteks';
import { labelKolom } from './jumlah';

function pasangan(t: TabelBacaan, k: Kolom): { sebelum: Kolom; sesudah: Kolom } | null {
  const uang = t.kolom.filter((x) => (x.peran === 'pagu' || x.peran === 'realisasi-anggaran') && x.c < k.c);
  const sebelum = uang.filter((x) => x.kualifikasi.includes('murni')).pop();
  if (!sebelum) return null;
  const sesudah =
    uang.filter((x) => x.kualifikasi.includes('perubahan') && x.peran === sebelum.peran).pop() ??
    uang.find((x) => x.c > sebelum.c && x.peran === sebelum.peran && !x.kualifikasi.includes('murni'));
  return sesudah ? { sebelum, sesudah } : null;
}

export function periksaPerubahan(ctx: Konteks): void {
  for (const t of ctx.tabel) {
    const selisihKol = t.kolom.filter((k) => k.peran === 'perubahan');
    const persenKol = t.kolom.filter((k) => k.peran === 'persen-perubahan');
    if (selisihKol.length === 0 && persenKol.length === 0) continue;
    for (const k of [...selisihKol, ...persenKol]) {
      const p = pasangan(t, k);
      if (!p) continue;
      const label = labelKolom(ctx, k);
      const persen = k.peran === 'persen-perubahan';
      for (const b of t.baris) {
        if (b.jenis !== 'data' && b.jenis !== 'jumlah') continue;
        const s = ctx.angka(t, b.r, k);
        const x = ctx.angka(t, b.r, p.sebelum);
        const y = ctx.angka(t, b.r, p.sesudah);
        if (!adaNilai(s) || !adaNilai(x) || !adaNilai(y)) continue;
        const selisih = nilaiTersimpan(y).minus(nilaiTersimpan(x));
        if (persen && nilaiTersimpan(x).isZero()) continue;
        const harap = persen ? selisih.div(nilaiTersimpan(x)).times(SERATUS) : selisih;
        const nilai = s.status === 'strip' ? s.nilai : nilaiTersimpan(s);
        if (cocok(nilai, s.desimal, harap) || (persen && cocok(nilai.times(100), Math.max(0, s.desimal - 2), harap))) {
          ctx.catat(t, 'perubahan', label, true);
          continue;
        }
        const pesan = persen
          ? ctx.pesan.persenPerubahanBeda(
              ctx.fmt(s.nilai),
              ctx.fmt(selisih),
              ctx.fmt(x.nilai),
              ctx.fmt(harap, s.desimal),
            )
          : ctx.pesan.perubahanBeda(ctx.fmt(s.nilai), ctx.fmt(y.nilai), ctx.fmt(x.nilai), ctx.fmt(harap));
        ctx.catat(t, 'perubahan', label, false, {
          rule: 'perubahan',
          r: b.r,
          c: k.c,
          pesan,
          stated: ctx.dinyatakan(t, b.r, k),
          expected: teksDiharapkan(harap, s.desimal),
          related: [ref(t.lembar, b.r, p.sebelum.c), ref(t.lembar, b.r, p.sesudah.c)],
        });
      }
    }
  }
}
