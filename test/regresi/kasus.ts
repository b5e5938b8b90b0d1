/**
 * Regression fixtures: each misreading found in a real workbook becomes a small workbook built here by code
 * (never a binary), with its spec in the samples' format. test/regresi.test.ts writes each to
 * test/fixtures/regresi/*.xlsx (git-ignored), reads it back as the CLI does and checks it like a sample.
 */
import type ExcelJS from 'exceljs';
import type { SpecSampel } from '../helpers/sampel';

/** A fixture: the samples' spec (expected, clean, also_true) and the code that builds its workbook. */
export interface KasusRegresi extends Omit<SpecSampel, 'dir'> {
  /** What went wrong in which real workbook, and what the reader does now. */
  asal: string;
  buat: (wb: ExcelJS.Workbook) => void;
}

type Isi = string | number | null | { formula: string; result: number };

function isi(ws: ExcelJS.Worksheet, rows: Isi[][], r0 = 1): void {
  rows.forEach((row, i) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r0 + i, c + 1).value = v;
    }),
  );
}

export const KASUS: KasusRegresi[] = [
  {
    file: 'rata-rantai.xlsx',
    asal:
      'Evaluasi Renja (esakip-v2): =AVERAGE(T56:T64:T67) spans every row from 56 to 67 where the sibling columns ' +
      'average the kegiatan rows 56, 64 and 67; a percent column formatted as % with fractions stored',
    buat: (wb) => {
      const ws = wb.addWorksheet('Renja');
      isi(ws, [['No', 'Uraian', 'Realisasi (%)', 'Capaian (%)']]);
      const rows: Isi[][] = [
        [
          1,
          'PROGRAM PERENCANAAN',
          { formula: 'AVERAGE(C3,C6)', result: 0.6 },
          { formula: 'AVERAGE(D3:D6:D9)', result: 0.55 },
        ],
        [
          '1.1',
          'Kegiatan Penyusunan',
          { formula: 'AVERAGE(C4:C5)', result: 0.5 },
          { formula: 'AVERAGE(D4:D5)', result: 0.4 },
        ],
        ['1.1.1', 'Sub kegiatan A', 0.4, 0.3],
        ['1.1.2', 'Sub kegiatan B', 0.6, 0.5],
        [
          '1.2',
          'Kegiatan Evaluasi',
          { formula: 'AVERAGE(C7:C8)', result: 0.7 },
          { formula: 'AVERAGE(D7:D8)', result: 0.8 },
        ],
        ['1.2.1', 'Sub kegiatan C', 0.6, 0.7],
        ['1.2.2', 'Sub kegiatan D', 0.8, 0.9],
      ];
      isi(ws, rows, 2);
      for (let r = 2; r <= 8; r++) for (const c of [3, 4]) ws.getCell(r, c).numFmt = '0.00%';
      for (const r of [2, 3, 6]) ws.getRow(r).font = { bold: true };
    },
    // D2 averages rows 3..8 through the chain instead of the kegiatan rows 3 and 6: 0.55 where 0.6 is due
    expected: [{ rule: 'jumlah', sheet: 'Renja', cell: 'D2', alt: ['rumus'] }],
    clean: [
      { sheet: 'Renja', cell: 'C2' },
      { sheet: 'Renja', cell: 'C3' },
      { sheet: 'Renja', cell: 'D3' },
      { sheet: 'Renja', cell: 'D6' },
    ],
  },
  {
    file: 'indikator-bernama-jumlah.xlsx',
    asal:
      'Sumenep 2023: an indicator named "Jumlah PMKS yang tertangani" is an indicator, not a total row; ' +
      '"Rata-rata Lama Sekolah" is an indicator, not a mean row',
    buat: (wb) => {
      const ws = wb.addWorksheet('IKU');
      isi(ws, [
        ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Persentase PPKS yang mendapat layanan', 80, 60, 75],
        [2, 'Jumlah PMKS yang tertangani', 500, 450, 90],
        [3, 'Rata-rata Lama Sekolah', 8, 7.6, 95],
        [4, 'Indeks Pembangunan Gender', 90, 81, 80],
      ]);
    },
    // row 5 is wrong (81 / 90 × 100 = 90); nothing is read as a total or a mean
    expected: [{ rule: 'capaian', sheet: 'IKU', cell: 'E5' }],
    clean: [
      { sheet: 'IKU', cell: 'E3' },
      { sheet: 'IKU', cell: 'E4' },
      { sheet: 'IKU', cell: 'C3' },
      { sheet: 'IKU', cell: 'C4' },
    ],
  },
  {
    file: 'subtotal-bantu.xlsx',
    asal:
      'LRA DINKES (SIPD export): an unlabelled =SUBTOTAL(9, …) row under "Jumlah" sums the rows the autofilter ' +
      'shows; with every level shown it counts each amount once per level',
    buat: (wb) => {
      const ws = wb.addWorksheet('Belanja');
      isi(ws, [
        ['Kode', 'Uraian', 'Anggaran', 'Realisasi'],
        ['1.02', 'URUSAN KESEHATAN', 1050, 420],
        ['1.02.01', 'Program Penunjang', 300, 120],
        ['1.02.01.2.01', 'Kegiatan Perencanaan', 100, 40],
        ['1.02.01.2.02', 'Kegiatan Administrasi', 200, 80],
        ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 500, 200],
        ['1.02.02.2.01', 'Kegiatan Penyediaan Fasilitas', 350, 150],
        ['1.02.02.2.02', 'Kegiatan Penyediaan Layanan', 150, 50],
        ['1.02.03', 'Program Sumber Daya Manusia Kesehatan', 250, 100],
        ['1.02.03.2.01', 'Kegiatan Pemberian Izin', 120, 60],
        ['1.02.03.2.02', 'Kegiatan Pengembangan Mutu', 130, 40],
        [null, 'Jumlah', 1050, 420],
        // counts the urusan, each program and each kegiatan: three levels, 3 150 where 1 050 is the total
        [null, null, { formula: 'SUBTOTAL(9,C2:C11)', result: 3150 }, { formula: 'SUBTOTAL(9,D2:D11)', result: 1260 }],
      ]);
      ws.autoFilter = 'A1:D11';
    },
    expected: [
      { rule: 'rumus', sheet: 'Belanja', cell: 'C13', alt: ['jumlah'] },
      { rule: 'rumus', sheet: 'Belanja', cell: 'D13', alt: ['jumlah'] },
    ],
    clean: [
      { sheet: 'Belanja', cell: 'C2' },
      { sheet: 'Belanja', cell: 'C3' },
      { sheet: 'Belanja', cell: 'C12' },
      { sheet: 'Belanja', cell: 'D12' },
    ],
  },
  {
    file: 'teks-ribuan.xlsx',
    asal:
      'Lumajang 2024: amounts typed as text with thousands separators ("1.234", "1,158,498,355.00") in a number ' +
      'column are figures, summed like the numbers around them',
    buat: (wb) => {
      const ws = wb.addWorksheet('Anggaran');
      isi(ws, [
        ['No', 'Uraian', 'Pagu', 'Realisasi'],
        [1, 'Program A', '1.234', '1.000'],
        [2, 'Program B', 2000, 1500],
        [3, 'Program C', '3.000', '2.500'],
        [null, 'JUMLAH', 6234, 5100],
      ]);
    },
    // 1.000 + 1500 + 2.500 = 5000, stated 5100
    expected: [{ rule: 'jumlah', sheet: 'Anggaran', cell: 'D5' }],
    clean: [{ sheet: 'Anggaran', cell: 'C5' }],
  },
];
