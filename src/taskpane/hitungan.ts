/**
 * A finding's arithmetic the way a bendahara checks it by hand: "599 ≠ 89 + 181 + 98 + 191 + 0 = 559".
 * Built from what the finding carries (stated, expected, related cells) and the related cells' values in
 * the grid the check read. A form is shown only when it reproduces the expected value; otherwise (or when
 * the finding has no related cells) it degrades to "stated ≠ expected".
 */
import type { Temuan } from '../core/model';
import type { Sel, WorkbookGrid } from '../core/grid';
import type { Bahasa } from '../core/pesan/bahasa';
import type { Angka } from '../core/angka';
import { dariAngka, formatEn, formatId, parseTeks, skalaTampil } from '../core/angka';
import { formatNilaiTemuan, nilaiTeks } from './format';
import { pisahRujukan, selDi } from './rujukan';

export interface Hitungan {
  /** The stated value, formatted. */
  tertulis: string;
  /** The computation that gives `seharusnya`, formatted ("89 + 181 + 98 + 191"), when one was found. */
  operasi: string | null;
  /** The expected value, formatted. */
  seharusnya: string;
}

/** At most this many terms of a sum are spelled out; the rest are counted. */
const SUKU_MAKS = 8;

function angkaSel(s: Sel | null): Angka | null {
  if (!s || s.galat) return null;
  if (typeof s.v === 'number') return dariAngka(s.v, s.fmt);
  if (typeof s.v === 'string') {
    const a = parseTeks(s.v);
    return a.nilai ? a : s.v.trim() === '' || s.v.trim() === '-' ? parseTeks('0') : null;
  }
  if (s.v === null) return parseTeks('0');
  return null;
}

function desimalDari(s: string): number {
  const t = s.trim();
  if (/^-?\d+(\.\d+)?$/.test(t)) return t.includes('.') ? t.length - t.indexOf('.') - 1 : 0;
  return parseTeks(t).desimal ?? 0;
}

/** x reproduces the expected value shown with `d` decimals (rounded or truncated). */
function cocok(x: number, diharapkan: number, d: number): boolean {
  return Math.abs(x - diharapkan) < Math.pow(10, -d) + 1e-9 * Math.max(1, Math.abs(diharapkan));
}

export function hitunganTemuan(f: Temuan, grid: WorkbookGrid | null, bahasa: Bahasa): Hitungan | null {
  if (f.stated === null || f.expected === null) return null;
  // cells are read as shown (a percent-formatted 0.4869 is 48.69), so the finding's values are too
  const diharapkan = skalaTampil(f.expected, f.persen)!;
  const e = nilaiTeks(diharapkan);
  const tertulis = formatNilaiTemuan(f.stated, f.persen, bahasa);
  const seharusnya = formatNilaiTemuan(f.expected, f.persen, bahasa);
  if (e === null || nilaiTeks(f.stated) === null) return null;
  const polos: Hitungan = { tertulis, operasi: null, seharusnya };
  // the engine's own arithmetic, when the finding carries it (the parts it actually added or divided)
  if (f.hitungan && f.hitungan.bagian.length) return { ...polos, operasi: operasiMesin(f.hitungan) };
  if (!grid || !f.related || f.related.length === 0 || f.rule === 'lintas-tabel') return polos;
  const nilai: Angka[] = [];
  for (const ref of f.related) {
    const r = pisahRujukan(ref, f.sheet);
    const a = r ? angkaSel(selDi(grid, r.lembar, r.sel)) : null;
    if (!a || !a.nilai) return polos;
    nilai.push(a);
  }
  const fmt = (a: Angka) => (bahasa === 'en' ? formatEn : formatId)(a.nilai!, a.desimal ?? undefined);
  const d = desimalDari(diharapkan);
  const v = nilai.map((a) => a.nilai!.toNumber());
  if (f.rule === 'jumlah') {
    const jumlah = v.reduce((p, q) => p + q, 0);
    const suku =
      nilai.length <= SUKU_MAKS
        ? nilai.map(fmt).join(' + ')
        : [...nilai.slice(0, SUKU_MAKS - 2).map(fmt), '…', fmt(nilai[nilai.length - 1])].join(' + ');
    if (cocok(jumlah, e, d)) return { ...polos, operasi: suku };
    if (cocok(jumlah / v.length, e, d)) return { ...polos, operasi: `(${suku}) / ${v.length}` };
    return polos;
  }
  if (v.length !== 2) return polos;
  const [a, b] = v;
  const [fa, fb] = nilai.map(fmt);
  const calon: [number, string][] = [
    [a - b, `${fa} − ${fb}`],
    [b - a, `${fb} − ${fa}`],
    [(b / a) * 100, `${fb} / ${fa} × 100`],
    [(a / b) * 100, `${fa} / ${fb} × 100`],
    [((2 * a - b) / a) * 100, `(2 × ${fa} − ${fb}) / ${fa} × 100`],
    [((2 * b - a) / b) * 100, `(2 × ${fb} − ${fa}) / ${fb} × 100`],
  ];
  const pas = calon.find(([x]) => Number.isFinite(x) && cocok(x, e, d));
  return pas ? { ...polos, operasi: pas[1] } : polos;
}

function jumlahSuku(bagian: string[]): string {
  return bagian.length <= SUKU_MAKS
    ? bagian.join(' + ')
    : [...bagian.slice(0, SUKU_MAKS - 2), '…', bagian[bagian.length - 1]].join(' + ');
}

/** The engine's `hitungan` as a line of arithmetic ("89 + 181 + 98 + 191", "(a + b) / 2", "r / p × 100"). */
function operasiMesin(h: NonNullable<Temuan['hitungan']>): string {
  const b = h.bagian;
  switch (h.operator) {
    case '+':
      return jumlahSuku(b);
    case 'rata':
      return `(${jumlahSuku(b)}) / ${b.length}`;
    case '-':
      return b.join(' − ');
    case '/':
      return `${b[0]} / ${b.slice(1).join(' / ')} × 100`;
    case '×':
      return b.join(' × ');
  }
}

/** The arithmetic as one line: "599 ≠ 89 + 181 + 98 + 191 + 0 = 559", or "599 ≠ 559". */
export function barisHitungan(h: Hitungan): string {
  return h.operasi ? `${h.tertulis} ≠ ${h.operasi} = ${h.seharusnya}` : `${h.tertulis} ≠ ${h.seharusnya}`;
}
