/**
 * Plan for "Lengkapi tabel" (bendahara): in each detected table, fill the empty computed cells — capaian,
 * penyerapan, sisa, efisiensi and the money cells of JUMLAH rows — with live formulas
 * (=SAKIP.PENYERAPAN(D7,E7), =SUM(...)) or values. Only empty cells are planned; hosts never overwrite.
 */
import { terkecil } from '../desimal';
import type { WorkbookGrid } from '../grid';
import { alamat, kosong, sel } from '../grid';
import { Konteks, OpsiPeriksa } from '../aturan/konteks';
import { deteksiWorkbook } from '../periksa';
import { adaNilai } from '../angka';
import { capaian } from '../capaian';
import { penyerapan, sisa } from '../anggaran';
import { efisiensi } from '../efisiensi';
import { jumlahkan, Desimal } from '../desimal';
import type { Baris, Kolom, Tabel } from '../model';
import type { TabelBacaan } from '../baca';
import { PERAN_UANG } from '../model';
import type { RencanaTulis } from './rencana';
import { cariPasangan } from '../aturan/pasangan';
import { polaritasBaris } from '../aturan/capaian';

function bulat(d: Desimal): number {
  return d.toDecimalPlaces(2).toNumber();
}

/** Excel's limits (Excel specifications and limits): arguments of one function, characters of a formula. */
export const ARGUMEN_MAKS = 255;
export const PANJANG_RUMUS_MAKS = 8192;

/**
 * =SUM over rows of one column: runs of consecutive rows become ranges (D7:D12), and a list longer than
 * Excel's 255 arguments is split into nested SUMs of at most 255 arguments each. Returns null when even
 * that is longer than the 8 192 characters a formula may have (the caller writes the value instead).
 */
export function rumusJumlah(baris: number[], c: number): string | null {
  const urut = [...new Set(baris)].sort((a, b) => a - b);
  if (urut.length === 0) return null;
  let bagian: string[] = [];
  for (let i = 0; i < urut.length;) {
    let j = i;
    while (j + 1 < urut.length && urut[j + 1] === urut[j] + 1) j++;
    bagian.push(j === i ? alamat(urut[i], c) : `${alamat(urut[i], c)}:${alamat(urut[j], c)}`);
    i = j + 1;
  }
  while (bagian.length > ARGUMEN_MAKS) {
    const naik: string[] = [];
    for (let i = 0; i < bagian.length; i += ARGUMEN_MAKS)
      naik.push(`SUM(${bagian.slice(i, i + ARGUMEN_MAKS).join(',')})`);
    bagian = naik;
  }
  const rumus = `=SUM(${bagian.join(',')})`;
  return rumus.length <= PANJANG_RUMUS_MAKS ? rumus : null;
}

/** What every step of the plan shares: the reading, the plan being built, and how cells are written. */
interface Lengkapi {
  ctx: Konteks;
  t: TabelBacaan;
  /** The table's data rows. */
  data: Baris[];
  kosongDi: (r: number, k: Kolom) => boolean;
  tambah: (r: number, k: Kolom, rumus: string | null, nilai: number, alasan: string) => void;
}

/** Capaian of data rows with a target and a realisasi, with the polarity of the indicator. */
function lengkapiCapaian({ ctx, t, data, kosongDi, tambah }: Lengkapi): void {
  for (const cap of t.kolom.filter((k) => k.peran === 'capaian' && !k.rataRata)) {
    const pas = cariPasangan(t, cap, ['target'], ['realisasi']);
    if (!pas) continue;
    const p = { target: pas.bawah, realisasi: pas.atas };
    for (const b of data) {
      if (!kosongDi(b.r, cap)) continue;
      const tg = ctx.angka(t, b.r, p.target);
      const re = ctx.angka(t, b.r, p.realisasi);
      if (!adaNilai(tg) || !adaNilai(re) || tg.nilai.isZero()) continue;
      const pol = polaritasBaris(ctx, t, b, cap).polaritas;
      const arg = pol === 'negatif' ? ',"negatif"' : '';
      tambah(
        b.r,
        cap,
        `=SAKIP.CAPAIAN(${alamat(b.r, p.target.c)},${alamat(b.r, p.realisasi.c)}${arg})`,
        bulat(capaian(tg.nilai, re.nilai, pol)),
        'capaian',
      );
    }
  }
}

/** The data rows a JUMLAH row at index i adds: those since the previous JUMLAH row, at their top level. */
function barisDijumlah(t: Tabel, i: number): Baris[] {
  const segmen: Baris[] = [];
  for (let j = i - 1; j >= 0 && t.baris[j].jenis !== 'jumlah'; j--)
    if (t.baris[j].jenis === 'data') segmen.push(t.baris[j]);
  segmen.reverse(); // built bottom-up (unshift in the loop would be quadratic on long tables)
  const lv = segmen.map((x) => x.level).filter((x): x is number => x !== null);
  const puncak = lv.length ? terkecil(lv) : null;
  return puncak !== null ? segmen.filter((x) => x.level === puncak) : segmen;
}

/**
 * The empty money cells of JUMLAH rows, as =SUM over the rows they add. Returns the totals filled, by
 * "row:column", so penyerapan and sisa of that row can use them in value mode.
 */
function lengkapiJumlah({ ctx, t, kosongDi, tambah }: Lengkapi): Map<string, Desimal> {
  const jumlahTerisi = new Map<string, Desimal>();
  for (let i = 0; i < t.baris.length; i++) {
    const b = t.baris[i];
    if (b.jenis !== 'jumlah') continue;
    const atas = barisDijumlah(t, i);
    if (atas.length === 0) continue;
    for (const k of t.kolom.filter((x) => PERAN_UANG.has(x.peran))) {
      if (!kosongDi(b.r, k)) continue;
      const v = atas
        .map((x) => ctx.angka(t, x.r, k))
        .filter(adaNilai)
        .map((x) => x.nilai);
      if (v.length === 0) continue;
      const total = jumlahkan(v);
      jumlahTerisi.set(`${b.r}:${k.c}`, total);
      tambah(
        b.r,
        k,
        rumusJumlah(
          atas.map((x) => x.r),
          k.c,
        ),
        bulat(total),
        'jumlah',
      );
    }
  }
  return jumlahTerisi;
}

/** Penyerapan and sisa of data and JUMLAH rows, from the table's pagu and realisasi columns. */
function lengkapiAnggaran({ ctx, t, kosongDi, tambah }: Lengkapi, jumlahTerisi: Map<string, Desimal>): void {
  const pagu = t.kolom.find((k) => k.peran === 'pagu');
  const real = t.kolom.find((k) => k.peran === 'realisasi-anggaran');
  if (!pagu || !real) return;
  const nilai = (b: Baris, k: Kolom) => {
    const a = ctx.angka(t, b.r, k);
    return adaNilai(a) ? a.nilai : (jumlahTerisi.get(`${b.r}:${k.c}`) ?? null);
  };
  for (const b of t.baris.filter((x) => x.jenis === 'data' || x.jenis === 'jumlah')) {
    const p = nilai(b, pagu);
    const r = nilai(b, real);
    if (!p || !r) continue;
    const argumen = `${alamat(b.r, pagu.c)},${alamat(b.r, real.c)}`;
    for (const k of t.kolom.filter((x) => x.peran === 'penyerapan'))
      if (kosongDi(b.r, k) && !p.isZero())
        tambah(b.r, k, `=SAKIP.PENYERAPAN(${argumen})`, bulat(penyerapan(p, r)), 'penyerapan');
    for (const k of t.kolom.filter((x) => x.peran === 'sisa'))
      if (kosongDi(b.r, k)) tambah(b.r, k, `=SAKIP.SISA(${argumen})`, bulat(sisa(p, r)), 'sisa');
  }
}

/** Efisiensi of data rows with a capaian and a penyerapan (selisih unless the user chose a method). */
function lengkapiEfisiensi({ ctx, t, data, kosongDi, tambah }: Lengkapi): void {
  const ef = t.kolom.find((k) => k.peran === 'efisiensi');
  const capK = t.kolom.find((k) => k.peran === 'capaian' && !k.rataRata);
  const serapK = t.kolom.find((k) => k.peran === 'penyerapan');
  if (!ef || !capK || !serapK) return;
  const pilihan = ctx.opsi.metodeEfisiensi;
  const m = pilihan && pilihan !== 'otomatis' && pilihan !== 'rupiah' ? pilihan : 'selisih';
  const arg = m === 'selisih' ? '' : `,"${m}"`;
  for (const b of data) {
    if (!kosongDi(b.r, ef)) continue;
    const c = ctx.angka(t, b.r, capK);
    const s = ctx.angka(t, b.r, serapK);
    if (!adaNilai(c) || !adaNilai(s)) continue;
    let v: Desimal;
    try {
      v = efisiensi(c.nilai, s.nilai, m);
    } catch {
      continue;
    }
    tambah(b.r, ef, `=SAKIP.EFISIENSI(${alamat(b.r, capK.c)},${alamat(b.r, serapK.c)}${arg})`, bulat(v), 'efisiensi');
  }
}

/**
 * The plan: per table, capaian, then the JUMLAH rows (so penyerapan and sisa of a JUMLAH row can use the
 * totals just filled), then penyerapan and sisa, then efisiensi. A formula Excel could not hold (rumusJumlah
 * gives null) is written as its value.
 */
export function rencanaLengkapi(grid: WorkbookGrid, opsi: OpsiPeriksa, mode: 'nilai' | 'rumus'): RencanaTulis[] {
  const tabel = deteksiWorkbook(grid, opsi);
  const ctx = new Konteks(grid, tabel, opsi);
  const out: RencanaTulis[] = [];
  for (const t of tabel) {
    if (t.jenis === 'skala') continue;
    const langkah: Lengkapi = {
      ctx,
      t,
      data: t.baris.filter((b) => b.jenis === 'data'),
      kosongDi: (r, k) => kosong(sel(ctx.lembar(t.lembar), r, k.c)),
      tambah: (r, k, rumus, nilai, alasan) =>
        out.push({
          lembar: t.lembar,
          sel: alamat(r, k.c),
          ...(mode === 'rumus' && rumus ? { rumus } : { nilai }),
          alasan,
        }),
    };
    lengkapiCapaian(langkah);
    const jumlahTerisi = lengkapiJumlah(langkah);
    lengkapiAnggaran(langkah, jumlahTerisi);
    lengkapiEfisiensi(langkah);
  }
  return out;
}
