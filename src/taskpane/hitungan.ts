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
import { dariAngka, formatEn, formatId, parseTeks, tampilPersen } from '../core/angka';
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

function angkaSel(sel: Sel | null): Angka | null {
  if (!sel || sel.galat) return null;
  if (typeof sel.v === 'number') return dariAngka(sel.v, sel.fmt);
  if (typeof sel.v === 'string') {
    const angka = parseTeks(sel.v);
    return angka.nilai ? angka : sel.v.trim() === '' || sel.v.trim() === '-' ? parseTeks('0') : null;
  }
  if (sel.v === null) return parseTeks('0');
  return null;
}

function desimalDari(teks: string): number {
  const rapi = teks.trim();
  if (/^-?\d+(\.\d+)?$/.test(rapi)) return rapi.includes('.') ? rapi.length - rapi.indexOf('.') - 1 : 0;
  return parseTeks(rapi).desimal ?? 0;
}

/** `nilai` reproduces the expected value shown with `desimal` decimals (rounded or truncated). */
function cocok(nilai: number, diharapkan: number, desimal: number): boolean {
  return Math.abs(nilai - diharapkan) < Math.pow(10, -desimal) + 1e-9 * Math.max(1, Math.abs(diharapkan));
}

export function hitunganTemuan(temuan: Temuan, grid: WorkbookGrid | null, bahasa: Bahasa): Hitungan | null {
  if (temuan.stated === null || temuan.expected === null) return null;
  // cells are read as shown (a percent-formatted 0.4869 is 48.69), so the finding's values are too
  const diharapkan = tampilPersen(temuan.expected, temuan.persen)!;
  const diharapkanAngka = nilaiTeks(diharapkan);
  const tertulis = formatNilaiTemuan(temuan.stated, temuan.persen, bahasa);
  const seharusnya = formatNilaiTemuan(temuan.expected, temuan.persen, bahasa);
  if (diharapkanAngka === null || nilaiTeks(temuan.stated) === null) return null;
  const polos: Hitungan = { tertulis, operasi: null, seharusnya };
  // the engine's own arithmetic, when the finding carries it (the parts it actually added or divided)
  if (temuan.hitungan && temuan.hitungan.bagian.length) return { ...polos, operasi: operasiMesin(temuan.hitungan) };
  if (!grid || !temuan.related || temuan.related.length === 0 || temuan.rule === 'lintas-tabel') return polos;
  const nilai: Angka[] = [];
  for (const ref of temuan.related) {
    const rujukan = pisahRujukan(ref, temuan.sheet);
    const angka = rujukan ? angkaSel(selDi(grid, rujukan.lembar, rujukan.sel)) : null;
    if (!angka || !angka.nilai) return polos;
    nilai.push(angka);
  }
  const fmt = (a: Angka) => (bahasa === 'en' ? formatEn : formatId)(a.nilai!, a.desimal ?? undefined);
  const desimal = desimalDari(diharapkan);
  const angkaNilai = nilai.map((a) => a.nilai!.toNumber());
  if (temuan.rule === 'jumlah') {
    const jumlah = angkaNilai.reduce((p, q) => p + q, 0);
    const suku =
      nilai.length <= SUKU_MAKS
        ? nilai.map(fmt).join(' + ')
        : [...nilai.slice(0, SUKU_MAKS - 2).map(fmt), '…', fmt(nilai[nilai.length - 1])].join(' + ');
    if (cocok(jumlah, diharapkanAngka, desimal)) return { ...polos, operasi: suku };
    if (cocok(jumlah / angkaNilai.length, diharapkanAngka, desimal))
      return { ...polos, operasi: `(${suku}) / ${angkaNilai.length}` };
    return polos;
  }
  if (angkaNilai.length !== 2) return polos;
  const [kiri, kanan] = angkaNilai;
  const [fa, fb] = nilai.map(fmt);
  const calon: [number, string][] = [
    [kiri - kanan, `${fa} − ${fb}`],
    [kanan - kiri, `${fb} − ${fa}`],
    [(kanan / kiri) * 100, `${fb} / ${fa} × 100`],
    [(kiri / kanan) * 100, `${fa} / ${fb} × 100`],
    [((2 * kiri - kanan) / kiri) * 100, `(2 × ${fa} − ${fb}) / ${fa} × 100`],
    [((2 * kanan - kiri) / kanan) * 100, `(2 × ${fb} − ${fa}) / ${fb} × 100`],
  ];
  const pas = calon.find(([x]) => Number.isFinite(x) && cocok(x, diharapkanAngka, desimal));
  return pas ? { ...polos, operasi: pas[1] } : polos;
}

function jumlahSuku(bagian: string[]): string {
  return bagian.length <= SUKU_MAKS
    ? bagian.join(' + ')
    : [...bagian.slice(0, SUKU_MAKS - 2), '…', bagian[bagian.length - 1]].join(' + ');
}

/** The engine's `hitungan` as a line of arithmetic ("89 + 181 + 98 + 191", "(a + b) / 2", "r / p × 100"). */
function operasiMesin(hitungan: NonNullable<Temuan['hitungan']>): string {
  const bagian = hitungan.bagian;
  switch (hitungan.operator) {
    case '+':
      return jumlahSuku(bagian);
    case 'rata':
      return `(${jumlahSuku(bagian)}) / ${bagian.length}`;
    case '-':
      return bagian.join(' − ');
    case '/':
      return `${bagian[0]} / ${bagian.slice(1).join(' / ')} × 100`;
    case '×':
      return bagian.join(' × ');
  }
}

/** The arithmetic as one line: "599 ≠ 89 + 181 + 98 + 191 + 0 = 559", or "599 ≠ 559". */
export function barisHitungan(hitungan: Hitungan): string {
  return hitungan.operasi
    ? `${hitungan.tertulis} ≠ ${hitungan.operasi} = ${hitungan.seharusnya}`
    : `${hitungan.tertulis} ≠ ${hitungan.seharusnya}`;
}
