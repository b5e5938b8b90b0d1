/**
 * Number parsing in full detail: every field of the result (status, value, decimals, percent, separator
 * system, notes), for the forms that sit on the edges of each rule. Written against the survivors of a
 * mutation run, so each case pins one decision of the parser.
 */
import {
  adaNilai,
  Angka,
  dariAngka,
  formatEn,
  formatId,
  infoFormat,
  jumlahAngka,
  parseTeks,
  sistemDari,
  sistemKolom,
} from '../../src/core/angka';
import { D, dariAngkaJs, jumlahDesimal } from '../../src/core/desimal';

/** The parse as plain data: value as text, absent fields left out. */
function rata(a: Angka): Record<string, unknown> {
  const o: Record<string, unknown> = {
    status: a.status,
    nilai: a.nilai === null ? null : a.nilai.toFixed(),
    desimal: a.desimal,
    persen: a.persen,
    catatan: [...a.catatan],
  };
  if (a.sistem !== undefined) o.sistem = a.sistem;
  return o;
}

const kosong = (status: string, catatan: string[] = []) => ({
  status,
  nilai: null,
  desimal: null,
  persen: false,
  catatan,
});
const angka = (
  nilai: string,
  desimal: number,
  lain: Partial<{ persen: boolean; sistem: string; catatan: string[] }> = {},
) => ({
  status: 'teks-angka',
  nilai,
  desimal,
  persen: lain.persen ?? false,
  catatan: lain.catatan ?? [],
  ...(lain.sistem ? { sistem: lain.sistem } : {}),
});

describe('parseTeks: every field', () => {
  test.each<[string, Record<string, unknown>]>([
    ['', kosong('kosong')],
    ['   ', kosong('kosong')],
    ['\u00a0', kosong('kosong')],
    ['n/a', kosong('na')],
    ['#DIV/0!', kosong('galat')],
    ['x#DIV/0!', kosong('teks')],
    ['#DIV/0!x', kosong('teks')],
    ['abc', kosong('teks')],
    ['123', angka('123', 0)],
    ['+5', angka('5', 0)],
    ['-5', angka('-5', 0)],
    ['−5', angka('-5', 0)],
    ['–5', angka('-5', 0)],
    ['1.234,56', angka('1234.56', 2, { sistem: 'id' })],
    ['1,234.56', angka('1234.56', 2, { sistem: 'us' })],
    ['1.234.567', angka('1234567', 0, { sistem: 'id' })],
    ['1,234,567', angka('1234567', 0, { sistem: 'us' })],
    ['0.500', angka('0.5', 3, { sistem: 'us' })],
    ['0,500', angka('0.5', 3, { sistem: 'id' })],
    ['1234.567', angka('1234.567', 3, { sistem: 'us' })],
    ['1.5', angka('1.5', 1, { sistem: 'us' })],
    ['12.1234567', angka('12.1234567', 6, { sistem: 'us' })],
    ['123.456', { ...kosong('ambigu') }],
    ['1.234%', { ...kosong('ambigu'), persen: true }],
    ['1.234.56', kosong('teks')],
    ['1,,5', kosong('teks')],
    ['1.2,3.4', kosong('teks')],
    ['1,234,567.89.1', kosong('teks')],
    ['1234.567,8', kosong('teks')],
    ['1.23.456', kosong('teks')],
    ['(1.234.567)', angka('-1234567', 0, { sistem: 'id', catatan: ['kurung'] })],
    ['(1 a)', angka('-1', 0, { catatan: ['kurung', 'anotasi'] })],
    ['(1.234.567) x', kosong('teks', [])],
    ['(xyz)', kosong('teks')],
    ['(abc1)', kosong('teks')],
    ['Rp 1.500.000', angka('1500000', 0, { sistem: 'id', catatan: ['rp'] })],
    ['Rp.1.500.000', angka('1500000', 0, { sistem: 'id', catatan: ['rp'] })],
    ['Rp5.000.000', angka('5000000', 0, { sistem: 'id', catatan: ['rp'] })],
    ['IDR 7', angka('7', 0, { catatan: ['rp'] })],
    ['12 rp', angka('12', 0, { catatan: ['anotasi'] })],
    ['758.859.800,-', angka('758859800', 0, { sistem: 'id' })],
    ['7.362.000,00,-', angka('7362000', 2, { sistem: 'id' })],
    ['5,-x', angka('5', 0, { catatan: ['anotasi'] })],
    ['5,-3', angka('5', 0, { catatan: ['anotasi'] })],
    ['1.500.000.', angka('1500000', 0, { sistem: 'id', catatan: ['anotasi'] })],
    ['85%', angka('85', 0, { persen: true })],
    ['85 %', angka('85', 0, { persen: true })],
    ['85 % tahun', angka('85', 0, { persen: true, catatan: ['anotasi'] })],
    ['85 x%', angka('85', 0, { catatan: ['anotasi'] })],
    ['5 + 3', kosong('ekspresi')],
    ['5 x 2', kosong('ekspresi')],
    ['5 =10', kosong('ekspresi')],
    ['5 10', kosong('ekspresi')],
    ['5 10 a', kosong('ekspresi')],
    ['5 x', angka('5', 0, { catatan: ['anotasi'] })],
    ['5 + x', angka('5', 0, { catatan: ['anotasi'] })],
    ['5 abc+1', angka('5', 0, { catatan: ['anotasi'] })],
    ['5 (target)', angka('5', 0, { catatan: ['anotasi'] })],
    ['5; catatan', angka('5', 0, { catatan: ['anotasi'] })],
    ['5 ...', angka('5', 0, { catatan: ['anotasi'] })],
  ])('%j', (teks, harap) => {
    expect(rata(parseTeks(teks))).toEqual(harap);
  });

  test('a dash is zero with no decimals', () => {
    expect(rata(parseTeks('—'))).toEqual({ status: 'strip', nilai: '0', desimal: 0, persen: false, catatan: [] });
  });

  test('an ambiguous number takes the column system, and says so', () => {
    expect(rata(parseTeks('1.234', 'id'))).toEqual(angka('1234', 0, { sistem: 'id', catatan: ['sistem-kolom'] }));
    expect(rata(parseTeks('1.234', 'us'))).toEqual(angka('1.234', 3, { sistem: 'us', catatan: ['sistem-kolom'] }));
    expect(rata(parseTeks('1.234%', 'us'))).toEqual(
      angka('1.234', 3, { sistem: 'us', persen: true, catatan: ['sistem-kolom'] }),
    );
  });

  test('sistemDari names each case', () => {
    expect(sistemDari('123')).toBe('bilangan-bulat');
    expect(sistemDari('1.')).toBe('tidak-valid');
    expect(sistemDari('1..2')).toBe('tidak-valid');
    expect(sistemDari('123.456')).toBe('ambigu');
    expect(sistemDari('1234.567')).toBe('us');
    expect(sistemDari('0,123')).toBe('id');
    expect(sistemDari('1.234.567,5')).toBe('id');
    expect(sistemDari('1,234.5.6')).toBe('tidak-valid');
  });
});

describe('sistemKolom', () => {
  test.each<[string[], string | null]>([
    [['Rp 1.234.567'], 'id'],
    [['Rp5.000.000'], 'id'],
    [['1.234.567,.'], 'id'],
    [['1.234.567.'], 'id'],
    [['1,234,567'], 'us'],
    [['123.456'], null],
    [['teks'], null],
    [[], null],
  ])('%j -> %s', (teks, harap) => expect(sistemKolom(teks)).toBe(harap));
});

describe('number formats and number cells', () => {
  test.each<[string, number | null, boolean]>([
    ['General', null, false],
    ['general', null, false],
    ['@', null, false],
    ['"Rp 0.00 "#,##0', 0, false],
    ['[<=0.005]0.0', 1, false],
    ['mm-dd', null, false],
    ['#,##0.000;(#,##0.0)', 3, false],
    ['0.0%', 1, true],
    ['0\\.0', 0, false],
  ])('infoFormat(%j)', (fmt, desimal, persen) => {
    expect(infoFormat(fmt)).toEqual({ desimal, persen });
    expect(infoFormat(fmt)).toEqual({ desimal, persen }); // and again from the cache
  });

  test('non-finite cells are errors; others are numbers with the format decimals', () => {
    expect(dariAngka(NaN).status).toBe('galat');
    expect(dariAngka(Infinity).status).toBe('galat');
    expect(rata(dariAngka(5))).toEqual({ status: 'angka', nilai: '5', desimal: 0, persen: false, catatan: [] });
    expect(rata(dariAngka(0.25, '0.00%'))).toEqual({
      status: 'angka',
      nilai: '25',
      desimal: 2,
      persen: true,
      catatan: [],
    });
    expect(rata(dariAngka(12.345, '0.00'))).toEqual({
      status: 'angka',
      nilai: '12.35',
      desimal: 2,
      persen: false,
      catatan: [],
    });
    expect(rata(dariAngka(12.5))).toEqual({ status: 'angka', nilai: '12.5', desimal: 1, persen: false, catatan: [] });
  });

  test('adaNilai: only what carries a value and its decimals', () => {
    expect(adaNilai(parseTeks(''))).toBe(false);
    expect(adaNilai(parseTeks('123.456'))).toBe(false);
    expect(adaNilai({ status: 'angka', nilai: new D(1), desimal: null, persen: false, catatan: [] })).toBe(false);
    expect(adaNilai(parseTeks('-'))).toBe(true);
    expect(adaNilai(dariAngka(3))).toBe(true);
  });

  test('jumlahAngka leaves out cells without a value', () => {
    expect(jumlahAngka([dariAngka(5), parseTeks(''), dariAngka(2.5)]).toFixed()).toBe('7.5');
    expect(jumlahAngka([]).toFixed()).toBe('0');
  });
});

describe('formatting and decimals', () => {
  test('negative numbers and fractions in both languages', () => {
    expect(formatId(new D('-1234.5'))).toBe('−1.234,5');
    expect(formatEn(new D('-1234.5'))).toBe('-1,234.5');
    expect(formatId(new D('1234.5'))).toBe('1.234,5');
    expect(formatEn(new D('1234.5'))).toBe('1,234.5');
    expect(formatId(new D('1234.5'), 2)).toBe('1.234,50');
    expect(formatId(new D('1234'))).toBe('1.234');
  });

  test('dariAngkaJs refuses non-finite numbers; jumlahDesimal caps at 6', () => {
    expect(() => dariAngkaJs(NaN)).toThrow(RangeError);
    expect(() => dariAngkaJs(Infinity)).toThrow(/Infinity/);
    expect(jumlahDesimal(new D('1.1234567'))).toBe(6);
    expect(jumlahDesimal(new D('1.5'))).toBe(1);
    expect(jumlahDesimal(new D('100'))).toBe(0);
  });
});
