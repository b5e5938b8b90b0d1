/**
 * Rule `jumlah`: a parent row differs from the sum (or mean) of its children under the accepted hierarchy;
 * a total row (labelled or found by arithmetic) differs from every plausible reading of what it totals; a
 * row-total column differs from the columns it adds.
 *
 * A parent's own formula is evidence too: when it names rows other than the parent's children
 * (`=SUM(R13+R55+R70+R91+R96)` over rows of another group, `=SUM(K85:K88)` that leaves out rows 89–90,
 * `=AVERAGE(T56:T64:T67)` spanning every row in between) and the value differs from the children's, the
 * finding says so and carries the corrected formula.
 */
import type { Baris, Kolom } from '../model';
import { PERAN_ANGKA, PERAN_UANG } from '../model';
import { Angka, adaNilai } from '../angka';
import { Akumulasi } from '../agregasi';
import type { Desimal } from '../desimal';
import { jumlahkan, cocok, NOL } from '../desimal';
import { polaRumus, urai, PolaRumus } from '../rumus/urai';
import type { TabelBacaan } from '../baca';
import { daunDari, dibalik } from '../baca/hierarki';
import { Konteks, ref, teksDiharapkan } from './konteks';
import { daftarBaris, namaPendek, rincian, rumusAgregat } from './bantu';

export function labelKolom(ctx: Konteks, k: Kolom): string {
  return ctx.pesan.kolomLabel(k.judul.join(' / ') || String(k.c + 1));
}

function nilaiDari(ctx: Konteks, t: TabelBacaan, rs: number[], k: Kolom, tanda?: Map<number, 1 | -1>): Akumulasi {
  const acc = new Akumulasi();
  for (const r of rs) {
    const a = ctx.angka(t, r, k);
    acc.tambah(tanda?.get(r) === -1 && adaNilai(a) ? dibalik(a) : a);
  }
  return acc;
}

function angkaDari(ctx: Konteks, t: TabelBacaan, rs: number[], k: Kolom): Angka[] {
  return rs.map((r) => ctx.angka(t, r, k)).filter(adaNilai);
}

function periksaInduk(ctx: Konteks, t: TabelBacaan): void {
  const anak = new Map<number, number[]>();
  const perR = new Map<number, Baris>(t.baris.map((b) => [b.r, b]));
  for (const b of t.baris) {
    if (b.induk === null || b.induk === undefined) continue;
    const l = anak.get(b.induk);
    if (l) l.push(b.r);
    else anak.set(b.induk, [b.r]);
  }
  if (anak.size === 0) return;
  const kolom = t.kolom.filter((k) => k.agregasi === 'jumlah' || k.agregasi === 'rata');
  for (const [p, cs] of anak) {
    const bp = perR.get(p)!;
    for (const k of kolom) {
      const a = ctx.angka(t, p, k);
      if (!adaNilai(a) || a.status === 'strip') continue;
      const rata = k.agregasi === 'rata';
      const f = ctx.formula(t, p, k.c);
      const pola: PolaRumus | null = f ? polaRumus(urai(f), p, k.c) : null;
      const tanda =
        pola?.pola === 'agregat' && pola.fungsi === 'PLUS' && pola.baris.some((x) => x.tanda < 0)
          ? new Map(pola.baris.map((x) => [x.r, x.tanda]))
          : undefined;
      const acc = nilaiDari(ctx, t, cs, k, tanda);
      if (acc.banyak === 0) continue;
      const label = labelKolom(ctx, k);
      if (acc.cocokDengan(a, rata)) {
        ctx.catat(t, 'jumlah', label, true);
        continue;
      }
      // a mean over the visible children: hidden rows are inactive items the average leaves out
      if (rata) {
        const terlihat = cs.filter((x) => !perR.get(x)?.tersembunyi);
        if (
          terlihat.length !== cs.length &&
          terlihat.length > 0 &&
          nilaiDari(ctx, t, terlihat, k).cocokDengan(a, true)
        ) {
          ctx.catat(t, 'jumlah', label, true);
          continue;
        }
      }
      // the sum of the leaves under it is a reading too (intermediate rows without figures)
      if (!rata && !pola) {
        const dd = daunDari(anak, p);
        if (dd.length !== cs.length && nilaiDari(ctx, t, dd, k).cocokDengan(a, false)) {
          ctx.catat(t, 'jumlah', label, true);
          continue;
        }
      }
      const harap = acc.hasil(rata) as Desimal;
      const related = cs.map((x) => ref(t.lembar, x, k.c));
      const parts = angkaDari(ctx, t, cs, k);
      const nama = namaPendek(bp.nama || bp.label);
      const stated = ctx.dinyatakan(t, p, k);
      const expected = teksDiharapkan(harap, a.desimal);
      const hitungan = {
        operator: rata ? ('rata' as const) : ('+' as const),
        bagian: parts.map((x) => ctx.fmtSel(x)),
        hasil: ctx.fmt(harap, a.desimal),
      };
      if (pola?.pola === 'agregat' && pola.fungsi !== 'SUBTOTAL' && f) {
        const S = new Set(pola.baris.map((x) => x.r));
        const C = new Set(cs);
        const lebih = [...S].filter((r) => !C.has(r));
        const kurang = cs.filter((r) => !S.has(r));
        if (lebih.length || kurang.length || pola.rantai) {
          const fix = rumusAgregat(rata ? 'AVERAGE' : 'SUM', cs, k.c, f);
          const anakTeks = daftarBaris(ctx, cs);
          const harapTeks = ctx.fmt(harap, a.desimal);
          const pesan = pola.rantai
            ? ctx.pesan.rumusRantai(f, anakTeks, harapTeks)
            : lebih.length
              ? ctx.pesan.rumusLebih(f, daftarBaris(ctx, lebih), anakTeks, harapTeks)
              : ctx.pesan.rumusKurang(f, daftarBaris(ctx, kurang), anakTeks, harapTeks);
          ctx.catat(t, 'jumlah', label, false, {
            rule: 'jumlah',
            r: p,
            c: k.c,
            pesan,
            stated,
            expected,
            related,
            fix,
            hitungan,
          });
          continue;
        }
      }
      const pesan = rata
        ? ctx.pesan.indukRataBeda(nama, ctx.fmt(a.nilai), ctx.fmt(harap, a.desimal), rincian(ctx, parts, true))
        : ctx.pesan.indukBeda(nama, ctx.fmt(a.nilai), ctx.fmt(harap), rincian(ctx, parts, false));
      ctx.catat(t, 'jumlah', label, false, {
        rule: 'jumlah',
        r: p,
        c: k.c,
        pesan,
        stated,
        expected,
        related,
        hitungan,
      });
    }
  }
}

// ---------------------------------------------------------------- totals

interface Bacaan {
  baris: number[];
}

/** The plausible readings of what an aggregate row at index i combines. */
function bacaanTotal(t: TabelBacaan, i: number, node: Set<number>): Bacaan[] {
  const sebelum: Baris[] = [];
  const segmen: Baris[] = [];
  let diSegmen = true;
  const subtotal: Baris[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const x = t.baris[j];
    if (x.jenis === 'jumlah' || x.jenis === 'rata' || x.jenis === 'ringkasan') {
      diSegmen = false;
      // a rata-rata or summary row combines earlier summaries, not earlier TOTAL rows (and vice versa)
      if ((x.jenis === 'jumlah') === (t.baris[i].jenis === 'jumlah')) subtotal.push(x);
      continue;
    }
    if (x.jenis === 'bagian' && segmen.length > 0) diSegmen = false;
    if (!node.has(x.r) && x.jenis !== 'data') continue;
    sebelum.push(x);
    if (diSegmen) segmen.push(x);
  }
  // collected bottom-up: put back in reading order
  sebelum.reverse();
  segmen.reverse();
  subtotal.reverse();
  const atasSaja = (bs: Baris[]) => bs.filter((x) => x.induk === null || x.induk === undefined);
  const perLevel = (bs: Baris[]) => {
    const m = new Map<number, number[]>();
    for (const x of bs) if (x.level !== null) m.set(x.level, [...(m.get(x.level) ?? []), x.r]);
    return [...m.values()];
  };
  // the first reading is the one a finding spells out: a SUB TOTAL or a rata-rata sums its segment, a
  // TOTAL the top rows of the whole table
  const b = t.baris[i];
  const sub = /^sub/i.test(b.label.trim()) || b.jenis !== 'jumlah';
  const segmenan = [{ baris: atasSaja(segmen).map((x) => x.r) }, { baris: segmen.map((x) => x.r) }];
  const semuanya = [{ baris: atasSaja(sebelum).map((x) => x.r) }, { baris: sebelum.map((x) => x.r) }];
  const out: Bacaan[] = [
    ...(sub ? [...segmenan, ...semuanya] : [...semuanya, ...segmenan]),
    ...perLevel(segmen).map((rs) => ({ baris: rs })),
    ...perLevel(sebelum).map((rs) => ({ baris: rs })),
    { baris: subtotal.map((x) => x.r) },
  ];
  // a total above its details: the rows below it, until the next aggregate
  if (sebelum.length === 0) {
    const bawah: Baris[] = [];
    for (let j = i + 1; j < t.baris.length; j++) {
      const x = t.baris[j];
      if (x.jenis === 'jumlah' || x.jenis === 'rata' || x.jenis === 'ringkasan') break;
      if (x.jenis === 'data') bawah.push(x);
    }
    out.push({ baris: atasSaja(bawah).map((x) => x.r) }, { baris: bawah.map((x) => x.r) });
  }
  return out.filter((x) => x.baris.length > 0);
}

function periksaTotal(ctx: Konteks, t: TabelBacaan): void {
  const node = new Set(
    t.baris.filter((x) => x.jenis === 'data' && (x.level !== null || x.induk !== undefined)).map((x) => x.r),
  );
  for (let i = 0; i < t.baris.length; i++) {
    const b = t.baris[i];
    const berlabel = b.jenis === 'jumlah' || b.jenis === 'rata' || b.jenis === 'ringkasan';
    // an unlabelled row at the end of the table or of a section may be a total: arithmetic decides
    const berikut = t.baris.slice(i + 1).find((x) => x.jenis !== 'catatan');
    const akhir = !berikut || berikut.jenis !== 'data';
    const calon = b.jenis === 'data' && !node.has(b.r) && !b.namaAsli && akhir;
    if (!berlabel && !calon) continue;
    // a rata-rata row averages; a summary row averages performance figures and adds money
    const rataKolom = (k: Kolom) =>
      b.jenis === 'rata' ||
      (b.jenis === 'ringkasan' && k.nilai !== 'uang' && !PERAN_UANG.has(k.peran) && k.nilai !== 'hitungan');
    const kolom = t.kolom.filter((k) =>
      b.jenis === 'jumlah' || calon
        ? k.agregasi === 'jumlah'
        : k.agregasi !== 'baris' &&
          k.nilai !== 'nomor' &&
          k.nilai !== 'kode' &&
          PERAN_ANGKA.has(k.peran) &&
          !k.rataRata,
    );
    const bacaan = bacaanTotal(t, i, node);
    if (bacaan.length === 0) continue;
    const hasil: {
      k: Kolom;
      a: Angka & { nilai: Desimal; desimal: number };
      cocok: boolean;
      utama: number[];
      rata: boolean;
    }[] = [];
    for (const k of kolom) {
      const rata = rataKolom(k);
      const a = ctx.angka(t, b.r, k);
      if (!adaNilai(a) || a.status === 'strip') continue;
      let cocokSatu = false;
      let utama: number[] | null = null;
      for (const x of bacaan) {
        const acc = nilaiDari(ctx, t, x.baris, k);
        const c = acc.cocokDengan(a, rata);
        if (c === null) continue;
        utama ??= x.baris;
        if (c) {
          cocokSatu = true;
          break;
        }
      }
      if (utama) hasil.push({ k, a, cocok: cocokSatu, utama, rata });
    }
    if (hasil.length === 0) continue;
    const adaCocok = hasil.some((h) => h.cocok && !h.a.nilai.isZero());
    // an unlabelled row is a total only when its figures say so; a labelled one that fits no reading in any
    // of several columns totals something this table does not list
    if (calon && !adaCocok) continue;
    for (const h of hasil) {
      const label = labelKolom(ctx, h.k);
      if (h.cocok) {
        ctx.catat(t, 'jumlah', label, true);
        continue;
      }
      const rata = h.rata;
      const parts = angkaDari(ctx, t, h.utama, h.k);
      const acc = nilaiDari(ctx, t, h.utama, h.k);
      const harap = acc.hasil(rata) as Desimal;
      const nama = b.label || ctx.pesan.barisRingkasan();
      const pesan = rata
        ? ctx.pesan.rataBeda(nama, ctx.fmt(h.a.nilai), ctx.fmt(harap, h.a.desimal), rincian(ctx, parts, true))
        : ctx.pesan.totalBeda(nama, ctx.fmt(h.a.nilai), ctx.fmt(harap), rincian(ctx, parts, false));
      ctx.catat(t, 'jumlah', label, false, {
        rule: 'jumlah',
        r: b.r,
        c: h.k.c,
        pesan,
        stated: ctx.dinyatakan(t, b.r, h.k),
        expected: teksDiharapkan(harap, h.a.desimal),
        related: h.utama.map((x) => ref(t.lembar, x, h.k.c)),
        hitungan: {
          operator: rata ? 'rata' : '+',
          bagian: parts.map((x) => ctx.fmt(x.nilai!)),
          hasil: ctx.fmt(harap, h.a.desimal),
        },
      });
    }
  }
}

// ---------------------------------------------------------------- row totals across columns

/** A JUMLAH/Total column adding the count or money columns to its left; checked only where most rows agree. */
function periksaKolomJumlah(ctx: Konteks, t: TabelBacaan): void {
  for (const kj of t.kolom.filter((k) => k.peran === 'jumlah-kolom')) {
    const komponen: Kolom[] = [];
    for (const k of t.kolom) {
      if (k.c >= kj.c) break;
      if ((k.peran === 'angka' || k.peran === 'bulan' || PERAN_UANG.has(k.peran)) && k.nilai !== 'nomor')
        komponen.push(k);
      else if (komponen.length > 0 && k.peran !== 'teks') komponen.length = 0;
    }
    if (komponen.length < 2) continue;
    // the sum across the row is another reading than the column's vertical totals: its own family
    const label = ctx.pesan.kolomSamping(kj.judul.join(' / ') || String(kj.c + 1));
    for (const b of t.baris) {
      if (b.jenis !== 'data' && b.jenis !== 'jumlah' && b.jenis !== 'rata') continue;
      const a = ctx.angka(t, b.r, kj);
      if (!adaNilai(a)) continue;
      const bagian = komponen.map((k) => ctx.angka(t, b.r, k));
      if (!bagian.some(adaNilai)) continue;
      const nilai = bagian.map((x) => (adaNilai(x) ? x.nilai : NOL));
      const hitung = jumlahkan(nilai);
      if (cocok(a.nilai, a.desimal, hitung)) {
        ctx.catat(t, 'jumlah', label, true);
        continue;
      }
      ctx.catat(t, 'jumlah', label, false, {
        rule: 'jumlah',
        r: b.r,
        c: kj.c,
        pesan: ctx.pesan.kolomJumlahBeda(
          kj.judul.join(' '),
          ctx.fmt(a.nilai),
          ctx.fmt(hitung),
          nilai.map((x) => ctx.fmt(x)).join('+'),
        ),
        stated: ctx.dinyatakan(t, b.r, kj),
        expected: teksDiharapkan(hitung, a.desimal),
        related: komponen.map((k) => ref(t.lembar, b.r, k.c)),
      });
    }
  }
}

export function periksaJumlah(ctx: Konteks): void {
  for (const t of ctx.tabel) {
    if (t.jenis === 'skala') continue;
    periksaInduk(ctx, t);
    periksaTotal(ctx, t);
    periksaKolomJumlah(ctx, t);
  }
}
