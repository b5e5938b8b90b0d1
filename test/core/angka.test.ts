import {
  parseTeks,
  dariAngka,
  infoFormat,
  sistemKolom,
  formatId,
  formatEn,
  sistemDari,
  cocokUtuh,
} from '../../src/core/angka';
import { cocok, D } from '../../src/core/desimal';
import fc from 'fast-check';

const nilai = (t: string, h?: 'id' | 'us') => parseTeks(t, h).nilai?.toFixed() ?? null;

describe('angka: number forms from DOMAIN.md', () => {
  test.each([
    ['30.316.880.763,00', '30316880763'],
    ['107,08', '107.08'],
    ['1,158,498,355.00', '1158498355'],
    ['Rp. 758.859.800,-', '758859800'],
    ['Rp 2.500.000.000,-', '2500000000'],
    ['7.362.000,00,-', '7362000'],
    ['86%', '86'],
    ['95 %', '95'],
    ['89,06 (data BPS tahun 2023)', '89.06'],
    ['5,72 per 100.000', '5.72'],
    ['0,008', '0.008'],
    ['29.42', '29.42'],
    ['-0,68', '-0.68'],
    ['(5.085.713.014,-)', '-5085713014'],
    ['20 organisasi', '20'],
  ])('%s -> %s', (t, v) => {
    expect(nilai(t)).toBe(v);
  });

  test('dash is zero, N/A and empty have no value', () => {
    expect(parseTeks('-').status).toBe('strip');
    expect(parseTeks('-').nilai?.toNumber()).toBe(0);
    expect(parseTeks('N/A').status).toBe('na');
    expect(parseTeks('n/a').status).toBe('na');
    expect(parseTeks('   ').status).toBe('kosong');
    expect(parseTeks('#DIV/0!').status).toBe('galat');
  });

  test('annotations and percent are noted; decimals are counted', () => {
    const a = parseTeks('89,06 (data BPS tahun 2023)');
    expect(a.catatan).toContain('anotasi');
    expect(a.desimal).toBe(2);
    expect(parseTeks('86%').persen).toBe(true);
    expect(parseTeks('Rp 1.000').catatan).toContain('rp');
    expect(parseTeks('1.158.498.355,00').desimal).toBe(2);
  });

  test('arithmetic written as text is an expression, not a number', () => {
    expect(parseTeks('49,18 +36,57/ 2=42,87').status).toBe('ekspresi');
    expect(parseTeks('426794/541897* 100%').status).toBe('ekspresi');
    expect(parseTeks('78,76: 29,42%X 100=267,71%').status).toBe('ekspresi');
    expect(parseTeks('Aman (50,01 - 75,00)').status).toBe('teks');
  });

  test('ambiguous 1.234 is reported, then decided by the column', () => {
    expect(parseTeks('1.234').status).toBe('ambigu');
    expect(parseTeks('1.234').nilai).toBeNull();
    expect(nilai('1.234', 'id')).toBe('1234');
    expect(nilai('1.234', 'us')).toBe('1.234');
    expect(nilai('9,403', 'us')).toBe('9403');
    expect(sistemDari('1.234')).toBe('ambigu');
    expect(sistemDari('0.123')).toBe('us');
  });

  test('sistemKolom decides from unambiguous cells and stays undecided on a tie', () => {
    expect(sistemKolom(['1,158,498,355.00', '1.234', '2,142,000.00'])).toBe('us');
    expect(sistemKolom(['30.316.880.763,00', '1.234'])).toBe('id');
    expect(sistemKolom(['1.234', '5.678'])).toBeNull();
    expect(sistemKolom(['1.000.000', '1,000,000'])).toBeNull();
  });

  test('number cells follow their format: decimals and percent', () => {
    expect(infoFormat('#,##0.00')).toEqual({ desimal: 2, persen: false });
    expect(infoFormat('"Rp. "#,##0')).toEqual({ desimal: 0, persen: false });
    expect(infoFormat('0%')).toEqual({ desimal: 0, persen: true });
    const p = dariAngka(0.86, '0%');
    expect(p.nilai?.toNumber()).toBe(86);
    expect(p.persen).toBe(true);
    expect(dariAngka(267.71000000000004).nilai?.toFixed()).toBe('267.71');
    expect(dariAngka(25.8712, '0.00').nilai?.toFixed()).toBe('25.87');
  });

  test('formatting in both languages', () => {
    expect(formatId(new D('2898377699'))).toBe('2.898.377.699');
    expect(formatId(new D('190.56'))).toBe('190,56');
    expect(formatEn(new D('2898377699.5'), 2)).toBe('2,898,377,699.50');
  });
});

describe('exact integer route for sums and means (cocokUtuh)', () => {
  // the integer route must decide exactly as DOMAIN.md's decimal definition: rounded or truncated
  const sama = (as: number, ak: number, js: number, jk: number, n: number) => {
    const r = cocokUtuh({ s: as, k: ak }, { s: js, k: jk }, n);
    const harap = cocok(new D(as).div(10 ** ak), ak, new D(js).div(10 ** jk).div(n));
    expect({ as, ak, js, jk, n, r }).toEqual({ as, ak, js, jk, n, r: harap });
  };

  test('random values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e7, max: 1e7 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 9 }),
        sama,
      ),
      { numRuns: 3000 },
    );
  });

  test('stated values at and next to the rounded and truncated mean', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: -2, max: 2 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (js, jk, delta, n, ak, potong) => {
          const mean = new D(js).div(10 ** jk).div(n);
          const a = mean
            .toDecimalPlaces(ak, potong ? D.ROUND_DOWN : D.ROUND_HALF_UP)
            .times(10 ** ak)
            .plus(delta)
            .toNumber();
          sama(a, ak, js, jk, n);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('values beyond 15 significant digits are left to decimal.js', () => {
    expect(cocokUtuh({ s: 1e15, k: 0 }, { s: 1e15, k: 0 })).toBeUndefined();
  });
});
