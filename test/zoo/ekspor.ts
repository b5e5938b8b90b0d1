/**
 * Matrices and budget exports in the zoo's layouts:
 *  - matrices: accounts as rows (levels from a code in the name, "4.1.1. Pajak Daerah" / "4101. Pajak
 *    Daerah", or from leading spaces), one column per unit or region, optionally a Jumlah column; every
 *    column is checked;
 *  - column groups per jenis belanja under a two-level header (Belanja Operasi | Belanja Modal | Total, each
 *    Anggaran | Realisasi | %), rows in a kode hierarchy;
 *  - monthly columns (Januari … Desember) with a Jumlah column;
 *  - before / after perubahan with "Bertambah / (Berkurang)" and its percent (rule `perubahan`).
 */
import fc from 'fast-check';
import { a1, bagiTeks, CaraBulat, cetak, Kasus, pilihSpot, selUang, Spot, teksId, ZSel } from './inti';
import { arbPosisi, arbUrutTopik, KolSpec, Papan, pasangHeader, topik } from './tata';

export interface PilihTanam {
  pilih: number;
  delta: number;
}

const arbCara = fc.array(fc.constantFrom<CaraBulat>('bulat', 'potong'), { minLength: 5, maxLength: 5 });

function kasusDari(
  nama: string,
  papan: Papan,
  varian: Record<string, unknown>,
  spot: Spot | null,
  extra: Partial<Kasus> = {},
): Kasus {
  const k: Kasus = { varian, lembar: [papan.lembar(nama, true)], tabelHitung: 1, ...extra };
  if (spot) k.tanam = { sheet: nama, cell: a1(spot.r, spot.c), rule: spot.rule, apa: spot.apa };
  return cetak(k);
}

// ------------------------------------------------------------------ matrices

const AKUN: { nama: string; anak: { nama: string; anak: string[] }[] }[] = [
  {
    nama: 'Pendapatan Asli Daerah',
    anak: [
      {
        nama: 'Pajak Daerah',
        anak: ['Pajak Hotel', 'Pajak Restoran', 'Pajak Hiburan', 'Pajak Reklame', 'Pajak Parkir'],
      },
      { nama: 'Retribusi Daerah', anak: ['Retribusi Pelayanan Kesehatan', 'Retribusi Persampahan', 'Retribusi Pasar'] },
      { nama: 'Lain-lain PAD yang Sah', anak: ['Jasa Giro', 'Pendapatan Bunga Deposito'] },
    ],
  },
  {
    nama: 'Pendapatan Transfer',
    anak: [
      { nama: 'Dana Perimbangan', anak: ['Dana Alokasi Umum', 'Dana Alokasi Khusus Fisik', 'Dana Bagi Hasil Pajak'] },
      { nama: 'Dana Desa', anak: ['Dana Desa Tahap I', 'Dana Desa Tahap II'] },
    ],
  },
];
const WILAYAH = [
  'Kec. Sukamaju',
  'Kec. Mekarsari',
  'Kec. Cibodas',
  'Kec. Karangrejo',
  'Kec. Sidomulyo',
  'Kec. Tanjungsari',
];

export const arbMatriks = fc.record({
  kedalaman: fc.constantFrom(2, 3),
  pilihAkun: fc.array(fc.array(fc.nat(4), { minLength: 2, maxLength: 3 }), { minLength: 2, maxLength: 3 }),
  nWilayah: fc.integer({ min: 3, max: 6 }),
  nilai: fc.array(fc.integer({ min: 0, max: 900_000_000 }), { minLength: 200, maxLength: 200 }),
  level: fc.constantFrom('kode-titik', 'kode-angka', 'spasi', 'indent'),
  jumlahKolom: fc.boolean(),
  jumlahBaris: fc.boolean(),
  grupWilayah: fc.boolean(),
  posisi: arbPosisi,
});

type MatriksOpsi = typeof arbMatriks extends fc.Arbitrary<infer U> ? U : never;

interface Akun {
  nama: string;
  kode: string;
  level: number;
  anak: Akun[];
  v: number[];
  r: number;
}

export function bangunMatriks(o: MatriksOpsi, tanam?: PilihTanam): Kasus {
  const nW = o.nWilayah;
  let iv = 0;
  const nilai = () => Array.from({ length: nW }, () => o.nilai[iv++ % o.nilai.length]);
  // the account tree (two or three levels), values summed up
  const akar: Akun[] = AKUN.slice(0, 2).map((a, i) => {
    const kode1 = `4.${i + 1}`;
    const pilih = o.pilihAkun[i % o.pilihAkun.length];
    const anak = [...new Set(pilih.map((x) => x % a.anak.length))].map((j) => {
      const b = a.anak[j];
      const kode2 = `${kode1}.${j + 1}`;
      const cucu =
        o.kedalaman === 3
          ? b.anak.slice(0, 2 + (j % 2)).map((n, m) => ({
              nama: n,
              kode: `${kode2}.${String(m + 1).padStart(2, '0')}`,
              level: 2,
              anak: [],
              v: nilai(),
              r: -1,
            }))
          : [];
      return { nama: b.nama, kode: kode2, level: 1, anak: cucu, v: cucu.length ? [] : nilai(), r: -1 };
    });
    return { nama: a.nama, kode: kode1, level: 0, anak, v: [], r: -1 };
  });
  const jumlahkan = (a: Akun): number[] => {
    if (a.anak.length) a.v = a.anak.map(jumlahkan).reduce((s, x) => s.map((y, i) => y + x[i]), new Array(nW).fill(0));
    return a.v;
  };
  akar.forEach(jumlahkan);
  const semua: Akun[] = [];
  const jalan = (a: Akun) => {
    semua.push(a);
    a.anak.forEach(jalan);
  };
  akar.forEach(jalan);
  const kodeNama = (a: Akun) => {
    if (o.level === 'kode-titik') return `${a.kode}. ${a.nama}`;
    if (o.level === 'kode-angka') return `${a.kode.replace(/\./g, '')}. ${a.nama}`;
    if (o.level === 'spasi') return `${'    '.repeat(a.level)}${a.nama}`;
    return a.nama;
  };
  const spek: KolSpec[] = [{ kunci: 'uraian', judul: 'URAIAN' }];
  for (let w = 0; w < nW; w++)
    spek.push({ kunci: `w${w}`, judul: WILAYAH[w], grup: o.grupWilayah ? 'Kecamatan' : undefined });
  if (o.jumlahKolom) spek.push({ kunci: 'jml', judul: 'Jumlah' });
  const papan = new Papan();
  const tata = pasangHeader(papan, {
    judul: ['Realisasi Pendapatan per Kecamatan Tahun 2024'],
    kolom: spek,
    r0: o.posisi.r0,
    c0: o.posisi.c0,
    adaSatuan: false,
    adaNomor: false,
    tebalHeader: true,
    gabungLabel: true,
  });
  const K = (k: string) => tata.kol.get(k)!;
  let r = tata.rIsi;
  for (const a of semua) a.r = r++;
  const rTotal = o.jumlahBaris ? r : -1;
  const total = akar.map((a) => a.v).reduce((s, x) => s.map((y, i) => y + x[i]), new Array(nW).fill(0));
  const spots: Spot[] = [];
  // a wrong cell in a matrix with a Jumlah column is wrong in its row and in its column: planted only without one
  if (!o.jumlahKolom) {
    for (const a of semua.filter((x) => x.anak.length))
      for (let w = 0; w < nW; w++)
        spots.push({ jenis: 'induk', rule: 'jumlah', apa: `parent ${a.nama} in ${WILAYAH[w]}`, r: a.r, c: K(`w${w}`) });
    if (o.jumlahBaris)
      for (let w = 0; w < nW; w++)
        spots.push({ jenis: 'total', rule: 'jumlah', apa: `JUMLAH in ${WILAYAH[w]}`, r: rTotal, c: K(`w${w}`) });
  }
  const spot = tanam ? pilihSpot(spots, tanam.pilih) : null;
  const tulis = (rr: number, vs: number[]) => {
    vs.forEach((v, w) => {
      const salah = spot && spot.r === rr && spot.c === K(`w${w}`) ? 1000 * tanam!.delta : 0;
      papan.taruh(rr, K(`w${w}`), { v: v + salah, fmt: '#,##0' });
    });
    if (o.jumlahKolom) papan.taruh(rr, K('jml'), { v: vs.reduce((s, x) => s + x, 0), fmt: '#,##0' });
  };
  for (const a of semua) {
    papan.taruh(a.r, K('uraian'), { v: kodeNama(a), ...(o.level === 'indent' && a.level ? { indent: a.level } : {}) });
    tulis(a.r, a.v);
  }
  if (o.jumlahBaris) {
    papan.taruh(rTotal, K('uraian'), { v: 'JUMLAH', tebal: true });
    tulis(rTotal, total);
  }
  const nInduk = semua.filter((x) => x.anak.length).length;
  return kasusDari('Matriks', papan, { ...o, nilai: undefined, pilihAkun: undefined }, spot, {
    // every column checked: each parent in each region column
    minVerified: nInduk * nW,
    ...(o.grupWilayah ? { diketahui: ['Z21-matriks-grup'] } : {}),
  });
}

// ------------------------------------------------------------------ jenis belanja column groups

export const arbJenisBelanja = fc.record({
  program: fc.array(
    fc.array(
      fc.record({
        op: fc.integer({ min: 1_000_000, max: 900_000_000 }),
        mod: fc.oneof(fc.constant(0), fc.integer({ min: 1_000_000, max: 900_000_000 })),
        pOp: fc.integer({ min: 300, max: 1000 }),
        pMod: fc.integer({ min: 0, max: 1000 }),
      }),
      { minLength: 2, maxLength: 3 },
    ),
    { minLength: 1, maxLength: 3 },
  ),
  grupTotal: fc.boolean(),
  judulGrup: fc.constantFrom('Belanja Operasi|Belanja Modal', 'OPERASI|MODAL'),
  total: fc.boolean(),
  cara: arbCara,
  urut: arbUrutTopik,
  posisi: arbPosisi,
});

type JenisBelanjaOpsi = typeof arbJenisBelanja extends fc.Arbitrary<infer U> ? U : never;

export function bangunJenisBelanja(o: JenisBelanjaOpsi, tanam?: PilihTanam): Kasus {
  const [gOp, gMod] = o.judulGrup.split('|');
  const grup = [{ k: 'op', g: gOp }, { k: 'mod', g: gMod }, ...(o.grupTotal ? [{ k: 'tot', g: 'Total' }] : [])];
  const spek: KolSpec[] = [
    { kunci: 'kode', judul: 'Kode' },
    { kunci: 'uraian', judul: 'Program/Kegiatan' },
  ];
  for (const x of grup)
    spek.push(
      { kunci: `${x.k}A`, judul: 'Anggaran', grup: x.g },
      { kunci: `${x.k}R`, judul: 'Realisasi', grup: x.g },
      { kunci: `${x.k}P`, judul: '%', grup: x.g },
    );
  const papan = new Papan();
  const tata = pasangHeader(papan, {
    judul: ['Realisasi Belanja per Jenis Belanja'],
    kolom: spek,
    r0: o.posisi.r0,
    c0: o.posisi.c0,
    adaSatuan: false,
    adaNomor: false,
    tebalHeader: true,
    gabungLabel: true,
  });
  const K = (k: string) => tata.kol.get(k)!;
  interface Row {
    r: number;
    kode: string | null;
    nama: string;
    v: Record<string, number>;
  }
  const rows: Row[] = [];
  let r = tata.rIsi;
  let n = 0;
  const nol = () => ({ opA: 0, opR: 0, modA: 0, modR: 0 });
  const tot = nol();
  o.program.forEach((keg, pi) => {
    const p: Row = {
      r: r++,
      kode: `1.06.${String(pi + 1).padStart(2, '0')}`,
      nama: `Program ${topik(o.urut, n++)}`,
      v: nol(),
    };
    rows.push(p);
    keg.forEach((x, ki) => {
      const v = {
        opA: x.op,
        opR: Math.floor((x.op * x.pOp) / 1000),
        modA: x.mod,
        modR: Math.floor((x.mod * x.pMod) / 1000),
      };
      rows.push({
        r: r++,
        kode: `${p.kode}.2.${String(ki + 1).padStart(2, '0')}`,
        nama: `Kegiatan ${topik(o.urut, n++)}`,
        v,
      });
      for (const k of Object.keys(v) as (keyof typeof v)[]) {
        p.v[k] += v[k];
        tot[k] += v[k];
      }
    });
  });
  if (o.total) rows.push({ r: r++, kode: null, nama: 'JUMLAH', v: tot });
  const spots: Spot[] = [];
  for (const x of rows)
    for (const g of grup)
      if ((g.k === 'mod' ? x.v.modA : 1) > 0)
        spots.push({
          jenis: `penyerapan ${g.k}`,
          rule: 'penyerapan',
          apa: `wrong % under ${g.g}`,
          r: x.r,
          c: K(`${g.k}P`),
        });
  const spot = tanam ? pilihSpot(spots, tanam.pilih) : null;
  for (const x of rows) {
    if (x.kode) papan.taruh(x.r, K('kode'), { v: x.kode });
    papan.taruh(x.r, K('uraian'), { v: x.nama, tebal: !x.kode || undefined });
    const v = { ...x.v, totA: x.v.opA + x.v.modA, totR: x.v.opR + x.v.modR };
    for (const g of grup) {
      const A = v[`${g.k}A` as keyof typeof v];
      const R = v[`${g.k}R` as keyof typeof v];
      papan.taruh(x.r, K(`${g.k}A`), selUang(A, 'fmt-ribuan'));
      papan.taruh(x.r, K(`${g.k}R`), selUang(R, 'fmt-ribuan'));
      if (A > 0) {
        let p = bagiTeks(BigInt(R) * 100n, BigInt(A), 2, o.cara[(x.r + g.k.length) % 5]);
        if (spot && spot.r === x.r && spot.c === K(`${g.k}P`)) p = (Number(p) + tanam!.delta).toFixed(2);
        papan.taruh(x.r, K(`${g.k}P`), { v: Number(p) });
      } else papan.taruh(x.r, K(`${g.k}P`), { v: '-' });
    }
  }
  // Z22: a Modal % column with "-" rows whose parents happen to add up is summed
  const z22 = rows.some((x) => x.kode && x.v.modA === 0);
  const bolehLain = z22
    ? rows
        .filter((x) => !x.kode || x.kode.split('.').length === 3)
        .flatMap((x) => grup.map((g) => `jumlah Jenis Belanja!${a1(x.r, K(`${g.k}P`))}`))
    : [];
  return kasusDari(
    'Jenis Belanja',
    papan,
    { ...o, program: o.program.map((x) => x.length), urut: undefined, cara: undefined },
    spot,
    {
      ...(z22 ? { diketahui: ['Z22-persen-dijumlah'], bolehLain } : {}),
    },
  );
}

// ------------------------------------------------------------------ monthly columns

const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

export const arbBulanan = fc.record({
  baris: fc.array(
    fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 100_000, max: 90_000_000 })), { minLength: 12, maxLength: 12 }),
    {
      minLength: 2,
      maxLength: 6,
    },
  ),
  grup: fc.constantFrom('Realisasi Anggaran Bulan', 'Rencana Penarikan Dana', 'Realisasi Keuangan'),
  strip: fc.boolean(),
  total: fc.boolean(),
  urut: arbUrutTopik,
  posisi: arbPosisi,
});

type BulananOpsi = typeof arbBulanan extends fc.Arbitrary<infer U> ? U : never;

export function bangunBulanan(o: BulananOpsi, tanam?: PilihTanam): Kasus {
  const spek: KolSpec[] = [
    { kunci: 'no', judul: 'No' },
    { kunci: 'uraian', judul: 'Kegiatan' },
    ...BULAN.map((b, i) => ({ kunci: `b${i}`, judul: b, grup: o.grup })),
    { kunci: 'jml', judul: 'Jumlah' },
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
    gabungLabel: true,
  });
  const K = (k: string) => tata.kol.get(k)!;
  const rows = o.baris.map((v, i) => ({ r: tata.rIsi + i, v }));
  const spots: Spot[] = [];
  // a wrong row total with a JUMLAH row under it would be wrong twice: planted only without one
  if (!o.total)
    for (const x of rows) spots.push({ jenis: 'jumlah', rule: 'jumlah', apa: 'wrong row Jumlah', r: x.r, c: K('jml') });
  const spot = tanam ? pilihSpot(spots, tanam.pilih) : null;
  const tulis = (rr: number, v: number[], label: ZSel) => {
    papan.taruh(rr, K('uraian'), label);
    v.forEach((x, i) => papan.taruh(rr, K(`b${i}`), x === 0 && o.strip ? { v: '-' } : { v: x, fmt: '#,##0' }));
    const s = v.reduce((a, x) => a + x, 0) + (spot && spot.r === rr ? 1000 * tanam!.delta : 0);
    papan.taruh(rr, K('jml'), { v: s, fmt: '#,##0' });
  };
  rows.forEach((x, i) => {
    papan.taruh(x.r, K('no'), { v: i + 1 });
    tulis(x.r, x.v, { v: `${['Penyediaan', 'Pengelolaan', 'Fasilitasi'][i % 3]} ${topik(o.urut, i)}` });
  });
  if (o.total) {
    const t = BULAN.map((_, m) => rows.reduce((a, x) => a + x.v[m], 0));
    tulis(tata.rIsi + rows.length, t, { v: 'JUMLAH', tebal: true });
  }
  return kasusDari('Bulanan', papan, { ...o, baris: o.baris.length, urut: undefined }, spot, {
    ...(o.grup === 'Rencana Penarikan Dana' ? { diketahui: ['Z24-rencana-penarikan'] } : {}),
  });
}

// ------------------------------------------------------------------ perubahan

export const arbPerubahan = fc.record({
  baris: fc.array(
    fc.record({ murni: fc.integer({ min: 10_000_000, max: 900_000_000 }), ubah: fc.integer({ min: -300, max: 300 }) }),
    { minLength: 2, maxLength: 6 },
  ),
  dua: fc.boolean(),
  judulSelisih: fc.constantFrom('Bertambah / (Berkurang)', 'Bertambah/(Berkurang) (Rp)', 'Bertambah (Berkurang)'),
  judulPersen: fc.constantFrom('Bertambah / (Berkurang) (%)', '% Bertambah/(Berkurang)', '%', 'Persentase', 'grup'),
  negatif: fc.constantFrom('angka', 'kurung-fmt', 'teks-kurung', 'teks-minus'),
  persen: fc.boolean(),
  total: fc.boolean(),
  cara: arbCara,
  urut: arbUrutTopik,
  posisi: arbPosisi,
});

type PerubahanOpsi = typeof arbPerubahan extends fc.Arbitrary<infer U> ? U : never;

export function bangunPerubahan(o: PerubahanOpsi, tanam?: PilihTanam): Kasus {
  const g = o.dua ? 'Anggaran' : undefined;
  const spek: KolSpec[] = [
    { kunci: 'no', judul: 'No' },
    { kunci: 'uraian', judul: 'Uraian' },
    { kunci: 'murni', judul: o.dua ? 'Sebelum Perubahan' : 'Anggaran Sebelum Perubahan', grup: g },
    { kunci: 'ubah', judul: o.dua ? 'Setelah Perubahan' : 'Anggaran Setelah Perubahan', grup: g },
    ...(o.persen && o.judulPersen === 'grup'
      ? [
          { kunci: 'sel', judul: 'Rp', grup: o.judulSelisih },
          { kunci: 'pct', judul: '%', grup: o.judulSelisih },
        ]
      : [{ kunci: 'sel', judul: o.judulSelisih }, ...(o.persen ? [{ kunci: 'pct', judul: o.judulPersen }] : [])]),
  ];
  const papan = new Papan();
  const tata = pasangHeader(papan, {
    judul: ['Perubahan Anggaran Tahun 2024'],
    kolom: spek,
    r0: o.posisi.r0,
    c0: o.posisi.c0,
    adaSatuan: false,
    adaNomor: false,
    tebalHeader: true,
    gabungLabel: true,
  });
  const K = (k: string) => tata.kol.get(k)!;
  const rows = o.baris.map((x, i) => ({
    r: tata.rIsi + i,
    murni: x.murni,
    ubah: x.murni + Math.round((x.murni * x.ubah) / 1000),
  }));
  const total = o.total
    ? {
        r: tata.rIsi + rows.length,
        murni: rows.reduce((a, x) => a + x.murni, 0),
        ubah: rows.reduce((a, x) => a + x.ubah, 0),
      }
    : null;
  const spots: Spot[] = [];
  const semua = total ? [...rows, total] : rows;
  // a wrong difference is also summed by a total row: planted only without one; percents anywhere
  if (!total)
    for (const x of rows)
      spots.push({ jenis: 'selisih', rule: 'perubahan', apa: 'wrong Bertambah / (Berkurang)', r: x.r, c: K('sel') });
  if (o.persen)
    for (const x of semua)
      if (x.ubah !== x.murni)
        spots.push({ jenis: 'persen', rule: 'perubahan', apa: 'wrong % of the change', r: x.r, c: K('pct') });
  const spot = tanam ? pilihSpot(spots, tanam.pilih) : null;
  const selisih = (v: number): ZSel => {
    if (v >= 0 || o.negatif === 'angka') return { v, fmt: '#,##0' };
    if (o.negatif === 'kurung-fmt') return { v, fmt: '#,##0;(#,##0)' };
    if (o.negatif === 'teks-kurung') return { v: `(${teksId(-v, 0)})` };
    return { v: `-${teksId(-v, 0)}` };
  };
  semua.forEach((x, i) => {
    const isTotal = x === total;
    if (!isTotal) papan.taruh(x.r, K('no'), { v: i + 1 });
    papan.taruh(x.r, K('uraian'), isTotal ? { v: 'JUMLAH', tebal: true } : { v: `Program ${topik(o.urut, i)}` });
    papan.taruh(x.r, K('murni'), selUang(x.murni, 'fmt-ribuan'));
    papan.taruh(x.r, K('ubah'), selUang(x.ubah, 'fmt-ribuan'));
    const ini = (k: string) => spot && spot.r === x.r && spot.c === K(k);
    const d = x.ubah - x.murni + (ini('sel') ? 1000 * tanam!.delta : 0);
    papan.taruh(x.r, K('sel'), selisih(d));
    if (o.persen) {
      let p = bagiTeks(BigInt(x.ubah - x.murni) * 100n, BigInt(x.murni), 2, o.cara[i % 5]);
      if (ini('pct')) p = (Number(p) + tanam!.delta).toFixed(2);
      papan.taruh(x.r, K('pct'), { v: Number(p) });
    }
  });
  const diketahui: string[] = [];
  const bolehLain: string[] = [];
  // Z25: a % of the change not saying so in its own header is read as a capaian
  if (o.persen && ['%', 'Persentase', 'grup'].includes(o.judulPersen)) diketahui.push('Z25-persen-perubahan');
  // Z23: "(10.000)" is taken as ambiguous and left out of the total
  if (
    (o.negatif === 'teks-kurung' || o.negatif === 'teks-minus') &&
    semua.some((x) => x.ubah - x.murni <= -1000 && x.ubah - x.murni > -1_000_000)
  ) {
    diketahui.push('Z23-kurung-ambigu');
    if (total) bolehLain.push(`jumlah Perubahan!${a1(total.r, K('sel'))}`);
  }
  return kasusDari('Perubahan', papan, { ...o, baris: o.baris.length, urut: undefined, cara: undefined }, spot, {
    ...(diketahui.length ? { diketahui } : {}),
    ...(bolehLain.length ? { bolehLain } : {}),
  });
}
