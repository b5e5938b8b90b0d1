/**
 * "Tulis predikat" and the capaian chart never rate a capaian the check itself flags as wrong: they rate
 * the correct value the finding gives (and say so), or skip and list the row when it gives none.
 */
import { gridSampel } from '../helpers/sampel';
import { rencanaPredikat, rencanaPredikatRinci } from '../../src/core/tulis/predikat';
import { periksaWorkbook } from '../../src/core/periksa';
import type { WorkbookGrid } from '../../src/core/grid';
import type { Temuan } from '../../src/core/model';

jest.setTimeout(60000);

describe('lumajang-2024-tw1: capaian 9,4 on a negative indicator, correct 190,56 (polaritas)', () => {
  let grid: WorkbookGrid;
  beforeAll(async () => {
    grid = await gridSampel('lumajang-2024-tw1.xlsx');
  });

  test('the check flags G12 with the correct value', () => {
    const temuan = periksaWorkbook(grid).findings.find((x) => x.sheet === 'Capaian Kinerja' && x.cell === 'G12');
    expect(temuan).toMatchObject({ rule: 'polaritas', stated: '9.4', expected: '190.56' });
  });

  test.each(['nilai', 'rumus'] as const)(
    '%s mode: the corrected value is rated, as a value, and the plan says so',
    (mode) => {
      const rencana = rencanaPredikat(grid, {}, mode);
      const i12 = rencana.find((x) => x.lembar === 'Capaian Kinerja' && x.sel === 'I12')!;
      expect(i12.nilai).toBe('Sangat Tinggi'); // 9,4 would be "Sangat Rendah"
      expect(i12.rumus).toBeUndefined();
      expect(i12.alasan).toMatch(/capaian 190,56, nilai yang benar menurut temuan polaritas \(G12 menulis 9,4\)/);
      if (mode === 'rumus') {
        expect(i12.alasan).toMatch(/ditulis sebagai nilai/);
        // rows whose capaian is right keep their live formula
        const lain = rencana.filter(
          (x) => x.lembar === 'Capaian Kinerja' && x.sel !== 'I12' && !/benar/.test(x.alasan),
        );
        expect(lain.length).toBeGreaterThan(5);
        for (const rencanaLain of lain.filter((y) => !y.judul))
          expect(rencanaLain.rumus).toMatch(/^=SAKIP\.PREDIKAT\([A-Z]+\d+/);
      }
    },
  );

  test('every row with a capaian or polaritas finding that gives a value is rated at that value', () => {
    const hasil = periksaWorkbook(grid);
    const salah = hasil.findings.filter((f) => (f.rule === 'capaian' || f.rule === 'polaritas') && f.expected);
    const rencana = rencanaPredikat(grid, {}, 'nilai', hasil.findings);
    const koreksi = rencana.filter((x) => /nilai yang benar/.test(x.alasan));
    expect(koreksi.length).toBeGreaterThan(0);
    for (const rencanaKoreksi of koreksi) {
      const temuan = salah.find(
        (y) => y.sheet === rencanaKoreksi.lembar && rencanaKoreksi.alasan.includes(`(${y.cell} menulis`),
      );
      expect(temuan).toBeDefined();
    }
  });

  test('English plan texts', () => {
    const i12 = rencanaPredikat(grid, { bahasa: 'en' }, 'rumus').find((x) => x.sel === 'I12')!;
    expect(i12.alasan).toMatch(
      /^Rating for achievement 190\.56, the correct value per the polaritas finding \(G12 states 9\.4\); written as a value/,
    );
  });

  test('the chart plots 190,56 (Sangat Tinggi) and keeps the stated 9,4', () => {
    const titik = periksaWorkbook(grid).grafik.capaian.find((c) => /kekerasan terhadap perempuan/i.test(c.nama))!;
    expect(titik).toMatchObject({ nilai: 190.56, tertulis: 9.4, predikat: 'Sangat Tinggi' });
    for (const titikLain of periksaWorkbook(grid).grafik.capaian.filter((x) => x.tertulis === undefined))
      expect(titikLain.nilai).not.toBe(9.4);
  });
});

describe('a wrong capaian without a known correct value', () => {
  const grid: WorkbookGrid = {
    lembar: [
      {
        nama: 'Capaian',
        gabung: [],
        baris: [
          [{ v: 'No' }, { v: 'Indikator' }, { v: 'Target' }, { v: 'Realisasi' }, { v: 'Capaian' }],
          [{ v: 1 }, { v: 'Persentase layanan' }, { v: 80 }, { v: 40 }, { v: 50 }],
          [{ v: 2 }, { v: 'Persentase sekolah' }, { v: 90 }, { v: 90 }, { v: 100 }],
        ],
      },
    ],
  };
  const temuan: Temuan[] = [
    {
      rule: 'capaian',
      severity: 'error',
      sheet: 'Capaian',
      cell: 'E2',
      message: 'x',
      stated: '50',
      expected: null,
    },
  ];

  test('is skipped and listed, never rated; the chart leaves it out', () => {
    const rinci = rencanaPredikatRinci(grid, {}, 'nilai', temuan);
    expect(rinci.rencana.find((x) => x.sel === 'F2')).toBeUndefined();
    expect(rinci.rencana.find((x) => x.sel === 'F3')?.nilai).toBe('Sangat Tinggi');
    expect(rinci.dilewati).toEqual([
      {
        lembar: 'Capaian',
        sel: 'F2',
        alasan: 'Tidak diberi predikat: capaian 50 di E2 salah (lihat temuannya) dan nilai benarnya tidak diketahui',
        selCapaian: 'E2',
        tertulis: 50,
      },
    ]);
    const tanpaTemuan = rencanaPredikatRinci(grid, {}, 'nilai', []);
    expect(tanpaTemuan.rencana.find((x) => x.sel === 'F2')?.nilai).toBe('Sangat Rendah');
    expect(tanpaTemuan.dilewati).toEqual([]);
  });
});
