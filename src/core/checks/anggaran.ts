/** Rules `penyerapan`, `sisa` and `melebihi-pagu` on rows that carry pagu and realisasi anggaran. */
import type { Kolom, Tabel } from '../model';
import { Angka, adaNilai } from '../angka';
import { cocok, Desimal, NOL } from '../desimal';
import { penyerapan, penyerapanCocokBulat, sisa } from '../anggaran';
import { Konteks, ref, teksDiharapkan } from './konteks';

const BARIS = new Set(['data', 'jumlah']);

/** Realisasi left empty or "-" on a row with a pagu is zero spent. */
function realisasiNol(a: Angka): Desimal | null {
  if (adaNilai(a)) return a.nilai;
  if (a.status === 'kosong' || a.status === 'strip') return NOL;
  return null;
}

function pertama(t: Tabel, peran: Kolom['peran']): Kolom | undefined {
  return t.kolom.find((k) => k.peran === peran);
}

export function periksaAnggaran(ctx: Konteks): void {
  for (const t of ctx.tabel) {
    const pagu = pertama(t, 'pagu');
    const real = pertama(t, 'realisasi-anggaran');
    if (!pagu || !real) continue;
    const serap = t.kolom.filter((k) => k.peran === 'penyerapan');
    const sisaK = t.kolom.filter((k) => k.peran === 'sisa');
    for (const b of t.baris) {
      if (!BARIS.has(b.jenis)) continue;
      const p = ctx.angka(t, b.r, pagu);
      if (!adaNilai(p)) continue;
      const rAngka = ctx.angka(t, b.r, real);
      const rKosong = rAngka.status === 'kosong' || rAngka.status === 'strip';
      if (!adaNilai(rAngka) && !rKosong) continue;
      // whole rupiah on both sides (most rows): compared and subtracted exactly as JS numbers, and the
      // Decimals are made only for a row that needs them
      const rBulat = adaNilai(rAngka) ? rAngka.bulat : 0;
      const bulat = p.bulat !== undefined && rBulat !== undefined;
      let rD: Desimal | null = null;
      const rNilai = (): Desimal => (rD ??= realisasiNol(rAngka) as Desimal);
      // texts for messages, built only for a row that has one (most rows are consistent)
      const P = () => ctx.fmt(p.nilai);
      const R = () => ctx.fmt(rNilai());
      const rel = () => [ref(t.lembar, b.r, pagu.c), ref(t.lembar, b.r, real.c)];
      for (const k of serap) {
        const s = ctx.angka(t, b.r, k);
        if (!adaNilai(s)) continue;
        // whole rupiah and an exactly known stated %: settled without decimal.js when consistent
        if (
          bulat &&
          s.skala !== undefined &&
          penyerapanCocokBulat(p.bulat as number, rBulat as number, s.skala, s.desimal)
        )
          continue;
        if (p.nilai.isZero()) continue;
        const harap = penyerapan(p.nilai, rNilai());
        if (cocok(s.nilai, s.desimal, harap)) continue;
        const pecahan = cocok(s.nilai.times(100), Math.max(0, s.desimal - 2), harap)
          ? ctx.t(
              ' — nilai tertulis adalah pecahan, belum dikali 100',
              ' — the stated value is a fraction, not multiplied by 100',
            )
          : '';
        ctx.tambah(
          'penyerapan',
          t,
          b.r,
          k.c,
          ctx.t(
            `% realisasi ${ctx.fmt(s.nilai)} ≠ ${R()} / ${P()} × 100 = ${ctx.fmt(harap, s.desimal)}${pecahan}`,
            `% spent ${ctx.fmt(s.nilai)} ≠ ${R()} / ${P()} × 100 = ${ctx.fmt(harap, s.desimal)}${pecahan}`,
          ),
          ctx.dinyatakan(t, b.r, k),
          teksDiharapkan(harap, s.desimal),
          rel(),
        );
      }
      for (const k of sisaK) {
        const s = ctx.angka(t, b.r, k);
        // whole rupiah: pagu − realisasi is exact in JS numbers while it stays below 2^53
        if (s.bulat !== undefined && bulat) {
          const beda = (p.bulat as number) - (rBulat as number);
          if (Number.isSafeInteger(beda) && beda === s.bulat) continue;
        }
        const nilaiSisa = adaNilai(s) ? s.nilai : s.status === 'strip' ? NOL : null;
        if (nilaiSisa === null) continue;
        const harap = sisa(p.nilai, rNilai());
        if (cocok(nilaiSisa, s.desimal ?? 0, harap)) continue;
        ctx.tambah(
          'sisa',
          t,
          b.r,
          k.c,
          ctx.t(
            `Sisa ${ctx.fmt(nilaiSisa)} ≠ pagu − realisasi = ${P()} − ${R()} = ${ctx.fmt(harap)}`,
            `Remaining ${ctx.fmt(nilaiSisa)} ≠ budget − spent = ${P()} − ${R()} = ${ctx.fmt(harap)}`,
          ),
          ctx.dinyatakan(t, b.r, k),
          teksDiharapkan(harap, s.desimal ?? 0),
          rel(),
        );
      }
      const melebihi = bulat ? (rBulat as number) > (p.bulat as number) : rNilai().gt(p.nilai);
      if (b.jenis === 'data' && melebihi) {
        const lebih = rNilai().minus(p.nilai);
        ctx.tambah(
          'melebihi-pagu',
          t,
          b.r,
          real.c,
          ctx.t(
            `Realisasi ${R()} melebihi pagu ${P()} sebesar ${ctx.fmt(lebih)}`,
            `Spent ${R()} exceeds the budget ${P()} by ${ctx.fmt(lebih)}`,
          ),
          ctx.dinyatakan(t, b.r, real),
          null,
          [ref(t.lembar, b.r, pagu.c)],
        );
      }
    }
  }
}
