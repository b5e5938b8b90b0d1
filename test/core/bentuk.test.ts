/**
 * Table shapes from the layout zoo (test/zoo), each the smallest sheet that showed a misreading, with what
 * the reader must do now: its error and warning findings exactly, and the tables that must be checked. The
 * third item of each case says in words what a reviewer expects. (Z2: a parent or total is compared with its
 * rows as stated, as the shared specs do, so one wrong sisa is also a jumlah finding at the total above it.)
 */
import { periksaWorkbook } from '../../src/core/periksa';
import type { Sel, WorkbookGrid, Rentang } from '../../src/core/grid';

type V =
  | string
  | number
  | null
  | { f: string; v: number | string; fmt?: string; b?: boolean }
  | { t: string | number; b?: boolean; fmt?: string };
const sel = (x: V): Sel | null => {
  if (x === null) return null;
  if (typeof x === 'object') {
    if ('f' in x) return { v: x.v, f: x.f, ...(x.fmt ? { fmt: x.fmt } : {}), ...(x.b ? { tebal: true } : {}) };
    return { v: x.t, ...(x.b ? { tebal: true } : {}), ...(x.fmt ? { fmt: x.fmt } : {}) };
  }
  return { v: x };
};
const B = (t: string | number): V => ({ t, b: true });
const F = (f: string, v: number | string, fmt?: string, b?: boolean): V => ({ f, v, fmt, b });
function g(rows: V[][], gabung: Rentang[] = []): WorkbookGrid {
  return { lembar: [{ nama: 'S', baris: rows.map((r) => r.map(sel)), gabung }] };
}
const m = (r1: number, c1: number, r2: number, c2: number): Rentang => ({ r1, c1, r2, c2 });

/** A kode hierarchy whose third sub kegiatan has no kode, with that row's pagu (5 makes every sum agree). */
const tanpaKode = (pagu: number): V[][] => [
  ['Kode', 'Uraian', 'Pagu'],
  ['2.08.01', 'Program Administrasi Kepegawaian', 2015],
  ['2.08.01.2.01', 'Penyelenggaraan Komunikasi Publik', 1010],
  ['2.08.01.2.01.0001', 'Pemeliharaan Jalan dan Jembatan', 1000],
  ['2.08.01.2.01.0002', 'Pelaksanaan Imunisasi Dasar', 5],
  [null, 'Pendataan Pendidikan Anak Usia Dini', pagu],
  ['2.08.01.2.02', 'Pengelolaan Administrasi Keuangan', 1005],
  ['2.08.01.2.02.0001', 'Pengadaan Pelatihan Kerja', 1000],
  ['2.08.01.2.02.0002', 'Pemeliharaan Cadangan Pangan', 5],
  [null, 'JUMLAH', 2015],
];

/** Capaian formulas of three negative indicators and one positive, each the right one for its row. */
const CAMPURAN_NEGATIF: V[][] = [
  ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
  [1, 'Prevalensi balita stunting', 10, 3, F('(2*C2-D2)/C2*100', 170, '0.00')],
  [2, 'Angka kematian bayi', 10, 3, F('(2*C3-D3)/C3*100', 170, '0.00')],
  [3, 'Persentase penduduk miskin', 10, 3, F('(2*C4-D4)/C4*100', 170, '0.00')],
  [4, 'Indeks Kepuasan Masyarakat', 10, 3, F('D5/C5*100', 30, '0.00')],
];

const KASUS: [string, WorkbookGrid, string][] = [
  [
    'Z1',
    g(
      [
        ['Kode', 'Uraian', 'ANGGARAN', null, 'Sisa'],
        [null, null, 'Alokasi', 'Realisasi'],
        ['1.02.01.2.01.0001', 'Penyediaan Persandian', 5000000, 500000, 4500000],
        ['1.02.01.2.01.0002', 'Pengadaan Ketertiban', 1000000000, 0, 1000000000],
      ],
      [m(0, 2, 0, 3)],
    ),
    'checked, pagu C',
  ],
  [
    'Z2',
    g([
      ['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Sisa'],
      ['2.08.01.2.01.0001', 'Penyediaan Administrasi Kepegawaian', 1000000000, 100000000, 902000000],
      ['2.08.01.2.01.0002', 'Pengadaan Pemeliharaan Barang Milik Daerah', 1000000000, 100000000, 900000000],
      [null, 'JUMLAH', 2000000000, 200000000, 1800000000],
    ]),
    'only sisa E2',
  ],
  [
    'Z3',
    g([
      ['Kode', 'Uraian', 'Pagu', 'Realisasi', '%'],
      ['1.02.01.2.01.0001', 'Penyediaan Pelayanan Kesehatan Ibu Hamil', 1000000000, 0, 2],
      ['1.02.01.2.01.0002', 'Pengadaan Ruang Terbuka Hijau', 5000000, 500000, F('D3/C3*100', 10, '0.00')],
      ['1.02.01.2.01.0003', 'Pemeliharaan Imunisasi Dasar Lengkap', 5000000, 500000, F('D4/C4*100', 10, '0.00')],
      ['1.02.01.2.01.0004', 'Pelaksanaan Jalan dan Jembatan Kabupaten', 5000000, 500000, F('D5/C5*100', 10, '0.00')],
      [null, 'JUMLAH', 1015000000, 1500000, F('D6/C6*100', 0.1477832512315271, '0.00')],
    ]),
    'one finding at E2',
  ],
  [
    'Z4',
    g([
      ['Uraian', 'Pagu'],
      ['Pengelolaan A', F('SUM(B3)', 1000)],
      ['Pengadaan A1', 1000],
      ['Pembinaan B', F('SUM(B6)', 1000)],
      ['Pengadaan B1', 1000],
      ['Pelaksanaan B2', 1000],
    ]),
    'jumlah B4',
  ],
  [
    'Z5',
    g([
      ['Kode', 'Uraian', 'Anggaran', 'Realisasi'],
      [null, 'Total Keseluruhan', 1000000000, 100000000],
      ['5.1', 'BELANJA OPERASI', 1002000000, 100000000],
      ['5.1.01', 'Belanja Pegawai', 1000000000, 100000000],
    ]),
    'only C3',
  ],
  [
    'Z6a',
    g([
      ['URAIAN', 'Kode', 'Anggaran', 'Realisasi'],
      ['Operasi', '5.1.01', 1000, 100],
      ['Bagi Hasil', '5.1.01.01', 1000, 100],
      ['JUMLAH TOTAL', null, 1000, 100],
    ]),
    'none',
  ],
  [
    'Z6b',
    g([
      ['Kode', 'Uraian', 'Pagu'],
      ['3.27.01', 'Program A', 5000],
      ['3.27.01.2.01', 'Kegiatan A1', 5000],
      ['3.27.01.2.01.0001', 'Sub A11', 5000],
      ['3.27.02', 'Program B', 1005000],
      ['3.27.02.2.01', 'Kegiatan B1', 5010],
      ['3.27.02.2.01.0001', 'Sub B11', 5000],
      ['3.27.02.2.02', 'Kegiatan B2', 1000000],
      ['3.27.02.2.02.0001', 'Sub B21', 1000000],
      [null, 'JUMLAH', 1010000],
    ]),
    'only C6',
  ],
  [
    'Z6c',
    g([
      ['Uraian', 'Pagu', 'Realisasi'],
      [B('JUMLAH'), F('SUM(B3)', 1005000000, undefined, true), F('SUM(C3)', 100500000, undefined, true)],
      [B('Program Kepemudaan dan Kepramukaan'), F('SUM(B4+B6)', 1005000000), F('SUM(C4+C6)', 100500000)],
      [B('Penyelenggaraan Olahraga Prestasi'), F('SUM(B5)', 1000000000), F('SUM(C5)', 100000000)],
      ['Pemeliharaan Bahan Logistik Kantor', 1000000000, 100000000],
      [B('Fasilitasi Perlindungan Sosial Korban Bencana Alam'), F('SUM(B7)', 5000000), F('SUM(C7)', 500000)],
      ['Pendataan Pencatatan Sipil', 5000000, 500000],
    ]),
    'none',
  ],
  [
    'Z7',
    g([
      ['URAIAN', 'Anggaran', 'Realisasi'],
      ['PERLINDUNGAN SOSIAL', 1000, 100],
      ['Penyediaan Pegawai', 600, 60],
      ['Penyediaan Barang dan Jasa', 400, 40],
      ['REHABILITASI SOSIAL', 500, 50],
      ['Pengadaan Peralatan dan Mesin', 500, 50],
      ['JUMLAH', 1500, 150],
    ]),
    'none',
  ],
  [
    'Z8',
    g(
      [
        ['Kode', 'Uraian', 'REALISASI ANGGARAN', null, null],
        [null, null, 'Anggaran', 'Realisasi', '%'],
        [null, null, '(Rp.)', '(Rp.)', '(%)'],
        ['1.06.01.2.01.0001', 'Penyediaan Jaringan Irigasi Tersier', 1000000000, 100000000, 12],
        ['1.06.01.2.01.0002', 'Pengadaan Pelayanan Kesehatan Ibu Hamil', 5000000, 500000, 10],
        [null, 'JUMLAH', 1005000000, 100500000, 10],
      ],
      [m(0, 2, 0, 4)],
    ),
    'penyerapan E4',
  ],
  [
    'Z9',
    g([
      ['Uraian', 'Pagu', 'Realisasi'],
      [B('PERLINDUNGAN SOSIAL'), 1020000, 500],
      [B('Bantuan Sosial Korban Bencana'), 10000, 500],
      ['Penyediaan Makanan', 4000, 200],
      ['Penyediaan Sandang', 6000, 300],
      [B('Rehabilitasi Sosial Dasar'), 1000000, 0],
      ['Pendataan Penyandang Disabilitas', 1000000, 0],
      [B('JUMLAH'), 1010000, 500],
    ]),
    'jumlah B2',
  ],
  [
    'Z10',
    g([
      ['Kode', 'Uraian', 'Pagu', 'Realisasi'],
      [null, null, 10010000, 1000000],
      ['1.06.01.2.01.0001', 'Penyediaan Perlindungan Sosial', 5000000, 500000],
      ['1.06.01.2.01.0002', 'Pengadaan Pemeliharaan Barang', 5000000, 500000],
    ]),
    'jumlah C2',
  ],
  [
    'Z11',
    g([
      ['Uraian', 'Pagu', 'Realisasi'],
      ['Penyediaan Olahraga Prestasi', '1.000.000.000', '100.000.000'],
      ['Pengadaan Statistik Sektoral', '1.000.000.000', '100.000.000'],
      ['JUMLAH', '2.000.000.000', '200.000.000'],
    ]),
    'table listed/checked',
  ],
  [
    'Z12',
    g([
      [
        'No',
        'Indikator Kinerja',
        'Target Akhir Renstra (2026)',
        'Target',
        'Realisasi',
        'Capaian (%)',
        'Tingkat Kemajuan (%)',
      ],
      [1, 'Persentase PPKS yang mendapat pelayanan kesejahteraan sosial', 13, 10, 3, 30, 23.08],
    ]),
    'none',
  ],
  [
    'Z13',
    g([
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Persentase PPKS yang mendapat pelayanan kesejahteraan sosial', 10, 3, F('D2/C2*100', 30, '0.00')],
      [2, 'Indeks Kepuasan Masyarakat', 10, 3, F('D3/C3*100', 30, '0.00')],
      [3, 'Persentase keluarga penerima manfaat yang berdaya', 10, 3, F('D4/C4*100', 30, '0.00')],
      [4, 'Persentase balita stunting', 10, 3, F('(2*C5-D5)/C5*100', 170, '0.00')],
    ]),
    'none',
  ],
  [
    'Z14',
    g([
      ['No', 'Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Indeks Risiko Bencana Daerah', 'Negatif (-)', 10, 3, 170],
      [2, 'Rasio ketergantungan penduduk', 'Negatif', 10, 3, 170],
    ]),
    'none',
  ],
  [
    'Z15',
    g([
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan'],
      [1, 'Indeks Risiko Bencana Daerah', 10, 3, 170, 'Polaritas: Negatif'],
    ]),
    'none',
  ],
  [
    'Z16',
    g([
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      ['1', '2', '3 (2024)', '4 (2024)', '5'],
      [1, 'Indeks Kepuasan Masyarakat', 80, 60, 75],
    ]),
    'none',
  ],
  [
    'Z17a',
    g([
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [B('Sasaran 1: Meningkatnya kualitas pelayanan')],
      [1, 'Persentase PPKS yang mendapat pelayanan', 10, 3, 30],
      [2, 'Indeks Kepuasan Masyarakat', 10, 4, 40],
      [null, B('Capaian Sasaran'), null, null, B(36)],
    ]),
    'jumlah E5',
  ],
  [
    'Z17b',
    g([
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [B('Sasaran 1: Meningkatnya kualitas pelayanan')],
      [1, 'Persentase penurunan kasus kekerasan terhadap perempuan', 10, 3, 32],
      [null, B('Capaian Sasaran'), null, null, B(32)],
      [B('Sasaran 2: Meningkatnya akuntabilitas')],
      [2, 'Persentase PPKS yang mendapat pelayanan', 10, 3, 30],
      [3, 'Indeks Kepuasan Masyarakat', 10, 3, 30],
      [null, B('Capaian Sasaran'), null, null, B(30)],
      [null, B('Rata-rata'), null, null, B(30.67)],
    ]),
    'only capaian E3',
  ],
  [
    'Z18',
    g([
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Predikat'],
      [
        1,
        'Persentase PPKS yang mendapat pelayanan kesejahteraan sosial',
        32,
        29,
        F('D2/C2*100', 90.625, '0'),
        'Tinggi',
      ],
    ]),
    'none',
  ],
  [
    'Z19',
    g([
      ['Nomor', 'Uraian', 'Pagu', 'Realisasi'],
      ['I', B('BELANJA OPERASI'), F('SUM(C3+C6)', 2010), F('SUM(D6)', 1005)],
      ['1', B('Belanja Pegawai'), F('SUM(C4:C5)', 1005), F('SUM(D4:D5)', 1005)],
      ['a', 'Belanja Gaji dan Tunjangan ASN', 5, 5],
      ['b', 'Belanja Tambahan Penghasilan ASN', 1000, 1000],
      ['2', B('Belanja Barang dan Jasa'), F('SUM(C7:C8)', 1005), F('SUM(D7:D8)', 1005)],
      ['a', 'Belanja Bahan Cetak', 1000, 1000],
      ['b', 'Belanja Listrik', 5, 5],
      ['II', B('BELANJA MODAL'), F('SUM(C10)', 10), F('SUM(D10)', 10)],
      ['1', B('Belanja Modal Gedung dan Bangunan'), F('SUM(C11:C12)', 10), F('SUM(D11:D12)', 10)],
      ['a', 'Belanja Sewa Gedung', 5, 5],
      ['b', 'Belanja Honorarium Narasumber', 5, 5],
      [B('Jumlah Seluruh Program'), null, F('SUM(C2+C9)', 2020), F('SUM(D2+D9)', 1015)],
    ]),
    'only jumlah D2',
  ],
  [
    'Z20',
    g([
      ['Hasil Evaluasi SAKIP Tahun 2024'],
      ['No', 'Komponen', 'Bobot', 'Nilai'],
      [1, 'Perencanaan Kinerja', 30, 12],
      [2, 'Pengukuran Kinerja', 30, 12],
      [3, 'Pelaporan Kinerja', 15, 6],
      [4, 'Evaluasi Akuntabilitas Kinerja Internal', 25, 10],
      [null, 'Nilai Akuntabilitas Kinerja', 100, 42],
    ]),
    'jumlah D7',
  ],
  [
    'Z21',
    g(
      [
        ['URAIAN', 'Kecamatan', null, null],
        [null, 'Kec. Sukamaju', 'Kec. Mekarsari', 'Kec. Cibodas'],
        ['4.1. Pendapatan Asli Daerah', 300, 500, 700],
        ['4.1.1. Pajak Daerah', 100, 200, 300],
        ['4.1.2. Retribusi Daerah', 200, 300, 400],
        ['4.2. Pendapatan Transfer', 50, 60, 70],
        ['4.2.1. Dana Perimbangan', 50, 60, 70],
      ],
      [m(0, 0, 1, 0), m(0, 1, 0, 3)],
    ),
    'checked kode',
  ],
  [
    'Z22',
    g(
      [
        ['Kode', 'Program/Kegiatan', 'Belanja Operasi', null, null, 'Belanja Modal', null, null],
        [null, null, 'Anggaran', 'Realisasi', '%', 'Anggaran', 'Realisasi', '%'],
        ['1.06.01', 'Program A', 2000000, 600000, 30, 1000000, 1000, 0.1],
        ['1.06.01.2.01', 'Kegiatan A1', 1000000, 300000, 30, 0, 0, '-'],
        ['1.06.01.2.02', 'Kegiatan A2', 1000000, 300000, 30, 1000000, 1000, 0.1],
        ['1.06.02', 'Program B', 2000000, 600000, 30, 1000000, 1000, 0.1],
        ['1.06.02.2.01', 'Kegiatan B1', 1000000, 300000, 30, 0, 0, '-'],
        ['1.06.02.2.02', 'Kegiatan B2', 1000000, 300000, 30, 1000000, 1000, 0.1],
        ['1.06.03', 'Program C', 2000000, 600000, 30, 1000000, 1000, 0.1],
        ['1.06.03.2.01', 'Kegiatan C1', 1000000, 300000, 30, 0, 0, '-'],
        ['1.06.03.2.02', 'Kegiatan C2', 1000000, 300000, 30, 1000000, 1000, 0.1],
        [null, 'JUMLAH', 6000000, 1800000, 30, 3000000, 3000, 0.1],
      ],
      [m(0, 0, 1, 0), m(0, 1, 1, 1), m(0, 2, 0, 4), m(0, 5, 0, 7)],
    ),
    'none',
  ],
  ['Z28', g(tanpaKode(5)), 'a row without a kode sits beside the row above (1.010 = 1.000 + 5 + 5): none, checked'],
  [
    'Z28b',
    g(tanpaKode(7)),
    'the same with the kode-less row off (7): neither reading explains it, so nothing is claimed (none)',
  ],
  [
    'Z32',
    g([
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Persentase PPKS yang mendapat pelayanan', 0.1, { t: 0, fmt: '0.0' }, 30],
      [2, 'Indeks Kepuasan Masyarakat', 10, 3, 30],
    ]),
    'a realisasi shown 0,0 is in [0; 0,05), so a capaian of 30 fits: none',
  ],
  [
    'Z13c',
    g(CAMPURAN_NEGATIF),
    'a positive indicator among negative ones has the other capaian formula, which is right: none',
  ],
  [
    'Z13d',
    g([...CAMPURAN_NEGATIF, [5, 'Persentase desa mandiri', 10, 3, 45]]),
    'the same with a capaian typed wrongly on a positive row: capaian E6 only',
  ],
  [
    'Z33',
    g([
      ['No', 'Program', 'Pagu', 'Realisasi'],
      [1, B('Program Pelayanan Administrasi'), 1000, 900],
      [2, 'Program Peningkatan Sarana', 2000, 1500],
      [3, 'Program Kesehatan Masyarakat', 3000, 2500],
      [4, 'Program Pencegahan Penyakit', 500, 400],
      [null, B('JUMLAH'), 6600, 5300],
    ]),
    'a flat list with one bold row (a format reading the figures reject) still has its wrong total: jumlah C6',
  ],
  [
    'Z33b',
    g([
      ['No', 'Uraian', 'Pagu', 'Realisasi'],
      [1, 'Program Pelayanan Administrasi', 1000, 900],
      [2, 'Kegiatan Penyediaan Alat Tulis', 2000, 1500],
      [3, 'Program Kesehatan Masyarakat', 3000, 2500],
      [4, 'Kegiatan Pencegahan Penyakit', 500, 400],
      [null, B('JUMLAH'), 6600, 5300],
    ]),
    'program and kegiatan names whose levels the figures reject: the total is read flat, jumlah C6',
  ],
];

/** Error and warning findings each shape must give, exactly. */
const HARAP: Record<string, string[]> = {
  Z1: [],
  Z2: ['sisa E2', 'jumlah E4'],
  Z3: ['penyerapan E2'],
  Z4: ['jumlah B4'],
  Z5: ['jumlah C3'],
  Z6a: [],
  Z6b: ['jumlah C6'],
  Z6c: [],
  Z7: [],
  Z8: ['penyerapan E4'],
  Z9: ['jumlah B2'],
  Z10: ['jumlah C2'],
  Z11: [],
  Z12: [],
  Z13: [],
  Z14: [],
  Z15: [],
  Z16: [],
  Z17a: ['jumlah E5'],
  Z17b: ['capaian E3'],
  Z18: [],
  Z19: ['jumlah D2'],
  Z20: ['jumlah D7'],
  Z21: [],
  Z22: [],
  Z28: [],
  Z28b: [],
  Z32: [],
  Z13c: [],
  Z13d: ['capaian E6'],
  Z33: ['jumlah C6'],
  Z33b: ['jumlah C6'],
};

/** Tables that must be read and checked (not only listed as "not checked"). */
const DIPERIKSA: Record<string, string> = {
  Z1: 'A1:E4',
  Z11: 'A1:C4',
  Z21: 'A1:D7',
  Z20: 'A1:D7',
  Z6b: 'A1:C10',
  Z28: 'A1:C10',
};

test.each(KASUS.map(([id, grid, kata]) => [id, kata, grid] as const))('%s: %s', (id, _kata, grid) => {
  const h = periksaWorkbook(grid);
  const temuan = h.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.cell}`);
  expect(temuan.sort()).toEqual([...HARAP[id]].sort());
  if (DIPERIKSA[id]) expect(h.tables.find((t) => t.range === DIPERIKSA[id])).toMatchObject({ checked: true });
});
