/** Efisiensi methods and indicator polarity as read from cells and names: every alias and its edges. */
import { efisiensi, efisiensiRupiah, parseMetode } from '../../src/core/efisiensi';
import { capaian, capaianPositif, PembagiNol } from '../../src/core/capaian';
import { polaritasDariNama, polaritasDariSasaran, polaritasDariTeks } from '../../src/core/polaritas';
import { rataTertimbang } from '../../src/core/agregasi';
import { D } from '../../src/core/desimal';

describe('parseMetode', () => {
  test.each<[unknown, string | null]>([
    ['', 'selisih'],
    ['selisih', 'selisih'],
    [' Beda ', 'selisih'],
    ['difference', 'selisih'],
    ['rasio', 'rasio'],
    ['RATIO', 'rasio'],
    ['rasio terbalik', 'rasio-terbalik'],
    ['rasio  terbalik', 'rasio-terbalik'],
    ['rasio_terbalik', 'rasio-terbalik'],
    ['terbalik', 'rasio-terbalik'],
    ['inverse', 'rasio-terbalik'],
    ['inverse ratio', 'rasio-terbalik'],
    ['rupiah', 'rupiah'],
    ['Rp', 'rupiah'],
    ['lain', null],
    [5, null],
    [null, null],
  ])('%j -> %s', (t, harap) => expect(parseMetode(t)).toBe(harap));
});

describe('efisiensi and capaian formulas', () => {
  const d = (x: string) => new D(x);
  test('each method, and division by zero named', () => {
    expect(efisiensi(d('90'), d('80')).toFixed()).toBe('10');
    expect(efisiensi(d('90'), d('80'), 'rasio').toFixed()).toBe('112.5');
    expect(efisiensi(d('80'), d('90'), 'rasio-terbalik').toFixed()).toBe('112.5');
    expect(efisiensiRupiah(d('100'), d('75')).toFixed()).toBe('25');
    expect(() => efisiensi(d('90'), d('0'), 'rasio')).toThrow(PembagiNol);
    expect(() => efisiensi(d('0'), d('90'), 'rasio-terbalik')).toThrow(/capaian bernilai 0/);
    expect(() => capaian(d('0'), d('5'))).toThrow(/target bernilai 0/);
    expect(capaianPositif(d('80'), d('60')).toFixed()).toBe('75');
  });

  test('a weighted mean needs as many weights as values; zero weights give nothing', () => {
    expect(() => rataTertimbang([d('1')], [])).toThrow(/bobot/);
    expect(rataTertimbang([d('80'), d('100')], [d('0'), d('0')])).toBeNull();
    expect(rataTertimbang([d('80'), d('100')], [d('1'), d('3')])!.toFixed()).toBe('95');
  });
});

describe('polaritas', () => {
  test.each<[unknown, string | null]>([
    ['positif', 'positif'],
    [' Naik ', 'positif'],
    ['+', 'positif'],
    ['higher is better', 'positif'],
    ['negatif', 'negatif'],
    ['−', 'negatif'],
    ['Menurun', 'negatif'],
    ['lower is better', 'negatif'],
    ['Negatif (-)', 'negatif'],
    ['Polaritas: Negatif', 'negatif'],
    ['Semakin kecil semakin baik', 'negatif'],
    ['↓', 'negatif'],
    ['minimize', 'negatif'],
    ['Positif (+)', 'positif'],
    ['↑', 'positif'],
    ['makin tinggi makin baik', 'positif'],
    // words that state nothing, or both
    ['tetap', null],
    ['naik/turun', null],
    ['x-', null],
    ['', null],
    ['   ', null],
    [3, null],
  ])('polaritasDariTeks(%j) = %s', (t, harap) => expect(polaritasDariTeks(t)).toBe(harap));

  test('names: a problem counted is negative, its handling is not', () => {
    expect(polaritasDariNama('Angka kemiskinan')).toEqual({
      polaritas: 'negatif',
      bukti: 'kemiskinan',
      sumber: 'kata',
    });
    expect(polaritasDariNama('Prevalensi  gizi   buruk balita')).toEqual({
      polaritas: 'negatif',
      bukti: 'prevalensi',
      sumber: 'kata',
    });
    expect(polaritasDariNama('Persentase kasus kekerasan yang tertangani')).toEqual({
      polaritas: 'positif',
      bukti: '',
      sumber: 'bawaan',
    });
    expect(polaritasDariNama('Jumlah kasusnya')).toEqual({ polaritas: 'positif', bukti: '', sumber: 'bawaan' });
    expect(polaritasDariNama('')).toEqual({ polaritas: 'positif', bukti: '', sumber: 'bawaan' });
    expect(polaritasDariNama(null)).toEqual({ polaritas: 'positif', bukti: '', sumber: 'bawaan' });
  });

  test('sasaran: only a leading "menurunnya …" makes it negative', () => {
    expect(polaritasDariSasaran('  Menurunnya angka kemiskinan')).toEqual({
      polaritas: 'negatif',
      bukti: 'menurunnya',
      sumber: 'kata',
    });
    expect(polaritasDariSasaran('Berkurangnya pengangguran')).toEqual({
      polaritas: 'negatif',
      bukti: 'berkurangnya',
      sumber: 'kata',
    });
    expect(polaritasDariSasaran('Upaya menurunnya kemiskinan')).toBeNull();
    expect(polaritasDariSasaran('Menurunkan')).toBeNull();
    expect(polaritasDariSasaran(null)).toBeNull();
    expect(polaritasDariSasaran(undefined)).toBeNull();
  });
});
