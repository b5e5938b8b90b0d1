/**
 * Capaian (performance) tables in the zoo's layouts: indikator | satuan | target | realisasi | capaian,
 * optionally per sasaran (a Sasaran column or section rows, each block with a summary row = mean of its
 * indicators; generic labels repeated across blocks), a polaritas column in any wording, negative indicators
 * by name or by column (computed by `pengurangan` or `kebalikan`, one method per workbook), indicators that
 * measure a reduction (positive), text-valued indicators ("Kategori ...", "Predikat ..."), "Rata-rata Lama
 * Sekolah", a rata-rata row, a predikat column (Permendagri 86), earlier years' realisasi, the final Renstra
 * target with "Tingkat Kemajuan", quarter groups (TW I .. TW IV, each realisasi and capaian), numbering rows
 * with years ("3 (2024)"), realisasi shown rounded (49,2 for 49,23), capaian as values or formulas.
 */
import fc from 'fast-check';
import {
  a1,
  bagiTeks,
  BENTUK_PERSEN,
  BentukPersen,
  CaraBulat,
  cetak,
  Kasus,
  selDesimal,
  selPersen,
  Tanam,
  ZSel,
} from './inti';
import { arbPosisi, KolSpec, labelNomor, Papan, pasangHeader } from './tata';

// ------------------------------------------------------------------ indicators

const NAMA_POSITIF = [
  'Persentase PPKS yang mendapat pelayanan kesejahteraan sosial',
  'Indeks Kepuasan Masyarakat',
  'Persentase keluarga penerima manfaat yang berdaya',
  'Nilai SAKIP Perangkat Daerah',
  'Persentase PSKS yang aktif',
  'Indeks Pembangunan Gender',
  'Persentase desa tangguh bencana',
  'Cakupan layanan rehabilitasi sosial dasar',
  'Persentase anak yang memiliki akta kelahiran',
  'Persentase dokumen perencanaan yang tepat waktu',
  'Indeks Profesionalitas ASN',
  'Persentase jalan kabupaten dalam kondisi mantap',
  'Cakupan air minum layak',
  'Persentase UMKM naik kelas',
  'Tingkat partisipasi angkatan kerja perempuan',
  'Rasio elektrifikasi rumah tangga',
];
/** Negative by their wording (a problem counted). */
const NAMA_NEGATIF = [
  'Persentase balita stunting',
  'Angka kemiskinan',
  'Jumlah kasus kekerasan terhadap anak',
  'Prevalensi gizi buruk',
  'Angka kematian ibu per 100.000 kelahiran hidup',
  'Tingkat pengangguran terbuka',
  'Persentase kawasan kumuh perkotaan',
  'Jumlah kejadian kebakaran permukiman',
];
/** They name a bad thing but measure its reduction or handling: positive. */
const NAMA_PENURUNAN = [
  'Persentase penurunan kasus kekerasan terhadap perempuan',
  'Persentase kasus kekerasan terhadap anak yang tertangani',
  'Persentase penanganan pengaduan kasus kekerasan',
  'Persentase pengurangan kawasan kumuh',
  'Cakupan penanganan korban kebakaran',
];
/** Neutral names whose polarity comes only from a polaritas column or note. */
const NAMA_NETRAL = [
  'Indeks Risiko Bencana Daerah',
  'Rasio ketergantungan penduduk',
  'Waktu rata-rata penyelesaian perizinan',
  'Persentase penduduk usia kerja tanpa jaminan sosial',
  'Lama waktu tanggap darurat',
];
const GENERIK = ['Persentase capaian kinerja program', 'Indeks kepuasan layanan'];
const SATUAN = ['%', 'Indeks', 'Orang', 'Dokumen', 'Nilai', 'Persen', 'Unit', 'Desa'];

const TEKS_POS = ['Positif', 'Positif (+)', '↑', 'Semakin tinggi semakin baik', '+', 'Maksimal'];
const TEKS_NEG = ['Negatif', 'Negatif (-)', '↓', 'Semakin kecil semakin baik', 'Semakin rendah semakin baik', '-'];

interface RInd {
  /** target and realisasi as scaled integers (value = x / 10^d) */
  t: number;
  dt: number;
  r: number;
  dr: number;
  jenis: 'pos' | 'neg-nama' | 'neg-kolom' | 'penurunan' | 'teks' | 'rls';
  ke: number;
  bentukKolom: number;
}

const arbInd: fc.Arbitrary<RInd> = fc
  .record({
    dt: fc.constantFrom(0, 1, 2),
    dr: fc.constantFrom(0, 1, 2),
    t: fc.integer({ min: 10, max: 100_000 }),
    // realisasi relative to the target, per mille (kept away from 0 and from 2 × target)
    rasio: fc.integer({ min: 300, max: 1600 }),
    jenis: fc.oneof(
      { weight: 6, arbitrary: fc.constant<RInd['jenis']>('pos') },
      { weight: 2, arbitrary: fc.constant<RInd['jenis']>('neg-nama') },
      { weight: 1, arbitrary: fc.constant<RInd['jenis']>('neg-kolom') },
      { weight: 1, arbitrary: fc.constant<RInd['jenis']>('penurunan') },
      { weight: 1, arbitrary: fc.constant<RInd['jenis']>('teks') },
      { weight: 1, arbitrary: fc.constant<RInd['jenis']>('rls') },
    ),
    ke: fc.nat(1000),
    bentukKolom: fc.nat(1000),
  })
  .map(({ dt, dr, t, rasio, jenis, ke, bentukKolom }) => {
    // the realisasi on its own scale: t × rasio / 1000, rescaled from dt to dr decimals
    const r = Math.max(1, Math.round((t * rasio * 10 ** dr) / (1000 * 10 ** dt)));
    return { t, dt, r, dr, jenis, ke, bentukKolom };
  });

export const arbOpsiCapaian = fc.record({
  blok: fc.array(fc.array(arbInd, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
  sasaran: fc.constantFrom('tidak', 'tidak', 'kolom', 'bagian'),
  gabungSasaran: fc.boolean(),
  ringkasSasaran: fc.boolean(),
  labelRingkas: fc.constantFrom('Capaian Sasaran', 'Rata-rata Capaian Sasaran', 'Nilai Capaian Sasaran'),
  generik: fc.boolean(),
  rataBawah: fc.boolean(),
  labelRata: fc.constantFrom('Rata-rata', 'Rata-rata Capaian', 'Nilai Rata-rata Capaian Kinerja', 'RATA-RATA'),
  polaritas: fc.constantFrom('tidak', 'tidak', 'kolom', 'catatan'),
  metode: fc.constantFrom<'pengurangan' | 'kebalikan'>('pengurangan', 'kebalikan'),
  predikat: fc.boolean(),
  judulPredikat: fc.constantFrom('Predikat', 'Kategori', 'Kriteria'),
  tahunLalu: fc.boolean(),
  renstra: fc.boolean(),
  triwulan: fc.constantFrom(0, 0, 0, 2, 4),
  tingkat: fc.constantFrom(1, 2),
  grup: fc.constantFrom('Tahun 2024', 'KINERJA', 'Capaian Kinerja 2024'),
  satuanKolom: fc.boolean(),
  nomorKolom: fc.boolean(),
  nomorTahun: fc.boolean(),
  gabungLabel: fc.boolean(),
  tebalHeader: fc.boolean(),
  judulTarget: fc.constantFrom('Target', 'Target 2024', 'TARGET'),
  judulReal: fc.constantFrom('Realisasi', 'Realisasi 2024', 'REALISASI'),
  judulCap: fc.constantFrom('Capaian (%)', '% Capaian', 'Capaian', 'Persentase Capaian', 'CAPAIAN'),
  judulInd: fc.constantFrom('Indikator Kinerja', 'Indikator Kinerja Utama', 'INDIKATOR'),
  bentukCap: fc.constantFrom(...BENTUK_PERSEN),
  rumusCap: fc.constantFrom('nilai', 'nilai', 'rumus'),
  desimalCap: fc.constantFrom(2, 2, 1, 0),
  bentukTeks: fc.boolean(),
  operandBulat: fc.boolean(),
  cara: fc.array(fc.constantFrom<CaraBulat>('bulat', 'potong'), { minLength: 7, maxLength: 7 }),
  posisi: arbPosisi,
  judul: fc.subarray(['Tabel 2.3 Capaian Kinerja Tahun 2024', 'PENGUKURAN KINERJA', 'DINAS SOSIAL'], { maxLength: 2 }),
  lembar: fc.constantFrom('Capaian Kinerja', 'PK 2024', 'IKU', 'Lampiran'),
});

type OC = typeof arbOpsiCapaian extends fc.Arbitrary<infer U> ? U : never;

export interface PilihTanam {
  pilih: number;
  delta: number;
}

// ------------------------------------------------------------------ arithmetic

function skala(x: number, d: number, ke: number): bigint {
  return BigInt(x) * 10n ** BigInt(ke - d);
}

/** capaian × 100 as an exact fraction [num, den] for target t/10^dt, realisasi r/10^dr. */
function pecahan(
  ind: { t: number; dt: number; r: number; dr: number },
  cara: 'pos' | 'pengurangan' | 'kebalikan',
): [bigint, bigint] {
  const s = Math.max(ind.dt, ind.dr);
  const T = skala(ind.t, ind.dt, s);
  const R = skala(ind.r, ind.dr, s);
  if (cara === 'pos') return [R * 100n, T];
  if (cara === 'pengurangan') return [(2n * T - R) * 100n, T];
  return [T * 100n, R];
}

function teksAngka(x: number, d: number): string {
  const s = String(x).padStart(d + 1, '0');
  return d === 0 ? s : `${s.slice(0, -d)}.${s.slice(-d)}`;
}

/**
 * The decimals a realisasi written as r / 10^dr shows (selDesimal): a plain number drops its trailing zeros
 * (0.30 is the number 0.3, whose last decimal is the first), all-zero decimals keep theirs by a number format
 * (3.00 as 0.00). Text keeps every decimal; reading fewer there only widens the capaian's range.
 */
function desimalTampil(r: number, dr: number): number {
  if (dr === 0 || r % 10 ** dr === 0) return dr;
  let desimal = dr;
  for (let sisa = r; desimal > 0 && sisa % 10 === 0; sisa /= 10) desimal--;
  return desimal;
}

/**
 * How far a capaian may move when its realisasi, shown with dr decimals, is anything from −½ to +½ of its last
 * decimal (whole points, rounded up; 0 for whole numbers).
 */
function lebarCapaian(
  ind: { t: number; dt: number; r: number; dr: number },
  cara: 'pos' | 'pengurangan' | 'kebalikan',
  dr: number,
): number {
  if (dr < 1) return 0;
  const T = ind.t / 10 ** ind.dt;
  const R = ind.r / 10 ** ind.dr;
  const u = 10 ** -dr;
  const f = (x: number) =>
    cara === 'pos' ? (x / T) * 100 : cara === 'pengurangan' ? ((2 * T - x) / T) * 100 : (T / x) * 100;
  return Math.ceil(Math.abs(f(R + u) - f(Math.max(R - u, u / 2)))) + 1;
}

/** Permendagri 86 (the engine's default scale): lower bounds 91 / 76 / 66 / 51. */
export function predikat86(x: number): string {
  if (x >= 91) return 'Sangat Tinggi';
  if (x >= 76) return 'Tinggi';
  if (x >= 66) return 'Sedang';
  if (x >= 51) return 'Rendah';
  return 'Sangat Rendah';
}

// ------------------------------------------------------------------ building

interface Baris {
  jenis: 'ind' | 'bagian' | 'ringkas' | 'rata';
  r: number;
  ind?: RInd & { nama: string; satuan: string; neg: boolean; polTeks?: string; catatan?: string; blok: number };
  blok: number;
  /** stated capaian text (exact decimal) or null for text indicators */
  cap?: string | null;
}

export function bangunCapaian(o: OC, tanam?: PilihTanam): Kasus {
  const d = o.desimalCap;
  const tw = o.triwulan;
  const rumus = o.rumusCap === 'rumus' && tw === 0;
  // formulas need numbers to work on
  const bentukTeks = o.bentukTeks && !rumus;
  // names: distinct across the table except generic ones repeated per block
  let iPos = 0;
  let iNeg = 0;
  let iTurun = 0;
  let iNet = 0;
  const pakaiKolomPol = o.polaritas === 'kolom';
  const pakaiCatatan = o.polaritas === 'catatan';
  const baris: Baris[] = [];
  const inds: NonNullable<Baris['ind']>[] = [];
  o.blok.forEach((blok, bi) => {
    if (o.sasaran === 'bagian') baris.push({ jenis: 'bagian', r: -1, blok: bi });
    blok.forEach((x, i) => {
      let jenis = x.jenis;
      if (jenis === 'neg-kolom' && !pakaiKolomPol && !pakaiCatatan) jenis = 'neg-nama';
      if ((jenis === 'teks' || jenis === 'rls') && (tw > 0 || o.renstra)) jenis = 'pos';
      let nama: string;
      let satuan = SATUAN[x.ke % SATUAN.length];
      let neg = false;
      let polTeks: string | undefined;
      let catatan: string | undefined;
      if (jenis === 'neg-nama') {
        nama = NAMA_NEGATIF[iNeg++ % NAMA_NEGATIF.length];
        neg = true;
      } else if (jenis === 'neg-kolom') {
        nama = NAMA_NETRAL[iNet++ % NAMA_NETRAL.length];
        neg = true;
      } else if (jenis === 'penurunan') nama = NAMA_PENURUNAN[iTurun++ % NAMA_PENURUNAN.length];
      else if (jenis === 'teks') {
        nama = x.ke % 2 ? 'Kategori Opini BPK atas Laporan Keuangan' : 'Predikat SAKIP Perangkat Daerah';
        satuan = 'Predikat';
      } else if (jenis === 'rls') {
        nama = 'Rata-rata Lama Sekolah';
        satuan = 'Tahun';
      } else if (o.generik && o.sasaran !== 'tidak' && i === 0) nama = GENERIK[x.ke % GENERIK.length];
      else nama = NAMA_POSITIF[iPos++ % NAMA_POSITIF.length] + (iPos > NAMA_POSITIF.length ? ' Tahap II' : '');
      if (pakaiKolomPol)
        polTeks = neg ? TEKS_NEG[x.bentukKolom % TEKS_NEG.length] : TEKS_POS[x.bentukKolom % TEKS_POS.length];
      if (pakaiCatatan && neg)
        catatan = x.bentukKolom % 2 ? 'Polaritas: Negatif' : 'Polaritas negatif (semakin kecil semakin baik)';
      // Rata-rata Lama Sekolah: years, 1 or 2 decimals, realisasi near the target
      const v =
        jenis === 'rls'
          ? { ...x, t: 850 + (x.t % 100), dt: 2, r: 850 + (x.r % 100), dr: 2 }
          : // kebalikan divides by the realisasi: keep it away from 0
            neg && o.metode === 'kebalikan'
            ? { ...x, r: Math.max(x.r, Math.ceil((x.t * 10 ** x.dr) / (3 * 10 ** x.dt))) }
            : x;
      const ind = { ...v, jenis, nama, satuan, neg, polTeks, catatan, blok: bi };
      inds.push(ind);
      baris.push({ jenis: 'ind', r: -1, ind, blok: bi });
    });
    if (o.sasaran !== 'tidak' && o.ringkasSasaran) baris.push({ jenis: 'ringkas', r: -1, blok: bi });
  });
  if (o.rataBawah) baris.push({ jenis: 'rata', r: -1, blok: -1 });

  // --- columns
  const spek: KolSpec[] = [];
  const dua = o.tingkat === 2;
  spek.push({ kunci: 'no', judul: 'No' });
  if (o.sasaran === 'kolom') spek.push({ kunci: 'sasaran', judul: 'Sasaran Strategis' });
  spek.push({ kunci: 'indikator', judul: o.judulInd });
  if (o.satuanKolom) spek.push({ kunci: 'satuan', judul: 'Satuan' });
  if (pakaiKolomPol) spek.push({ kunci: 'polaritas', judul: 'Polaritas' });
  if (o.tahunLalu)
    for (const y of ['2022', '2023'])
      spek.push(dua ? { kunci: `r${y}`, judul: y, grup: 'Realisasi' } : { kunci: `r${y}`, judul: `Realisasi ${y}` });
  if (o.renstra) spek.push({ kunci: 'renstra', judul: 'Target Akhir Renstra (2026)' });
  if (tw > 0) {
    spek.push({ kunci: 'target', judul: 'Target 2024' });
    for (let k = 1; k <= tw; k++) {
      const g = ['TW I', 'TW II', 'TW III', 'TW IV'][k - 1];
      spek.push({ kunci: `real${k}`, judul: 'Realisasi', grup: g });
      spek.push({ kunci: `cap${k}`, judul: 'Capaian (%)', grup: g });
    }
  } else {
    const g = dua ? o.grup : undefined;
    spek.push({ kunci: 'target', judul: dua ? 'Target' : o.judulTarget, grup: g });
    spek.push({ kunci: 'real', judul: dua ? 'Realisasi' : o.judulReal, grup: g });
    spek.push({ kunci: 'cap', judul: dua ? 'Capaian (%)' : o.judulCap, grup: g });
  }
  if (o.renstra) spek.push({ kunci: 'kemajuan', judul: 'Tingkat Kemajuan (%)' });
  if (o.predikat) spek.push({ kunci: 'predikat', judul: o.judulPredikat });
  if (pakaiCatatan) spek.push({ kunci: 'ket', judul: 'Keterangan' });
  labelNomor(spek, {
    cap: (n) => `${n('real')}/${n('target')}`,
    kemajuan: (n) => `${n('real')}/${n('renstra')}`,
  });
  if (o.nomorTahun)
    for (const k of spek) if ((k.kunci === 'target' || k.kunci === 'real') && k.nomor) k.nomor = `${k.nomor} (2024)`;
  const papan = new Papan();
  const tata = pasangHeader(papan, {
    judul: o.judul,
    kolom: spek,
    r0: o.posisi.r0,
    c0: o.posisi.c0,
    adaSatuan: false,
    adaNomor: o.nomorKolom,
    tebalHeader: o.tebalHeader,
    gabungLabel: o.gabungLabel,
  });
  const kol = tata.kol;
  const K = (k: string) => kol.get(k)!;
  const ref = (r: number, k: string) => a1(r, K(k));
  let r = tata.rIsi;
  for (const b of baris) b.r = r++;

  // --- capaian of each indicator (stated, exact), the plants, then the summaries from the stated values
  const metodeNeg = o.metode;
  const caraKe = (i: number) => o.cara[i % o.cara.length];
  const capInd = (ind: NonNullable<Baris['ind']>, i: number, rr: number | null = null): string | null => {
    if (ind.jenis === 'teks') return ind.ke % 3 === 0 ? null : '100';
    const x = rr === null ? ind : { ...ind, r: rr };
    const [a, b] = pecahan(x, ind.neg ? metodeNeg : 'pos');
    return bagiTeks(a, b, d, caraKe(i));
  };
  // rounded operands: the realisasi shown with one decimal less than measured
  const bulatkan = (ind: NonNullable<Baris['ind']>): { r: number; dr: number } | null => {
    if (!o.operandBulat || ind.dr < 2 || ind.jenis === 'teks') return null;
    return { r: Math.round(ind.r / 10), dr: ind.dr - 1 };
  };

  interface Plant {
    jenis: string;
    rule: Tanam['rule'];
    apa: string;
    r: number;
    k: string;
    terapkan: () => void;
    lain?: string[];
  }
  const plants: Plant[] = [];
  const capTulis = new Map<number, string | null>();
  const predTulis = new Map<number, string>();
  const kemajuanTulis = new Map<number, string>();
  const capTw = new Map<string, string>();
  const realTw = new Map<string, number>();
  const indBaris = baris.filter((b) => b.jenis === 'ind');
  indBaris.forEach((b, i) => {
    const ind = b.ind!;
    if (tw > 0) {
      // quarter k: a cumulative realisasi growing to the year's, its capaian against the annual target
      for (let k = 1; k <= tw; k++) {
        const rk = Math.max(1, Math.round((ind.r * k) / tw));
        realTw.set(`${b.r}|${k}`, rk);
        capTw.set(`${b.r}|${k}`, capInd(ind, i + k, rk)!);
      }
    } else capTulis.set(b.r, capInd(ind, i));
  });
  // plants on indicator rows
  const delta = tanam?.delta ?? 0;
  const geser = (x: string, dd: number) => {
    const v = Number(x) + dd;
    return v.toFixed(d);
  };
  for (const b of indBaris) {
    const ind = b.ind!;
    const c = capTulis.get(b.r);
    if (tw === 0 && c !== null && c !== undefined && ind.jenis !== 'teks') {
      // a rounded realisasi widens what the capaian may be: move well outside it
      // a realisasi shown with decimals may be anything its last decimal allows (DOMAIN): move well outside
      const lebar = lebarCapaian(ind, ind.neg ? metodeNeg : 'pos', bulatkan(ind)?.dr ?? desimalTampil(ind.r, ind.dr));
      plants.push({
        jenis: 'capaian',
        rule: 'capaian',
        apa: `wrong capaian of ${ind.nama}`,
        r: b.r,
        k: 'cap',
        terapkan: () => {
          // far from what any formula gives (the positive one on a negative indicator is a polaritas error,
          // the other negative method may be the workbook's)
          const lain = (['pos', 'pengurangan', 'kebalikan'] as const).map((m) => {
            const [a, bb] = pecahan(ind, m);
            return Number(a) / Number(bb);
          });
          let dd = delta + lebar + (d === 0 ? 1 : 0);
          while (lain.some((x) => Math.abs(Number(c) + dd - x) <= lebar + 2)) dd += lebar + 3;
          capTulis.set(b.r, geser(c, dd));
        },
      });
      if (ind.neg && ind.r * 10 ** ind.dt !== ind.t * 10 ** ind.dr) {
        const [a, bb] = pecahan(ind, 'pos');
        const pos = bagiTeks(a, bb, d, 'bulat');
        if (Math.abs(Number(pos) - Number(c)) > 2 + lebar)
          plants.push({
            jenis: 'polaritas',
            rule: 'polaritas',
            apa: `negative indicator ${ind.nama} computed with the positive formula`,
            r: b.r,
            k: 'cap',
            terapkan: () => capTulis.set(b.r, pos),
          });
      }
    }
    if (tw > 0) {
      const k = 1 + (delta % tw);
      const ck = capTw.get(`${b.r}|${k}`)!;
      plants.push({
        jenis: 'capaian',
        rule: 'capaian',
        apa: `wrong capaian TW ${k} of ${ind.nama}`,
        r: b.r,
        k: `cap${k}`,
        terapkan: () => {
          const x = { ...ind, r: realTw.get(`${b.r}|${k}`)! };
          const lebar = lebarCapaian(x, ind.neg ? metodeNeg : 'pos', desimalTampil(x.r, ind.dr));
          // far from every formula's value (see the capaian plant above)
          const lain = (['pos', 'pengurangan', 'kebalikan'] as const).map((m) => {
            const [a, bb] = pecahan(x, m);
            return Number(a) / Number(bb);
          });
          let dd = delta + 1 + lebar;
          while (lain.some((v) => Math.abs(Number(ck) + dd - v) <= lebar + 2)) dd += lebar + 3;
          capTw.set(`${b.r}|${k}`, geser(ck, dd));
        },
      });
    }
  }
  let ditanam: Plant | null = null;
  const pilihTanam = () => {
    if (!tanam || !plants.length) return;
    const jenis = [...new Set(plants.map((x) => x.jenis))];
    const dari = plants.filter((x) => x.jenis === jenis[tanam.pilih % jenis.length]);
    ditanam = dari[Math.floor(tanam.pilih / jenis.length) % dari.length];
  };
  // predikat, kemajuan and summaries follow the stated capaian; their own plants are added after
  const rataTeks = (xs: string[], cara: CaraBulat): string | null => {
    if (!xs.length) return null;
    const sum = xs.reduce((a, x) => a + BigInt(Math.round(Number(x) * 100)), 0n);
    return bagiTeks(sum, BigInt(xs.length) * 100n, 2, cara);
  };
  // a formula cell stores the full result: a mean of such cells is taken on those (like =AVERAGE)
  const rataTersimpan = (xs: number[], cara: CaraBulat): string | null => {
    if (!xs.length) return null;
    const m = xs.reduce((a, x) => a + x, 0) / xs.length;
    const f = cara === 'bulat' ? Math.round(m * 100 + 1e-9) : Math.floor(m * 100 + 1e-9);
    return (f / 100).toFixed(2);
  };
  // the plants of derived cells need the stated capaian first: decide indicator plants now
  for (const b of indBaris) {
    const ind = b.ind!;
    if (o.predikat && tw === 0) {
      const c = capTulis.get(b.r);
      if (c !== null && c !== undefined)
        plants.push({
          jenis: 'predikat',
          rule: 'predikat',
          apa: `wrong predikat of ${ind.nama}`,
          r: b.r,
          k: 'predikat',
          terapkan: () => {
            const benar = predikat86(Number(capTulis.get(b.r)));
            const lain = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'].filter((x) => x !== benar);
            predTulis.set(b.r, lain[delta % lain.length]);
          },
        });
    }
    if (o.renstra)
      plants.push({
        jenis: 'kemajuan',
        rule: 'capaian',
        apa: `wrong tingkat kemajuan of ${ind.nama}`,
        r: b.r,
        k: 'kemajuan',
        terapkan: () => kemajuanTulis.set(b.r, 'salah'),
      });
  }
  const ringkasBaris = baris.filter((b) => b.jenis === 'ringkas' || b.jenis === 'rata');
  if (tw === 0)
    for (const b of ringkasBaris.filter((x) =>
      indBaris.some((y) => (x.jenis === 'rata' || y.blok === x.blok) && typeof capTulis.get(y.r) === 'string'),
    ))
      plants.push({
        jenis: 'rata',
        rule: 'jumlah',
        apa: b.jenis === 'rata' ? 'wrong rata-rata row' : 'wrong sasaran summary',
        r: b.r,
        k: 'cap',
        terapkan: () => {},
      });
  pilihTanam();
  const tanamIni = ditanam as Plant | null;
  if (tanamIni && tanamIni.jenis !== 'predikat' && tanamIni.jenis !== 'rata') tanamIni.terapkan();
  if (tanamIni && tanamIni.jenis === 'predikat') tanamIni.terapkan();

  // --- cells
  // as text, a whole number from 1.000 to 999.999 would be ambiguous (thousands or decimals?): written plain
  const selNilai = (x: number, dd: number): ZSel =>
    bentukTeks && dd === 0 && x >= 1000 && x < 1_000_000
      ? { v: String(x) }
      : selDesimal(teksAngka(x, dd), dd, bentukTeks);
  const bentukCap: BentukPersen = o.bentukCap;
  const selCap = (
    x: string | null,
    rr: number,
    kCap: string,
    kT: string,
    kR: string,
    neg: boolean,
    teks = false,
  ): ZSel => {
    if (x === null) return { v: '-' };
    if (teks) return selPersen(x, d, bentukCap === 'pecahan' ? 'pecahan' : 'angka');
    const planted = tanamIni !== null && tanamIni.r === rr && tanamIni.k === kCap;
    // a number typed over a formula is a number (like the formulas' results)
    if (rumus && planted) return { v: Number(x), fmt: d === 0 ? '0' : d === 1 ? '0.0' : '0.00' };
    if (rumus && !planted && kCap === 'cap') {
      const t = ref(rr, kT);
      const re = ref(rr, kR);
      // Excel's result from the stored operands, in binary floating point like Excel
      const tv = Number(papan.ambil(rr, K(kT))?.v);
      const rv = Number(papan.ambil(rr, K(kR))?.v);
      const f = !neg ? `${re}/${t}*100` : metodeNeg === 'pengurangan' ? `(2*${t}-${re})/${t}*100` : `${t}/${re}*100`;
      const v = !neg ? (rv / tv) * 100 : metodeNeg === 'pengurangan' ? ((2 * tv - rv) / tv) * 100 : (tv / rv) * 100;
      return { v, f, pola: neg ? `cap-${metodeNeg}` : 'cap', fmt: d === 0 ? '0' : d === 1 ? '0.0' : '0.00' };
    }
    return selPersen(x, d, bentukCap);
  };
  // summaries (mean of the stated capaian of their indicators)
  const capRingkas = new Map<number, string | null>();
  const hitungRingkas = (b: Baris) => {
    const anggota = indBaris.filter((x) => (b.jenis === 'rata' ? true : x.blok === b.blok));
    const xs = anggota.map((x) => capTulis.get(x.r)).filter((x): x is string => typeof x === 'string');
    const tersimpan = anggota
      .map((x) => papan.ambil(x.r, K('cap')))
      .filter((x): x is ZSel => !!x && typeof x.v === 'number')
      .map((x) => (x.fmt?.includes('%') ? (x.v as number) * 100 : (x.v as number)));
    let v = rumus ? rataTersimpan(tersimpan, caraKe(b.r)) : rataTeks(xs, caraKe(b.r));
    if (tanamIni && tanamIni.r === b.r && v !== null) v = (Number(v) + delta + 1).toFixed(2);
    capRingkas.set(b.r, v);
  };
  let no = 0;
  for (const b of baris) {
    const rr = b.r;
    const put = (k: string, s: ZSel | null) => {
      if (kol.has(k) && s) papan.taruh(rr, K(k), s);
    };
    if (b.jenis === 'bagian') {
      const c0 = kol.has('no') ? K('no') : K('indikator');
      papan.taruh(rr, c0, { v: `Sasaran ${b.blok + 1}: ${SASARAN[b.blok % SASARAN.length]}`, tebal: true });
      if (o.gabungSasaran) papan.gabungkan(rr, c0, rr, K('indikator'));
      continue;
    }
    if (b.jenis === 'ringkas' || b.jenis === 'rata') {
      hitungRingkas(b);
      const v = capRingkas.get(rr);
      if (v === null || v === undefined) continue;
      const kLabel = b.jenis === 'ringkas' && o.sasaran === 'kolom' ? 'sasaran' : 'indikator';
      put(kLabel, { v: b.jenis === 'rata' ? o.labelRata : o.labelRingkas, tebal: true });
      put('cap', { ...selPersen(String(v), 2, bentukCap === 'pecahan' ? 'pecahan' : 'angka'), tebal: true });
      if (o.predikat) put('predikat', { v: predikat86(Number(v)) });
      continue;
    }
    const ind = b.ind!;
    no++;
    put('no', { v: no });
    if (o.sasaran === 'kolom') {
      const pertama = indBaris.find((x) => x.blok === b.blok)!.r === rr;
      const akhir = [...indBaris].reverse().find((x) => x.blok === b.blok)!.r;
      if (pertama) {
        put('sasaran', { v: SASARAN[b.blok % SASARAN.length] });
        if (o.gabungSasaran && akhir > rr) papan.gabungkan(rr, K('sasaran'), akhir, K('sasaran'));
      }
    }
    put('indikator', { v: ind.nama });
    put('satuan', { v: ind.satuan });
    put('polaritas', ind.polTeks ? { v: ind.polTeks } : null);
    put('ket', ind.catatan ? { v: ind.catatan } : null);
    const bul = bulatkan(ind);
    if (ind.jenis === 'teks') {
      const [tg, re] = ind.ke % 2 ? ['WTP', ind.ke % 3 === 0 ? 'WDP' : 'WTP'] : ['BB', ind.ke % 3 === 0 ? 'B' : 'BB'];
      put('target', { v: tg });
      put('real', { v: re });
    } else if (tw === 0) {
      put('target', selNilai(ind.t, ind.dt));
      put(
        'real',
        bul
          ? { ...selNilai(bul.r, bul.dr), ...(bul.dr > 0 && !bentukTeks ? { fmt: bul.dr === 1 ? '0.0' : '0.00' } : {}) }
          : selNilai(ind.r, ind.dr),
      );
    } else {
      put('target', selNilai(ind.t, ind.dt));
      for (let k = 1; k <= tw; k++) {
        put(`real${k}`, selNilai(realTw.get(`${rr}|${k}`)!, ind.dr));
        put(`cap${k}`, selPersen(capTw.get(`${rr}|${k}`)!, d, bentukCap));
      }
    }
    if (o.tahunLalu && ind.jenis !== 'teks') {
      put('r2022', selNilai(Math.round(ind.r * 0.8), ind.dr));
      put('r2023', selNilai(Math.round(ind.r * 0.9), ind.dr));
    }
    if (tw === 0) {
      const c = capTulis.get(rr) ?? null;
      put('cap', selCap(c, rr, 'cap', 'target', 'real', ind.neg, ind.jenis === 'teks'));
      // rated like =IF(...) on the cell: a formula's stored result, else the typed value
      const sc = papan.ambil(rr, K('cap'));
      const nilaiCap = sc?.f !== undefined && typeof sc.v === 'number' ? sc.v : Number(c);
      if (o.predikat) put('predikat', { v: predTulis.get(rr) ?? (c === null ? '-' : predikat86(nilaiCap)) });
    }
    if (o.renstra) {
      // the final target a little above this year's; kemajuan = realisasi / target akhir × 100
      const tAkhir = Math.round(ind.t * 1.25);
      put('renstra', selNilai(tAkhir, ind.dt));
      const [a, bb] = pecahan({ t: tAkhir, dt: ind.dt, r: ind.r, dr: ind.dr }, ind.neg ? metodeNeg : 'pos');
      let km = bagiTeks(a, bb, d, caraKe(rr + 3));
      if (kemajuanTulis.has(rr))
        km = geser(
          km,
          delta +
            1 +
            lebarCapaian(
              { t: tAkhir, dt: ind.dt, r: ind.r, dr: ind.dr },
              ind.neg ? metodeNeg : 'pos',
              bul?.dr ?? desimalTampil(ind.r, ind.dr),
            ),
        );
      put('kemajuan', selPersen(km, d, bentukCap));
    }
  }

  // known engine failures (see /work/zoo-laporan.md)
  const diketahui: string[] = [];
  const bolehLain: string[] = [];
  const sel = (rr: number, k: string) => `${o.lembar}!${ref(rr, k)}`;
  if (o.renstra) {
    diketahui.push('Z12-kemajuan');
    for (const b of indBaris) bolehLain.push(`capaian ${sel(b.r, 'kemajuan')}`, `polaritas ${sel(b.r, 'kemajuan')}`);
  }
  // (since fixed for a negative minority; still seen when positive rows are the minority)
  if (rumus && indBaris.some((b) => b.ind!.neg)) {
    diketahui.push('Z13-rumus-negatif');
    for (const b of indBaris) bolehLain.push(`rumus ${sel(b.r, 'cap')}`);
  }
  const kolCap =
    tw > 0 ? Array.from({ length: tw }, (_, i) => `cap${i + 1}`) : ['cap', ...(o.renstra ? ['kemajuan'] : [])];
  // Z14 / Z15: the polarity says negative in words the engine does not know (or in a note)
  const TAK_DIKENAL = ['Negatif (-)', '↓', 'Semakin kecil semakin baik'];
  const polTakDikenal = indBaris.filter(
    (b) => b.ind!.jenis === 'neg-kolom' && (pakaiCatatan || TAK_DIKENAL.includes(b.ind!.polTeks ?? '')),
  );
  if (polTakDikenal.length) {
    diketahui.push(pakaiCatatan ? 'Z15-catatan-polaritas' : 'Z14-teks-polaritas');
    for (const b of polTakDikenal) for (const k of kolCap) bolehLain.push(`capaian ${sel(b.r, k)}`);
  }
  // Z17: a sasaran summary under a section row is read as an indicator
  if (o.sasaran === 'bagian' && o.ringkasSasaran) {
    diketahui.push('Z17-ringkasan-bagian');
    for (const b of ringkasBaris) bolehLain.push(`jumlah ${sel(b.r, 'cap')}`);
  }
  // Z18: a formula capaian in a gap of the scale (90,625 shown 91) is rated by its shown value
  if (rumus && o.predikat)
    for (const b of indBaris) {
      const c = papan.ambil(b.r, K('cap'));
      if (c?.f !== undefined && typeof c.v === 'number' && predikat86(c.v) !== predikat86(Number(c.v.toFixed(d)))) {
        if (!diketahui.includes('Z18-predikat-tampil')) diketahui.push('Z18-predikat-tampil');
        bolehLain.push(`predikat ${sel(b.r, 'predikat')}`);
      }
    }
  // Z32: a realisasi shown as 0,0 (rounded from 0,03) cannot have been negative
  for (const b of indBaris) {
    const bul = bulatkan(b.ind!);
    if (bul && bul.r === 0) {
      if (!diketahui.includes('Z32-operand-nol')) diketahui.push('Z32-operand-nol');
      bolehLain.push(`capaian ${sel(b.r, 'cap')}`);
    }
  }
  // Z16: a numbering row with years is read as data
  if (o.nomorKolom && o.nomorTahun) {
    diketahui.push('Z16-nomor-tahun');
    for (const k of kolCap) bolehLain.push(`capaian ${sel(tata.rIsi - 1, k)}`);
    // the summaries below then average that row too
    for (const b of ringkasBaris) bolehLain.push(`jumlah ${sel(b.r, 'cap')}`);
  }
  const tn = tanamIni;
  if (tn && rumus && tn.k === 'cap' && tn.jenis !== 'rata') {
    diketahui.push('Z3-rumus-ganda');
    bolehLain.push(`rumus ${sel(tn.r, tn.k)}`);
  }
  const kasus: Kasus = {
    ...(diketahui.length ? { diketahui } : {}),
    ...(bolehLain.length ? { bolehLain } : {}),
    varian: { ...o, blok: o.blok.map((x) => x.map((y) => y.jenis)), cara: undefined },
    lembar: [papan.lembar(o.lembar, true)],
    // a table of text-valued indicators only has nothing to recompute
    tabelHitung: indBaris.some((b) => b.ind!.jenis !== 'teks') ? 1 : 0,
  };
  if (tanamIni) {
    const t = tanamIni;
    kasus.tanam = { sheet: o.lembar, cell: ref(t.r, t.k), rule: t.rule, apa: t.apa, wajib: true };
  }
  return cetak(kasus);
}

const SASARAN = [
  'Meningkatnya kualitas pelayanan kesejahteraan sosial',
  'Meningkatnya akuntabilitas kinerja perangkat daerah',
  'Meningkatnya kemandirian ekonomi keluarga',
];
