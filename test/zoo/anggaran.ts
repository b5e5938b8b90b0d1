/**
 * Realisasi anggaran tables in every layout the zoo knows: program > kegiatan > sub kegiatan trees (or a
 * flat list, or BELANJA groups) with pagu, realisasi, % and sisa; hierarchy shown by kode rekening (one
 * column, or SIPD's urusan | organisasi | program/kegiatan | rekening columns), numbering (I / 1 / a,
 * 1 / 1.1 / 1.1.1, A. / 1. / a.), fill colour, bold / indent / leading spaces / ALL CAPS, or the parents'
 * own formulas; totals with any label or none, at the bottom or above the details; one- or two-level
 * headers, unit and numbering rows; every number form; values or formulas (shared formulas too).
 */
import fc from 'fast-check';
import {
  bagi,
  bagiTeks,
  BENTUK_PERSEN,
  BENTUK_UANG,
  BENTUK_UANG_ANGKA,
  BentukPersen,
  BentukUang,
  CaraBulat,
  cetak,
  a1,
  Kasus,
  selPersen,
  selUang,
  Tanam,
  ZSel,
} from './inti';
import {
  arbPosisi,
  arbUrutTopik,
  JUDUL_TABEL,
  KolSpec,
  labelNomor,
  Papan,
  pasangHeader,
  topik,
  WARNA_LEVEL,
} from './tata';

// ------------------------------------------------------------------ the tree

interface Daun {
  pagu: number;
  permil: number;
}
type Pohon = Daun | Pohon[];

export const arbDaun: fc.Arbitrary<Daun> = fc.record({
  pagu: fc.oneof(
    fc.integer({ min: 5_000_000, max: 900_000_000 }),
    fc.integer({ min: 1_000_000_000, max: 9_000_000_000 }),
  ),
  permil: fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(0, 1000) },
    { weight: 6, arbitrary: fc.integer({ min: 100, max: 1000 }) },
  ),
});

function arbPohon(kedalaman: number): fc.Arbitrary<Pohon[]> {
  if (kedalaman === 1) return fc.array(arbDaun, { minLength: 2, maxLength: 7 });
  const lebar = kedalaman === 2 ? 4 : kedalaman === 3 ? 3 : 2;
  // mostly two or more children (a parent with one child is real, but proves little: see Z6)
  const anak = (x: fc.Arbitrary<Pohon>, maks: number) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.array(x, { minLength: 2, maxLength: maks }) },
      { weight: 1, arbitrary: fc.array(x, { minLength: 1, maxLength: maks }) },
    );
  return anak(kedalaman === 2 ? anak(arbDaun, 4) : arbPohon(kedalaman - 1), lebar);
}

interface Simpul {
  level: number;
  anak: Simpul[];
  pagu: number;
  real: number;
  /** Index among its siblings. */
  ke: number;
  induk: Simpul | null;
  /** Sheet row (set when laid out). */
  r: number;
  nama: string;
  kode: string;
  nomor: string;
}

// ------------------------------------------------------------------ options

const SINYAL = ['kode', 'sipd', 'nomor', 'warna', 'format', 'rumus'] as const;
type Sinyal = (typeof SINYAL)[number];

export const arbOpsiAnggaran = fc.record({
  kedalaman: fc.constantFrom(1, 2, 2, 3, 3, 4),
  // some detail rows without a kode (siblings of the coded ones)
  kodeKosong: fc.boolean(),
  persenSisa: fc.boolean(),
  sinyal: fc.constantFrom(...SINYAL),
  // extra signals besides the main one
  tambahKode: fc.boolean(),
  tambahNomor: fc.boolean(),
  tambahWarna: fc.boolean(),
  tambahFormat: fc.boolean(),
  tambahRumus: fc.boolean(),
  jenisNomor: fc.constantFrom('romawi', 'titik', 'huruf', 'romawi-titik'),
  jenisFormat: fc.constantFrom('caps', 'tebal', 'caps-tebal', 'indent', 'spasi'),
  formatBaris: fc.boolean(),
  warnaBaris: fc.boolean(),
  nama: fc.constantFrom('awalan', 'awalan', 'netral', 'belanja'),
  nomorUrut: fc.boolean(),
  urutLabel: fc.constantFrom('no-kode-uraian', 'kode-no-uraian', 'no-uraian-kode'),
  indikator: fc.boolean(),
  keterangan: fc.boolean(),
  pct: fc.boolean(),
  sisa: fc.boolean(),
  sisaDulu: fc.boolean(),
  total: fc.constantFrom('bawah', 'bawah', 'atas', 'tidak'),
  labelTotal: fc.constantFrom(
    'JUMLAH',
    'TOTAL',
    'Jumlah',
    'Jumlah Belanja Langsung',
    'TOTAL (A+B)',
    'Total Belanja Daerah',
    'Jumlah Seluruh Program',
    'JUMLAH TOTAL',
    'Total Keseluruhan',
    '',
  ),
  gabungTotal: fc.boolean(),
  tingkat: fc.constantFrom(1, 2),
  grup: fc.constantFrom('ANGGARAN', 'REALISASI ANGGARAN', 'Anggaran (Rp)', 'KEUANGAN', 'Tahun Anggaran 2024'),
  sisaDiGrup: fc.boolean(),
  satuan: fc.boolean(),
  nomorKolom: fc.boolean(),
  gabungLabel: fc.boolean(),
  tebalHeader: fc.boolean(),
  judul: fc.subarray(JUDUL_TABEL.slice(0, 4), { maxLength: 2 }),
  kataKunci: fc.record({
    no: fc.constantFrom('No', 'NO', 'No.', 'Nomor'),
    kode: fc.constantFrom('Kode', 'Kode Rekening', 'KODE REKENING', 'Kode Program/Kegiatan'),
    uraian: fc.constantFrom(
      'Uraian',
      'Program/Kegiatan/Sub Kegiatan',
      'Program / Kegiatan',
      'Nama Program/Kegiatan',
      'URAIAN',
    ),
    pagu: fc.constantFrom(
      'Pagu',
      'Pagu (Rp)',
      'Anggaran',
      'Anggaran (Rp)',
      'Pagu Anggaran',
      'Anggaran Setelah Perubahan',
      'Kebutuhan Dana',
      'Alokasi',
    ),
    real: fc.constantFrom('Realisasi', 'Realisasi (Rp)', 'Realisasi Anggaran', 'Realisasi Keuangan'),
    pct: fc.constantFrom('%', 'Persentase', '% Realisasi', 'Penyerapan (%)', 'Persentase Realisasi'),
    sisa: fc.constantFrom('Sisa', 'Sisa Anggaran', 'Sisa (Rp)', 'Sisa Anggaran (Rp)', 'Efisiensi Anggaran'),
    paguGrup: fc.constantFrom('Pagu', 'Anggaran', 'Target', 'Alokasi'),
    realGrup: fc.constantFrom('Realisasi', 'Realisasi s.d. Desember'),
    pctGrup: fc.constantFrom('%', 'Persentase', 'Capaian', 'Penyerapan'),
    satuanUang: fc.constantFrom('(Rp.)', '(Rp)', 'Rp'),
    satuanPersen: fc.constantFrom('(%)', '%'),
  }),
  bentukPagu: fc.constantFrom(...BENTUK_UANG),
  bentukReal: fc.constantFrom(...BENTUK_UANG),
  bentukSisa: fc.constantFrom(...BENTUK_UANG),
  bentukPct: fc.constantFrom(...BENTUK_PERSEN),
  desimalPct: fc.constantFrom(2, 2, 1, 0),
  stripNol: fc.boolean(),
  rumusInduk: fc.constantFrom('sum-rentang', 'sum-plus', 'plus'),
  rumusPct: fc.constantFrom('nilai', 'nilai', 'rumus', 'rumus-round', 'rumus-pecahan'),
  rumusSisa: fc.constantFrom('nilai', 'rumus'),
  bersama: fc.boolean(),
  posisi: arbPosisi,
  lembar: fc.constantFrom('Realisasi Anggaran', 'LRA', 'Sheet1', 'Lamp. 2', 'Bidang Rehsos'),
});

type OA = typeof arbOpsiAnggaran extends fc.Arbitrary<infer U> ? U : never;

export interface PAnggaran {
  opsi: OA;
  pohon: Pohon[];
  urut: number[];
  cara: CaraBulat[];
}

export const arbAnggaran: fc.Arbitrary<PAnggaran> = arbOpsiAnggaran.chain((opsi) =>
  fc.record({
    opsi: fc.constant(opsi),
    pohon: arbPohon(opsi.kedalaman),
    urut: arbUrutTopik,
    cara: fc.array(fc.constantFrom<CaraBulat>('bulat', 'potong'), { minLength: 8, maxLength: 8 }),
  }),
);

/** A big table (a few hundred rows): three levels, wide. */
export const arbAnggaranBesar: fc.Arbitrary<PAnggaran> = arbOpsiAnggaran.chain((opsi) =>
  fc.record({
    opsi: fc.constant({ ...opsi, kedalaman: 3 }),
    pohon: fc.array(fc.array(fc.array(arbDaun, { minLength: 2, maxLength: 8 }), { minLength: 2, maxLength: 6 }), {
      minLength: 3,
      maxLength: 6,
    }),
    urut: arbUrutTopik,
    cara: fc.array(fc.constantFrom<CaraBulat>('bulat', 'potong'), { minLength: 8, maxLength: 8 }),
  }),
);

/** A planted error: which of the possible spots (index, wrapped), and how far off. */
export interface PilihTanam {
  pilih: number;
  delta: number;
}

export const arbPilihTanam: fc.Arbitrary<PilihTanam> = fc.record({
  pilih: fc.nat(),
  delta: fc.integer({ min: 2, max: 40 }),
});

// ------------------------------------------------------------------ names and codes

const AWALAN_KEGIATAN = ['Pengelolaan ', 'Penyelenggaraan ', 'Pembinaan ', 'Fasilitasi ', 'Koordinasi '];
const AWALAN_SUB = ['Penyediaan ', 'Pengadaan ', 'Pemeliharaan ', 'Pelaksanaan ', 'Pendataan '];
const BELANJA_1 = ['BELANJA OPERASI', 'BELANJA MODAL', 'BELANJA TIDAK TERDUGA', 'BELANJA TRANSFER'];
const BELANJA_2 = [
  'Belanja Pegawai',
  'Belanja Barang dan Jasa',
  'Belanja Hibah',
  'Belanja Bantuan Sosial',
  'Belanja Modal Peralatan dan Mesin',
  'Belanja Modal Gedung dan Bangunan',
  'Belanja Modal Jalan, Jaringan, dan Irigasi',
  'Belanja Modal Aset Tetap Lainnya',
  'Belanja Subsidi',
  'Belanja Bagi Hasil',
];
const BELANJA_3 = [
  'Belanja Gaji dan Tunjangan ASN',
  'Belanja Tambahan Penghasilan ASN',
  'Belanja Alat Tulis Kantor',
  'Belanja Bahan Cetak',
  'Belanja Listrik',
  'Belanja Telepon dan Internet',
  'Belanja Perjalanan Dinas Dalam Daerah',
  'Belanja Makanan dan Minuman Rapat',
  'Belanja Jasa Tenaga Ahli',
  'Belanja Pemeliharaan Kendaraan Dinas',
  'Belanja Sewa Gedung',
  'Belanja Honorarium Narasumber',
  'Belanja Bahan Bakar Minyak',
  'Belanja Pakaian Dinas',
  'Belanja Jasa Kebersihan',
  'Belanja Kursus dan Pelatihan',
  'Belanja Obat-obatan',
  'Belanja Premi Asuransi Kesehatan',
];

const ROMAWI = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

function nomorLevel(jenis: string, level: number, jalur: number[]): string {
  const ke = jalur[jalur.length - 1];
  if (jenis === 'titik') return jalur.map((x) => x + 1).join('.');
  if (jenis === 'romawi-titik')
    return level === 0
      ? ROMAWI[ke]
      : jalur
          .slice(1)
          .map((x) => x + 1)
          .join('.');
  if (jenis === 'huruf')
    return level === 0
      ? `${String.fromCharCode(65 + ke)}.`
      : level === 1
        ? `${ke + 1}.`
        : `${String.fromCharCode(97 + ke)}.`;
  if (level >= 3) return `${ke + 1})`;
  return level === 0 ? ROMAWI[ke] : level === 1 ? String(ke + 1) : String.fromCharCode(97 + ke);
}

// ------------------------------------------------------------------ building

interface Plant {
  /** The kind of error (plants are chosen kind first, so every kind gets its share). */
  jenis: string;
  apa: string;
  /** A known engine failure this plant runs into, and the findings (rule, column key, row) it is known to add. */
  diketahui?: string;
  lain?: { rule: Tanam['rule']; r: number; k: string }[];
  wajib?: boolean;
  /** The known failure adds a `rumus` finding at the planted cell itself. */
  lainSel?: string;
  alt?: Tanam['rule'][];
  rule: Tanam['rule'];
  /** Applies the plant to the stated-value overrides; returns the cell (row, column key). */
  pasang: (o: Timpa) => { r: number; k: string };
}

/** Stated-value overrides the plant makes. */
interface Timpa {
  /** node row → column → stated value (money) */
  nilai: Map<string, number>;
  /** node row → child row left out of its SUM formula */
  kurang: Map<string, number>;
  /** a formula cell replaced by a constant: row|key → value */
  konstan: Map<string, number>;
  /** a percent value stated off: row → stated percent text */
  pct: Map<number, string>;
}

export function bangunAnggaran(p: PAnggaran, tanam?: PilihTanam): Kasus {
  const o = p.opsi;
  const sinyal = new Set<Sinyal>([o.sinyal]);
  if (o.tambahKode && o.sinyal !== 'sipd') sinyal.add('kode');
  if (o.tambahNomor) sinyal.add('nomor');
  if (o.tambahWarna) sinyal.add('warna');
  if (o.tambahFormat) sinyal.add('format');
  if (o.tambahRumus) sinyal.add('rumus');
  if (sinyal.has('sipd')) sinyal.delete('kode');
  const datar = o.kedalaman === 1;
  const belanja = o.nama === 'belanja';
  // bold on two of three levels tells them apart only with the names' help (Program ... / Pengelolaan ...)
  const formatSaja = [...sinyal].every((x) => x === 'format');
  const jenisFormat =
    o.kedalaman === 4 && formatSaja && !['indent', 'spasi'].includes(o.jenisFormat)
      ? 'indent'
      : o.kedalaman === 3 && o.jenisFormat === 'tebal' && o.nama !== 'awalan' && formatSaja
        ? 'caps-tebal'
        : o.jenisFormat;

  // --- the tree with names, codes and numbers
  let nDaun = 0;
  let nSimpul = 0;
  const bidang = ['1.06', '1.02', '2.08', '1.01', '3.27'][p.urut[0] % 5];
  const bangunSimpul = (x: Pohon, level: number, jalur: number[], kodeInduk: string): Simpul => {
    const ke = jalur[jalur.length - 1];
    const i = nSimpul++;
    let nama: string;
    if (belanja) {
      const daftar = level === 0 && !datar ? BELANJA_1 : level === 1 || datar ? BELANJA_2 : BELANJA_3;
      nama = daftar[(level === 0 && !datar ? ke : i) % daftar.length];
      if (level > 0 || datar)
        nama =
          daftar[(i + p.urut[1]) % daftar.length] +
          (i >= daftar.length ? ` ${ROMAWI[Math.floor(i / daftar.length)]}` : '');
    } else if (o.nama === 'netral') nama = topik(p.urut, i);
    else {
      const t = topik(p.urut, i);
      const lv = datar ? 2 : o.kedalaman === 2 ? level + 1 : o.kedalaman === 4 ? level - 1 : level;
      nama =
        lv < 0
          ? `Urusan Pemerintahan Bidang ${t}`
          : lv === 0
            ? `Program ${t}`
            : lv === 1
              ? AWALAN_KEGIATAN[i % 5] + t
              : AWALAN_SUB[i % 5] + t;
    }
    let kode: string;
    if (belanja) kode = level === 0 && !datar ? `5.${ke + 1}` : `${kodeInduk}.${String(ke + 1).padStart(2, '0')}`;
    else if (datar) kode = `${bidang}.01.2.01.${String(ke + 1).padStart(4, '0')}`;
    else {
      const lv = o.kedalaman === 2 ? level + 1 : o.kedalaman === 4 ? level - 1 : level;
      kode =
        lv < 0
          ? `${ke + 1}.0${(p.urut[0] % 9) + 1}`
          : lv === 0 && o.kedalaman === 4
            ? `${kodeInduk}.${String(ke + 1).padStart(2, '0')}`
            : lv === 0
              ? `${bidang}.${String(ke + 1).padStart(2, '0')}`
              : lv === 1
                ? `${kodeInduk || bidang + '.01'}.2.${String(ke + 1).padStart(2, '0')}`
                : `${kodeInduk}.${String(ke + 1).padStart(4, '0')}`;
    }
    const s: Simpul = { level, anak: [], pagu: 0, real: 0, ke, induk: null, r: -1, nama, kode, nomor: '' };
    s.nomor = datar ? String(ke + 1) : nomorLevel(o.jenisNomor, level, jalur);
    if (Array.isArray(x)) {
      s.anak = x.map((y, j) => bangunSimpul(y, level + 1, [...jalur, j], kode));
      for (const a of s.anak) a.induk = s;
      s.pagu = s.anak.reduce((a, b) => a + b.pagu, 0);
      s.real = s.anak.reduce((a, b) => a + b.real, 0);
    } else {
      nDaun++;
      s.pagu = x.pagu;
      s.real = Math.floor((x.pagu * x.permil) / 1000);
    }
    return s;
  };
  const akar = p.pohon.map((x, j) => bangunSimpul(x, 0, [j], belanja ? '5' : ''));
  const semua: Simpul[] = [];
  const jalan = (s: Simpul) => {
    semua.push(s);
    s.anak.forEach(jalan);
  };
  akar.forEach(jalan);
  void nDaun;

  // --- columns
  const pakaiRumus = sinyal.has('rumus');
  const adaKode = sinyal.has('kode');
  const adaSipd = sinyal.has('sipd');
  const adaNomor = sinyal.has('nomor') || o.nomorUrut;
  const label: string[] = [];
  const urutan = o.urutLabel.split('-');
  for (const k of urutan) {
    if (k === 'no' && adaNomor) label.push('no');
    if (k === 'kode' && adaKode) label.push('kode');
    if (k === 'kode' && adaSipd) label.push('kUrusan', 'kOrganisasi', 'kProgram', 'kRekening');
    if (k === 'uraian') label.push('uraian');
  }
  if (o.indikator) label.push('indikator');
  const angka = ['pagu', 'real'];
  const turunan = [...(o.pct ? ['pct'] : []), ...(o.sisa ? ['sisa'] : [])];
  if (o.sisaDulu) turunan.reverse();
  const kk = o.kataKunci;
  const dua = o.tingkat === 2;
  const spek: KolSpec[] = [];
  for (const k of label) {
    const judul =
      k === 'no'
        ? kk.no
        : k === 'kode'
          ? kk.kode
          : k === 'uraian'
            ? kk.uraian
            : k === 'indikator'
              ? 'Indikator Kinerja'
              : {
                  kUrusan: 'Kode Urusan',
                  kOrganisasi: 'Kode Organisasi',
                  kProgram: 'Kode Program/Kegiatan',
                  kRekening: 'Kode Rekening',
                }[k]!;
    spek.push({ kunci: k, judul });
  }
  for (const k of [...angka, ...turunan]) {
    const diGrup = dua && (k !== 'sisa' || o.sisaDiGrup);
    const judul = diGrup
      ? { pagu: kk.paguGrup, real: kk.realGrup, pct: kk.pctGrup, sisa: 'Sisa' }[k]!
      : { pagu: kk.pagu, real: kk.real, pct: kk.pct, sisa: kk.sisa }[k]!;
    spek.push({
      kunci: k,
      judul,
      grup: diGrup ? o.grup : undefined,
      satuan: k === 'pct' ? kk.satuanPersen : kk.satuanUang,
    });
  }
  if (o.sisa && o.persenSisa) spek.push({ kunci: 'psisa', judul: '% Sisa' });
  if (o.keterangan) spek.push({ kunci: 'ket', judul: 'Keterangan' });
  labelNomor(spek, {
    pct: (n) => `${n('real')}/${n('pagu')}`,
    sisa: (n) => `${n('pagu')}-${n('real')}`,
    psisa: (n) => `${n('sisa')}/${n('pagu')}`,
  });
  const papan = new Papan();
  const tata = pasangHeader(papan, {
    judul: o.judul,
    kolom: spek,
    r0: o.posisi.r0,
    c0: o.posisi.c0,
    adaSatuan: o.satuan,
    adaNomor: o.nomorKolom,
    tebalHeader: o.tebalHeader,
    gabungLabel: o.gabungLabel,
  });
  const kol = tata.kol;
  const K = (k: string) => kol.get(k)!;
  const ref = (r: number, k: string) => a1(r, K(k));

  // --- rows
  let r = tata.rIsi;
  const totalAtas = o.total === 'atas';
  const adaTotal = o.total !== 'tidak';
  const rTotal = adaTotal ? (totalAtas ? r : r + semua.length) : -1;
  if (totalAtas) r++;
  for (const s of semua) s.r = r++;

  // number forms: formulas need numbers in the cells they add up or divide
  const rumusPct = o.pct ? o.rumusPct : 'nilai';
  const rumusSisa = o.sisa ? o.rumusSisa : 'nilai';
  const perluAngka = pakaiRumus || rumusPct !== 'nilai' || rumusSisa !== 'nilai';
  const bentukPagu: BentukUang = perluAngka && !BENTUK_UANG_ANGKA.includes(o.bentukPagu) ? 'fmt-ribuan' : o.bentukPagu;
  const bentukReal: BentukUang = perluAngka && !BENTUK_UANG_ANGKA.includes(o.bentukReal) ? 'angka' : o.bentukReal;
  const bentukPct: BentukPersen = o.bentukPct;
  const d = o.desimalPct;

  // --- plants: the spots this layout allows
  const plants: Plant[] = [];
  // Z5: a total above its details is compared with the top-level rows only, so a wrong parent flags it too
  const z5 = (k: string): Partial<Plant> =>
    adaTotal && totalAtas ? { diketahui: 'Z5-total-atas', lain: [{ rule: 'jumlah', r: rTotal, k }], wajib: true } : {};
  // Z3: a hard-coded number among formulas is reported twice at its cell (the value rule and rumus)
  const z3 = (k: string): Partial<Plant> => ({ diketahui: 'Z3-rumus-ganda', lainSel: k, wajib: true });
  const induk = semua.filter((s) => s.anak.length > 0);
  const tanpaSisa = !o.sisa;
  const KOSONG = (): Timpa => ({ nilai: new Map(), kurang: new Map(), konstan: new Map(), pct: new Map() });
  const dUang = (v: number, delta: number) => Math.max(1000, Math.round((v * delta) / 1000));
  if (tanpaSisa) {
    for (const s of induk) {
      if (!pakaiRumus) {
        plants.push({
          jenis: 'induk',
          ...z5('pagu'),
          apa: `parent ${s.nama} pagu not the sum of its children`,
          rule: 'jumlah',
          pasang: (t) => {
            t.nilai.set(`${s.r}|pagu`, s.pagu + dUang(s.pagu, tanam!.delta));
            return { r: s.r, k: 'pagu' };
          },
        });
        if (s.real > 0)
          plants.push({
            jenis: 'induk',
            ...z5('real'),
            apa: `parent ${s.nama} realisasi not the sum of its children`,
            rule: 'jumlah',
            pasang: (t) => {
              t.nilai.set(`${s.r}|real`, Math.max(0, s.real - dUang(s.real, tanam!.delta)));
              return { r: s.r, k: 'real' };
            },
          });
      } else {
        // with the formulas the only sign of the hierarchy, leaving out the last child is ambiguous (a row after
        // the children could be the next top-level row): only a child before another named one is left out
        const rumusSaja = [...sinyal].every((x) => x === 'rumus');
        const nPilih = rumusSaja ? s.anak.length - 1 : s.anak.length;
        // left out in the realisasi column (a pagu left out could make the realisasi exceed it)
        const bisa = s.anak.slice(0, nPilih).filter((a) => a.real > 0);
        if (s.anak.length >= 2 && bisa.length)
          plants.push({
            jenis: 'induk',
            ...(rumusSaja
              ? {
                  diketahui: 'Z4-rumus-saja',
                  lain: adaTotal ? [{ rule: 'jumlah' as const, r: rTotal, k: 'real' }] : [],
                }
              : {}),
            apa: `parent ${s.nama}: its SUM leaves out a child`,
            rule: 'jumlah',
            pasang: (t) => {
              t.kurang.set(`${s.r}|real`, bisa[tanam!.delta % bisa.length].r);
              return { r: s.r, k: 'real' };
            },
          });
        plants.push({
          jenis: 'induk',
          apa: `parent ${s.nama}: a hard-coded number among formulas, different from the sum`,
          rule: 'jumlah',
          alt: ['rumus'],
          pasang: (t) => {
            t.konstan.set(`${s.r}|pagu`, s.pagu + dUang(s.pagu, tanam!.delta));
            return { r: s.r, k: 'pagu' };
          },
        });
      }
    }
    if (adaTotal && (akar.length >= 2 || induk.length > 0 || datar)) {
      if (!pakaiRumus)
        plants.push({
          jenis: 'total',
          ...(totalAtas && !o.labelTotal ? { diketahui: 'Z10-total-atas-tanpa-label' } : {}),
          apa: 'wrong total',
          rule: 'jumlah',
          pasang: (t) => {
            t.nilai.set(`${rTotal}|pagu`, akar.reduce((a, b) => a + b.pagu, 0) + dUang(akar[0].pagu, tanam!.delta));
            return { r: rTotal, k: 'pagu' };
          },
        });
      else if (akar.filter((a) => a.real > 0).length >= 1 && akar.length >= 2)
        plants.push({
          jenis: 'total',
          ...(totalAtas && !o.labelTotal ? { diketahui: 'Z10-total-atas-tanpa-label' } : {}),
          apa: 'total formula leaves out a row',
          rule: 'jumlah',
          pasang: (t) => {
            const bisa = akar.filter((a) => a.real > 0);
            t.kurang.set(`${rTotal}|real`, bisa[tanam!.delta % bisa.length].r);
            return { r: rTotal, k: 'real' };
          },
        });
    }
  }
  if (o.pct) {
    const baris = [...semua.map((s) => s.r), ...(adaTotal ? [rTotal] : [])];
    for (const rr of baris)
      plants.push({
        jenis: 'penyerapan',
        apa: rumusPct === 'nilai' ? 'wrong penyerapan' : 'penyerapan: a hard-coded number among formulas',
        rule: 'penyerapan',
        alt: rumusPct === 'nilai' ? undefined : ['rumus'],
        ...(rumusPct === 'nilai' ? {} : z3('pct')),
        pasang: (t) => {
          t.pct.set(rr, '');
          return { r: rr, k: 'pct' };
        },
      });
  }
  if (o.sisa) {
    for (const s of semua)
      plants.push({
        jenis: 'sisa',
        // a wrong sisa also makes every sum above it disagree (Z2)
        diketahui:
          [
            adaTotal || s.induk || s.anak.length ? 'Z2-sisa-di-jumlah' : '',
            rumusSisa === 'rumus' ? 'Z3-rumus-ganda' : '',
          ]
            .filter(Boolean)
            .join(', ') || undefined,
        lain: [s.r, ...leluhur(s).map((x) => x.r), ...(adaTotal ? [rTotal] : [])].map((r) => ({
          rule: 'jumlah' as const,
          r,
          k: 'sisa',
        })),
        lainSel: rumusSisa === 'rumus' ? 'sisa' : undefined,
        wajib: true,
        apa: rumusSisa === 'nilai' ? 'wrong sisa' : 'sisa: a hard-coded number among formulas',
        rule: 'sisa',
        alt: rumusSisa === 'nilai' ? undefined : ['rumus'],
        pasang: (t) => {
          t.konstan.set(`${s.r}|sisa`, s.pagu - s.real + dUang(s.pagu, tanam!.delta));
          return { r: s.r, k: 'sisa' };
        },
      });
  }
  const timpa = KOSONG();
  let ditanam: { r: number; k: string; plant: Plant } | null = null;
  if (tanam && plants.length) {
    const jenis = [...new Set(plants.map((x) => x.jenis))];
    const dariJenis = plants.filter((x) => x.jenis === jenis[tanam.pilih % jenis.length]);
    const pl = dariJenis[Math.floor(tanam.pilih / jenis.length) % dariJenis.length];
    ditanam = { ...pl.pasang(timpa), plant: pl };
  }

  // --- stated values, bottom-up, as Excel would compute them (formulas) or a person typed them (values)
  const tulis = new Map<string, number>();
  const formula = new Map<string, string>();
  const nilaiDari = (s: Simpul, k: 'pagu' | 'real'): number => {
    const kunci = `${s.r}|${k}`;
    if (tulis.has(kunci)) return tulis.get(kunci)!;
    let v: number;
    if (s.anak.length === 0) v = s[k];
    else if (pakaiRumus) {
      const kurang = timpa.kurang.get(kunci);
      const anak = s.anak.filter((a) => a.r !== kurang);
      v = anak.reduce((a, b) => a + nilaiDari(b, k), 0);
      formula.set(
        kunci,
        rumusJumlah(
          anak.map((a) => a.r),
          s.anak.length,
          K(k),
          o.rumusInduk,
        ),
      );
      if (timpa.konstan.has(kunci)) {
        v = timpa.konstan.get(kunci)!;
        formula.delete(kunci);
      }
    } else v = timpa.nilai.get(kunci) ?? s[k];
    tulis.set(kunci, v);
    return v;
  };
  for (const s of semua) {
    nilaiDari(s, 'pagu');
    nilaiDari(s, 'real');
  }
  if (adaTotal)
    for (const k of ['pagu', 'real'] as const) {
      const kunci = `${rTotal}|${k}`;
      if (pakaiRumus) {
        const kurang = timpa.kurang.get(kunci);
        const baris = akar.filter((a) => a.r !== kurang);
        tulis.set(
          kunci,
          baris.reduce((a, b) => a + tulis.get(`${b.r}|${k}`)!, 0),
        );
        formula.set(
          kunci,
          rumusJumlah(
            baris.map((a) => a.r),
            akar.length,
            K(k),
            datar ? 'sum-rentang' : o.rumusInduk,
          ),
        );
      } else tulis.set(kunci, timpa.nilai.get(kunci) ?? akar.reduce((a, b) => a + b[k], 0));
    }

  // --- cells
  const gaya = (s: Simpul | null): Partial<ZSel> => {
    if (!s || datar) return {};
    const g: Partial<ZSel> = {};
    const punyaAnak = s.anak.length > 0;
    if (sinyal.has('warna') && punyaAnak) g.isi = WARNA_LEVEL[s.level];
    if (sinyal.has('format')) {
      const f = jenisFormat;
      const dalam = o.kedalaman - 1 - s.level; // 0 = leaf level
      if ((f === 'tebal' || f === 'caps-tebal') && dalam > 0) g.tebal = true;
      if (f === 'indent' && s.level > 0) g.indent = s.level;
    }
    return g;
  };
  const namaTampil = (s: Simpul): string => {
    let n = s.nama;
    if (sinyal.has('format') && !datar) {
      const f = jenisFormat;
      if ((f === 'caps' || f === 'caps-tebal') && s.level === 0) n = n.toUpperCase();
      if (f === 'spasi') n = '   '.repeat(s.level) + n;
    }
    return n;
  };
  let urutNo = 0;
  const taruhBaris = (rr: number, s: Simpul | null) => {
    const g = gaya(s);
    const gBaris =
      o.formatBaris || o.warnaBaris
        ? { tebal: o.formatBaris ? g.tebal : undefined, isi: o.warnaBaris ? g.isi : undefined }
        : {};
    const put = (k: string, x: ZSel | null) => {
      if (!kol.has(k) || !x) return;
      papan.taruh(rr, K(k), { ...gBaris, ...x });
    };
    if (s) {
      urutNo++;
      if (adaNomor) put('no', sinyal.has('nomor') ? { v: s.nomor } : { v: urutNo });
      const tanpaKode = o.kodeKosong && s.anak.length === 0 && !datar && s.ke % 3 === 2;
      if (!tanpaKode) put('kode', { v: s.kode });
      if (adaSipd) {
        put('kUrusan', { v: bidang });
        put('kOrganisasi', { v: `${bidang}.0.00.0.00.01.0000` });
        if (!tanpaKode) put('kProgram', { v: s.kode });
      }
      put('uraian', { v: namaTampil(s), ...g });
      if (o.indikator)
        put('indikator', {
          v: `Persentase ${topik(p.urut, semua.indexOf(s) + 7).toLowerCase()} yang terlaksana`,
          tebal: (semua.indexOf(s) + p.urut[2]) % 3 === 0 || undefined,
        });
      if (o.keterangan && s.anak.length === 0 && s.ke % 2 === 1)
        put('ket', { v: ['Sesuai rencana', 'Gagal lelang', 'Efisiensi', 'Selesai'][s.ke % 4] });
    } else {
      const lbl = o.labelTotal;
      const kolLabel = ['no', 'kode', 'kUrusan', 'uraian'].filter((k) => kol.has(k));
      if (lbl) {
        const c = o.gabungTotal ? Math.min(...kolLabel.map(K)) : K('uraian');
        papan.taruh(rr, c, { v: lbl, tebal: true });
        if (o.gabungTotal && c < K('uraian')) papan.gabungkan(rr, c, rr, K('uraian'));
      }
    }
    const pagu = tulis.get(`${rr}|pagu`)!;
    const real = tulis.get(`${rr}|real`)!;
    const fP = formula.get(`${rr}|pagu`);
    const fR = formula.get(`${rr}|real`);
    const tbl = s === null ? { tebal: true } : {};
    put('pagu', { ...selUang(pagu, bentukPagu), ...(fP ? { f: fP } : {}), ...tbl });
    put('real', { ...selUang(real, bentukReal, o.stripNol), ...(fR ? { f: fR } : {}), ...tbl });
    if (o.pct) {
      const cara = p.cara[rr % p.cara.length];
      const benar = bagiTeks(BigInt(real) * 100n, BigInt(pagu), d, cara);
      const salah = timpa.pct.has(rr)
        ? (Number(bagiTeks(BigInt(real) * 100n, BigInt(pagu), d, 'potong')) + tanam!.delta).toFixed(d)
        : null;
      const rp = ref(rr, 'real');
      const pp = ref(rr, 'pagu');
      if (rumusPct === 'nilai') put('pct', selPersen(salah ?? benar, d, bentukPct));
      else if (salah !== null)
        put('pct', rumusPct === 'rumus-pecahan' ? { v: Number(salah) / 100, fmt: '0.00%' } : { v: Number(salah) });
      else if (rumusPct === 'rumus')
        put('pct', { v: (real / pagu) * 100, f: `${rp}/${pp}*100`, pola: 'pct', fmt: '0.00' });
      else if (rumusPct === 'rumus-round')
        put('pct', {
          v: bagi(BigInt(real) * 100n, BigInt(pagu), 2, 'bulat'),
          f: `ROUND(${rp}/${pp}*100,2)`,
          pola: 'pct',
        });
      else put('pct', { v: real / pagu, f: `${rp}/${pp}`, pola: 'pct', fmt: '0.00%' });
    }
    if (o.sisa) {
      const kunci = `${rr}|sisa`;
      const sisa = timpa.konstan.get(kunci) ?? pagu - real;
      if (rumusSisa === 'rumus' && !timpa.konstan.has(kunci))
        put('sisa', { v: sisa, f: `${ref(rr, 'pagu')}-${ref(rr, 'real')}`, pola: 'sisa', fmt: '#,##0' });
      else put('sisa', selUang(sisa, rumusSisa === 'rumus' ? 'fmt-ribuan' : o.bentukSisa, o.stripNol));
      // "% SISA": the remainder against the pagu, never summed
      if (o.persenSisa) {
        if (rumusSisa === 'rumus')
          put('psisa', {
            v: (sisa / pagu) * 100,
            f: `${ref(rr, 'sisa')}/${ref(rr, 'pagu')}*100`,
            pola: 'psisa',
            fmt: '0.00',
          });
        else
          put('psisa', { v: Number(bagiTeks(BigInt(sisa) * 100n, BigInt(pagu), 2, p.cara[(rr + 1) % p.cara.length])) });
      }
    }
  };
  if (adaTotal && totalAtas) taruhBaris(rTotal, null);
  for (const s of semua) taruhBaris(s.r, s);
  if (adaTotal && !totalAtas) taruhBaris(rTotal, null);

  const adaHitungan = !datar || adaTotal || o.pct || o.sisa;
  // known engine failures (see /work/zoo-laporan.md): these cases are held to the safe behaviour only
  const diketahui: string[] = [];
  if (spek.some((x) => /alokasi/i.test(x.judul))) diketahui.push('Z1-alokasi');
  if (ditanam?.plant.diketahui) diketahui.push(...ditanam.plant.diketahui.split(', '));
  const bolehLain: string[] = [];
  const diTotal = () => {
    if (adaTotal)
      for (const k of ['pagu', 'real', 'sisa']) if (kol.has(k)) bolehLain.push(`jumlah ${o.lembar}!${ref(rTotal, k)}`);
  };
  // Z6: every parent has a single child
  if (!datar && induk.filter((x) => x.anak.length >= 2).length <= 1) {
    diketahui.push('Z6-induk-tunggal');
    diTotal();
    for (const x of induk) for (const k of ['pagu', 'real']) bolehLain.push(`jumlah ${o.lembar}!${ref(x.r, k)}`);
  }
  // Z8: "Anggaran" under a REALISASI group with a unit row is read as realisasi
  if (dua && o.satuan && /realisasi/i.test(o.grup) && kk.paguGrup === 'Anggaran') diketahui.push('Z8-realisasi-grup');
  // Z9: three levels by CAPS + bold / bold / plain
  const diIndukDulu = () => {
    for (const x of induk)
      for (const k of ['pagu', 'real', 'sisa']) if (kol.has(k)) bolehLain.push(`jumlah ${o.lembar}!${ref(x.r, k)}`);
  };
  if (o.kedalaman >= 3 && [...sinyal].every((x) => x === 'format') && jenisFormat === 'caps-tebal') {
    diketahui.push('Z9-tebal-huruf-besar');
    diTotal();
    diIndukDulu();
  }
  // Z11: every figure dotted Indonesian text without decimals
  if (bentukPagu === 'teks-id' || (bentukReal === 'teks-id' && bentukPagu.startsWith('teks'))) {
    diketahui.push('Z11-teks-bertitik');
    diTotal();
    for (const x of induk) for (const k of ['pagu', 'real']) bolehLain.push(`jumlah ${o.lembar}!${ref(x.r, k)}`);
  }
  // Z19: bold on two of three levels wins over numbering and formulas once a parent is wrong
  if (
    o.kedalaman >= 3 &&
    sinyal.has('format') &&
    (jenisFormat === 'tebal' || jenisFormat === 'caps-tebal') &&
    !diketahui.includes('Z9-tebal-huruf-besar')
  ) {
    diketahui.push('Z19-tebal-menang');
    diTotal();
    diIndukDulu();
  }
  // Z31: four levels numbered I / 1 / a / 1)
  if (o.kedalaman === 4 && sinyal.has('nomor') && (o.jenisNomor === 'romawi' || o.jenisNomor === 'huruf')) {
    diketahui.push('Z31-nomor-empat');
    diTotal();
    diIndukDulu();
  }
  // Z30: the ancestors of a wrong parent are flagged too
  if (ditanam && ditanam.plant.jenis === 'induk') {
    const s0 = semua.find((x) => x.r === ditanam.r);
    const atas = s0 ? leluhur(s0) : [];
    if (atas.length) {
      diketahui.push('Z30-kakek');
      for (const x of atas) bolehLain.push(`jumlah ${o.lembar}!${ref(x.r, ditanam.k)}`);
    }
  }
  const diInduk = () => {
    for (const x of induk)
      for (const k of ['pagu', 'real', 'sisa']) if (kol.has(k)) bolehLain.push(`jumlah ${o.lembar}!${ref(x.r, k)}`);
  };
  // Z28: a detail row without a kode is made a top-level row
  if (
    o.kodeKosong &&
    (sinyal.has('kode') || sinyal.has('sipd')) &&
    semua.some((x) => !datar && x.anak.length === 0 && x.ke % 3 === 2)
  ) {
    diketahui.push('Z28-baris-tanpa-kode');
    diTotal();
    diInduk();
  }
  // Z29: numbering I / 1 / a with bare letters
  if (sinyal.has('nomor') && o.jenisNomor === 'romawi' && o.kedalaman >= 3) {
    diketahui.push('Z29-romawi-tunggal');
    diTotal();
    diInduk();
  }
  // Z7: ALL CAPS (not bold) the only sign of the levels
  if (!datar && [...sinyal].every((x) => x === 'format') && jenisFormat === 'caps') {
    diketahui.push('Z7-huruf-besar');
    diTotal();
  }
  const kasus: Kasus = {
    varian: { ...o, sinyal: [...sinyal], jenisFormat, kataKunci: undefined, judul: o.judul.length },
    lembar: [papan.lembar(o.lembar, o.bersama)],
    tabelHitung: adaHitungan ? 1 : 0,
    ...(diketahui.length ? { diketahui } : {}),
    ...(bolehLain.length ? { bolehLain } : {}),
  };
  if (ditanam)
    kasus.tanam = {
      sheet: o.lembar,
      cell: ref(ditanam.r, ditanam.k),
      rule: ditanam.plant.rule,
      apa: ditanam.plant.apa,
      ...(ditanam.plant.alt ? { alt: ditanam.plant.alt } : {}),
      ...(ditanam.plant.lain || ditanam.plant.lainSel
        ? {
            bolehLain: [
              ...(ditanam.plant.lain ?? []).map((x) => `${x.rule} ${o.lembar}!${ref(x.r, x.k)}`),
              ...(ditanam.plant.lainSel ? [`rumus ${o.lembar}!${ref(ditanam.r, ditanam.k)}`] : []),
            ],
          }
        : {}),
      ...(ditanam.plant.wajib ? { wajib: true } : {}),
    };
  return cetak(kasus);
}

function leluhur(s: Simpul): Simpul[] {
  const out: Simpul[] = [];
  for (let x = s.induk; x; x = x.induk) out.push(x);
  return out;
}

/** A parent's formula over the rows it adds, as people write it. */
function rumusJumlah(baris: number[], nAnak: number, c: number, gaya: string): string {
  const ref = (r: number) => a1(r, c);
  const urut = baris.every((r, i) => i === 0 || r === baris[i - 1] + 1);
  if (baris.length === 0) return '0';
  if (gaya === 'sum-rentang' && urut)
    return baris.length === 1 ? `SUM(${ref(baris[0])})` : `SUM(${ref(baris[0])}:${ref(baris[baris.length - 1])})`;
  if (gaya === 'plus') return baris.map(ref).join('+');
  void nAnak;
  return `SUM(${baris.map(ref).join('+')})`;
}
