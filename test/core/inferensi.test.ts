/** What the engine inferred for a workbook, with its evidence: what the settings view shows instead of "Otomatis". */
import type { Sel, WorkbookGrid } from '../../src/core/grid';
import { periksaWorkbook } from '../../src/core/periksa';

const n = (v: Sel['v']): Sel => ({ v });
const grid = (rows: (string | number | null)[][]): WorkbookGrid => ({
  lembar: [{ nama: 'Capaian', baris: rows.map((r) => r.map((v) => (v === null ? null : n(v)))), gabung: [] }],
});

test('capaian methods, polarity per indicator with its evidence, and the efisiensi method by majority', () => {
  const h = periksaWorkbook(
    grid([
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Penyerapan (%)', 'Efisiensi'],
      [1, 'Persentase layanan tuntas', 80, 60, 75, 50, 150],
      [2, 'Angka kemiskinan', 10, 8, 120, 60, 200],
      [3, 'Indeks kepuasan masyarakat', 50, 50, 100, 80, 125],
    ]),
  );
  expect(h.inferensi.metodeEfisiensi).toEqual({ metode: 'rasio', sumber: 'mayoritas', cocok: 3, dari: 3 });
  expect(h.inferensi.metodeNegatif).toMatchObject({ metode: 'pengurangan', cocok: 1, dari: 1 });
  const pol = Object.fromEntries(h.inferensi.polaritas.map((p) => [p.indikator, [p.polaritas, p.sumber, p.sel]]));
  expect(pol['Angka kemiskinan']).toEqual(['negatif', 'kata', 'E3']);
  expect(pol['Persentase layanan tuntas']).toEqual(['positif', 'bawaan', 'E2']);
  expect(h.inferensi.polaritas.find((p) => p.indikator === 'Angka kemiskinan')!.bukti).toMatch(/kemiskinan/i);
});

test('a method chosen in the settings is reported as chosen', () => {
  const h = periksaWorkbook(
    grid([
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Penyerapan (%)', 'Efisiensi'],
      [1, 'Persentase layanan tuntas', 80, 60, 75, 50, 25],
      [2, 'Indeks kepuasan masyarakat', 50, 50, 100, 80, 20],
    ]),
    { metodeEfisiensi: 'selisih' },
  );
  expect(h.inferensi.metodeEfisiensi).toEqual({ metode: 'selisih', sumber: 'pengaturan', cocok: 2, dari: 2 });
});
