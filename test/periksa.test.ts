/**
 * Synthetic workbooks (built with ExcelJS, written and read back like a real file) for each table shape and
 * each rule: clean tables give zero findings; one planted error gives that finding at that cell.
 */
import ExcelJS from 'exceljs';
import { gridDariWorkbook } from './helpers/sampel';
import { periksaWorkbook } from '../src/core/periksa';
import type { RuleId } from '../src/core/model';

type Baris = (string | number | null | { formula: string; result: number })[];

async function periksa(bangun: (wb: ExcelJS.Workbook) => void, opsi = {}) {
  const wb = new ExcelJS.Workbook();
  bangun(wb);
  return periksaWorkbook(await gridDariWorkbook(wb), opsi);
}

function lembar(
  wb: ExcelJS.Workbook,
  nama: string,
  rows: Baris[],
  gabung: string[] = [],
  tebal: number[] = [],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(nama);
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, j) => {
      if (v !== null && v !== undefined) row.getCell(j + 1).value = v;
    });
    if (tebal.includes(i + 1)) row.font = { bold: true };
  });
  for (const g of gabung) ws.mergeCells(g);
  return ws;
}

const temuanDi = (h: Awaited<ReturnType<typeof periksa>>, rule: RuleId) =>
  h.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);
const ringkas = (h: Awaited<ReturnType<typeof periksa>>) =>
  h.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}: ${f.message}`);

// ------------------------------------------------------------------ shapes

const anggaranBersih: Baris[] = [
  ['Tabel 3.10 Realisasi Anggaran Program Tahun 2024'],
  ['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', '%', 'Sisa'],
  [1, 2, 3, 4, '5 = 4/3', 6],
  ['I', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN', 3000000, 1500000, 50, 1500000],
  [1, 'Penyediaan Gaji dan Tunjangan ASN', 2000000, 1000000, 50, 1000000],
  [2, 'Penyediaan Bahan Logistik Kantor', 1000000, 500000, 50, 500000],
  ['II', 'PROGRAM PERLINDUNGAN SOSIAL', 1000000, 250000, 25, 750000],
  [1, 'Penanganan Korban Bencana', 1000000, 250000, 25, 750000],
  [null, 'JUMLAH', 4000000, 1750000, 43.75, 2250000],
];

describe('table shapes', () => {
  test('one-level header, numbering row, roman/arabic hierarchy and a JUMLAH row: clean', async () => {
    const h = await periksa((wb) => lembar(wb, 'RA', anggaranBersih));
    expect(h.tables).toEqual([
      {
        sheet: 'RA',
        range: 'A1:F9',
        kind: 'anggaran',
        rows: 6,
        title: 'Tabel 3.10 Realisasi Anggaran Program Tahun 2024',
        checked: true,
        verified: expect.any(Number),
      },
    ]);
    // every parent, the JUMLAH row, each penyerapan and sisa: all recomputed and consistent
    expect(h.tables[0].verified).toBeGreaterThanOrEqual(12);
    expect(ringkas(h)).toEqual([]);
  });

  test('two-level header (KINERJA / ANGGARAN over TARGET, REALISASI, CAPAIAN) with efisiensi: clean', async () => {
    const rows: Baris[] = [
      ['Tabel 3.8 Efisiensi Tahun 2024'],
      ['No', 'Indikator Kinerja', 'KINERJA', null, null, 'ANGGARAN', null, null, 'Tingkat Efisiensi'],
      [null, null, 'Target', 'Realisasi', 'Capaian', 'Pagu', 'Realisasi', 'Capaian'],
      [1, 'Persentase PPKS yang terlayani', 80, 60, 75, 1000000, 500000, 50, 25],
      [2, 'Persentase PSKS aktif', 50, 55, 110, 2000000, 1000000, 50, 60],
      [3, 'Persentase keluarga berdaya', 40, 40, 100, 400000, 100000, 25, 75],
    ];
    const h = await periksa((wb) => lembar(wb, 'Ef', rows, ['C2:E2', 'F2:H2', 'A2:A3', 'B2:B3', 'I2:I3']));
    expect(h.tables.map((t) => t.kind)).toEqual(['efisiensi']);
    expect(ringkas(h)).toEqual([]);
    const t = h.tabel[0];
    expect(t.kolom.map((k) => k.peran)).toEqual([
      'no',
      'indikator',
      'target',
      'realisasi',
      'capaian',
      'pagu',
      'realisasi-anggaran',
      'penyerapan',
      'efisiensi',
    ]);
  });

  test('several tables on one sheet under title rows, and a repeated header continuing a table', async () => {
    const rows: Baris[] = [
      ['Tabel 1 Perencanaan Anggaran'],
      ['NO', 'Belanja Tidak Langsung', 'Anggaran'],
      [1, 'Belanja Pegawai', 500],
      ['NO', 'Belanja Langsung', 'Anggaran'],
      [1, 'Program A', 300],
      [2, 'Program B', 200],
      [null, 'JUMLAH', 1000],
      [],
      [],
      ['Tabel 2 Capaian Kinerja Tahun 2024'],
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
      [1, 'Indeks Pemberdayaan Gender', 59.75, 59.61, 99.76],
    ];
    const h = await periksa((wb) => lembar(wb, 'Gabung', rows));
    expect(h.tables.map((t) => [t.range, t.kind])).toEqual([
      ['A1:C7', 'anggaran'],
      ['A10:E12', 'capaian'],
    ]);
    expect(ringkas(h)).toEqual([]);
  });

  test('hierarchy from kode rekening and from dotted numbering (1, 1.1, 1.1.1)', async () => {
    const kode: Baris[] = [
      ['Kode Rekening', 'Uraian', 'Anggaran', 'Realisasi'],
      ['1.06.02', 'Program Rehabilitasi Sosial', 300, 150],
      ['1.06.02.2.01', 'Kegiatan Rehabilitasi Dasar', 300, 150],
      ['1.06.02.2.01.0003', 'Penyediaan Permakanan', 200, 100],
      ['1.06.02.2.01.0004', 'Penyediaan Sandang', 90, 50],
    ];
    const h = await periksa((wb) => lembar(wb, 'Kode', kode));
    expect(temuanDi(h, 'jumlah')).toEqual(['Kode!C3']);
    const f = h.findings.find((x) => x.cell === 'C3')!;
    expect(f.expected).toBe('290');
    expect(f.message).toMatch(/300 ≠ jumlah rinciannya 290 \(200\+90\)/);
    // the program equals its only kegiatan (300), so it is consistent with its items
    expect(temuanDi(h, 'jumlah')).not.toContain('Kode!C2');

    const bertitik: Baris[] = [
      ['NO', 'PROGRAM/ KEGIATAN', 'ANGGARAN', 'REALISASI', 'CAPAIAN'],
      ['A.', 'URUSAN PEMERINTAHAN BIDANG SOSIAL', 500, 250, 50],
      ['1.', 'PROGRAM PEMBERDAYAAN SOSIAL', 500, 250, 50],
      ['1.1', 'Pengembangan Potensi', 500, 250, 50],
      ['1.1.1', 'Peningkatan Kemampuan', 300, 150, 50],
      ['1.1.2', 'Pelatihan', 200, 100, 50],
      [null, 'TOTAL ANGGARAN', 500, 250, 50],
    ];
    const h2 = await periksa((wb) => lembar(wb, 'Titik', bertitik));
    expect(ringkas(h2)).toEqual([]);
  });

  test('ALL CAPS bold programs over bold kegiatan over plain sub kegiatan', async () => {
    const rows: Baris[] = [
      ['No', 'Program/ Kegiatan/ Sub Kegiatan', 'Kebutuhan Dana'],
      [1, 'PROGRAM PENANGANAN BENCANA ALAM DAN SOSIAL', 300],
      [null, 'Perlindungan Sosial Korban Bencana', 300],
      [null, 'Penanganan Khusus Kelompok Rentan', 100],
      [null, 'Pemberdayaan Masyarakat Siaga Bencana', 200],
      [null, 'Kampung Siaga Bencana', 50],
      [null, 'Taruna Siaga Bencana', 150],
    ];
    const h = await periksa((wb) => lembar(wb, 'Caps', rows, [], [1, 2, 3, 5]));
    // the kegiatan of 300 has only one sub kegiatan of 100
    expect(temuanDi(h, 'jumlah')).toEqual(['Caps!C3']);
  });

  test('indentation makes the hierarchy when nothing else does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = lembar(wb, 'Indent', [
      ['Uraian', 'Pagu', 'Realisasi'],
      ['Belanja Barang dan Jasa', 100, 40],
      ['Alat tulis', 60, 20],
      ['Cetak', 30, 20],
    ]);
    ws.getCell('A3').alignment = { indent: 1 };
    ws.getCell('A4').alignment = { indent: 1 };
    const h = periksaWorkbook(await gridDariWorkbook(wb));
    expect(temuanDi(h, 'jumlah')).toEqual(['Indent!B2']);
  });

  test('a block of figures with no header is still reported, as kind lain', async () => {
    const h = await periksa((wb) =>
      lembar(wb, 'Tanpa', [
        [5, 6],
        [7, 8],
        [9, 10],
      ]),
    );
    expect(h.tables).toEqual([
      {
        sheet: 'Tanpa',
        range: 'A1:B3',
        kind: 'lain',
        rows: 0,
        checked: false,
        reason: expect.stringMatching(/judul kolom/),
      },
    ]);
  });
});

// ------------------------------------------------------------------ rules

describe('each rule on a planted error', () => {
  test('jumlah: a TOTAL row, a SUB TOTAL row and a rata-rata row', async () => {
    const rows: Baris[] = [
      ['No', 'Uraian', 'Jumlah Peserta'],
      [1, 'Angkatan 2019', 89],
      [2, 'Angkatan 2020', 181],
      [null, 'SUB TOTAL', 270],
      [3, 'Angkatan 2021', 98],
      [null, 'TOTAL', { formula: 'SUM(C2:C5)', result: 399 }],
    ];
    const h = await periksa((wb) => lembar(wb, 'T', rows));
    expect(temuanDi(h, 'jumlah')).toEqual(['T!C6']);
    const f = h.findings[0];
    expect(f.message).toBe('TOTAL 399 ≠ jumlah baris 368 (89+181+98) (sel berisi rumus =SUM(C2:C5))');
    expect([f.stated, f.expected]).toEqual(['399', '368']);

    const rata: Baris[] = [
      ['Sasaran', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
      ['S1', 'Persentase A', 29.42, 78.76, 267.71],
      [null, 'Persentase B', 17.46, 49.23, 281.96],
      ['Rata-rata Capaian', null, 23.44, 64.1, 274.84],
    ];
    const h2 = await periksa((wb) => lembar(wb, 'R', rata));
    expect(temuanDi(h2, 'jumlah')).toEqual(['R!D4']);
    expect(h2.findings[0].message).toBe('Rata-rata Capaian 64,1 ≠ rata-rata baris 64,0 (78,76+49,23)/2');
  });

  test('capaian: rounded or truncated passes, other values fail; a fraction is named', async () => {
    const rows: Baris[] = [
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
      [1, 'Persentase PMKS mendapat pelayanan', 17.46, 78.76, 451.08],
      [2, 'Persentase PSKS aktif', 17.46, 78.76, 451.09],
      [3, 'Persentase desa tangguh', 59.42, 60.81, 99.81],
      [4, 'Persentase keluarga mandiri', 29.42, 78.76, 2.6771],
      [5, 'Indeks Rasa Aman', 'N/A', 'N/A', 'N/A'],
      [6, 'Persentase anak terlindungi', 0, 5, 100],
    ];
    const h = await periksa((wb) => lembar(wb, 'C', rows));
    expect(temuanDi(h, 'capaian')).toEqual(['C!E4', 'C!E5', 'C!E7']);
    expect(h.findings.find((f) => f.cell === 'E4')!.message).toBe(
      'Capaian 99,81 ≠ 60,81 / 59,42 × 100 = 102,34 (indikator positif)',
    );
    expect(h.findings.find((f) => f.cell === 'E5')!.message).toMatch(/pecahan, belum dikali 100/);
    expect(h.findings.find((f) => f.cell === 'E7')!.message).toMatch(/Target 0: capaian tidak terdefinisi/);
  });

  test('polaritas: a negative indicator computed with the positive formula, with the evidence used', async () => {
    const rows: Baris[] = [
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
      [1, 'Rasio kekerasan terhadap perempuan', '5,72 per 100.000', '0,54 per 100.000', 9.44],
      [2, 'Prevalensi stunting', 20, 18, 110],
    ];
    const h = await periksa((wb) => lembar(wb, 'P', rows));
    expect(temuanDi(h, 'polaritas')).toEqual(['P!E2']);
    expect(h.findings.find((f) => f.rule === 'polaritas')!.message).toMatch(/kata "kekerasan".*= 190,56/);
    expect(temuanDi(h, 'capaian')).toEqual([]);

    const kolom: Baris[] = [
      ['No', 'Indikator', 'Polaritas', 'Target', 'Realisasi', 'Capaian'],
      [1, 'Jumlah PMKS', 'negatif', 100, 80, 80],
    ];
    const h2 = await periksa((wb) => lembar(wb, 'K', kolom));
    expect(temuanDi(h2, 'polaritas')).toEqual(['K!F2']);
    expect(h2.findings[0].message).toMatch(/polaritas dari "negatif"/);
    const h3 = await periksa((wb) => lembar(wb, 'K', kolom), { polaritas: { 'jumlah pmks': 'positif' } });
    expect(ringkas(h3)).toEqual([]);
  });

  test('penyerapan, sisa and melebihi-pagu', async () => {
    const rows: Baris[] = [
      ['URAIAN', 'ANGGARAN', 'REALISASI', '%', 'SISA ANGGARAN'],
      ['Program A', 3901186054, '1,002,808,355.00', 25.87, '2,898,377,699.00'],
      ['Program B', 32617500, '-', 0, '39,277,500.00'],
      ['Program C', 1000000, '1,200,000.00', 120, '-200,000.00'],
    ];
    const h = await periksa((wb) => lembar(wb, 'A', rows));
    expect(temuanDi(h, 'penyerapan')).toEqual(['A!D2']);
    expect(h.findings.find((f) => f.rule === 'penyerapan')!.message).toBe(
      '% realisasi 25,87 ≠ 1.002.808.355 / 3.901.186.054 × 100 = 25,71',
    );
    expect(temuanDi(h, 'sisa')).toEqual(['A!E3']);
    expect(temuanDi(h, 'melebihi-pagu')).toEqual(['A!C4']);
    expect(temuanDi(h, 'angka')).toEqual(['A!C1', 'A!E1']); // text numbers, reported once per column
  });

  test('efisiensi: the majority method is inferred and the odd row is flagged', async () => {
    const rows: Baris[] = [
      ['No', 'Sasaran', '% Capaian Kinerja', '% Capaian Realisasi Anggaran', '% Efisiensi'],
      [1, 'A', 274.83, 98.37, 176.46],
      [2, 'B', 101.01, 97.71, 3.3],
      [3, 'C', 100, 50, 200],
    ];
    const h = await periksa((wb) => lembar(wb, 'E', rows));
    expect(temuanDi(h, 'efisiensi')).toEqual(['E!E4']);
    expect(h.findings[0].message).toMatch(/menurut selisih .* \(2 dari 3 baris\)/);
    const h2 = await periksa((wb) => lembar(wb, 'E', rows), { metodeEfisiensi: 'rasio' });
    expect(temuanDi(h2, 'efisiensi')).toEqual(['E!E2', 'E!E3']);
  });

  test('predikat: the workbook scale table decides; skala: its gap is reported once', async () => {
    const h = await periksa((wb) => {
      lembar(wb, 'Skala', [
        ['Tabel 3.1.1 Skala Pengukuran Kinerja'],
        ['NO', 'SKALA CAPAIAN KINERJA', 'KATEGORI'],
        [1, 'Lebih dari 95%', 'Sangat Berhasil'],
        [2, '80 - Kurang dari 95%', 'Berhasil'],
        [3, '50 - Kurang dari 80%', 'Cukup Berhasil'],
        [4, 'Kurang dari 50%', 'Kurang Berhasil'],
      ]);
      lembar(wb, 'Kesimpulan', [
        ['Indikator Kinerja Utama', 'Capaian Kinerja', 'Kategori Capaian'],
        ['Persentase PPKS penerima bantuan', 61.47, 'Cukup Berhasil'],
        ['Persentase PSKS aktif', 96, 'Berhasil'],
      ]);
    });
    expect(temuanDi(h, 'predikat')).toEqual(['Kesimpulan!C3']);
    expect(h.findings.find((f) => f.rule === 'predikat')!.message).toMatch(
      /"Berhasil" ≠ "Sangat Berhasil" untuk capaian 96/,
    );
    expect(temuanDi(h, 'skala')).toEqual(['Skala!B4']);
  });

  test('predikat with the default Permendagri 86 scale when the workbook has none', async () => {
    const h = await periksa((wb) =>
      lembar(wb, 'K', [
        ['Indikator', 'Capaian', 'Predikat'],
        ['Indeks A', 59.71, 'Rendah'],
        ['Indeks B', 90.5, 'Sangat Tinggi'],
      ]),
    );
    expect(temuanDi(h, 'predikat')).toEqual(['K!C3']);
  });

  test('lintas-tabel: same program with different pagu in two tables; same indikator target for the same year', async () => {
    const h = await periksa((wb) => {
      lembar(wb, 'PK', [
        ['Program dan Anggaran Perjanjian Kinerja Tahun 2024'],
        ['No.', 'Program', 'Anggaran'],
        [1, 'Program Penanganan Bencana', 314309463],
        [2, 'Program Rehabilitasi Sosial', 3786852160],
      ]);
      lembar(wb, 'RA', [
        ['URAIAN', 'ANGGARAN', 'REALISASI'],
        ['PROGRAM PENANGANAN BENCANA', 307649463, 42300000],
        ['PROGRAM REHABILITASI SOSIAL', 3786852160, 29762000],
      ]);
      lembar(wb, 'IKU', [
        ['Tabel IKU Tahun 2023'],
        ['No', 'Indikator', 'Target'],
        [1, 'Indeks Perlindungan Anak', 61.68],
      ]);
      lembar(wb, 'Ef', [
        ['Tabel Efisiensi Tahun 2023'],
        ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
        [1, 'Indeks Perlindungan Anak', 100, 60, 60],
      ]);
      lembar(wb, 'Renstra', [
        ['No', 'Indikator', 'Target Akhir Renstra'],
        [1, 'Indeks Perlindungan Anak', 67.23],
      ]);
    });
    // two tables, no majority and no arithmetic to decide: the report's first statement is the reference,
    // so only the later figure is flagged (PK before RA, IKU before Ef); Renstra's end target is another figure
    expect(temuanDi(h, 'lintas-tabel').sort()).toEqual(['Ef!C3', 'RA!B2']);
    expect(h.findings.find((f) => f.cell === 'B2' && f.sheet === 'RA')!.message).toBe(
      `Pagu "PROGRAM PENANGANAN BENCANA" 307.649.463 di tabel ini, tetapi 314.309.463 di PK!C3`,
    );
  });

  test('angka: ambiguous separators and arithmetic written as text', async () => {
    const h = await periksa((wb) =>
      lembar(wb, 'N', [
        ['No', 'Uraian', 'Jumlah'],
        [1, 'A', '1.234'],
        [2, 'B', '12 + 3'],
        [3, 'C', 5],
      ]),
    );
    expect(temuanDi(h, 'angka').sort()).toEqual(['N!C2', 'N!C3']);
  });

  test('English messages when asked', async () => {
    const h = await periksa(
      (wb) =>
        lembar(wb, 'T', [
          ['Uraian', 'Jumlah'],
          ['a', 1],
          ['b', 2],
          ['TOTAL', 4],
        ]),
      { bahasa: 'en' },
    );
    expect(h.findings[0].message).toBe('TOTAL 4 ≠ sum of rows 3 (1+2)');
  });
});
