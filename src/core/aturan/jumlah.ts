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
import { jumlahkan, cocok, D, NOL } from '../desimal';
import { polaRumus, PolaRumus } from '../rumus/urai';
import type { TabelBacaan } from '../baca';
import { barisSama, daunDari, dibalik, PetaInduk } from '../baca/hierarki';
import { Konteks, ref, teksDiharapkan } from './konteks';
import { daftarBaris, namaPendek, rincian, rumusAgregat } from './bantu';
import { periksaTotalTeks } from './totalTeks';

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
      const pola: PolaRumus | null = f ? polaRumus(t.lembarBaca.urai(f), p, k.c) : null;
      const tanda =
        pola?.pola === 'agregat' && pola.fungsi === 'PLUS' && pola.baris.some((x) => x.tanda < 0)
          ? new Map(pola.baris.map((x) => [x.r, x.tanda]))
          : undefined;
      const acc = nilaiDari(ctx, t, cs, k, tanda);
      // an incomplete sum (a child that reads as no number) decides nothing
      if (acc.banyak === 0 || acc.takTerbaca > 0) continue;
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
        // (leaves other than the children: a single child that is itself a parent has leaves of its own)
        if (!barisSama(dd, cs) && nilaiDari(ctx, t, dd, k).cocokDengan(a, false)) {
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
      // a formula whose range leaves out or adds rows: the message names them and the finding carries the fix
      let pesan: string;
      let fix: string | undefined;
      const S =
        pola?.pola === 'agregat' && pola.fungsi !== 'SUBTOTAL' && f ? new Set(pola.baris.map((x) => x.r)) : null;
      const C = new Set(cs);
      const lebih = S ? [...S].filter((r) => !C.has(r)) : [];
      const kurang = S ? cs.filter((r) => !S.has(r)) : [];
      if (f && pola?.pola === 'agregat' && S && (lebih.length || kurang.length || pola.rantai)) {
        fix = rumusAgregat(rata ? 'AVERAGE' : 'SUM', cs, k.c, f);
        const anakTeks = daftarBaris(ctx, cs);
        const harapTeks = ctx.fmt(harap, a.desimal);
        pesan = pola.rantai
          ? ctx.pesan.rumusRantai(f, anakTeks, harapTeks)
          : lebih.length
            ? ctx.pesan.rumusLebih(f, daftarBaris(ctx, lebih), anakTeks, harapTeks)
            : ctx.pesan.rumusKurang(f, daftarBaris(ctx, kurang), anakTeks, harapTeks);
      } else
        pesan = rata
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
        ...(fix ? { fix } : {}),
        hitungan,
      });
    }
  }
}

// ---------------------------------------------------------------- totals

/** Rows combined under one reading, with their sum per column so far (running: kept as the rows go by). */
class Bacaan {
  private readonly acc = new Map<Kolom, Akumulasi>();
  readonly baris: number[] = [];

  /** Add row r, whose cells in `kolom` are `nilai` (read once by the caller for every reading). */
  tambah(r: number, kolom: readonly Kolom[], nilai: readonly Angka[]): void {
    this.baris.push(r);
    for (let i = 0; i < kolom.length; i++) {
      let a = this.acc.get(kolom[i]);
      if (!a) this.acc.set(kolom[i], (a = new Akumulasi()));
      a.tambah(nilai[i]);
    }
  }

  akumulasi(k: Kolom): Akumulasi {
    return this.acc.get(k) ?? new Akumulasi();
  }
}

/** A reading per level of the hierarchy, in the order the levels first appear. */
class PerLevel {
  readonly level = new Map<number, Bacaan>();
  tambah(b: Baris, kolom: readonly Kolom[], nilai: readonly Angka[]): void {
    if (b.level === null) return;
    let x = this.level.get(b.level);
    if (!x) this.level.set(b.level, (x = new Bacaan()));
    x.tambah(b.r, kolom, nilai);
  }
}

/**
 * The plausible readings of what the aggregate rows of a table combine, kept as running sums while the rows
 * go by top to bottom: every row above (all, or the top-level ones), the rows since the previous aggregate
 * (its segment), each level, the earlier subtotals. A table with thousands of SUB TOTAL rows stays linear.
 */
class BacaanBerjalan {
  private semua = new Bacaan();
  private semuaAtas = new Bacaan();
  private segmen = new Bacaan();
  private segmenAtas = new Bacaan();
  private levelSemua = new PerLevel();
  private levelSegmen = new PerLevel();
  private readonly subJumlah = new Bacaan();
  private readonly subLain = new Bacaan();
  /** Under each other candidate reading of the hierarchy: its top rows and its leaves so far. */
  private readonly calon: { induk: PetaInduk; anak: Set<number>; atas: Bacaan; daun: Bacaan }[];
  /** a section heading was passed: the segment starts again at the next row with figures */
  private bagianBaru = false;

  constructor(
    private readonly ctx: Konteks,
    private readonly t: TabelBacaan,
    private readonly kolom: readonly Kolom[],
  ) {
    this.calon = (t.bacaanHierarki.petaCalon ?? []).map((induk) => ({
      induk,
      anak: new Set([...induk.values()].filter((p): p is number => p !== null)),
      atas: new Bacaan(),
      daun: new Bacaan(),
    }));
  }

  private segmenBaru(): void {
    this.segmen = new Bacaan();
    this.segmenAtas = new Bacaan();
    this.levelSegmen = new PerLevel();
  }

  /** Take row b into the running readings (after its own check, when it is an aggregate). */
  lewati(b: Baris): void {
    if (b.jenis === 'jumlah' || b.jenis === 'rata' || b.jenis === 'ringkasan') {
      // a rata-rata or summary row combines earlier summaries, not earlier TOTAL rows (and vice versa)
      (b.jenis === 'jumlah' ? this.subJumlah : this.subLain).tambah(b.r, this.kolom, this.nilai(b.r));
      this.segmenBaru();
      this.bagianBaru = false;
      return;
    }
    if (b.jenis === 'bagian') {
      this.bagianBaru = true;
      return;
    }
    if (b.jenis !== 'data') return;
    if (this.bagianBaru) {
      this.segmenBaru();
      this.bagianBaru = false;
    }
    const atas = b.induk === null || b.induk === undefined;
    const nilai = this.nilai(b.r);
    this.semua.tambah(b.r, this.kolom, nilai);
    this.segmen.tambah(b.r, this.kolom, nilai);
    if (atas) {
      this.semuaAtas.tambah(b.r, this.kolom, nilai);
      this.segmenAtas.tambah(b.r, this.kolom, nilai);
    }
    this.levelSemua.tambah(b, this.kolom, nilai);
    this.levelSegmen.tambah(b, this.kolom, nilai);
    for (const c of this.calon) {
      if (!c.induk.has(b.r)) continue;
      if (c.induk.get(b.r) === null) c.atas.tambah(b.r, this.kolom, nilai);
      if (!c.anak.has(b.r)) c.daun.tambah(b.r, this.kolom, nilai);
    }
  }

  private nilai(r: number): Angka[] {
    return this.kolom.map((k) => this.ctx.angka(this.t, r, k));
  }

  /**
   * The readings for aggregate row i, the one a finding spells out first: a SUB TOTAL or a rata-rata sums its
   * segment, a TOTAL the top rows of the whole table.
   */
  bacaan(i: number): Bacaan[] {
    const b = this.t.baris[i];
    const sub = /^sub/i.test(b.label.trim()) || b.jenis !== 'jumlah';
    const segmenan = [this.segmenAtas, this.segmen];
    const semuanya = [this.semuaAtas, this.semua];
    const out = [
      ...(sub ? [...segmenan, ...semuanya] : [...semuanya, ...segmenan]),
      ...this.levelSegmen.level.values(),
      ...this.levelSemua.level.values(),
      b.jenis === 'jumlah' ? this.subJumlah : this.subLain,
      // what the other readings of the hierarchy would total: a fit there is no error, the reading is uncertain
      ...this.calon.flatMap((c) => [c.atas, c.daun]),
    ];
    // a total above its details: the rows below it, until the next aggregate
    if (this.semua.baris.length === 0) {
      const bawah = new Bacaan();
      const bawahAtas = new Bacaan();
      const bawahDaun = new Bacaan();
      const induk = new Set(this.t.baris.map((x) => x.induk).filter((p): p is number => p !== null && p !== undefined));
      const calon = this.calon.map((c) => ({ ...c, atas: new Bacaan(), daun: new Bacaan() }));
      for (let j = i + 1; j < this.t.baris.length; j++) {
        const x = this.t.baris[j];
        if (x.jenis === 'jumlah' || x.jenis === 'rata' || x.jenis === 'ringkasan') break;
        if (x.jenis !== 'data') continue;
        const nilai = this.nilai(x.r);
        bawah.tambah(x.r, this.kolom, nilai);
        if (x.induk === null || x.induk === undefined) bawahAtas.tambah(x.r, this.kolom, nilai);
        if (!induk.has(x.r)) bawahDaun.tambah(x.r, this.kolom, nilai);
        for (const c of calon) {
          if (!c.induk.has(x.r)) continue;
          if (c.induk.get(x.r) === null) c.atas.tambah(x.r, this.kolom, nilai);
          if (!c.anak.has(x.r)) c.daun.tambah(x.r, this.kolom, nilai);
        }
      }
      // the leaves too: a wrong parent under the total is reported at the parent, not again at the total
      out.push(bawahAtas, bawah, bawahDaun, ...calon.flatMap((c) => [c.atas, c.daun]));
    }
    return out.filter((x) => x.baris.length > 0);
  }
}

function periksaTotal(ctx: Konteks, t: TabelBacaan): void {
  const node = new Set(
    t.baris.filter((x) => x.jenis === 'data' && (x.level !== null || x.induk !== undefined)).map((x) => x.r),
  );
  // the kind of the next row that is not a note, for every row (one pass from the bottom)
  const berikut: (Baris | undefined)[] = new Array<Baris | undefined>(t.baris.length);
  for (let i = t.baris.length - 1, n: Baris | undefined; i >= 0; i--) {
    berikut[i] = n;
    if (t.baris[i].jenis !== 'catatan') n = t.baris[i];
  }
  const semuaKolom = t.kolom.filter(
    (k) =>
      k.agregasi === 'jumlah' ||
      (k.agregasi !== 'baris' && k.nilai !== 'nomor' && k.nilai !== 'kode' && PERAN_ANGKA.has(k.peran) && !k.rataRata),
  );
  const berjalan = new BacaanBerjalan(ctx, t, semuaKolom);
  const pertamaData = t.baris.find((x) => x.jenis === 'data');
  for (let i = 0; i < t.baris.length; i++) {
    const b = t.baris[i];
    periksaSatuTotal(ctx, t, i, b, node, berikut[i], berjalan, pertamaData);
    berjalan.lewati(b);
  }
}

/** A sum at least one and a half times the stated total, or at most two thirds of it (signs alike). */
function jauhBerbeda(jumlah: Desimal, total: Desimal): boolean {
  if (total.isZero() || jumlah.isZero() || jumlah.isNeg() !== total.isNeg()) return false;
  const rasio = jumlah.div(total).abs();
  return rasio.gte(1.5) || rasio.lte(new D(2).div(3));
}

function periksaSatuTotal(
  ctx: Konteks,
  t: TabelBacaan,
  i: number,
  b: Baris,
  node: Set<number>,
  berikut: Baris | undefined,
  berjalan: BacaanBerjalan,
  pertamaData: Baris | undefined,
): void {
  const berlabel = b.jenis === 'jumlah' || b.jenis === 'rata' || b.jenis === 'ringkasan';
  // an unlabelled row at the end of the table or of a section may be a total: arithmetic decides
  const akhir = !berikut || berikut.jenis !== 'data';
  // (or at its very top, above its details)
  const pertama = pertamaData === b;
  const calon = b.jenis === 'data' && !node.has(b.r) && !b.namaAsli && (akhir || pertama);
  if (!berlabel && !calon) return;
  // a rata-rata row averages; a summary row averages performance figures and adds money
  const rataKolom = (k: Kolom) =>
    b.jenis === 'rata' ||
    (b.jenis === 'ringkasan' && k.nilai !== 'uang' && !PERAN_UANG.has(k.peran) && k.nilai !== 'hitungan');
  const kolom = t.kolom.filter((k) =>
    b.jenis === 'jumlah' || calon
      ? k.agregasi === 'jumlah'
      : k.agregasi !== 'baris' && k.nilai !== 'nomor' && k.nilai !== 'kode' && PERAN_ANGKA.has(k.peran) && !k.rataRata,
  );
  const bacaan = berjalan.bacaan(i);
  if (bacaan.length === 0) return;
  const hasil: {
    k: Kolom;
    a: Angka & { nilai: Desimal; desimal: number };
    cocok: boolean;
    utama: Bacaan;
    rata: boolean;
  }[] = [];
  for (const k of kolom) {
    const rata = rataKolom(k);
    const a = ctx.angka(t, b.r, k);
    if (!adaNilai(a) || a.status === 'strip') continue;
    let cocokSatu = false;
    let utama: Bacaan | null = null;
    for (const x of bacaan) {
      const c = x.akumulasi(k).cocokDengan(a, rata);
      if (c === null) continue;
      utama ??= x;
      if (c) {
        cocokSatu = true;
        break;
      }
    }
    // (the readings keep growing with the rows below, so everything is taken from them before moving on)
    if (utama) hasil.push({ k, a, cocok: cocokSatu, utama, rata });
  }
  if (hasil.length === 0) return;
  const adaCocok = hasil.some((h) => h.cocok && !h.a.nilai.isZero());
  // an unlabelled row is a total only when its figures say so; a labelled one that fits no reading in any
  // of several columns totals something this table does not list
  if (calon && !adaCocok) return;
  // rows that show levels (numbering, names, formats) none of whose readings the figures accepted
  const levelTakTerbaca = !t.bacaanHierarki.sumber && t.bacaanHierarki.calon.length > 0;
  for (const h of hasil) {
    const label = labelKolom(ctx, h.k);
    if (h.cocok) {
      ctx.catat(t, 'jumlah', label, true);
      continue;
    }
    const rata = h.rata;
    const rs = h.utama.baris;
    const parts = angkaDari(ctx, t, rs, h.k);
    const harap = h.utama.akumulasi(h.k).hasil(rata) as Desimal;
    // there, a sum one and a half times the total or more (or two thirds or less) counts parents with their
    // children: that reading is not what the total adds, so it is not claimed wrong (one wrong figure in a
    // flat list moves the sum by that figure only)
    if (levelTakTerbaca && !rata && jauhBerbeda(harap, h.a.nilai)) continue;
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
      related: rs.map((x) => ref(t.lembar, x, h.k.c)),
      hitungan: {
        operator: rata ? 'rata' : '+',
        bagian: parts.map((x) => ctx.fmtSel(x)),
        hasil: ctx.fmt(harap, h.a.desimal),
      },
    });
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
    periksaTotalTeks(ctx, t);
  }
}
