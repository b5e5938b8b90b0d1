/**
 * Rule `jumlah`: a TOTAL / JUMLAH / SUB TOTAL row, a rata-rata row, a parent row (program = Σ kegiatan)
 * or a row-total column differs from the sum (or mean) of what it summarises.
 *
 * A total can legitimately sum different things (all rows, one hierarchy level, the subtotals above it),
 * so each plausible reading is tried and the row is flagged only when none fits.
 */
import type { Baris, Kolom, Tabel } from '../model';
import { PERAN_UANG } from '../model';
import { cocok, Desimal, jumlahkan, NOL } from '../desimal';
import { Angka, adaNilai, jumlahAngka, JumlahTepat } from '../angka';
import { anak } from '../deteksi/baris';
import { Konteks, ref, teksDiharapkan } from './konteks';
import { norm } from '../deteksi/kosakata';

const AGREGAT = new Set(['jumlah', 'rata', 'ringkasan']);

interface Calon {
  baris: Baris[];
  angka: Angka[];
  hasil: Desimal;
}

/** Values of rows in a column; "-" counts as 0 in a sum but is left out of a mean. */
function nilaiBaris(ctx: Konteks, t: Tabel, b: Baris[], k: Kolom, rata: boolean): { baris: Baris[]; angka: Angka[] } {
  const out: { baris: Baris[]; angka: Angka[] } = { baris: [], angka: [] };
  for (const x of b) {
    const a = ctx.angka(t, x.r, k);
    if (adaNilai(a) && !(rata && a.status === 'strip')) {
      out.baris.push(x);
      out.angka.push(a);
    }
  }
  return out;
}

function calon(ctx: Konteks, t: Tabel, kelompok: Baris[][], k: Kolom, rata: boolean): Calon[] {
  const out: Calon[] = [];
  for (const g of kelompok) {
    if (g.length === 0) continue;
    const v = nilaiBaris(ctx, t, g, k, rata);
    if (v.angka.length === 0) continue;
    const jumlah = jumlahAngka(v.angka);
    out.push({ ...v, hasil: rata ? jumlah.div(v.angka.length) : jumlah });
  }
  return out;
}

function rincian(ctx: Konteks, angka: Angka[], rata: boolean): string {
  // the first eight values are spelled out; the rest only counted (their Decimals are never made)
  const n = angka.length;
  const parts = angka.slice(0, 8).map((a) => ctx.fmt(a.nilai ?? NOL));
  const teks = parts.join('+') + (n > 8 ? ctx.t(`+… (${n} baris)`, `+… (${n} rows)`) : '');
  return rata ? `(${teks})/${n}` : teks;
}

/** Columns a total sums: money and counts; percentages are averaged only on rata-rata rows. */
function kolomJumlah(t: Tabel): Kolom[] {
  return t.kolom.filter((k) => PERAN_UANG.has(k.peran) || k.peran === 'angka' || k.peran === 'jumlah-kolom');
}
function kolomRata(t: Tabel): Kolom[] {
  return t.kolom.filter(
    (k) =>
      !k.rataRata &&
      [
        'target',
        'realisasi',
        'capaian',
        'penyerapan',
        'efisiensi',
        'angka',
        'pagu',
        'realisasi-anggaran',
        'sisa',
        'jumlah-kolom',
      ].includes(k.peran),
  );
}

/**
 * A running sum of a column over some rows (exact, see JumlahTepat), counting values with and without "-"
 * (a mean leaves "-" out; in a sum it adds 0).
 */
class Akumulasi {
  private readonly jumlah = new JumlahTepat();
  private n = 0;
  private strip = 0;

  tambah(a: Angka): void {
    if (!adaNilai(a)) return;
    this.n++;
    if (a.status === 'strip') this.strip++;
    else this.jumlah.tambah(a);
  }

  /** The stated value agrees with this sum (or mean) under the DOMAIN.md tolerance; null when there is nothing to compare. */
  cocokDengan(a: Angka & { nilai: Desimal; desimal: number }, rata: boolean): boolean | null {
    const n = rata ? this.n - this.strip : this.n;
    if (n === 0) return null;
    // whole numbers both sides: equal or not, no rounding involved
    const bulat = this.jumlah.bulat;
    if (!rata && bulat !== undefined && a.bulat !== undefined) return a.bulat === bulat;
    const jumlah = this.jumlah.nilai;
    return cocok(a.nilai, a.desimal, rata ? jumlah.div(n) : jumlah);
  }
}

/** Running sums per column of the rows above an aggregate row: every data row, each hierarchy level, earlier aggregates. */
class RingkasanAtas {
  readonly data = new Akumulasi();
  readonly level = new Map<number, Akumulasi>();
  readonly agregat = new Akumulasi();
  /** Earlier aggregates other than TOTAL/JUMLAH rows (what a rata-rata or summary row may combine). */
  readonly agregatBukanJumlah = new Akumulasi();
}

function periksaAgregat(ctx: Konteks, t: Tabel): void {
  const baris = t.baris;
  if (!baris.some((b) => AGREGAT.has(b.jenis))) return;
  // every column a TOTAL or rata-rata row may check, with sums of the rows above kept as the rows go by:
  // each aggregate row is then checked in constant time per reading, however many subtotals a table has
  const adaJumlah = baris.some((b) => b.jenis === 'jumlah');
  const adaRata = baris.some((b) => AGREGAT.has(b.jenis) && b.jenis !== 'jumlah');
  const kolom = new Set([...(adaJumlah ? kolomJumlah(t) : []), ...(adaRata ? kolomRata(t) : [])]);
  const atas = new Map<Kolom, RingkasanAtas>([...kolom].map((k) => [k, new RingkasanAtas()]));
  for (let i = 0; i < baris.length; i++) {
    const b = baris[i];
    if (AGREGAT.has(b.jenis)) {
      periksaSatuAgregat(ctx, t, i, b, atas);
      for (const [k, x] of atas) {
        const a = ctx.angka(t, b.r, k);
        x.agregat.tambah(a);
        if (b.jenis !== 'jumlah') x.agregatBukanJumlah.tambah(a);
      }
    } else if (b.jenis === 'data') {
      for (const [k, x] of atas) {
        const a = ctx.angka(t, b.r, k);
        x.data.tambah(a);
        if (b.level !== null) {
          let lv = x.level.get(b.level);
          if (!lv) x.level.set(b.level, (lv = new Akumulasi()));
          lv.tambah(a);
        }
      }
    }
  }
}

/** The data rows since the last aggregate (skipping section rows until a value is found), top to bottom. */
function segmenDi(ctx: Konteks, t: Tabel, i: number, k: Kolom): Baris[] {
  const segmen: Baris[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const x = t.baris[j];
    if (AGREGAT.has(x.jenis)) break;
    if (x.jenis === 'data' && adaNilai(ctx.angka(t, x.r, k))) segmen.push(x);
    if (x.jenis === 'bagian' && segmen.length > 0) break;
  }
  return segmen.reverse();
}

function periksaSatuAgregat(ctx: Konteks, t: Tabel, i: number, b: Baris, atas: Map<Kolom, RingkasanAtas>): void {
  const kolom = b.jenis === 'jumlah' ? kolomJumlah(t) : kolomRata(t);
  for (const k of kolom) {
    const a = ctx.angka(t, b.r, k);
    if (!adaNilai(a)) continue;
    const pakaiRata =
      b.jenis === 'rata' || (b.jenis === 'ringkasan' && !PERAN_UANG.has(k.peran) && k.peran !== 'angka');
    // the readings of what the row sums: its segment, each hierarchy level, all data rows, earlier aggregates
    const segmen = new Akumulasi();
    const barisSegmen = segmenDi(ctx, t, i, k);
    for (const x of barisSegmen) segmen.tambah(ctx.angka(t, x.r, k));
    const x = atas.get(k)!;
    const bacaan = [segmen, ...x.level.values(), x.data, b.jenis === 'jumlah' ? x.agregat : x.agregatBukanJumlah];
    const hasil = bacaan.map((h) => h.cocokDengan(a, pakaiRata));
    if (hasil.includes(true) || !hasil.includes(false)) continue;
    laporAgregat(ctx, t, i, b, k, a, pakaiRata, barisSegmen);
  }
}

/** The finding for an aggregate row no reading fits, with the most plausible reading spelled out. */
function laporAgregat(
  ctx: Konteks,
  t: Tabel,
  i: number,
  b: Baris,
  k: Kolom,
  a: Angka & { nilai: Desimal; desimal: number },
  pakaiRata: boolean,
  segmen: Baris[],
): void {
  // the row lists are built only here, for the message and the related cells
  const sebelum = t.baris.slice(0, i);
  const data = sebelum.filter((x) => x.jenis === 'data');
  const levels = [...new Set(data.map((x) => x.level).filter((x): x is number => x !== null))].sort((p, q) => p - q);
  const perLevel = levels.map((lv) => data.filter((x) => x.level === lv));
  const sejenis = sebelum.filter((x) => AGREGAT.has(x.jenis) && (x.jenis !== 'jumlah' || b.jenis === 'jumlah'));
  // most plausible reading for the message: a SUB TOTAL or rata-rata sums its segment; a TOTAL sums the
  // top hierarchy level, or all rows; else the first reading that has values
  const sub = /^sub/i.test(b.label.trim()) || b.jenis !== 'jumlah';
  const puncak = levels.length > 1 ? perLevel[0] : data;
  const kelompok: Baris[][] = sub ? [segmen, ...perLevel, data, sejenis] : [puncak, segmen, ...perLevel, data, sejenis];
  let utama: Calon | undefined;
  for (const g of kelompok) if ((utama = calon(ctx, t, [g], k, pakaiRata)[0])) break;
  if (!utama) return;
  const label = b.label || ctx.t('Baris ringkasan', 'Summary row');
  const pesan = pakaiRata
    ? ctx.t(
        `${label} ${ctx.fmt(a.nilai)} ≠ rata-rata baris ${ctx.fmt(utama.hasil, a.desimal)} ${rincian(ctx, utama.angka, true)}`,
        `${label} ${ctx.fmt(a.nilai)} ≠ mean of rows ${ctx.fmt(utama.hasil, a.desimal)} ${rincian(ctx, utama.angka, true)}`,
      )
    : ctx.t(
        `${label} ${ctx.fmt(a.nilai)} ≠ jumlah baris ${ctx.fmt(utama.hasil)} (${rincian(ctx, utama.angka, false)})`,
        `${label} ${ctx.fmt(a.nilai)} ≠ sum of rows ${ctx.fmt(utama.hasil)} (${rincian(ctx, utama.angka, false)})`,
      );
  ctx.tambah(
    'jumlah',
    t,
    b.r,
    k.c,
    pesan,
    ctx.dinyatakan(t, b.r, k),
    teksDiharapkan(utama.hasil, a.desimal),
    utama.baris.map((x) => ref(t.lembar, x.r, k.c)),
  );
}

const BELANJA = /^belanja\b/;

/** Parent rows against their children; a repeated header starts a new hierarchy (Belanja Tidak Langsung / Langsung). */
function periksaInduk(ctx: Konteks, t: Tabel): void {
  let bagian: Baris[] = [];
  for (const b of t.baris) {
    if (b.jenis === 'header-ulang') {
      periksaIndukBagian(ctx, t, bagian);
      bagian = [];
    } else if (b.jenis === 'data') bagian.push(b);
  }
  periksaIndukBagian(ctx, t, bagian);
}

function periksaIndukBagian(ctx: Konteks, t: Tabel, data: Baris[]): void {
  if (!data.some((b) => b.level !== null)) return;
  const kolom = kolomJumlah(t);
  for (let i = 0; i < data.length; i++) {
    const p = data[i];
    const { langsung, daun } = anak(data, i);
    if (langsung.length === 0) continue;
    // BELANJA DAERAH over a single BELANJA OPERASI: the other belanja groups are simply not listed
    if (langsung.length === 1 && BELANJA.test(norm(p.nama)) && BELANJA.test(norm(langsung[0].nama))) continue;
    for (const k of kolom) {
      const a = ctx.angka(t, p.r, k);
      if (!adaNilai(a)) continue;
      // direct children, or the leaves under it: summed without lists, as most parents agree
      const hasil = [langsung, daun].map((g) => {
        const x = new Akumulasi();
        for (const y of g) x.tambah(ctx.angka(t, y.r, k));
        return x.cocokDengan(a, false);
      });
      if (hasil.includes(true) || !hasil.includes(false)) continue;
      const utama = calon(ctx, t, [langsung, daun], k, false)[0];
      const nama = p.nama.length > 60 ? p.nama.slice(0, 57) + '…' : p.nama;
      const pesan = ctx.t(
        `${nama}: ${ctx.fmt(a.nilai)} ≠ jumlah rinciannya ${ctx.fmt(utama.hasil)} (${rincian(ctx, utama.angka, false)})`,
        `${nama}: ${ctx.fmt(a.nilai)} ≠ sum of its items ${ctx.fmt(utama.hasil)} (${rincian(ctx, utama.angka, false)})`,
      );
      ctx.tambah(
        'jumlah',
        t,
        p.r,
        k.c,
        pesan,
        ctx.dinyatakan(t, p.r, k),
        teksDiharapkan(utama.hasil, a.desimal),
        utama.baris.map((x) => ref(t.lembar, x.r, k.c)),
      );
    }
  }
}

/** A JUMLAH/Total column summing the count columns to its left; checked only where most rows agree. */
function periksaKolomJumlah(ctx: Konteks, t: Tabel): void {
  for (const kj of t.kolom.filter((k) => k.peran === 'jumlah-kolom')) {
    const komponen: Kolom[] = [];
    for (const k of t.kolom) {
      if (k.c >= kj.c) break;
      if (k.peran === 'angka') komponen.push(k);
      else if (komponen.length > 0 && k.peran !== 'teks') komponen.length = 0;
    }
    if (komponen.length < 2) continue;
    const hasil: { b: Baris; nyata: Desimal; desimal: number; hitung: Desimal; bagian: Desimal[] }[] = [];
    for (const b of t.baris) {
      if (b.jenis !== 'data' && !AGREGAT.has(b.jenis)) continue;
      const a = ctx.angka(t, b.r, kj);
      if (!adaNilai(a)) continue;
      const bagian = komponen.map((k) => ctx.angka(t, b.r, k));
      if (!bagian.some(adaNilai)) continue;
      const nilai = bagian.map((x) => (adaNilai(x) ? x.nilai : NOL));
      hasil.push({ b, nyata: a.nilai, desimal: a.desimal, hitung: jumlahkan(nilai), bagian: nilai });
    }
    const cocokN = hasil.filter((h) => cocok(h.nyata, h.desimal, h.hitung)).length;
    if (hasil.length < 3 || cocokN * 10 < hasil.length * 6) continue;
    for (const h of hasil) {
      if (cocok(h.nyata, h.desimal, h.hitung)) continue;
      const pesan = ctx.t(
        `Kolom ${kj.judul.join(' ')} ${ctx.fmt(h.nyata)} ≠ jumlah kolom di kirinya ${ctx.fmt(h.hitung)} (${h.bagian.map((x) => ctx.fmt(x)).join('+')})`,
        `Column ${kj.judul.join(' ')} ${ctx.fmt(h.nyata)} ≠ sum of the columns to its left ${ctx.fmt(h.hitung)} (${h.bagian.map((x) => ctx.fmt(x)).join('+')})`,
      );
      ctx.tambah('jumlah', t, h.b.r, kj.c, pesan, ctx.dinyatakan(t, h.b.r, kj), teksDiharapkan(h.hitung, h.desimal));
    }
  }
}

export function periksaJumlah(ctx: Konteks): void {
  for (const t of ctx.tabel) {
    if (t.jenis === 'skala') continue;
    periksaAgregat(ctx, t);
    periksaInduk(ctx, t);
    periksaKolomJumlah(ctx, t);
  }
}
