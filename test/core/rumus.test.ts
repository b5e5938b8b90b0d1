import { D } from '../../src/core/desimal';
import { capaian } from '../../src/core/capaian';
import { penyerapan, sisa } from '../../src/core/anggaran';
import { efisiensi, efisiensiRupiah, parseMetode } from '../../src/core/efisiensi';
import { rataSederhana, rataTertimbang } from '../../src/core/agregasi';
import { cocok } from '../../src/core/desimal';
import { polaritasDariNama, polaritasDariTeks } from '../../src/core/polaritas';

const d = (x: string | number) => new D(String(x));

describe('formulas with the DOMAIN.md examples', () => {
  test('capaian positive and negative', () => {
    expect(capaian(d('29.42'), d('78.76')).toDecimalPlaces(2).toFixed()).toBe('267.71');
    expect(capaian(d('5.72'), d('0.54'), 'negatif').toDecimalPlaces(2).toFixed()).toBe('190.56');
    // the negative formula is (target − (realisasi − target)) / target × 100
    expect(capaian(d('29.42'), d('78.76'), 'negatif').toDecimalPlaces(2).toFixed()).toBe('-67.71');
    expect(() => capaian(d(0), d(5))).toThrow(/target/);
  });

  test('penyerapan and sisa', () => {
    expect(penyerapan(d('3901186054'), d('1002808355')).toDecimalPlaces(2).toFixed()).toBe('25.71');
    expect(sisa(d('32617500'), d(0)).toFixed()).toBe('32617500');
    expect(() => penyerapan(d(0), d(1))).toThrow(/pagu/);
  });

  test('efisiensi methods', () => {
    expect(efisiensi(d('107.08'), d('0.79')).toFixed()).toBe('106.29');
    expect(efisiensi(d('99.68'), d('47.85')).toFixed()).toBe('51.83');
    expect(efisiensi(d('100'), d('50'), 'rasio').toFixed()).toBe('200');
    expect(efisiensi(d('100'), d('50'), 'rasio-terbalik').toFixed()).toBe('50');
    expect(efisiensiRupiah(d(100), d(30)).toFixed()).toBe('70');
    expect(parseMetode('Rasio Terbalik')).toBe('rasio-terbalik');
    expect(parseMetode('x')).toBeNull();
  });

  test('aggregation: simple mean and weighted by anggaran', () => {
    expect(
      rataSederhana([d('267.71'), d('281.95')])!
        .toDecimalPlaces(2)
        .toFixed(),
    ).toBe('274.83');
    expect(rataTertimbang([d(100), d(50)], [d(3), d(1)])!.toFixed()).toBe('87.5');
    expect(rataSederhana([])).toBeNull();
    expect(rataTertimbang([d(1)], [d(0)])).toBeNull();
  });

  test('tolerance: rounded or truncated to the shown decimals', () => {
    expect(cocok(d('451.08'), 2, d('451.0882'))).toBe(true); // truncated
    expect(cocok(d('451.09'), 2, d('451.0882'))).toBe(true); // rounded
    expect(cocok(d('451.10'), 2, d('451.0882'))).toBe(false);
    expect(cocok(d('107'), 0, d('107.08'))).toBe(true);
    expect(cocok(d('99.53'), 2, d('99.383'))).toBe(false);
  });

  test('polarity from words and from a column', () => {
    expect(polaritasDariNama('Rasio kekerasan terhadap perempuan').polaritas).toBe('negatif');
    expect(polaritasDariNama('Prevalensi stunting').polaritas).toBe('negatif');
    expect(polaritasDariNama('Persentase anak korban kekerasan yang tertangani').polaritas).toBe('positif');
    expect(polaritasDariNama('Indeks Pembangunan Gender').polaritas).toBe('positif');
    expect(polaritasDariTeks('turun')).toBe('negatif');
    expect(polaritasDariTeks('+')).toBe('positif');
    expect(polaritasDariTeks('?')).toBeNull();
  });
});
