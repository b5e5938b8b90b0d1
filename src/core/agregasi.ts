/** Aggregation of indicator capaian into sasaran/program capaian: simple mean, or weighted by anggaran. */
import { cocok, Desimal, NOL, rataRata } from './desimal';
import { Angka, adaNilai, cocokUtuh, JumlahTepat, nilaiTersimpan, utuhDari } from './angka';

export function rataSederhana(nilai: readonly Desimal[]): Desimal | null {
  return rataRata(nilai);
}

/** Σ(capaianᵢ · anggaranᵢ) / Σ anggaranᵢ; null when there is nothing to weigh. */
export function rataTertimbang(nilai: readonly Desimal[], bobot: readonly Desimal[]): Desimal | null {
  if (nilai.length !== bobot.length) throw new RangeError('jumlah nilai dan bobot berbeda');
  let atas = NOL;
  let bawah = NOL;
  nilai.forEach((n, i) => {
    atas = atas.plus(n.times(bobot[i]));
    bawah = bawah.plus(bobot[i]);
  });
  return bawah.isZero() ? null : atas.div(bawah);
}

/**
 * A running sum of cells (exact: JumlahTepat), counting values with and without "-": a mean leaves "-" out,
 * a sum adds 0. Parts are taken as stored, the stated value as shown (DOMAIN.md tolerance).
 */
export class Akumulasi {
  private readonly jumlah = new JumlahTepat();
  private n = 0;
  private strip = 0;

  /** Cells that hold something no reading turns into a number ("1.234" undecided, "12 + 3", words, #REF!). */
  private tak = 0;

  tambah(a: Angka): void {
    if (!adaNilai(a)) {
      if (a.status === 'ambigu' || a.status === 'ekspresi' || a.status === 'teks' || a.status === 'galat') this.tak++;
      return;
    }
    this.n++;
    if (a.status === 'strip') this.strip++;
    else this.jumlah.tambah(a);
  }

  get banyak(): number {
    return this.n;
  }

  /** Some of the combined cells could not be read as numbers: the sum is incomplete and decides nothing. */
  get takTerbaca(): number {
    return this.tak;
  }

  /** The sum is zero (known without decimal.js when it is exact in JS integers). */
  get nol(): boolean {
    const s = this.jumlah.utuh;
    return s ? s.s === 0 : this.jumlah.nilai.isZero();
  }

  /** The sum, or the mean of the values that are not "-"; null when there is nothing to combine. */
  hasil(rata: boolean): Desimal | null {
    const n = rata ? this.n - this.strip : this.n;
    if (n === 0) return null;
    return rata ? this.jumlah.nilai.div(n) : this.jumlah.nilai;
  }

  /** The stated value agrees with this sum (or mean); null when there is nothing to compare. */
  cocokDengan(a: Angka & { nilai: Desimal; desimal: number }, rata: boolean): boolean | null {
    const n = rata ? this.n - this.strip : this.n;
    if (n === 0 || this.tak > 0) return null;
    // whole numbers both sides: equal or not, no rounding involved
    const bulat = this.jumlah.bulat;
    if (!rata && bulat !== undefined && a.bulat !== undefined) return a.bulat === bulat;
    // exact in JS integers (scaled by their decimals): decided without decimal.js
    const sj = this.jumlah.utuh;
    const sa = sj && utuhDari(a);
    if (sj && sa) {
      const c = cocokUtuh(sa, sj, rata ? n : 1);
      if (c !== undefined) return c;
    }
    const h = this.hasil(rata) as Desimal;
    if (cocok(a.nilai, a.desimal, h) || (a.tersimpan !== undefined && a.tersimpan.eq(h))) return true;
    // a stored double holds 15 significant digits: a difference beyond them is not in the workbook
    return !h.isZero() && h.toSignificantDigits(15).eq(nilaiTersimpan(a).toSignificantDigits(15));
  }
}
