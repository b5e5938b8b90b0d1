/**
 * Rule `lintas-tabel`: the same program/kegiatan (by pagu, realisasi) or indikator (by target, realisasi,
 * capaian for the same period) has different figures in two tables.
 *
 * Performance figures confirmed by a majority of tables point at the odd one out; budget figures that
 * disagree are flagged in every table involved, since each document has to be reconciled.
 */
import type { Baris, Kolom, Peran, Tabel } from '../model';
import { Angka, adaNilai } from '../angka';
import { cocok, Desimal } from '../desimal';
import { norm } from '../deteksi/kosakata';
import { Konteks, ref, teksDiharapkan } from './konteks';
import { pasanganCapaian } from './pasangan';

const PERAN_UANG: Peran[] = ['pagu', 'realisasi-anggaran'];
const PERAN_KINERJA: Peran[] = ['target', 'realisasi', 'capaian'];

export function kunciNama(nama: string): string {
  return norm(nama)
    .replace(/^(\(?[0-9a-z]{1,3}(\.[0-9]{1,3})*[.)]\s*)+/, '')
    .replace(/\(\s*[a-z]{2,6}\s*\)\s*$/, '')
    .replace(/\bkab\s*\/\s*kota\b/g, 'kabupaten/kota')
    .replace(/\bkab\.?\s/g, 'kabupaten ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface Entri {
  t: Tabel;
  b: Baris;
  k: Kolom;
  a: Angka & { nilai: Desimal; desimal: number };
}

function periode(t: Tabel, k: Kolom, uang: boolean): string {
  const q = new Set(k.kualifikasi);
  if (k.peran === 'capaian') {
    const p = pasanganCapaian(t, k);
    if (p) for (const x of [...p.target.kualifikasi, ...p.realisasi.kualifikasi]) q.add(x);
  }
  const tahun = uang ? k.tahun : (k.tahun ?? t.tahunJudul);
  return `${tahun ?? '-'}|${[...q].sort().join(',')}`;
}

/** Name keys of a table's rows; below a program row, money rows are keyed "program > name". */
function kunciSemua(baris: Baris[], uang: boolean): string[] {
  let program: string | null = null;
  return baris.map((b) => {
    const nama = kunciNama(b.nama);
    if (/^program\b/.test(nama)) {
      program = nama;
      return nama;
    }
    return uang && program ? `${program} > ${nama}` : nama;
  });
}

/** Equal figures, allowing one table to show fewer decimals (26,4 vs 26,43) but not fewer digits (1 vs 0,9). */
function sama(x: Entri, y: Entri): boolean {
  if (x.a.bulat !== undefined && x.a.bulat === y.a.bulat) return true;
  const a = x.a;
  const b = y.a;
  if (a.nilai.eq(b.nilai)) return true;
  const d = Math.min(a.desimal, b.desimal);
  if (d === 0) return false;
  return cocok(a.nilai, d, b.nilai) || cocok(b.nilai, d, a.nilai);
}

function namaPeran(ctx: Konteks, p: Peran): string {
  const m: Partial<Record<Peran, [string, string]>> = {
    pagu: ['Pagu', 'Budget'],
    'realisasi-anggaran': ['Realisasi anggaran', 'Spending'],
    target: ['Target', 'Target'],
    realisasi: ['Realisasi', 'Realisation'],
    capaian: ['Capaian', 'Capaian'],
  };
  const x = m[p] ?? [p, p];
  return ctx.t(x[0], x[1]);
}

/** Columns a figure can be compared through: money and performance columns that are not averages. */
function kolomBanding(t: Tabel): Kolom[] {
  if (t.jenis === 'skala') return [];
  return t.kolom.filter((k) => !k.rataRata && (PERAN_UANG.includes(k.peran) || PERAN_KINERJA.includes(k.peran)));
}

export function periksaLintasTabel(ctx: Konteks): void {
  // a figure can only disagree with another table's: roles found in a single table are not keyed at all
  const tabelPerPeran = new Map<Peran, number>();
  for (const t of ctx.tabel)
    for (const p of new Set(kolomBanding(t).map((k) => k.peran))) tabelPerPeran.set(p, (tabelPerPeran.get(p) ?? 0) + 1);
  const grup = new Map<string, Entri[]>();
  for (const t of ctx.tabel) {
    const kolom = kolomBanding(t).filter((k) => (tabelPerPeran.get(k.peran) ?? 0) >= 2);
    if (kolom.length === 0) continue;
    const data = t.baris.filter((b) => b.jenis === 'data');
    const kunci = { uang: null as string[] | null, kinerja: null as string[] | null };
    for (const k of kolom) {
      const uang = PERAN_UANG.includes(k.peran);
      const nama_ = uang ? (kunci.uang ??= kunciSemua(data, true)) : (kunci.kinerja ??= kunciSemua(data, false));
      const dalam = new Map<string, Entri[]>();
      const per = `${k.peran}|${periode(t, k, uang)}|`;
      data.forEach((b, i) => {
        const a = ctx.angka(t, b.r, k);
        if (!adaNilai(a) || !b.namaAsli || a.status === 'strip') return;
        const nama = nama_[i];
        if (nama.length < 4) return;
        const key = per + nama;
        const l = dalam.get(key) ?? [];
        l.push({ t, b, k, a });
        dalam.set(key, l);
      });
      for (const [key, l] of dalam) {
        if (l.length !== 1) continue; // the same name twice in one table: ambiguous, not compared
        const g = grup.get(key) ?? [];
        if (!g.some((e) => e.t === t)) g.push(l[0]);
        grup.set(key, g);
      }
    }
  }
  for (const entri of grup.values()) {
    if (entri.length < 2) continue;
    const klaster: Entri[][] = [];
    for (const e of entri) {
      const k = klaster.find((c) => sama(c[0], e));
      if (k) k.push(e);
      else klaster.push([e]);
    }
    if (klaster.length < 2) continue;
    klaster.sort((a, b) => b.length - a.length);
    const uang = PERAN_UANG.includes(entri[0].k.peran);
    const mayoritas = !uang && klaster[0].length >= 2 && klaster[0].length > klaster[1].length;
    for (const c of klaster) {
      if (mayoritas && c === klaster[0]) continue;
      const lain = klaster.find((x) => x !== c)!;
      for (const e of c) {
        const rujukan = lain.map((x) => ref(x.t.lembar, x.b.r, x.k.c));
        const nilaiLain = ctx.fmt(lain[0].a.nilai);
        const nama = e.b.nama.length > 60 ? e.b.nama.slice(0, 57) + '…' : e.b.nama;
        ctx.tambah(
          'lintas-tabel',
          e.t,
          e.b.r,
          e.k.c,
          ctx.t(
            `${namaPeran(ctx, e.k.peran)} "${nama}" ${ctx.fmt(e.a.nilai)} di tabel ini, tetapi ${nilaiLain} di ${rujukan.join(', ')}`,
            `${namaPeran(ctx, e.k.peran)} of "${nama}" is ${ctx.fmt(e.a.nilai)} in this table but ${nilaiLain} in ${rujukan.join(', ')}`,
          ),
          ctx.dinyatakan(e.t, e.b.r, e.k),
          teksDiharapkan(lain[0].a.nilai, lain[0].a.desimal),
          rujukan,
        );
      }
    }
  }
}
