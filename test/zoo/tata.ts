/**
 * Placing a table on a sheet: title rows, a header block of one or two levels (group headers merged over
 * their leaves, label columns merged down), an optional unit row `(Rp.) | (%)` and numbering row
 * `1 | 2 | 3 | 4 = 3/2`, then the body. Generators lay out the columns first, so body formulas can name the
 * cells they refer to.
 */
import fc from 'fast-check';
import { a1, ZLembar, ZSel } from './inti';

export class Papan {
  sel: (ZSel | null)[][] = [];
  gabung: string[] = [];

  taruh(r: number, c: number, s: ZSel | null): void {
    while (this.sel.length <= r) this.sel.push([]);
    const row = this.sel[r];
    while (row.length <= c) row.push(null);
    row[c] = s;
  }

  ambil(r: number, c: number): ZSel | null {
    return this.sel[r]?.[c] ?? null;
  }

  gabungkan(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 === r2 && c1 === c2) return;
    this.gabung.push(`${a1(r1, c1)}:${a1(r2, c2)}`);
  }

  lembar(nama: string, bersama = false): ZLembar {
    return { nama, sel: this.sel, gabung: this.gabung, bersama };
  }
}

export interface KolSpec {
  kunci: string;
  /** The column's header text (leaf). */
  judul: string;
  /** Group header above it (two-level headers); columns side by side with one group share a merged cell. */
  grup?: string;
  /** Unit row text. */
  satuan?: string;
  /** Numbering row text. */
  nomor?: string;
}

export interface Tata {
  judul: string[];
  kolom: KolSpec[];
  /** Sheet row and column of the table's top-left corner (the first title row). */
  r0: number;
  c0: number;
  adaSatuan: boolean;
  adaNomor: boolean;
  tebalHeader: boolean;
  /** Merge the group-less label columns down over the header rows (else leave the cells below blank). */
  gabungLabel: boolean;
}

export interface HasilTata {
  /** Sheet column of each column key. */
  kol: Map<string, number>;
  /** First body row. */
  rIsi: number;
  /** Header rows (sheet rows) with words. */
  rHeader: number[];
}

/** Writes the titles and the header block; returns where the columns and the body are. */
export function pasangHeader(p: Papan, t: Tata): HasilTata {
  let r = t.r0;
  for (const j of t.judul) p.taruh(r++, t.c0, { v: j, tebal: t.tebalHeader || undefined });
  const adaGrup = t.kolom.some((k) => k.grup);
  const kol = new Map<string, number>();
  t.kolom.forEach((k, i) => kol.set(k.kunci, t.c0 + i));
  const rHeader = adaGrup ? [r, r + 1] : [r];
  const h = (v: string): ZSel => ({ v, tebal: t.tebalHeader || undefined });
  if (adaGrup) {
    // group cells merged across the run of columns that share them
    let i = 0;
    while (i < t.kolom.length) {
      const k = t.kolom[i];
      const c = t.c0 + i;
      if (!k.grup) {
        p.taruh(r, c, h(k.judul));
        if (t.gabungLabel) p.gabungkan(r, c, r + 1, c);
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < t.kolom.length && t.kolom[j + 1].grup === k.grup) j++;
      p.taruh(r, c, h(k.grup));
      p.gabungkan(r, c, r, t.c0 + j);
      for (let x = i; x <= j; x++) p.taruh(r + 1, t.c0 + x, h(t.kolom[x].judul));
      i = j + 1;
    }
    r += 2;
  } else {
    t.kolom.forEach((k, i) => p.taruh(r, t.c0 + i, h(k.judul)));
    r += 1;
  }
  if (t.adaSatuan) {
    t.kolom.forEach((k, i) => k.satuan && p.taruh(r, t.c0 + i, { v: k.satuan }));
    r += 1;
  }
  if (t.adaNomor) {
    t.kolom.forEach((k, i) => p.taruh(r, t.c0 + i, { v: k.nomor ?? String(i + 1) }));
    r += 1;
  }
  return { kol, rIsi: r, rHeader };
}

/** Numbering row labels: "1", "2", ... with the derivation spelled out for computed columns ("5 = 4/3"). */
export function labelNomor(kolom: KolSpec[], rumus: Record<string, (n: (k: string) => number) => string>): void {
  const no = (k: string) => kolom.findIndex((x) => x.kunci === k) + 1;
  kolom.forEach((k, i) => {
    const f = rumus[k.kunci];
    k.nomor = f ? `${i + 1} = ${f(no)}` : String(i + 1);
  });
}

// ------------------------------------------------------------------ shared arbitraries

export const arbPosisi = fc.record({
  r0: fc.integer({ min: 0, max: 4 }),
  c0: fc.integer({ min: 0, max: 3 }),
});

/** Distinct topics for names (kept free of words that make an indicator negative). */
export const TOPIK = [
  'Sarana dan Prasarana Kantor',
  'Administrasi Keuangan Perangkat Daerah',
  'Administrasi Kepegawaian',
  'Bahan Logistik Kantor',
  'Jasa Penunjang Urusan Pemerintahan',
  'Pemeliharaan Barang Milik Daerah',
  'Rehabilitasi Sosial Penyandang Disabilitas',
  'Perlindungan Khusus Anak',
  'Pemberdayaan Perempuan',
  'Jaminan Sosial Keluarga',
  'Perlindungan Sosial Korban Bencana Alam',
  'Pelayanan Kesehatan Ibu Hamil',
  'Imunisasi Dasar Lengkap',
  'Sistem Penyediaan Air Minum',
  'Jalan dan Jembatan Kabupaten',
  'Jaringan Irigasi Tersier',
  'Perpustakaan Desa',
  'Pendidikan Anak Usia Dini',
  'Pelatihan Kerja Berbasis Kompetensi',
  'Promosi Penanaman Modal',
  'Usaha Mikro dan Kecil',
  'Destinasi Pariwisata Daerah',
  'Pelestarian Kebudayaan Lokal',
  'Cadangan Pangan Daerah',
  'Penyuluhan Pertanian',
  'Perikanan Budidaya',
  'Pengelolaan Persampahan',
  'Ruang Terbuka Hijau',
  'Kawasan Permukiman',
  'Kearsipan Daerah',
  'Statistik Sektoral',
  'Persandian untuk Pengamanan Informasi',
  'Komunikasi Publik',
  'Kepemudaan dan Kepramukaan',
  'Olahraga Prestasi',
  'Kesehatan Hewan',
  'Pencegahan Kebakaran',
  'Ketenteraman dan Ketertiban Umum',
  'Pencatatan Sipil',
  'Koperasi Simpan Pinjam',
  'Data dan Informasi Perencanaan',
  'Layanan Pengadaan Barang dan Jasa',
];
const EKOR = ['', ' Tingkat Kecamatan', ' Berbasis Masyarakat', ' Terpadu', ' Lanjutan'];

/** The i-th distinct topic under a permutation of the topic list. */
export function topik(urut: number[], i: number): string {
  const n = urut.length;
  return TOPIK[urut[i % n]] + EKOR[Math.floor(i / n) % EKOR.length];
}

export const arbUrutTopik = fc.shuffledSubarray(
  TOPIK.map((_, i) => i),
  { minLength: TOPIK.length, maxLength: TOPIK.length },
);

export const JUDUL_TABEL = [
  'Tabel 3.10 Realisasi Anggaran Program Tahun 2024',
  'LAPORAN REALISASI ANGGARAN',
  'Realisasi Anggaran per Program dan Kegiatan',
  'DINAS SOSIAL KABUPATEN CONTOH',
  'Tabel 2.3 Capaian Kinerja Tahun 2024',
];

/** Fill colours by level (programs darker than kegiatan). */
export const WARNA_LEVEL = ['FFC000', 'FFE699', 'DDEBF7', 'E2EFDA'];
