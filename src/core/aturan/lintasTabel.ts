/**
 * Rule `lintas-tabel`: the same program/kegiatan (by pagu, realisasi anggaran) or indikator (by target,
 * realisasi, capaian for the same year and period) has different figures in two tables.
 *
 * Which side is wrong, in order: the figure most tables agree on; else the side whose own arithmetic
 * already shows it wrong (a total whose expected value is the other table's figure); else the table that
 * was the odd one out against the same other table elsewhere; else the later statement (the report's first
 * statement of a figure is its reference). A table that lists only some of a program's sub kegiatan does not disagree with the program's
 * total. Runs after the gate: it reads the other rules' findings, and compares only tables read with
 * confidence.
 */
import type { Baris, Kolom, Peran, Temuan } from '../model';
import { Angka, adaNilai, samaPersis } from '../angka';
import { cocok, D, Desimal } from '../desimal';
import { norm } from '../baca/kosakata';
import type { TabelBacaan } from '../baca';
import { alamat } from '../grid';
import { Konteks, ref, teksDiharapkan } from './konteks';
import { cariPasangan } from './pasangan';
import { namaPendek } from './bantu';

const PERAN_UANG: Peran[] = ['pagu', 'realisasi-anggaran'];
const PERAN_KINERJA: Peran[] = ['target', 'realisasi', 'capaian'];

/** A name as a key: numbering, acronyms in brackets, spelling variants ("ber Akreditasi", "Kab.") removed. */
export function kunciNama(nama: string): string {
  return norm(nama)
    .replace(/^(\(?[0-9a-z]{1,3}(\.[0-9]{1,3})*[.)]\s*)+/, '')
    .replace(/\(\s*[a-z]{2,6}\s*\)\s*$/, '')
    .replace(/\bkab\s*\/\s*kota\b/g, 'kabupaten/kota')
    .replace(/\bkab\.?\s/g, 'kabupaten ')
    .replace(/[^a-z0-9]+/g, '');
}

interface Entri {
  t: TabelBacaan;
  b: Baris;
  k: Kolom;
  a: Angka & { nilai: Desimal; desimal: number };
  /** The year the figure is for; null when neither its column nor its table's title says. */
  tahun: string | null;
}

/** The period a figure belongs to (quarter, renstra, murni ...), the year apart. */
function periode(t: TabelBacaan, k: Kolom): string {
  // a budget (pagu) is the year's, whichever quarter a table reports; spending and performance are per period
  const tetap = (x: string) => !x.startsWith('bulan:') && !(k.peran === 'pagu' && /^(tw|sem)\d$|^kumulatif$/.test(x));
  const q = new Set(k.kualifikasi.filter(tetap));
  if (k.peran === 'capaian') {
    const p = cariPasangan(t, k, ['target'], ['realisasi']);
    if (p) for (const x of [...p.bawah.kualifikasi, ...p.atas.kualifikasi]) if (!x.startsWith('bulan:')) q.add(x);
  }
  // quarter qualifiers mean the same in a title as in a header
  const judul = norm(t.judul);
  const tw = /(triwulan|tw)\s*\.?\s*(iv|iii|ii|i|[1-4])\b/.exec(judul);
  if (tw && k.peran !== 'pagu' && ![...q].some((x) => /^tw\d$/.test(x)))
    q.add('tw' + ({ i: '1', ii: '2', iii: '3', iv: '4' }[tw[2]] ?? tw[2]));
  return [...q].sort().join(',');
}

/** Equal figures, allowing one table to show fewer decimals (26,4 vs 26,43) but not fewer digits (1 vs 0,9). */
function sama(x: Entri, y: Entri): boolean {
  const a = x.a;
  const b = y.a;
  if (samaPersis(a, b)) return true;
  const d = Math.min(a.desimal, b.desimal);
  if (d === 0) return false;
  return cocok(a.nilai, d, b.nilai) || cocok(b.nilai, d, a.nilai);
}

function namaPeran(ctx: Konteks, p: Peran): string {
  if (p === 'pagu') return ctx.pesan.peranPagu();
  if (p === 'realisasi-anggaran') return ctx.pesan.peranRealisasiAnggaran();
  if (p === 'target') return ctx.pesan.peranTarget();
  if (p === 'realisasi') return ctx.pesan.peranRealisasi();
  return ctx.pesan.peranCapaian();
}

function kolomBanding(t: TabelBacaan): Kolom[] {
  if (t.jenis === 'skala') return [];
  return t.kolom.filter((k) => !k.rataRata && (PERAN_UANG.includes(k.peran) || PERAN_KINERJA.includes(k.peran)));
}

/**
 * Row keys: indicators by name; money rows by the program/kegiatan named on them, and below a program by
 * "program > name" (two kegiatan of the same name under different programs are different kegiatan).
 */
function kunciBaris(t: TabelBacaan, uang: boolean): Map<number, string> {
  const out = new Map<number, string>();
  const perR = new Map(t.baris.map((b) => [b.r, b]));
  let programDatar: string | null = null;
  const programDi = (b: Baris): string | null => {
    let x = b.induk !== null && b.induk !== undefined ? perR.get(b.induk) : undefined;
    while (x) {
      const n = kunciNama(x.uraian ?? x.nama);
      if (/^program/.test(n)) return n;
      x = x.induk !== null && x.induk !== undefined ? perR.get(x.induk) : undefined;
    }
    return null;
  };
  for (const b of t.baris) {
    if (b.jenis !== 'data') continue;
    const nama = kunciNama(uang ? (b.uraian ?? b.nama) : (b.indikator ?? b.nama));
    if (nama.length < 4) continue;
    if (!uang) {
      out.set(b.r, nama);
      continue;
    }
    if (/^program/.test(nama)) {
      programDatar = nama;
      out.set(b.r, nama);
      continue;
    }
    const program = t.hierarki ? programDi(b) : programDatar;
    out.set(b.r, program ? `${program}>${nama}` : nama);
  }
  return out;
}

/** The names of each row's leaves (descendants without children of their own): a table may list only some. */
function anakDaftar(t: TabelBacaan): Map<number, string[]> {
  const anak = new Map<number, number[]>();
  for (const b of t.baris) {
    if (b.induk === null || b.induk === undefined) continue;
    anak.set(b.induk, [...(anak.get(b.induk) ?? []), b.r]);
  }
  const perR = new Map(t.baris.map((b) => [b.r, b]));
  const out = new Map<number, string[]>();
  const turunan = (r: number): string[] => {
    const ada = out.get(r);
    if (ada) return ada;
    const l: string[] = [];
    for (const c of anak.get(r) ?? []) {
      const b = perR.get(c);
      if (!b) continue;
      if (anak.has(c)) l.push(...turunan(c));
      else l.push(kunciNama(b.uraian ?? b.nama));
    }
    out.set(r, l);
    return l;
  };
  for (const r of anak.keys()) turunan(r);
  return out;
}

export function periksaLintasTabel(ctx: Konteks, temuan: Temuan[], dipakai: Set<string>): Temuan[] {
  const out: Temuan[] = [];
  if (!ctx.aktif('lintas-tabel')) return out;
  const tabel = ctx.tabel.filter((t) => dipakai.has(t.id));
  // the order the report states its tables in: sheet by sheet, top to bottom
  const urutan = new Map<TabelBacaan, number>(ctx.tabel.map((t, i) => [t, i]));
  const tahun = new Map<string, number>();
  for (const t of tabel) if (t.tahunJudul) tahun.set(t.tahunJudul, (tahun.get(t.tahunJudul) ?? 0) + 1);
  const tahunLaporan = [...tahun].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  // the corrected value a finding gives a cell ("expected"), to tell which side of a disagreement is wrong
  const koreksi = new Map<string, Desimal>();
  for (const f of temuan)
    if (f.expected && /^-?\d+(\.\d+)?$/.test(f.expected)) koreksi.set(`${f.sheet}!${f.cell}`, new D(f.expected));
  const tabelPerPeran = new Map<Peran, number>();
  for (const t of tabel)
    for (const p of new Set(kolomBanding(t).map((k) => k.peran))) tabelPerPeran.set(p, (tabelPerPeran.get(p) ?? 0) + 1);
  const grup = new Map<string, Entri[]>();
  const anak = new Map<string, Map<number, string[]>>();
  for (const t of tabel) {
    const kolom = kolomBanding(t).filter((k) => (tabelPerPeran.get(k.peran) ?? 0) >= 2);
    if (kolom.length === 0) continue;
    anak.set(t.id, anakDaftar(t));
    const kunci = { uang: null as Map<number, string> | null, kinerja: null as Map<number, string> | null };
    for (const k of kolom) {
      const uang = PERAN_UANG.includes(k.peran);
      const nama = uang ? (kunci.uang ??= kunciBaris(t, true)) : (kunci.kinerja ??= kunciBaris(t, false));
      const per = `${k.peran}|${periode(t, k)}|`;
      const tahun = k.tahun ?? t.tahunJudul;
      const dalam = new Map<string, Entri[]>();
      for (const b of t.baris) {
        const n = nama.get(b.r);
        if (!n || !b.namaAsli) continue;
        const a = ctx.angka(t, b.r, k);
        if (!adaNilai(a) || a.status === 'strip') continue;
        const l = dalam.get(per + n) ?? [];
        l.push({ t, b, k, a, tahun });
        dalam.set(per + n, l);
      }
      for (const [key, l] of dalam) {
        if (l.length !== 1) continue; // the same name twice in one table: ambiguous, not compared
        const g = grup.get(key) ?? [];
        if (!g.some((e) => e.t === t && e.tahun === l[0].tahun)) g.push(l[0]);
        grup.set(key, g);
      }
    }
  }
  // one comparison per year; a table with no year belongs to the only year the others give (or the
  // report's year when they give several)
  const perTahun: Entri[][] = [];
  for (const entri of grup.values()) {
    const tahun = new Map<string, Entri[]>();
    const tanpa: Entri[] = [];
    for (const e of entri) {
      if (e.tahun === null) tanpa.push(e);
      else tahun.set(e.tahun, [...(tahun.get(e.tahun) ?? []), e]);
    }
    const tujuan =
      tahun.size === 1 ? [...tahun.keys()][0] : tahunLaporan && tahun.has(tahunLaporan) ? tahunLaporan : null;
    if (tujuan) tahun.get(tujuan)!.push(...tanpa);
    else if (tahun.size === 0) perTahun.push(tanpa);
    perTahun.push(...tahun.values());
  }
  const banding: { klaster: Entri[][]; uang: boolean }[] = [];
  for (const entri of perTahun) {
    if (entri.length < 2) continue;
    const klaster: Entri[][] = [];
    for (const e of entri) {
      const k = klaster.find((c) => sama(c[0], e));
      if (k) k.push(e);
      else klaster.push([e]);
    }
    if (klaster.length < 2) continue;
    klaster.sort((a, b) => b.length - a.length);
    banding.push({ klaster, uang: PERAN_UANG.includes(entri[0].k.peran) });
  }
  const kunciSel = (e: Entri) => `${e.t.lembar}!${alamat(e.b.r, e.k.c)}`;
  // a side whose figure its own table's arithmetic already corrects to the other side's figure
  const dikoreksiKe = (e: Entri, lain: Entri[]) => {
    const x = koreksi.get(kunciSel(e));
    return !!x && lain.some((y) => x.eq(y.a.nilai));
  };
  // a table listing only some of a row's children, where the other lists more, is a partial view
  const sebagian = (e: Entri, lain: Entri[]) => {
    const a = anak.get(e.t.id)?.get(e.b.r);
    if (!a) return false;
    return lain.some((y) => {
      const b = anak.get(y.t.id)?.get(y.b.r);
      return !!b && b.length > a.length && a.every((x) => b.includes(x));
    });
  };
  const keluar: Entri[] = [];
  const ganjil = new Map<string, number>();
  const belum: { klaster: Entri[][] }[] = [];
  for (const { klaster } of banding) {
    const semua = klaster.flat();
    const aktif = klaster.map((c) =>
      c.filter(
        (e) =>
          !sebagian(
            e,
            semua.filter((y) => y !== e),
          ),
      ),
    );
    const tersisa = aktif.filter((c) => c.length > 0);
    if (tersisa.length < 2) continue;
    tersisa.sort((a, b) => b.length - a.length);
    if (tersisa[0].length >= 2 && tersisa[0].length > tersisa[1].length) {
      for (const c of tersisa.slice(1))
        for (const e of c) {
          keluar.push(e);
          for (const y of tersisa[0]) ganjil.set(`${e.t.id}|${y.t.id}`, (ganjil.get(`${e.t.id}|${y.t.id}`) ?? 0) + 1);
        }
      continue;
    }
    const salah = tersisa.filter((c) =>
      c.every((e) =>
        dikoreksiKe(
          e,
          semua.filter((y) => !c.includes(y)),
        ),
      ),
    );
    if (salah.length > 0 && salah.length < tersisa.length) {
      for (const c of salah)
        for (const e of c) {
          keluar.push(e);
          for (const y of tersisa.filter((x) => !salah.includes(x)).flat())
            ganjil.set(`${e.t.id}|${y.t.id}`, (ganjil.get(`${e.t.id}|${y.t.id}`) ?? 0) + 1);
        }
      continue;
    }
    belum.push({ klaster: tersisa });
  }
  // a table that was the odd one out against the same other table elsewhere is the odd one here too
  for (const { klaster } of belum) {
    if (klaster.length === 2 && klaster[0].length === 1 && klaster[1].length === 1) {
      const [x, y] = [klaster[0][0], klaster[1][0]];
      const xy = ganjil.get(`${x.t.id}|${y.t.id}`) ?? 0;
      const yx = ganjil.get(`${y.t.id}|${x.t.id}`) ?? 0;
      if (xy > yx) {
        keluar.push(x);
        continue;
      }
      if (yx > xy) {
        keluar.push(y);
        continue;
      }
    }
    // else the figure as the report first states it is the reference; a later restatement that
    // differs is the one to fix (a plan's pagu before the realisasi tables, a table before its summary)
    const pertama = klaster.find((c) =>
      c.some((e) => urutan.get(e.t) === Math.min(...klaster.flat().map((y) => urutan.get(y.t) ?? 0))),
    );
    for (const c of klaster) if (c !== pertama) keluar.push(...c);
  }
  const semuaEntri = new Map<Entri, Entri[]>();
  for (const { klaster } of banding)
    for (const e of klaster.flat())
      semuaEntri.set(
        e,
        klaster.flat().filter((y) => !sama(y, e)),
      );
  for (const e of keluar) {
    const lain = (semuaEntri.get(e) ?? []).filter((y) => y.t !== e.t);
    if (lain.length === 0) continue;
    const rujukan = lain.map((x) => ref(x.t.lembar, x.b.r, x.k.c));
    out.push({
      rule: 'lintas-tabel',
      severity: 'warning',
      sheet: e.t.lembar,
      cell: alamat(e.b.r, e.k.c),
      message: ctx.pesan.lintas(
        namaPeran(ctx, e.k.peran),
        namaPendek(e.b.nama),
        ctx.fmt(e.a.nilai),
        ctx.fmt(lain[0].a.nilai),
        rujukan.join(', '),
      ),
      stated: ctx.dinyatakan(e.t, e.b.r, e.k),
      expected: teksDiharapkan(lain[0].a.nilai, lain[0].a.desimal),
      table: e.t.id,
      related: rujukan,
    });
  }
  return out;
}
