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

export function rencanaLengkapi(grid: WorkbookGrid, opsi: OpsiPeriksa, mode: 'nilai' | 'rumus'): RencanaTulis[] {
  const tabel = deteksiWorkbook(grid, opsi);
  const ctx = new Konteks(grid, tabel, opsi);
  const out: RencanaTulis[] = [];
  const kosongDi = (t: Tabel, r: number, k: Kolom) => kosong(sel(ctx.lembar(t.lembar), r, k.c));
  // a formula Excel could not hold (rumusJumlah gives null) is written as its value
  const tambah = (t: Tabel, r: number, k: Kolom, rumus: string | null, nilai: number, alasan: string) =>
    out.push({ lembar: t.lembar, sel: alamat(r, k.c), ...(mode === 'rumus' && rumus ? { rumus } : { nilai }), alasan });
  for (const t of tabel) {
    if (t.jenis === 'skala') continue;
    const data = t.baris.filter((b) => b.jenis === 'data');
    // capaian
    for (const cap of t.kolom.filter((k) => k.peran === 'capaian' && !k.rataRata)) {
      const pas = cariPasangan(t, cap, ['target'], ['realisasi']);
      if (!pas) continue;
      const p = { target: pas.bawah, realisasi: pas.atas };
      for (const b of data) {
        if (!kosongDi(t, b.r, cap)) continue;
        const tg = ctx.angka(t, b.r, p.target);
        const re = ctx.angka(t, b.r, p.realisasi);
        if (!adaNilai(tg) || !adaNilai(re) || tg.nilai.isZero()) continue;
        const pol = polaritasBaris(ctx, t, b, cap).polaritas;
        const arg = pol === 'negatif' ? ',"negatif"' : '';
        tambah(
          t,
          b.r,
          cap,
          `=SAKIP.CAPAIAN(${alamat(b.r, p.target.c)},${alamat(b.r, p.realisasi.c)}${arg})`,
          bulat(capaian(tg.nilai, re.nilai, pol)),
          'capaian',
        );
      }
    }
    const pagu = t.kolom.find((k) => k.peran === 'pagu');
    const real = t.kolom.find((k) => k.peran === 'realisasi-anggaran');
    const barisUang = t.baris.filter((b) => b.jenis === 'data' || b.jenis === 'jumlah');
    // JUMLAH rows first, so penyerapan/sisa of that row can use the filled totals in value mode
    const jumlahTerisi = new Map<string, Desimal>();
    for (let i = 0; i < t.baris.length; i++) {
      const b = t.baris[i];
      if (b.jenis !== 'jumlah') continue;
      const segmen: Baris[] = [];
      for (let j = i - 1; j >= 0 && t.baris[j].jenis !== 'jumlah'; j--)
        if (t.baris[j].jenis === 'data') segmen.push(t.baris[j]);
      segmen.reverse(); // built bottom-up (unshift in the loop would be quadratic on long tables)
      const lv = segmen.map((x) => x.level).filter((x): x is number => x !== null);
      const puncak = lv.length ? terkecil(lv) : null;
      const atas = puncak !== null ? segmen.filter((x) => x.level === puncak) : segmen;
      if (atas.length === 0) continue;
      for (const k of t.kolom.filter((x) => PERAN_UANG.has(x.peran))) {
        if (!kosongDi(t, b.r, k)) continue;
        const v = atas
          .map((x) => ctx.angka(t, x.r, k))
          .filter(adaNilai)
          .map((x) => x.nilai);
        if (v.length === 0) continue;
        const total = jumlahkan(v);
        jumlahTerisi.set(`${b.r}:${k.c}`, total);
        tambah(
          t,
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
    if (pagu && real) {
      const nilai = (b: Baris, k: Kolom) => {
        const a = ctx.angka(t, b.r, k);
        return adaNilai(a) ? a.nilai : (jumlahTerisi.get(`${b.r}:${k.c}`) ?? null);
      };
      for (const b of barisUang) {
        const p = nilai(b, pagu);
        const r = nilai(b, real) ?? (kosongDi(t, b.r, real) ? null : null);
        if (!p || !r) continue;
        for (const k of t.kolom.filter((x) => x.peran === 'penyerapan')) {
          if (kosongDi(t, b.r, k) && !p.isZero())
            tambah(
              t,
              b.r,
              k,
              `=SAKIP.PENYERAPAN(${alamat(b.r, pagu.c)},${alamat(b.r, real.c)})`,
              bulat(penyerapan(p, r)),
              'penyerapan',
            );
        }
        for (const k of t.kolom.filter((x) => x.peran === 'sisa')) {
          if (kosongDi(t, b.r, k))
            tambah(t, b.r, k, `=SAKIP.SISA(${alamat(b.r, pagu.c)},${alamat(b.r, real.c)})`, bulat(sisa(p, r)), 'sisa');
        }
      }
    }
    // efisiensi (selisih unless the user chose a method)
    const ef = t.kolom.find((k) => k.peran === 'efisiensi');
    const capK = t.kolom.find((k) => k.peran === 'capaian' && !k.rataRata);
    const serapK = t.kolom.find((k) => k.peran === 'penyerapan');
    if (ef && capK && serapK) {
      const m =
        ctx.opsi.metodeEfisiensi && ctx.opsi.metodeEfisiensi !== 'otomatis' && ctx.opsi.metodeEfisiensi !== 'rupiah'
          ? ctx.opsi.metodeEfisiensi
          : 'selisih';
      for (const b of data) {
        if (!kosongDi(t, b.r, ef)) continue;
        const c = ctx.angka(t, b.r, capK);
        const s = ctx.angka(t, b.r, serapK);
        if (!adaNilai(c) || !adaNilai(s)) continue;
        let v: Desimal;
        try {
          v = efisiensi(c.nilai, s.nilai, m);
        } catch {
          continue;
        }
        const arg = m === 'selisih' ? '' : `,"${m}"`;
        tambah(
          t,
          b.r,
          ef,
          `=SAKIP.EFISIENSI(${alamat(b.r, capK.c)},${alamat(b.r, serapK.c)}${arg})`,
          bulat(v),
          'efisiensi',
        );
      }
    }
  }
  return out;
}
