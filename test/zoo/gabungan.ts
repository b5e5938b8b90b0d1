/**
 * Tables that mix kinds, in the zoo's layouts:
 *  - combined tables: indikator | target | realisasi | capaian beside program/kegiatan | pagu | realisasi | %,
 *    the indicator written once on the first row of its group (blank or merged below), the program named on
 *    every row, counts of 100 000 or more beside the money, an optional JUMLAH of the money;
 *  - separate PROGRAM and KEGIATAN columns, the program named only on its first kegiatan row (or on a
 *    subtotal row of its own);
 *  - an evaluation table whose total is "Nilai Akuntabilitas Kinerja";
 *  - efisiensi tables (capaian − penyerapan, or their ratio), KINERJA / ANGGARAN groups.
 */
import fc from 'fast-check';
import {
  a1,
  bagiTeks,
  BENTUK_UANG_ANGKA,
  CaraBulat,
  cetak,
  Kasus,
  pilihSpot,
  selPersen,
  selUang,
  Spot,
  ZSel,
} from './inti';
import { arbPosisi, arbUrutTopik, KolSpec, Papan, pasangHeader, topik } from './tata';

export interface PilihTanam {
  pilih: number;
  delta: number;
}

const arbUang = fc.integer({ min: 5_000_000, max: 2_000_000_000 });
const arbPermil = fc.integer({ min: 200, max: 1000 });
const arbCara = fc.array(fc.constantFrom<CaraBulat>('bulat', 'potong'), { minLength: 5, maxLength: 5 });

function pct(real: number, pagu: number, d: number, cara: CaraBulat): string {
  return bagiTeks(BigInt(real) * 100n, BigInt(pagu), d, cara);
}

function tambah(x: string, dd: number, d: number): string {
  return (Number(x) + dd).toFixed(d);
}

function jadiKasus(
  nama: string,
  papan: Papan,
  varian: Record<string, unknown>,
  spot: Spot | null,
  extra: Partial<Kasus> = {},
): Kasus {
  const k: Kasus = { varian, lembar: [papan.lembar(nama, true)], tabelHitung: 1, ...extra };
  if (spot)
    k.tanam = {
      sheet: nama,
      cell: a1(spot.r, spot.c),
      rule: spot.rule,
      apa: spot.apa,
      ...(spot.alt ? { alt: spot.alt } : {}),
    };
  return cetak(k);
}

// ------------------------------------------------------------------ combined tables

const IND_GAB = [
  { nama: 'Persentase PPKS yang mendapat pelayanan', satuan: '%', besar: false },
  { nama: 'Jumlah penerima bantuan pangan', satuan: 'Orang', besar: true },
  { nama: 'Indeks Kepuasan Masyarakat', satuan: 'Indeks', besar: false },
  { nama: 'Jumlah keluarga penerima manfaat yang terlayani', satuan: 'KK', besar: true },
  { nama: 'Persentase desa tangguh bencana', satuan: '%', besar: false },
];

export const arbGabungan = fc.record({
  grup: fc.array(
    fc.record({
      t: fc.integer({ min: 50, max: 100 }),
      rasio: fc.integer({ min: 600, max: 1300 }),
      besar: fc.integer({ min: 100_000, max: 900_000 }),
      program: fc.array(fc.record({ pagu: arbUang, permil: arbPermil }), { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  programDulu: fc.boolean(),
  gabungInd: fc.boolean(),
  jumlah: fc.boolean(),
  dua: fc.boolean(),
  satuan: fc.boolean(),
  bentukUang: fc.constantFrom(...BENTUK_UANG_ANGKA),
  cara: arbCara,
  urut: arbUrutTopik,
  posisi: arbPosisi,
});

export function bangunGabungan(o: GabunganOpsi, tanam?: PilihTanam): Kasus {
  const spek: KolSpec[] = [{ kunci: 'no', judul: 'No' }];
  const kin = [
    { kunci: 'ind', judul: 'Indikator Kinerja' },
    ...(o.satuan ? [{ kunci: 'sat', judul: 'Satuan' }] : []),
    { kunci: 'tg', judul: 'Target', grup: o.dua ? 'KINERJA' : undefined },
    { kunci: 're', judul: 'Realisasi', grup: o.dua ? 'KINERJA' : undefined },
    { kunci: 'cap', judul: o.dua ? 'Capaian (%)' : 'Capaian Kinerja (%)', grup: o.dua ? 'KINERJA' : undefined },
  ];
  const ang = [
    { kunci: 'prog', judul: 'Program/Kegiatan' },
    { kunci: 'pagu', judul: o.dua ? 'Pagu' : 'Pagu (Rp)', grup: o.dua ? 'ANGGARAN' : undefined },
    { kunci: 'real', judul: o.dua ? 'Realisasi' : 'Realisasi Anggaran (Rp)', grup: o.dua ? 'ANGGARAN' : undefined },
    { kunci: 'pct', judul: o.dua ? '%' : '% Penyerapan', grup: o.dua ? 'ANGGARAN' : undefined },
  ];
  spek.push(...(o.programDulu ? [...ang, ...kin] : [...kin, ...ang]));
  const papan = new Papan();
  const tata = pasangHeader(papan, {
    judul: ['Tabel 3.12 Capaian Kinerja dan Realisasi Anggaran'],
    kolom: spek,
    r0: o.posisi.r0,
    c0: o.posisi.c0,
    adaSatuan: false,
    adaNomor: false,
    tebalHeader: true,
    gabungLabel: true,
  });
  const K = (k: string) => tata.kol.get(k)!;
  const spots: Spot[] = [];
  const d = 2;
  let r = tata.rIsi;
  let nProg = 0;
  let tp = 0;
  let tr = 0;
  const rows: { r: number; cells: Record<string, ZSel> }[] = [];
  o.grup.forEach((g, gi) => {
    const ind = IND_GAB[gi % IND_GAB.length];
    const T = ind.besar ? g.besar : g.t;
    const R = Math.round((T * g.rasio) / 1000);
    const cap = bagiTeks(BigInt(R) * 100n, BigInt(T), d, o.cara[gi % 5]);
    const r0 = r;
    g.program.forEach((p, pi) => {
      const real = Math.floor((p.pagu * p.permil) / 1000);
      tp += p.pagu;
      tr += real;
      const cells: Record<string, ZSel> = {
        // programs side by side under one indicator (a "Kegiatan" below a "Program" would be its child by name)
        prog: { v: `Program ${topik(o.urut, nProg++)}` },
        pagu: selUang(p.pagu, o.bentukUang),
        real: selUang(real, o.bentukUang),
        pct: { v: Number(pct(real, p.pagu, d, o.cara[(pi + 2) % 5])) },
      };
      spots.push({ jenis: 'penyerapan', rule: 'penyerapan', apa: 'wrong penyerapan', r, c: K('pct') });
      void pi;
      if (pi === 0) {
        cells.no = { v: gi + 1 };
        cells.ind = { v: ind.nama };
        if (o.satuan) cells.sat = { v: ind.satuan };
        cells.tg = { v: T };
        cells.re = { v: R };
        cells.cap = { v: Number(cap) };
        spots.push({ jenis: 'capaian', rule: 'capaian', apa: `wrong capaian of ${ind.nama}`, r, c: K('cap') });
      }
      rows.push({ r, cells });
      r++;
    });
    if (o.gabungInd && r - 1 > r0)
      for (const k of ['no', 'ind', ...(o.satuan ? ['sat'] : []), 'tg', 're', 'cap'])
        papan.gabungkan(r0, K(k), r - 1, K(k));
  });
  if (o.jumlah) {
    rows.push({
      r,
      cells: {
        prog: { v: 'JUMLAH', tebal: true },
        pagu: selUang(tp, o.bentukUang),
        real: selUang(tr, o.bentukUang),
        pct: { v: Number(pct(tr, tp, d, 'bulat')) },
      },
    });
    if (nProg >= 2) spots.push({ jenis: 'jumlah', rule: 'jumlah', apa: 'wrong JUMLAH', r, c: K('pagu') });
  }
  const spot = tanam ? pilihSpot(spots, tanam.pilih) : null;
  // Z26: the first row of a group (the one naming the indicator) is read as the parent of the group's other rows
  // when its figure equals their sum
  const bolehLain: string[] = [];
  {
    let i = 0;
    for (const g of o.grup) {
      const n = g.program.length;
      const grupRows = rows.slice(i, i + n);
      i += n;
      if (n < 2) continue;
      const uang = (x: { cells: Record<string, ZSel> }, k: string) => x.cells[k].v as number;
      const sama = (k: string) => uang(grupRows[0], k) === grupRows.slice(1).reduce((a, x) => a + uang(x, k), 0);
      if (sama('pagu') || sama('real'))
        for (const k of ['pagu', 'real', 'pct']) bolehLain.push(`jumlah Gabungan!${a1(grupRows[0].r, K(k))}`);
    }
  }
  for (const row of rows)
    for (const [k, s] of Object.entries(row.cells)) {
      let x = s;
      if (spot && spot.r === row.r && spot.c === K(k)) {
        if (k === 'pagu') x = selUang((s.v as number) + 1_000_000 * tanam!.delta, o.bentukUang);
        else x = { v: Number(tambah(String(s.v), tanam!.delta, d)) };
        // the % of a wrong JUMLAH follows it
        if (k === 'pagu')
          papan.taruh(row.r, K('pct'), { v: Number(pct(tr, tp + 1_000_000 * tanam!.delta, d, 'bulat')) });
      }
      if (!(spot && k === 'pct' && spot.c === K('pagu') && spot.r === row.r)) papan.taruh(row.r, K(k), x);
    }
  return jadiKasus(
    'Gabungan',
    papan,
    { ...o, grup: o.grup.map((g) => g.program.length), urut: undefined, cara: undefined },
    spot,
    {
      ...(bolehLain.length ? { diketahui: ['Z26-program-kolom'], bolehLain } : {}),
    },
  );
}

type GabunganOpsi = typeof arbGabungan extends fc.Arbitrary<infer U> ? U : never;

// ------------------------------------------------------------------ PROGRAM | KEGIATAN columns

export const arbProgKeg = fc.record({
  program: fc.array(fc.array(fc.record({ pagu: arbUang, permil: arbPermil }), { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 4,
  }),
  subtotal: fc.boolean(),
  gabung: fc.boolean(),
  pct: fc.boolean(),
  total: fc.constantFrom('JUMLAH', 'TOTAL', 'Jumlah Seluruh Program', 'Total Belanja Daerah'),
  caps: fc.boolean(),
  urut: arbUrutTopik,
  cara: arbCara,
  posisi: arbPosisi,
});

type ProgKegOpsi = typeof arbProgKeg extends fc.Arbitrary<infer U> ? U : never;

export function bangunProgKeg(o: ProgKegOpsi, tanam?: PilihTanam): Kasus {
  const spek: KolSpec[] = [
    { kunci: 'no', judul: 'No' },
    { kunci: 'prog', judul: o.caps ? 'PROGRAM' : 'Program' },
    { kunci: 'keg', judul: o.caps ? 'KEGIATAN' : 'Kegiatan' },
    { kunci: 'pagu', judul: 'Anggaran (Rp)' },
    { kunci: 'real', judul: 'Realisasi (Rp)' },
    ...(o.pct ? [{ kunci: 'pct', judul: '%' }] : []),
  ];
  const papan = new Papan();
  const tata = pasangHeader(papan, {
    judul: [],
    kolom: spek,
    r0: o.posisi.r0,
    c0: o.posisi.c0,
    adaSatuan: false,
    adaNomor: false,
    tebalHeader: false,
    gabungLabel: false,
  });
  const K = (k: string) => tata.kol.get(k)!;
  const spots: Spot[] = [];
  interface Row {
    r: number;
    prog?: string;
    keg?: string;
    pagu: number;
    real: number;
    total?: boolean;
  }
  const rows: Row[] = [];
  let r = tata.rIsi;
  let n = 0;
  let tp = 0;
  let tr = 0;
  o.program.forEach((keg, pi) => {
    const nama = `Program ${topik(o.urut, n++)}`;
    const pp = keg.reduce((a, x) => a + x.pagu, 0);
    const pr = keg.reduce((a, x) => a + Math.floor((x.pagu * x.permil) / 1000), 0);
    tp += pp;
    tr += pr;
    const r0 = r;
    if (o.subtotal) {
      rows.push({ r, prog: nama, pagu: pp, real: pr });
      if (keg.length >= 1)
        spots.push({
          jenis: 'induk',
          rule: 'jumlah',
          apa: `program ${nama} not the sum of its kegiatan`,
          r,
          c: K('pagu'),
        });
      r++;
    }
    keg.forEach((x, ki) => {
      rows.push({
        r,
        prog: !o.subtotal && ki === 0 ? nama : undefined,
        keg: `${['Penyediaan', 'Pengelolaan', 'Fasilitasi', 'Pembinaan'][ki % 4]} ${topik(o.urut, n++)}`,
        pagu: x.pagu,
        real: Math.floor((x.pagu * x.permil) / 1000),
      });
      r++;
    });
    if (!o.subtotal && o.gabung && r - 1 > r0) papan.gabungkan(r0, K('prog'), r - 1, K('prog'));
    void pi;
  });
  rows.push({ r, pagu: tp, real: tr, total: true });
  spots.push({ jenis: 'total', rule: 'jumlah', apa: 'wrong total', r, c: K('pagu') });
  if (o.pct)
    for (const x of rows) spots.push({ jenis: 'penyerapan', rule: 'penyerapan', apa: 'wrong %', r: x.r, c: K('pct') });
  const spot = tanam ? pilihSpot(spots, tanam.pilih) : null;
  let no = 0;
  for (const x of rows) {
    const salahPagu = spot && spot.r === x.r && spot.c === K('pagu') ? 1_000_000 * tanam!.delta : 0;
    const pagu = x.pagu + salahPagu;
    if (x.total) papan.taruh(x.r, K('prog'), { v: o.total, tebal: true });
    else {
      if (x.keg) papan.taruh(x.r, K('no'), { v: ++no });
      if (x.prog) papan.taruh(x.r, K('prog'), { v: o.caps && o.subtotal ? x.prog.toUpperCase() : x.prog });
      if (x.keg) papan.taruh(x.r, K('keg'), { v: x.keg });
    }
    papan.taruh(x.r, K('pagu'), { v: pagu, fmt: '#,##0' });
    papan.taruh(x.r, K('real'), { v: x.real, fmt: '#,##0' });
    if (o.pct) {
      let p = pct(x.real, pagu, 2, o.cara[x.r % 5]);
      if (spot && spot.r === x.r && spot.c === K('pct')) p = tambah(p, tanam!.delta, 2);
      papan.taruh(x.r, K('pct'), { v: Number(p) });
    }
  }
  // Z26: a program-named first row whose figure equals the sum of the group's other rows is read as their parent;
  // with a wrong JUMLAH, even without the coincidence
  const bolehLain: string[] = [];
  const jumlahSalah = spot?.jenis === 'total';
  if (!o.subtotal)
    for (let i = 0; i < rows.length; i++) {
      if (!rows[i].prog) continue;
      const grup: Row[] = [];
      for (let j = i + 1; j < rows.length && !rows[j].prog && !rows[j].total; j++) grup.push(rows[j]);
      const sama = (k: 'pagu' | 'real') => grup.length > 0 && rows[i][k] === grup.reduce((a, x) => a + x[k], 0);
      if (sama('pagu') || sama('real') || (jumlahSalah && grup.length > 0))
        for (const k of ['pagu', 'real', ...(o.pct ? ['pct'] : [])])
          bolehLain.push(`jumlah Program Kegiatan!${a1(rows[i].r, K(k))}`);
    }
  return jadiKasus(
    'Program Kegiatan',
    papan,
    { ...o, program: o.program.map((x) => x.length), urut: undefined, cara: undefined },
    spot,
    {
      ...(bolehLain.length ? { diketahui: ['Z26-program-kolom'], bolehLain } : {}),
    },
  );
}

// ------------------------------------------------------------------ Nilai Akuntabilitas Kinerja

const KOMPONEN = [
  ['Perencanaan Kinerja', 30],
  ['Pengukuran Kinerja', 30],
  ['Pelaporan Kinerja', 15],
  ['Evaluasi Akuntabilitas Kinerja Internal', 25],
] as const;

export const arbKomponen = fc.record({
  nilai: fc.array(fc.integer({ min: 40, max: 100 }), { minLength: 4, maxLength: 4 }),
  label: fc.constantFrom('Nilai Akuntabilitas Kinerja', 'NILAI AKUNTABILITAS KINERJA', 'Jumlah'),
  bobotPersen: fc.boolean(),
  predikat: fc.boolean(),
  posisi: arbPosisi,
});

type KomponenOpsi = typeof arbKomponen extends fc.Arbitrary<infer U> ? U : never;

export function bangunKomponen(o: KomponenOpsi, tanam?: PilihTanam): Kasus {
  const spek: KolSpec[] = [
    { kunci: 'no', judul: 'No' },
    { kunci: 'komp', judul: 'Komponen' },
    { kunci: 'bobot', judul: o.bobotPersen ? 'Bobot (%)' : 'Bobot' },
    { kunci: 'nilai', judul: 'Nilai' },
  ];
  const papan = new Papan();
  const tata = pasangHeader(papan, {
    judul: ['Hasil Evaluasi SAKIP Tahun 2024'],
    kolom: spek,
    r0: o.posisi.r0,
    c0: o.posisi.c0,
    adaSatuan: false,
    adaNomor: false,
    tebalHeader: true,
    gabungLabel: false,
  });
  const K = (k: string) => tata.kol.get(k)!;
  let r = tata.rIsi;
  let total = 0;
  KOMPONEN.forEach(([nama, bobot], i) => {
    // the score of a component is at most its weight, with two decimals
    const nilai = Math.round((bobot * o.nilai[i] * 100) / 100) / 100;
    total += Math.round(nilai * 100);
    papan.taruh(r, K('no'), { v: i + 1 });
    papan.taruh(r, K('komp'), { v: nama });
    papan.taruh(r, K('bobot'), { v: bobot });
    papan.taruh(r, K('nilai'), { v: nilai });
    r++;
  });
  const spot: Spot | null = tanam
    ? { jenis: 'total', rule: 'jumlah', apa: 'wrong Nilai Akuntabilitas Kinerja', r, c: K('nilai') }
    : null;
  papan.taruh(r, K('komp'), { v: o.label, tebal: true });
  papan.taruh(r, K('bobot'), { v: 100, tebal: true });
  papan.taruh(r, K('nilai'), { v: (total + (spot ? 100 * tanam!.delta : 0)) / 100, tebal: true });
  if (o.predikat) papan.taruh(r + 1, K('komp'), { v: `Predikat: ${total >= 8000 ? 'A' : total >= 7000 ? 'BB' : 'B'}` });
  // Z20: "Nilai Akuntabilitas Kinerja" is not read as a total
  const z20 = o.label !== 'Jumlah';
  return jadiKasus('Evaluasi', papan, { ...o }, spot, z20 ? { diketahui: ['Z20-nilai-akuntabilitas'] } : {});
}

// ------------------------------------------------------------------ efisiensi

export const arbEfisiensi = fc.record({
  baris: fc.array(
    fc.record({
      t: fc.integer({ min: 40, max: 100 }),
      rasio: fc.integer({ min: 600, max: 1300 }),
      pagu: arbUang,
      permil: arbPermil,
    }),
    { minLength: 2, maxLength: 6 },
  ),
  metode: fc.constantFrom('selisih', 'selisih', 'rasio'),
  dua: fc.boolean(),
  judulEf: fc.constantFrom('Tingkat Efisiensi', 'Efisiensi (%)', 'Efisiensi'),
  kategori: fc.boolean(),
  cara: arbCara,
  posisi: arbPosisi,
});

type EfisiensiOpsi = typeof arbEfisiensi extends fc.Arbitrary<infer U> ? U : never;

export function bangunEfisiensi(o: EfisiensiOpsi, tanam?: PilihTanam): Kasus {
  const dua = o.dua;
  const spek: KolSpec[] = [
    { kunci: 'no', judul: 'No' },
    { kunci: 'ind', judul: 'Indikator Kinerja' },
    { kunci: 'tg', judul: 'Target', grup: dua ? 'KINERJA' : undefined },
    { kunci: 're', judul: 'Realisasi', grup: dua ? 'KINERJA' : undefined },
    { kunci: 'cap', judul: dua ? 'Capaian' : 'Capaian Kinerja (%)', grup: dua ? 'KINERJA' : undefined },
    { kunci: 'pagu', judul: dua ? 'Pagu' : 'Anggaran (Rp)', grup: dua ? 'ANGGARAN' : undefined },
    { kunci: 'real', judul: dua ? 'Realisasi' : 'Realisasi Anggaran (Rp)', grup: dua ? 'ANGGARAN' : undefined },
    { kunci: 'pen', judul: dua ? 'Capaian' : 'Penyerapan (%)', grup: dua ? 'ANGGARAN' : undefined },
    { kunci: 'ef', judul: o.judulEf },
  ];
  const papan = new Papan();
  const tata = pasangHeader(papan, {
    judul: ['Tabel 3.8 Efisiensi Penggunaan Sumber Daya'],
    kolom: spek,
    r0: o.posisi.r0,
    c0: o.posisi.c0,
    adaSatuan: false,
    adaNomor: false,
    tebalHeader: true,
    gabungLabel: true,
  });
  const K = (k: string) => tata.kol.get(k)!;
  const spots: Spot[] = [];
  const rows = o.baris.map((x, i) => ({ ...x, r: tata.rIsi + i }));
  for (const x of rows) {
    spots.push({ jenis: 'efisiensi', rule: 'efisiensi', apa: 'wrong efisiensi', r: x.r, c: K('ef') });
    spots.push({ jenis: 'capaian', rule: 'capaian', apa: 'wrong capaian', r: x.r, c: K('cap') });
    spots.push({ jenis: 'penyerapan', rule: 'penyerapan', apa: 'wrong penyerapan', r: x.r, c: K('pen') });
  }
  const spot = tanam ? pilihSpot(spots, tanam.pilih) : null;
  // names of their own (the same indicator with other figures in another table is a lintas-tabel finding)
  const NAMA = [
    'Persentase LKS terakreditasi',
    'Persentase pilar sosial aktif',
    'Persentase keluarga berdaya ekonomi',
    'Indeks Kepuasan Layanan Rehabilitasi',
    'Persentase kelurahan tangguh bencana',
    'Nilai Reformasi Birokrasi',
  ];
  rows.forEach((x, i) => {
    const R = Math.round((x.t * x.rasio) / 1000);
    const real = Math.floor((x.pagu * x.permil) / 1000);
    let cap = bagiTeks(BigInt(R) * 100n, BigInt(x.t), 2, o.cara[i % 5]);
    let pen = pct(real, x.pagu, 2, o.cara[(i + 1) % 5]);
    const ini = (k: string) => spot && spot.r === x.r && spot.c === K(k);
    if (ini('cap')) cap = tambah(cap, tanam!.delta, 2);
    if (ini('pen')) pen = tambah(pen, tanam!.delta, 2);
    // efisiensi from the stated capaian and penyerapan, as reports compute it
    let ef =
      o.metode === 'selisih'
        ? (Math.round(Number(cap) * 100) - Math.round(Number(pen) * 100)) / 100
        : Number(
            bagiTeks(
              BigInt(Math.round(Number(cap) * 100)) * 100n,
              BigInt(Math.round(Number(pen) * 100)),
              2,
              o.cara[(i + 2) % 5],
            ),
          );
    if (ini('ef')) ef = Number(tambah(String(ef), tanam!.delta, 2));
    papan.taruh(x.r, K('no'), { v: i + 1 });
    papan.taruh(x.r, K('ind'), { v: NAMA[i % NAMA.length] });
    papan.taruh(x.r, K('tg'), { v: x.t });
    papan.taruh(x.r, K('re'), { v: R });
    papan.taruh(x.r, K('cap'), selPersen(cap, 2, 'angka'));
    papan.taruh(x.r, K('pagu'), { v: x.pagu, fmt: '#,##0' });
    papan.taruh(x.r, K('real'), { v: real, fmt: '#,##0' });
    papan.taruh(x.r, K('pen'), selPersen(pen, 2, 'angka'));
    papan.taruh(x.r, K('ef'), { v: ef });
  });
  return jadiKasus('Efisiensi', papan, { ...o, baris: o.baris.length, cara: undefined }, spot);
}
