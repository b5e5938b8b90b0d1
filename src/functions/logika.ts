/**
 * What the SAKIP.* custom functions compute, independent of the Excel runtime: every argument is a
 * 2-D array (a single cell arrives as [[x]]), arrays broadcast a 1×1 argument over the others, and each
 * result cell is a value or a Galat that the runtime wrapper turns into an Excel error.
 */
import { D, Desimal } from '../core/desimal';
import { parseTeks } from '../core/angka';
import { capaian } from '../core/capaian';
import { penyerapan, sisa } from '../core/anggaran';
import { efisiensi, parseMetode } from '../core/efisiensi';
import { Polaritas, polaritasDariTeks } from '../core/polaritas';
import { Skala, nilaiPredikat, parseInterval, skalaBawaan, skalaDariBatasBawah } from '../core/skala';

export type KodeGalat = 'divisionByZero' | 'invalidValue' | 'notAvailable';

/**
 * An Excel error for one result cell. Excel shows a custom message only with #VALUE! and #N/A
 * (CustomFunctions.ErrorCode in the API reference); #DIV/0! stands for itself, so every case whose cause
 * needs words (unreadable text, an unknown polarity, ranges of different sizes) is #VALUE! or #N/A.
 */
export class Galat {
  constructor(
    readonly kode: KodeGalat,
    readonly pesan: string,
  ) {}
  /** The message Excel can show with this code, or undefined where Excel drops it. */
  get pesanTampil(): string | undefined {
    return this.kode === 'divisionByZero' ? undefined : this.pesan;
  }
}

export type Masukan = unknown[][];
export type Keluaran = (number | string | Galat)[][];

function bentuk(args: Masukan[]): [number, number] | Galat {
  let rows = 1;
  let cols = 1;
  for (const a of args) {
    const r = a.length;
    const c = a[0]?.length ?? 0;
    if (r === 1 && c === 1) continue;
    if (rows === 1 && cols === 1) {
      rows = r;
      cols = c;
    } else if (r !== rows || c !== cols) {
      return new Galat('invalidValue', `Ukuran rentang berbeda (${rows}×${cols} dan ${r}×${c})`);
    }
  }
  return [rows, cols];
}

function ambil(a: Masukan, i: number, j: number): unknown {
  if (a.length === 1 && a[0].length === 1) return a[0][0];
  return a[i]?.[j];
}

/** A number from a cell value (number, or number-like text); Galat for empty or unreadable input. */
export function angkaDari(v: unknown, nama: string): Desimal | Galat {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return new Galat('invalidValue', `${nama} bukan angka hingga`);
    return new D(Number(v.toPrecision(15)).toString());
  }
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === ''))
    return new Galat('notAvailable', `${nama} kosong`);
  if (typeof v === 'boolean') return new Galat('invalidValue', `${nama} berisi TRUE/FALSE, bukan angka`);
  const a = parseTeks(String(v));
  if (a.status === 'na') return new Galat('notAvailable', `${nama} bernilai N/A`);
  if (a.status === 'ambigu') return new Galat('invalidValue', `${nama} "${String(v)}" ambigu (ribuan atau desimal?)`);
  if (a.nilai === null) return new Galat('invalidValue', `${nama} "${String(v)}" bukan angka`);
  return a.nilai;
}

function teksOpsional(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
}

function keluarkan(d: Desimal): number {
  return d.toDecimalPlaces(12).toNumber();
}

function peta(args: Masukan[], f: (ambilNilai: (k: number) => unknown) => number | string | Galat): Keluaran {
  const b = bentuk(args);
  if (b instanceof Galat) return [[b]];
  const [rows, cols] = b;
  const out: Keluaran = [];
  for (let i = 0; i < rows; i++) {
    const row: (number | string | Galat)[] = [];
    for (let j = 0; j < cols; j++) {
      try {
        row.push(f((k) => ambil(args[k], i, j)));
      } catch (e) {
        row.push(new Galat('invalidValue', e instanceof Error ? e.message : String(e)));
      }
    }
    out.push(row);
  }
  return out;
}

export function polaritasArg(v: unknown): Polaritas | Galat {
  const t = teksOpsional(v);
  if (t === null) return 'positif';
  return (
    polaritasDariTeks(t) ?? new Galat('invalidValue', `Polaritas "${t}" tidak dikenal: pakai positif atau negatif`)
  );
}

export function fCapaian(target: Masukan, realisasi: Masukan, polaritas: Masukan = [[null]]): Keluaran {
  return peta([target, realisasi, polaritas], (v) => {
    const t = angkaDari(v(0), 'Target');
    if (t instanceof Galat) return t;
    const r = angkaDari(v(1), 'Realisasi');
    if (r instanceof Galat) return r;
    const p = polaritasArg(v(2));
    if (p instanceof Galat) return p;
    if (t.isZero()) return new Galat('divisionByZero', 'Target 0: capaian tidak terdefinisi');
    return keluarkan(capaian(t, r, p));
  });
}

export function fPenyerapan(pagu: Masukan, realisasi: Masukan): Keluaran {
  return peta([pagu, realisasi], (v) => {
    const p = angkaDari(v(0), 'Pagu');
    if (p instanceof Galat) return p;
    const r = angkaDari(v(1), 'Realisasi');
    if (r instanceof Galat) return r;
    if (p.isZero()) return new Galat('divisionByZero', 'Pagu 0: penyerapan tidak terdefinisi');
    return keluarkan(penyerapan(p, r));
  });
}

export function fSisa(pagu: Masukan, realisasi: Masukan): Keluaran {
  return peta([pagu, realisasi], (v) => {
    const p = angkaDari(v(0), 'Pagu');
    if (p instanceof Galat) return p;
    const r = angkaDari(v(1), 'Realisasi');
    if (r instanceof Galat) return r;
    return keluarkan(sisa(p, r));
  });
}

export function fEfisiensi(capaianKinerja: Masukan, serapan: Masukan, metode: Masukan = [[null]]): Keluaran {
  return peta([capaianKinerja, serapan, metode], (v) => {
    const c = angkaDari(v(0), 'Capaian');
    if (c instanceof Galat) return c;
    const s = angkaDari(v(1), 'Penyerapan');
    if (s instanceof Galat) return s;
    const m = parseMetode(teksOpsional(v(2)) ?? 'selisih');
    if (m === null || m === 'rupiah')
      return new Galat('invalidValue', `Metode "${String(v(2))}" tidak dikenal: selisih, rasio atau rasio-terbalik`);
    if (m === 'rasio' && s.isZero()) return new Galat('divisionByZero', 'Penyerapan 0: rasio tidak terdefinisi');
    if (m === 'rasio-terbalik' && c.isZero())
      return new Galat('divisionByZero', 'Capaian 0: rasio terbalik tidak terdefinisi');
    return keluarkan(efisiensi(c, s, m));
  });
}

/** The scale argument: a built-in name, or a range of rows (interval text or lower bound, label[, kode]). */
export function skalaArg(v: Masukan | undefined): Skala | Galat {
  if (!v || (v.length === 1 && v[0].length === 1)) {
    const nama = teksOpsional(v?.[0]?.[0]);
    const s = skalaBawaan(nama);
    return (
      s ??
      new Galat(
        'invalidValue',
        `Skala "${nama}" tidak dikenal: pakai "Permendagri 86", "baik", "berhasil" atau rentang tabel skala`,
      )
    );
  }
  if ((v[0]?.length ?? 0) < 2)
    return new Galat('invalidValue', 'Rentang skala perlu 2–3 kolom: interval atau batas bawah, label[, kode]');
  const baris = v.filter((r) => teksOpsional(r[0]) !== null && teksOpsional(r[1]) !== null);
  if (baris.length < 2) return new Galat('invalidValue', 'Rentang skala perlu paling sedikit 2 baris');
  if (baris.every((r) => typeof r[0] === 'number')) {
    return skalaDariBatasBawah(
      'rentang',
      baris.map((r) => ({
        bawah: new D(String(r[0])),
        label: String(r[1]).trim(),
        kode: teksOpsional(r[2]) ?? undefined,
      })),
    );
  }
  const pita = [];
  for (const r of baris) {
    const b = parseInterval(String(r[0]));
    if (!b) return new Galat('invalidValue', `Interval "${String(r[0])}" tidak dapat dibaca`);
    pita.push({ ...b, label: String(r[1]).trim(), kode: teksOpsional(r[2]) ?? undefined, teks: String(r[0]) });
  }
  return { nama: 'rentang', pita };
}

export function fPredikat(nilai: Masukan, skala?: Masukan): Keluaran {
  const s = skalaArg(skala);
  if (s instanceof Galat) return nilai.map((r) => r.map(() => s));
  return peta([nilai], (v) => {
    const c = angkaDari(v(0), 'Capaian');
    if (c instanceof Galat) return c;
    const p = nilaiPredikat(s, c);
    return p ? p.pita.label : new Galat('notAvailable', 'Skala kosong');
  });
}

export function fAngka(teks: Masukan): Keluaran {
  return peta([teks], (v) => {
    const x = v(0);
    if (typeof x === 'number') return x;
    const a = parseTeks(x === null || x === undefined ? '' : String(x));
    if (a.status === 'kosong') return new Galat('notAvailable', 'Sel kosong');
    if (a.status === 'na') return new Galat('notAvailable', `"${String(x)}" bernilai N/A`);
    if (a.status === 'ambigu') return new Galat('invalidValue', `"${String(x)}" ambigu: ribuan atau desimal?`);
    if (a.nilai === null) return new Galat('invalidValue', `"${String(x)}" bukan angka`);
    return keluarkan(a.nilai);
  });
}
