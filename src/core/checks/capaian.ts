/**
 * Rules `capaian` and `polaritas`: a stated capaian differs from the formula for the indicator's polarity;
 * a negative indicator whose stated capaian is the positive formula.
 */
import type { Baris, Kolom, Tabel } from '../model';
import { adaNilai } from '../angka';
import { cocok } from '../desimal';
import { capaian } from '../capaian';
import { BuktiPolaritas, polaritasDariNama, polaritasDariSasaran, polaritasDariTeks } from '../polaritas';
import { norm } from '../deteksi/kosakata';
import { Konteks, ref, teksDiharapkan } from './konteks';
import { pasanganCapaian } from './pasangan';

export function polaritasBaris(ctx: Konteks, t: Tabel, b: Baris, cap: Kolom): BuktiPolaritas {
  if (cap.rumusNegatif) return { polaritas: 'negatif', bukti: cap.judul.join(' '), sumber: 'kolom' };
  // the user's own setting for this indikator wins over what the workbook suggests
  const over = ctx.opsi.polaritas;
  if (over) {
    const key = norm(b.nama);
    for (const [nama, p] of Object.entries(over))
      if (norm(nama) === key) return { polaritas: p, bukti: ctx.t('pengaturan', 'settings'), sumber: 'kolom' };
  }

  const kp = t.kolom.find((k) => k.peran === 'polaritas');
  if (kp) {
    const p = polaritasDariTeks(ctx.teks(t, b.r, kp.c));
    if (p) return { polaritas: p, bukti: ctx.teks(t, b.r, kp.c), sumber: 'kolom' };
  }
  const dariNama = polaritasDariNama(b.nama);
  if (dariNama.polaritas === 'negatif') return dariNama;
  return polaritasDariSasaran(b.sasaran) ?? dariNama;
}

function alasan(ctx: Konteks, p: BuktiPolaritas): string {
  if (p.sumber === 'kolom') return ctx.t(`polaritas dari "${p.bukti}"`, `polarity from "${p.bukti}"`);
  if (p.sumber === 'kata')
    return ctx.t(`indikator negatif: kata "${p.bukti}"`, `negative indicator: the word "${p.bukti}"`);
  return ctx.t('indikator positif', 'positive indicator');
}

export function periksaCapaian(ctx: Konteks): void {
  for (const t of ctx.tabel) {
    if (t.jenis === 'skala') continue;
    for (const cap of t.kolom.filter((k) => k.peran === 'capaian' && !k.rataRata)) {
      const pas = pasanganCapaian(t, cap);
      if (!pas) continue;
      for (const b of t.baris) {
        if (b.jenis !== 'data') continue;
        const c = ctx.angka(t, b.r, cap);
        if (!adaNilai(c) || c.status === 'strip') continue;
        const tg = ctx.angka(t, b.r, pas.target);
        const re = ctx.angka(t, b.r, pas.realisasi);
        if (!adaNilai(tg) || !adaNilai(re)) continue;
        const rel = [ref(t.lembar, b.r, pas.target.c), ref(t.lembar, b.r, pas.realisasi.c)];
        const T = ctx.fmt(tg.nilai);
        const R = ctx.fmt(re.nilai);
        if (tg.nilai.isZero()) {
          ctx.tambah(
            'capaian',
            t,
            b.r,
            cap.c,
            ctx.t(
              `Target 0: capaian tidak terdefinisi, tetapi tertulis ${ctx.fmt(c.nilai)}`,
              `Target is 0: capaian is undefined, yet ${ctx.fmt(c.nilai)} is stated`,
            ),
            ctx.dinyatakan(t, b.r, cap),
            null,
            rel,
          );
          continue;
        }
        const pol = polaritasBaris(ctx, t, b, cap);
        const harap = capaian(tg.nilai, re.nilai, pol.polaritas);
        if (cocok(c.nilai, c.desimal, harap)) continue;
        const dTampil = Math.max(2, c.desimal);
        const rumus = pol.polaritas === 'negatif' ? `(2×${T} − ${R}) / ${T} × 100` : `${R} / ${T} × 100`;
        if (pol.polaritas === 'negatif' && cocok(c.nilai, c.desimal, capaian(tg.nilai, re.nilai, 'positif'))) {
          ctx.tambah(
            'polaritas',
            t,
            b.r,
            cap.c,
            ctx.t(
              `Capaian ${ctx.fmt(c.nilai)} memakai rumus positif ${R} / ${T} × 100, padahal ${alasan(ctx, pol)} (makin kecil makin baik); seharusnya ${rumus} = ${ctx.fmt(harap, dTampil)}`,
              `Capaian ${ctx.fmt(c.nilai)} uses the positive formula ${R} / ${T} × 100, but ${alasan(ctx, pol)} (lower is better); it should be ${rumus} = ${ctx.fmt(harap, dTampil)}`,
            ),
            ctx.dinyatakan(t, b.r, cap),
            teksDiharapkan(harap, dTampil),
            rel,
          );
          continue;
        }
        const pecahan = cocok(c.nilai.times(100), Math.max(0, c.desimal - 2), harap);
        const tambahan = pecahan
          ? ctx.t(
              ' — nilai tertulis adalah pecahan, belum dikali 100',
              ' — the stated value is a fraction, not multiplied by 100',
            )
          : '';
        ctx.tambah(
          'capaian',
          t,
          b.r,
          cap.c,
          ctx.t(
            `Capaian ${ctx.fmt(c.nilai)} ≠ ${rumus} = ${ctx.fmt(harap, dTampil)} (${alasan(ctx, pol)})${tambahan}`,
            `Capaian ${ctx.fmt(c.nilai)} ≠ ${rumus} = ${ctx.fmt(harap, dTampil)} (${alasan(ctx, pol)})${tambahan}`,
          ),
          ctx.dinyatakan(t, b.r, cap),
          teksDiharapkan(harap, dTampil),
          rel,
        );
      }
    }
  }
}
