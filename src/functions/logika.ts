/**
 * What the SAKIP.* custom functions compute, independent of the Excel runtime. Each function is declared
 * once in FUNGSI_SAKIP: its arguments (name, kind, optional, default) and what it computes from their
 * values. One routine reads every argument (`bacaArgumen`); `jalankan` broadcasts: every argument is a 2-D
 * array (a single cell arrives as [[x]]), a 1×1 argument is used for every cell of the others, and each
 * result cell is a value or a Galat that the runtime wrapper turns into an Excel error.
 */
import { D, Desimal } from '../core/desimal';
import { parseTeks } from '../core/angka';
import { capaian, MetodeNegatif, parseMetodeNegatif } from '../core/capaian';
import { penyerapan, sisa } from '../core/anggaran';
import { efisiensi, MetodeEfisiensi, parseMetode } from '../core/efisiensi';
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
export type HasilSel = number | string | Galat;
export type Keluaran = HasilSel[][];

// ---------------------------------------------------------------- the kinds of argument

/** What each kind of argument read cell by cell gives the function. */
interface NilaiPerSel {
  /** A number or number-like text ("1.158.498.355,00"); empty is #N/A. */
  angka: Desimal;
  /** SAKIP.ANGKA's argument: the number a pasted text holds, as a plain number. */
  teksAngka: number;
  polaritas: Polaritas;
  /** How capaian is computed for a negative indikator. */
  metodeNegatif: MetodeNegatif;
  /** The efisiensi methods in percent points ("rupiah" is not one). */
  metodeEfisiensi: Exclude<MetodeEfisiensi, 'rupiah'>;
}

/** What each kind of argument read from its whole range at once gives the function (never broadcast). */
interface NilaiRentang {
  /** A built-in scale's name in one cell, or a scale table of 2–3 columns. */
  skala: Skala;
}

type JenisPerSel = keyof NilaiPerSel;
type JenisRentang = keyof NilaiRentang;

interface CiriArgumen {
  /** The parameter's name in functions.json (the JSDoc @param of src/functions/functions.ts). */
  nama: string;
  /** How the messages name it ("Target kosong"). */
  label: string;
}

/** One argument: required, or optional with the value an empty argument stands for. */
export type Argumen =
  | {
      [J in JenisPerSel]:
        | (CiriArgumen & { jenis: J; opsional?: false })
        | (CiriArgumen & { jenis: J; opsional: true; bawaan: NilaiPerSel[J] });
    }[JenisPerSel]
  | (CiriArgumen & { jenis: 'skala'; opsional: true; /** A built-in scale's name. */ bawaan: string });

type NilaiDari<A> = A extends { jenis: infer J }
  ? J extends JenisPerSel
    ? NilaiPerSel[J]
    : J extends JenisRentang
      ? NilaiRentang[J]
      : never
  : never;

/** The values of a function's arguments, in order, each of its kind's type. */
export type NilaiArgumen<A extends readonly Argumen[]> = { -readonly [K in keyof A]: NilaiDari<A[K]> };

export interface DefinisiFungsi<A extends readonly Argumen[] = readonly Argumen[]> {
  argumen: A;
  /** The result for one cell, from the values of its arguments. */
  hitung: (nilai: NilaiArgumen<A>) => HasilSel;
}

function fungsi<const A extends readonly Argumen[]>(
  argumen: A,
  hitung: (nilai: NilaiArgumen<A>) => HasilSel,
): DefinisiFungsi {
  return { argumen, hitung } as unknown as DefinisiFungsi;
}

// ---------------------------------------------------------------- reading one argument

/** A cell value as text, as Excel would show it (numbers, texts and booleans are all a cell holds). */
function teksDari(nilai: unknown): string {
  if (typeof nilai === 'string') return nilai;
  if (typeof nilai === 'number' || typeof nilai === 'boolean' || typeof nilai === 'bigint') return String(nilai);
  if (nilai === null || nilai === undefined) return '';
  return JSON.stringify(nilai) ?? '';
}

function kosong(nilai: unknown): boolean {
  return nilai === null || nilai === undefined || teksDari(nilai).trim() === '';
}

/** A number from a cell value (number, or number-like text); Galat for empty or unreadable input. */
export function angkaDari(nilai: unknown, label: string): Desimal | Galat {
  if (typeof nilai === 'number') {
    if (!Number.isFinite(nilai)) return new Galat('invalidValue', `${label} bukan angka hingga`);
    return new D(Number(nilai.toPrecision(15)).toString());
  }
  if (kosong(nilai)) return new Galat('notAvailable', `${label} kosong`);
  if (typeof nilai === 'boolean') return new Galat('invalidValue', `${label} berisi TRUE/FALSE, bukan angka`);
  const teks = teksDari(nilai);
  const angka = parseTeks(teks);
  if (angka.status === 'na') return new Galat('notAvailable', `${label} bernilai N/A`);
  if (angka.status === 'ambigu') return new Galat('invalidValue', `${label} "${teks}" ambigu (ribuan atau desimal?)`);
  if (angka.nilai === null) return new Galat('invalidValue', `${label} "${teks}" bukan angka`);
  return angka.nilai;
}

function keluarkan(nilai: Desimal): number {
  return nilai.toDecimalPlaces(12).toNumber();
}

/** SAKIP.ANGKA's reading: a number stays as it is, a text gives the number it holds. */
function angkaDariTeks(nilai: unknown): number | Galat {
  if (typeof nilai === 'number') return nilai;
  const teks = teksDari(nilai);
  const angka = parseTeks(teks);
  if (angka.status === 'kosong') return new Galat('notAvailable', 'Sel kosong');
  if (angka.status === 'na') return new Galat('notAvailable', `"${teks}" bernilai N/A`);
  if (angka.status === 'ambigu') return new Galat('invalidValue', `"${teks}" ambigu: ribuan atau desimal?`);
  if (angka.nilai === null) return new Galat('invalidValue', `"${teks}" bukan angka`);
  return keluarkan(angka.nilai);
}

/** How each kind reads a cell that is not empty (or, for a required argument, any cell). */
const BACA_PER_SEL: { [J in JenisPerSel]: (nilai: unknown, label: string) => NilaiPerSel[J] | Galat } = {
  angka: angkaDari,
  teksAngka: angkaDariTeks,
  polaritas: (nilai) => {
    const teks = teksDari(nilai).trim();
    return (
      polaritasDariTeks(teks) ??
      new Galat('invalidValue', `Polaritas "${teks}" tidak dikenal: pakai positif atau negatif`)
    );
  },
  metodeNegatif: (nilai) => {
    const teks = teksDari(nilai).trim();
    return (
      parseMetodeNegatif(teks) ??
      new Galat('invalidValue', `Metode "${teks}" tidak dikenal: pakai pengurangan atau kebalikan`)
    );
  },
  metodeEfisiensi: (nilai) => {
    const metode = parseMetode(teksDari(nilai).trim());
    if (metode === null || metode === 'rupiah')
      return new Galat('invalidValue', `Metode "${teksDari(nilai)}" tidak dikenal: selisih, rasio atau rasio-terbalik`);
    return metode;
  },
};

/** The scale argument: a built-in name, or a range of rows (interval text or lower bound, label[, kode]). */
export function skalaArg(rentang: Masukan | undefined, bawaan = 'permendagri86'): Skala | Galat {
  if (!rentang || (rentang.length === 1 && rentang[0].length === 1)) {
    const nama = kosong(rentang?.[0]?.[0]) ? bawaan : teksDari(rentang?.[0]?.[0]).trim();
    return (
      skalaBawaan(nama) ??
      new Galat(
        'invalidValue',
        `Skala "${nama}" tidak dikenal: pakai "Permendagri 86", "baik", "berhasil" atau rentang tabel skala`,
      )
    );
  }
  if ((rentang[0]?.length ?? 0) < 2)
    return new Galat('invalidValue', 'Rentang skala perlu 2–3 kolom: interval atau batas bawah, label[, kode]');
  const barisIsi = rentang.filter((baris) => !kosong(baris[0]) && !kosong(baris[1]));
  if (barisIsi.length < 2) return new Galat('invalidValue', 'Rentang skala perlu paling sedikit 2 baris');
  const label = (baris: unknown[]) => teksDari(baris[1]).trim();
  const kode = (baris: unknown[]) => (kosong(baris[2]) ? undefined : teksDari(baris[2]).trim());
  if (barisIsi.every((baris) => typeof baris[0] === 'number')) {
    return skalaDariBatasBawah(
      'rentang',
      barisIsi.map((baris) => ({ bawah: new D(teksDari(baris[0])), label: label(baris), kode: kode(baris) })),
    );
  }
  const pita = [];
  for (const baris of barisIsi) {
    const teks = teksDari(baris[0]);
    const batas = parseInterval(teks);
    if (!batas) return new Galat('invalidValue', `Interval "${teks}" tidak dapat dibaca`);
    pita.push({ ...batas, label: label(baris), kode: kode(baris), teks });
  }
  return { nama: 'rentang', pita };
}

/** The polarity argument (empty: positif). */
export function polaritasArg(nilai: unknown): Polaritas | Galat {
  return kosong(nilai) ? 'positif' : BACA_PER_SEL.polaritas(nilai, 'Polaritas');
}

/**
 * The one coercion routine: an argument's value from what Excel passed for it (one cell of a per-cell
 * kind, the whole range of a range kind). An empty optional argument is its default.
 */
export function bacaArgumen(arg: Argumen, masukan: unknown): unknown {
  if (arg.jenis === 'skala') {
    const rentang = masukan as Masukan | undefined;
    return skalaArg(rentang, arg.bawaan);
  }
  if (arg.opsional && kosong(masukan)) return arg.bawaan;
  return BACA_PER_SEL[arg.jenis](masukan, arg.label);
}

// ---------------------------------------------------------------- broadcasting over ranges

function bentuk(masukan: Masukan[]): [number, number] | Galat {
  let jumlahBaris = 1;
  let jumlahKolom = 1;
  for (const rentang of masukan) {
    const baris = rentang.length;
    const kolom = rentang[0]?.length ?? 0;
    if (baris === 1 && kolom === 1) continue;
    if (jumlahBaris === 1 && jumlahKolom === 1) {
      jumlahBaris = baris;
      jumlahKolom = kolom;
    } else if (baris !== jumlahBaris || kolom !== jumlahKolom) {
      return new Galat('invalidValue', `Ukuran rentang berbeda (${jumlahBaris}×${jumlahKolom} dan ${baris}×${kolom})`);
    }
  }
  return [jumlahBaris, jumlahKolom];
}

function selDi(rentang: Masukan, baris: number, kolom: number): unknown {
  if (rentang.length === 1 && rentang[0].length === 1) return rentang[0][0];
  return rentang[baris]?.[kolom];
}

function isi(bentukHasil: [number, number], hasil: HasilSel): Keluaran {
  const [jumlahBaris, jumlahKolom] = bentukHasil;
  return Array.from({ length: jumlahBaris }, () => Array.from({ length: jumlahKolom }, () => hasil));
}

/**
 * A function over its arguments as Excel passes them (a missing one as empty): the range kinds are read
 * once, the others cell by cell in argument order (the first unreadable one is the cell's result), then
 * the function computes; an exception becomes #VALUE! with its message.
 */
export function jalankan(definisi: DefinisiFungsi, masukan: readonly (Masukan | undefined)[]): Keluaran {
  const argumen = definisi.argumen;
  const rentangArg = argumen.map((_, k) => masukan[k] ?? [[null]]);
  const perSel = argumen.flatMap((arg, k) => (arg.jenis === 'skala' ? [] : [k]));
  const ukuran = bentuk(perSel.map((k) => rentangArg[k]));
  if (ukuran instanceof Galat) return [[ukuran]];
  const nilai: unknown[] = new Array(argumen.length);
  for (const [indeks, arg] of argumen.entries()) {
    if (arg.jenis !== 'skala') continue;
    nilai[indeks] = bacaArgumen(arg, masukan[indeks]);
    if (nilai[indeks] instanceof Galat) return isi(ukuran, nilai[indeks]);
  }
  const [jumlahBaris, jumlahKolom] = ukuran;
  const keluaran: Keluaran = [];
  for (let baris = 0; baris < jumlahBaris; baris++) {
    const hasilBaris: HasilSel[] = [];
    for (let kolom = 0; kolom < jumlahKolom; kolom++)
      hasilBaris.push(hitungSel(definisi, rentangArg, perSel, nilai, baris, kolom));
    keluaran.push(hasilBaris);
  }
  return keluaran;
}

function hitungSel(
  definisi: DefinisiFungsi,
  rentangArg: Masukan[],
  perSel: number[],
  nilaiRentang: unknown[],
  baris: number,
  kolom: number,
): HasilSel {
  const nilai = [...nilaiRentang];
  for (const indeks of perSel) {
    nilai[indeks] = bacaArgumen(definisi.argumen[indeks], selDi(rentangArg[indeks], baris, kolom));
    if (nilai[indeks] instanceof Galat) return nilai[indeks];
  }
  try {
    return definisi.hitung(nilai as NilaiArgumen<readonly Argumen[]>);
  } catch (galat) {
    return new Galat('invalidValue', galat instanceof Error ? galat.message : teksDari(galat));
  }
}

// ---------------------------------------------------------------- the functions

const PAGU = { nama: 'pagu', label: 'Pagu', jenis: 'angka' } as const;
const REALISASI = { nama: 'realisasi', label: 'Realisasi', jenis: 'angka' } as const;
const CAPAIAN = { nama: 'capaian', label: 'Capaian', jenis: 'angka' } as const;

/** Every SAKIP.* function by its id (SAKIP.CAPAIAN is CAPAIAN), in the order of functions.json. */
export const FUNGSI_SAKIP = {
  CAPAIAN: fungsi(
    [
      { nama: 'target', label: 'Target', jenis: 'angka' },
      REALISASI,
      { nama: 'polaritas', label: 'Polaritas', jenis: 'polaritas', opsional: true, bawaan: 'positif' },
      { nama: 'metode', label: 'Metode', jenis: 'metodeNegatif', opsional: true, bawaan: 'pengurangan' },
    ],
    ([target, realisasi, polaritas, metode]) => {
      if (target.isZero()) return new Galat('divisionByZero', 'Target 0: capaian tidak terdefinisi');
      if (polaritas === 'negatif' && metode === 'kebalikan' && realisasi.isZero())
        return new Galat('divisionByZero', 'Realisasi 0: capaian (kebalikan) tidak terdefinisi');
      return keluarkan(capaian(target, realisasi, polaritas, metode));
    },
  ),
  PENYERAPAN: fungsi([PAGU, REALISASI], ([pagu, realisasi]) => {
    if (pagu.isZero()) return new Galat('divisionByZero', 'Pagu 0: penyerapan tidak terdefinisi');
    return keluarkan(penyerapan(pagu, realisasi));
  }),
  SISA: fungsi([PAGU, REALISASI], ([pagu, realisasi]) => keluarkan(sisa(pagu, realisasi))),
  EFISIENSI: fungsi(
    [
      CAPAIAN,
      { nama: 'penyerapan', label: 'Penyerapan', jenis: 'angka' },
      { nama: 'metode', label: 'Metode', jenis: 'metodeEfisiensi', opsional: true, bawaan: 'selisih' },
    ],
    ([capaianKinerja, serapan, metode]) => {
      if (metode === 'rasio' && serapan.isZero())
        return new Galat('divisionByZero', 'Penyerapan 0: rasio tidak terdefinisi');
      if (metode === 'rasio-terbalik' && capaianKinerja.isZero())
        return new Galat('divisionByZero', 'Capaian 0: rasio terbalik tidak terdefinisi');
      return keluarkan(efisiensi(capaianKinerja, serapan, metode));
    },
  ),
  PREDIKAT: fungsi(
    [CAPAIAN, { nama: 'skala', label: 'Skala', jenis: 'skala', opsional: true, bawaan: 'permendagri86' }],
    ([nilai, skala]) => nilaiPredikat(skala, nilai)?.pita.label ?? new Galat('notAvailable', 'Skala kosong'),
  ),
  ANGKA: fungsi([{ nama: 'teks', label: 'Teks', jenis: 'teksAngka' }], ([angka]) => angka),
} satisfies Record<string, DefinisiFungsi>;

export type IdFungsi = keyof typeof FUNGSI_SAKIP;

/** A function by its id ("CAPAIAN"), undefined for any other name. */
export function definisiFungsi(id: string): DefinisiFungsi | undefined {
  return Object.prototype.hasOwnProperty.call(FUNGSI_SAKIP, id) ? FUNGSI_SAKIP[id as IdFungsi] : undefined;
}

/** How many arguments a call must give, and may give. */
export function jumlahArgumen(definisi: DefinisiFungsi): { wajib: number; paling: number } {
  return {
    wajib: definisi.argumen.filter((arg) => !arg.opsional).length,
    paling: definisi.argumen.length,
  };
}
