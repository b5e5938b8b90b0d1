/**
 * Rules `capaian` and `polaritas`: a stated capaian differs from the formula for the indicator's polarity;
 * a negative indicator whose stated capaian is the positive formula.
 *
 * Operands shown with decimals may be rounded (a realisasi shown 49,2 may be 49,23): the recomputed value
 * may then be anywhere in the range the shown operands allow, and the stated value is consistent when it
 * fits that range (DOMAIN.md). Negative indicators use one of two methods (pengurangan, kebalikan); the
 * workbook's is inferred by majority, unless the user chose one.
 */
import type { Baris, Kolom } from '../model';
import { Angka, adaNilai } from '../angka';
import { cocok, D, Desimal } from '../desimal';
import { capaian, METODE_NEGATIF, MetodeNegatif } from '../capaian';
import {
  BuktiPolaritas,
  polaritasDariCatatan,
  polaritasDariNama,
  polaritasDariSasaran,
  polaritasDariTeks,
} from '../polaritas';
import { alamat } from '../grid';
import { norm } from '../baca/kosakata';
import type { TabelBacaan } from '../baca';
import { Konteks, ref, teksDiharapkan } from './konteks';
import { cariPasangan, Pasangan } from './pasangan';
import { labelKolom } from './jumlah';

export function polaritasBaris(ctx: Konteks, t: TabelBacaan, b: Baris, cap: Kolom): BuktiPolaritas {
  if (cap.rumusNegatif) return { polaritas: 'negatif', bukti: cap.judul.join(' '), sumber: 'kolom' };
  const over = ctx.opsi.polaritas;
  if (over) {
    const key = norm(b.indikator ?? b.nama);
    for (const [nama, p] of Object.entries(over))
      if (norm(nama) === key) return { polaritas: p, bukti: ctx.pesan.polaritasPengaturan(), sumber: 'kolom' };
  }
  const kp = t.kolom.find((k) => k.peran === 'polaritas');
  if (kp) {
    const teks = ctx.teks(t, b.r, kp.c);
    const p = polaritasDariTeks(teks);
    if (p) return { polaritas: p, bukti: teks, sumber: 'kolom' };
  }
  // a note on the row that states it ("Polaritas: Negatif" in Keterangan)
  for (const k of t.kolom) {
    if (k.peran !== 'teks' && k.peran !== 'satuan') continue;
    const teks = ctx.teks(t, b.r, k.c);
    const p = teks ? polaritasDariCatatan(teks) : null;
    if (p) return { polaritas: p, bukti: teks, sumber: 'kolom' };
  }
  const nama = b.indikator ?? b.nama;
  const dariNama = polaritasDariNama(nama);
  if (dariNama.polaritas === 'negatif') return dariNama;
  // a reduction measured by the indicator's own name decides before its sasaran does
  if (/penurunan|pengurangan|berkurangnya|turunnya|menurunnya/i.test(nama)) return dariNama;
  return polaritasDariSasaran(b.sasaran) ?? dariNama;
}

function alasan(ctx: Konteks, p: BuktiPolaritas): string {
  if (p.sumber === 'kolom') return ctx.pesan.polaritasDariKolom(p.bukti);
  if (p.sumber === 'kata') return ctx.pesan.polaritasDariKata(p.bukti);
  return ctx.pesan.polaritasPositif();
}

/** The values an operand shown with decimals may have been before it was rounded. */
function rentang(a: Angka & { nilai: Desimal; desimal: number }): [Desimal, Desimal] {
  if (a.desimal < 1 || a.tersimpan) return [a.tersimpan ?? a.nilai, a.tersimpan ?? a.nilai];
  const h = new D(10).pow(-a.desimal).div(2);
  return [a.nilai.minus(h), a.nilai.plus(h)];
}

function hitungAman(tg: Desimal, re: Desimal, neg: boolean, m: MetodeNegatif): Desimal | null {
  try {
    return capaian(tg, re, neg ? 'negatif' : 'positif', m);
  } catch {
    return null;
  }
}

/**
 * The stated capaian fits what the shown realisasi allows (rounded or truncated to its decimals). The
 * realisasi is the measured figure, often computed and shown rounded (49,2 where another table has 49,23);
 * the target is a planned figure written as set, so it is taken as exact.
 */
export function cocokCapaian(
  s: Angka & { nilai: Desimal; desimal: number },
  tg: Angka & { nilai: Desimal; desimal: number },
  re: Angka & { nilai: Desimal; desimal: number },
  neg: boolean,
  m: MetodeNegatif,
): boolean {
  const tepat = hitungAman(tg.nilai, re.nilai, neg, m);
  if (tepat === null) return false;
  if (cocok(s.nilai, s.desimal, tepat)) return true;
  // the realisasi is the measured figure, often computed and shown rounded (49,2 where another table has
  // 49,23); the target is a planned figure written as set, so it is taken as exact
  const t1 = tg.tersimpan ?? tg.nilai;
  const [r0, r2] = rentang(re);
  if (r0.eq(r2)) return false;
  // a realisasi shown 0,0 is in [0; 0,05): a measured figure is not below zero because its rounding range is
  const r1 = r0.lt(0) && !re.nilai.lt(0) ? new D(0) : r0;
  if (t1.lte(0) || r1.lt(0)) return false;
  const ujung = [hitungAman(t1, r1, neg, m), hitungAman(t1, r2, neg, m)];
  if (ujung.some((x) => x === null)) return false;
  const vs = ujung as Desimal[];
  const lo = vs.reduce((a, b) => (a.lt(b) ? a : b));
  const hi = vs.reduce((a, b) => (a.gt(b) ? a : b));
  const u = new D(10).pow(-Math.max(0, s.desimal));
  // the true values a stated s shows as (rounded: s ± u/2; truncated: s .. s + u, away from zero)
  const bawah = s.nilai.gte(0) ? s.nilai.minus(u.div(2)) : s.nilai.minus(u);
  const atas = s.nilai.gte(0) ? s.nilai.plus(u) : s.nilai.plus(u.div(2));
  return lo.lte(atas) && hi.gte(bawah);
}

interface BarisCap {
  t: TabelBacaan;
  b: Baris;
  cap: Kolom;
  pas: Pasangan;
  c: Angka & { nilai: Desimal; desimal: number };
  tg: Angka & { nilai: Desimal; desimal: number };
  re: Angka & { nilai: Desimal; desimal: number };
  pol: BuktiPolaritas;
}

function kumpulkan(ctx: Konteks): BarisCap[] {
  const out: BarisCap[] = [];
  for (const t of ctx.tabel) {
    if (t.jenis === 'skala') continue;
    for (const cap of t.kolom.filter((k) => (k.peran === 'capaian' || k.peran === 'kemajuan') && !k.rataRata)) {
      const pas = cariPasangan(t, cap, ['target'], ['realisasi']);
      if (!pas) continue;
      for (const b of t.baris) {
        if (b.jenis !== 'data') continue;
        const c = ctx.angka(t, b.r, cap);
        if (!adaNilai(c) || c.status === 'strip') continue;
        const tg = ctx.angka(t, b.r, pas.bawah);
        const re = ctx.angka(t, b.r, pas.atas);
        if (!adaNilai(tg) || !adaNilai(re) || tg.status === 'strip' || re.status === 'strip') continue;
        out.push({ t, b, cap, pas, c, tg, re, pol: polaritasBaris(ctx, t, b, cap) });
      }
    }
  }
  return out;
}

/** The workbook's method for negative indicators: chosen, else the one most negative rows follow. */
function metodeWorkbook(ctx: Konteks, rows: BarisCap[]): { m: MetodeNegatif; n: number; total: number } {
  const pilih = ctx.opsi.metodeNegatif;
  const neg = rows.filter((x) => x.pol.polaritas === 'negatif' && !x.tg.nilai.isZero());
  if (pilih && pilih !== 'otomatis') return { m: pilih, n: 0, total: neg.length };
  let terbaik: { m: MetodeNegatif; n: number } = { m: 'pengurangan', n: 0 };
  for (const m of METODE_NEGATIF) {
    const n = neg.filter((x) => cocokCapaian(x.c, x.tg, x.re, true, m)).length;
    if (n > terbaik.n) terbaik = { m, n };
  }
  return { ...terbaik, total: neg.length };
}

function teksRumus(neg: boolean, m: MetodeNegatif, T: string, R: string): string {
  if (!neg) return `${R} / ${T} × 100`;
  return m === 'kebalikan' ? `${T} / ${R} × 100` : `(2×${T} − ${R}) / ${T} × 100`;
}

export function periksaCapaian(ctx: Konteks): void {
  const rows = kumpulkan(ctx);
  if (rows.length === 0) return;
  const metode = metodeWorkbook(ctx, rows);
  const pilih = ctx.opsi.metodeNegatif;
  if (metode.total > 0)
    ctx.inferensi.metodeNegatif = {
      metode: metode.m,
      sumber: pilih && pilih !== 'otomatis' ? 'pengaturan' : metode.n > 0 ? 'mayoritas' : 'bawaan',
      cocok: metode.n,
      dari: metode.total,
    };
  const dilihat = new Set<string>();
  for (const x of rows) {
    const kunci = `${x.t.lembar}\u0000${x.b.r}`;
    if (!dilihat.has(kunci) && x.b.indikator) {
      dilihat.add(kunci);
      ctx.inferensi.polaritas.push({
        lembar: x.t.lembar,
        sel: alamat(x.b.r, x.cap.c),
        indikator: x.b.indikator,
        polaritas: x.pol.polaritas,
        sumber: x.pol.sumber,
        bukti: x.pol.bukti,
      });
    }
  }
  // each rule's part is skipped when the rule is disabled: polaritas concerns negative indicators only
  const cekCapaian = ctx.aktif('capaian');
  const cekPolaritas = ctx.aktif('polaritas');
  for (const x of rows) {
    const { t, b, cap, c, tg, re, pol } = x;
    const neg = pol.polaritas === 'negatif';
    if (!cekCapaian && !(cekPolaritas && neg)) continue;
    const label = labelKolom(ctx, cap);
    const rel = [ref(t.lembar, b.r, x.pas.bawah.c), ref(t.lembar, b.r, x.pas.atas.c)];
    const stated = ctx.dinyatakan(t, b.r, cap);
    if (tg.nilai.isZero()) {
      // a stated figure where the capaian is undefined
      if (!cekCapaian) continue;
      ctx.catat(t, 'capaian', label, false, {
        rule: 'capaian',
        r: b.r,
        c: cap.c,
        pesan: ctx.pesan.capaianTarget0(ctx.fmt(c.nilai)),
        stated,
        expected: null,
        related: rel,
        terjelaskan: true,
      });
      continue;
    }
    if (cocokCapaian(c, tg, re, neg, metode.m)) {
      if (cekCapaian) ctx.catat(t, 'capaian', label, true);
      continue;
    }
    const harap = hitungAman(tg.nilai, re.nilai, neg, metode.m);
    if (harap === null) continue;
    const dTampil = Math.max(2, c.desimal);
    const T = ctx.fmt(tg.nilai);
    const R = ctx.fmt(re.nilai);
    const rumus = teksRumus(neg, metode.m, T, R);
    const expected = teksDiharapkan(harap, dTampil);
    if (neg && cocokCapaian(c, tg, re, false, metode.m)) {
      if (!cekPolaritas) continue;
      ctx.catat(t, 'polaritas', label, false, {
        rule: 'polaritas',
        r: b.r,
        c: cap.c,
        pesan: ctx.pesan.capaianPolaritas(
          ctx.fmt(c.nilai),
          `${R} / ${T} × 100`,
          alasan(ctx, pol),
          rumus,
          ctx.fmt(harap, dTampil),
        ),
        stated,
        expected,
        related: rel,
        terjelaskan: true,
      });
      continue;
    }
    if (!cekCapaian) continue;
    const pecahan = cocok(c.nilai.times(100), Math.max(0, c.desimal - 2), harap);
    const lainMetode = neg && METODE_NEGATIF.some((m) => m !== metode.m && cocokCapaian(c, tg, re, true, m));
    const alasanTeks =
      alasan(ctx, pol) +
      (neg && metode.total > 1 ? `; ${ctx.pesan.metodeNegatif(metode.m, metode.n, metode.total)}` : '');
    ctx.catat(t, 'capaian', label, false, {
      rule: 'capaian',
      r: b.r,
      c: cap.c,
      pesan:
        ctx.pesan.capaianBeda(ctx.fmt(c.nilai), rumus, ctx.fmt(harap, dTampil), alasanTeks) +
        (pecahan ? ctx.pesan.pecahan() : ''),
      stated,
      expected,
      related: rel,
      terjelaskan: pecahan || lainMetode,
    });
  }
}
