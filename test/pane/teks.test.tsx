/**
 * The message catalog: both language packs have exactly the same keys (nested ones included), the same
 * parameters for every parametrised text, no empty text, and numbers inside texts follow the language.
 */
import { PAKET, teks } from '../../src/taskpane/teks';
import { formatAngka, formatNilaiTeks } from '../../src/taskpane/format';

type Pohon = { [kunci: string]: unknown };

function bentuk(nilai: unknown, jalur = ''): string[] {
  if (typeof nilai === 'function') return [`${jalur}()${nilai.length}`];
  if (nilai && typeof nilai === 'object')
    return Object.keys(nilai as Pohon).flatMap((k) => bentuk((nilai as Pohon)[k], `${jalur}.${k}`));
  return [jalur];
}

function daun(nilai: unknown, jalur = ''): [string, unknown][] {
  if (nilai && typeof nilai === 'object')
    return Object.entries(nilai as Pohon).flatMap(([k, v]) => daun(v, `${jalur}.${k}`));
  return [[jalur, nilai]];
}

test('the Indonesian and English packs have the same keys and parameters', () => {
  expect(bentuk(PAKET.en).sort()).toEqual(bentuk(PAKET.id).sort());
});

test('no text is empty and English texts are not Indonesian copies', () => {
  const id = new Map(daun(PAKET.id));
  let beda = 0;
  for (const [kunci, nilai] of daun(PAKET.en)) {
    if (typeof nilai === 'string') {
      expect(nilai.trim()).not.toBe('');
      if (nilai !== id.get(kunci)) beda++;
    }
  }
  for (const [, nilai] of daun(PAKET.id)) if (typeof nilai === 'string') expect(nilai.trim()).not.toBe('');
  // a few are the same in both languages ("Info", "Rumus hidup" has its own English): most differ
  expect(beda / daun(PAKET.en).filter(([, v]) => typeof v === 'string').length).toBeGreaterThan(0.9);
});

test('numbers inside texts follow the language', () => {
  expect(teks('id').ditandai(1234)).toBe('1.234 sel ditandai.');
  expect(teks('en').ditandai(1234)).toBe('1,234 cells marked.');
  expect(teks('en').ditandai(1)).toBe('1 cell marked.');
  expect(teks('id').jumlahTabel(5, 'lain')).toBe('5 tabel lain (tidak yakin)');
  expect(teks('id').tingkat.error).toBe('Kesalahan');
});

test('stated and expected values are shown in Indonesian style', () => {
  expect(formatNilaiTeks('3901186054.00', 'id')).toBe('3.901.186.054,00');
  expect(formatNilaiTeks('2,872,958,699.00', 'id')).toBe('2.872.958.699,00');
  expect(formatNilaiTeks('451.08', 'id')).toBe('451,08');
  expect(formatNilaiTeks('451.08', 'en')).toBe('451.08');
  expect(formatNilaiTeks('Sangat Tinggi', 'id')).toBe('Sangat Tinggi');
  expect(formatNilaiTeks(null, 'id')).toBe('');
  expect(formatAngka(16843500, 'id')).toBe('16.843.500');
  expect(formatAngka(-0.5, 'id')).toBe('−0,5');
});
