/**
 * The pane's helpers: where a check runs (a worker fed a structured clone, the main-thread fallback when
 * there is no Worker or it fails to start), the arithmetic of a finding, the fix a finding offers, and the
 * error texts a person gets.
 */
import v8 from 'v8';
import { PemeriksaLatar, PekerjaMinimal } from '../../src/taskpane/periksaLatar';
import { jawab, jalankanPemeriksaan } from '../../src/taskpane/pemeriksaan';
import { hitunganTemuan, barisHitungan } from '../../src/taskpane/hitungan';
import { rencanaPerbaikan } from '../../src/taskpane/perbaikan';
import { pesanGalat } from '../../src/taskpane/galat';
import { pisahRujukan } from '../../src/taskpane/rujukan';
import { batasSumbu } from '../../src/taskpane/GrafikCapaian';
import { teks } from '../../src/taskpane/teks';
import { PENGATURAN_BAWAAN } from '../../src/core/pengaturan';
import type { Temuan } from '../../src/core/model';
import type { WorkbookGrid } from '../../src/core/grid';
import { gridSampel } from '../helpers/sampel';

jest.setTimeout(60000);

/** What a browser does between threads: serialise and deserialise (the HTML structured clone). */
const klon = <T,>(x: T): T => v8.deserialize(v8.serialize(x));

/** A Worker stand-in that runs the real worker handler on a cloned message, asynchronously. */
class PekerjaPalsu implements PekerjaMinimal {
  pesan: unknown[] = [];
  private dengar: Record<string, ((peristiwa: unknown) => void)[]> = { message: [], error: [] };
  constructor(private gagalMulai = false) {}
  postMessage(pesan: unknown): void {
    this.pesan.push(pesan);
    setTimeout(() => {
      if (this.gagalMulai) for (const pendengar of this.dengar.error) pendengar({ preventDefault() {} });
      else {
        const jawaban = klon(jawab(klon(pesan) as Parameters<typeof jawab>[0]));
        for (const pendengar of this.dengar.message) pendengar({ data: jawaban });
      }
    }, 0);
  }
  addEventListener(jenis: 'message' | 'error', pendengar: (peristiwa: never) => void): void {
    this.dengar[jenis].push(pendengar as (peristiwa: unknown) => void);
  }
  terminate(): void {}
}

test('the worker path gives what the main thread gives, from a cloned grid', async () => {
  const grid = await gridSampel('lumajang-2024-tw1.xlsx');
  const pekerja = new PekerjaPalsu();
  const pemeriksa = new PemeriksaLatar({ buatPekerja: () => pekerja });
  const lewatPekerja = await pemeriksa.periksa(grid, PENGATURAN_BAWAAN, 'id');
  expect(pemeriksa.jalurTerakhir).toBe('pekerja');
  expect(pekerja.pesan).toHaveLength(1);
  const langsung = jalankanPemeriksaan(grid, PENGATURAN_BAWAAN, 'id');
  expect(lewatPekerja.findings).toEqual(langsung.findings);
  expect(lewatPekerja.grafik).toEqual(langsung.grafik);
  expect(lewatPekerja.tables).toEqual(langsung.tables);
  // one worker, reused
  await pemeriksa.periksa(grid, PENGATURAN_BAWAAN, 'en');
  expect(pekerja.pesan).toHaveLength(2);
});

test('no Worker: the check runs on the main thread, after yielding', async () => {
  const grid = await gridSampel('sumenep-2023.xlsx');
  const pemeriksa = new PemeriksaLatar({ buatPekerja: () => null });
  let selesai = false;
  const janji = pemeriksa.periksa(grid, PENGATURAN_BAWAAN, 'id').then((h) => ((selesai = true), h));
  // it yields before the long synchronous run, so what was rendered before it is painted first
  expect(selesai).toBe(false);
  const hasil = await janji;
  expect(pemeriksa.jalurTerakhir).toBe('utas-utama');
  expect(hasil.findings).toEqual(jalankanPemeriksaan(grid, PENGATURAN_BAWAAN, 'id').findings);
  // jsdom has no Worker at all: the default falls back the same way
  expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
  const bawaan = new PemeriksaLatar();
  await bawaan.periksa(grid, PENGATURAN_BAWAAN, 'id');
  expect(bawaan.jalurTerakhir).toBe('utas-utama');
});

test('a worker that cannot start: what waits is checked on the main thread, and so is what follows', async () => {
  const grid = await gridSampel('sumenep-2023.xlsx');
  let dibuat = 0;
  const pemeriksa = new PemeriksaLatar({ buatPekerja: () => (dibuat++, new PekerjaPalsu(true)) });
  const hasil = await pemeriksa.periksa(grid, PENGATURAN_BAWAAN, 'id');
  expect(hasil.findings.length).toBeGreaterThan(0);
  expect(pemeriksa.jalurTerakhir).toBe('utas-utama');
  await pemeriksa.periksa(grid, PENGATURAN_BAWAAN, 'id');
  expect(pemeriksa.jalurTerakhir).toBe('utas-utama');
  expect(dibuat).toBe(1);
});

test('an engine error inside the worker comes back as an error, not as a hang', async () => {
  const rusak = { lembar: [{ nama: 'X', baris: null, gabung: [] }] } as unknown as WorkbookGrid;
  const jawaban = jawab({ id: 7, grid: rusak, pengaturan: PENGATURAN_BAWAAN, bahasa: 'id' });
  expect(jawaban).toEqual({ id: 7, galat: { nama: 'TypeError', pesan: expect.any(String) } });
  const pemeriksa = new PemeriksaLatar({ buatPekerja: () => new PekerjaPalsu() });
  await expect(pemeriksa.periksa(rusak, PENGATURAN_BAWAAN, 'id')).rejects.toMatchObject({ name: 'TypeError' });
});

const temuan = (x: Partial<Temuan>): Temuan => ({
  rule: 'jumlah',
  severity: 'error',
  sheet: 'S',
  cell: 'B4',
  message: 'm',
  stated: null,
  expected: null,
  ...x,
});
const gridKecil: WorkbookGrid = {
  lembar: [
    {
      nama: 'S',
      gabung: [],
      baris: [
        [{ v: 'Uraian' }, { v: 'Pagu' }, { v: 'Realisasi' }, { v: '%' }, { v: 'Sisa' }],
        [{ v: 'A' }, { v: 1000000 }, { v: '250.000,00' }, { v: 25.5 }, { v: 750000 }],
        [{ v: 'B' }, { v: 2500000.5 }, { v: 500000 }, { v: 20 }, { v: 2000000.5 }],
        [{ v: 'Jumlah' }, { v: 3600000 }, { v: 750000 }, { v: 0.2 }, { v: 2750000.5 }],
      ],
    },
  ],
};

test('arithmetic by hand: sums, differences and percentages, in the language of the pane', () => {
  const jumlah = temuan({ stated: '3600000', expected: '3500000.5', related: ['S!B2', 'S!B3'] });
  expect(barisHitungan(hitunganTemuan(jumlah, gridKecil, 'id')!)).toBe(
    '3.600.000 ≠ 1.000.000 + 2.500.000,5 = 3.500.000,5',
  );
  expect(barisHitungan(hitunganTemuan(jumlah, gridKecil, 'en')!)).toBe(
    '3,600,000 ≠ 1,000,000 + 2,500,000.5 = 3,500,000.5',
  );
  const serap = temuan({
    rule: 'penyerapan',
    cell: 'D2',
    stated: '25.5',
    expected: '25.00',
    related: ["'S'!B2", 'S!C2'],
  });
  expect(barisHitungan(hitunganTemuan(serap, gridKecil, 'id')!)).toBe('25,5 ≠ 250.000,00 / 1.000.000 × 100 = 25,00');
  const sisa = temuan({
    rule: 'sisa',
    cell: 'E3',
    stated: '2000000.5',
    expected: '2000000.50',
    related: ['S!B3', 'S!C3'],
  });
  expect(barisHitungan(hitunganTemuan(sisa, gridKecil, 'id')!)).toBe(
    '2.000.000,5 ≠ 2.500.000,5 − 500.000 = 2.000.000,50',
  );
});

test('arithmetic degrades to "stated ≠ expected" when the cells do not reproduce it, and to nothing without numbers', () => {
  const lain = temuan({ stated: '3600000', expected: '99', related: ['S!B2', 'S!B3'] });
  expect(barisHitungan(hitunganTemuan(lain, gridKecil, 'id')!)).toBe('3.600.000 ≠ 99');
  const tanpaRelated = temuan({ stated: '9.4', expected: '190.56' });
  expect(barisHitungan(hitunganTemuan(tanpaRelated, null, 'id')!)).toBe('9,4 ≠ 190,56');
  expect(
    hitunganTemuan(temuan({ rule: 'predikat', stated: 'Rendah', expected: 'Tinggi' }), gridKecil, 'id'),
  ).toBeNull();
  expect(hitunganTemuan(temuan({ rule: 'angka' }), gridKecil, 'id')).toBeNull();
  const hilang = temuan({ stated: '1', expected: '2', related: ['Tidak Ada!A1'] });
  expect(barisHitungan(hitunganTemuan(hilang, gridKecil, 'id')!)).toBe('1 ≠ 2');
});

test('references with quoted sheet names', () => {
  expect(pisahRujukan("'Realisasi Anggaran'!B6", 'X')).toEqual({ lembar: 'Realisasi Anggaran', sel: 'B6' });
  expect(pisahRujukan("'Bu''s'!$C$7", 'X')).toEqual({ lembar: "Bu's", sel: 'C7' });
  expect(pisahRujukan('D4', 'X')).toEqual({ lembar: 'X', sel: 'D4' });
  expect(pisahRujukan('S!bukan', 'X')).toBeNull();
});

test('Perbaiki: a corrected formula rewrites the cell; a predikat rewrites the label; others offer nothing', () => {
  const rumus = { ...temuan({ rule: 'jumlah' as const, cell: 'G10' }), fix: 'SUM(G4:G8)' };
  expect(rencanaPerbaikan(rumus)).toEqual({ lembar: 'S', sel: 'G10', rumus: '=SUM(G4:G8)', alasan: 'm' });
  expect(rencanaPerbaikan({ ...rumus, fix: '=SUM(G4:G8)' })?.rumus).toBe('=SUM(G4:G8)');
  const pred = temuan({ rule: 'predikat', cell: 'G2', stated: 'Rendah', expected: 'Sangat Tinggi' });
  expect(rencanaPerbaikan(pred)).toMatchObject({ sel: 'G2', nilai: 'Sangat Tinggi' });
  expect(rencanaPerbaikan(temuan({ rule: 'predikat', expected: '=HYPERLINK("x")' }))).toBeNull();
  expect(rencanaPerbaikan(temuan({ rule: 'capaian', stated: '1', expected: '2' }))).toBeNull();
  expect(rencanaPerbaikan({ ...temuan({}), fix: 42 as unknown as string })).toBeNull();
});

test('errors in plain words: a reader sentence keeps its words and loses the library detail', () => {
  const katalog = teks('id');
  const diam = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  expect(pesanGalat(new Error('Workbook tidak berisi lembar kerja.'), katalog)).toBe(
    'Workbook tidak berisi lembar kerja.',
  );
  expect(
    pesanGalat(
      new Error(
        "Workbook rusak atau terpotong sehingga tidak dapat dibaca (Corrupted zip: can't find end of central directory).",
      ),
      katalog,
    ),
  ).toBe('Workbook rusak atau terpotong sehingga tidak dapat dibaca.');
  expect(pesanGalat(new TypeError('Cannot set properties of undefined'), katalog)).toBe(katalog.galatTakTerduga);
  expect(pesanGalat(new Error('Cannot read properties of null'), katalog)).toBe(katalog.galatTakTerduga);
  expect(pesanGalat(Object.assign(new Error('x'), { code: 'ItemNotFound' }), katalog)).toBe(
    katalog.galatOffice.ItemNotFound,
  );
  expect(pesanGalat({ weird: true }, teks('en'))).toBe(teks('en').galatTakTerduga);
  diam.mockRestore();
});

test('chart axis: an outlier is capped so the rest keeps its scale; ordinary values are not', () => {
  // 17 indicators near 100 % and one at 9 403 %: the axis stops well below the outlier
  const nilai = [61.47, 99.81, 139.29, 100, 100, 100.41, 9403, 118.18, 155.55, 100, 100, 100, 100, 100, 100, 100, 100];
  const sumbu = batasSumbu(nilai);
  expect(sumbu).toBeLessThan(300);
  expect(sumbu).toBeGreaterThanOrEqual(160);
  // nothing far out: the axis just covers the largest value (and always shows the 100 % target)
  expect(batasSumbu([80, 95, 104])).toBe(110);
  expect(batasSumbu([20, 30])).toBe(110);
  expect(batasSumbu([150, 160, 170, 180])).toBe(180);
});
