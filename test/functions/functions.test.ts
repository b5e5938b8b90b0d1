/**
 * The SAKIP.* functions as Excel calls them: the built functions.js is run with a CustomFunctions runtime
 * stand-in that records `associate` calls; each registered function gets 2-D arrays (a single cell is
 * [[x]]) and returns an array of the same shape, with Excel errors carrying Indonesian messages.
 * functions.json must list exactly the documented functions and parameters.
 */
import fs from 'fs';
import path from 'path';
import vm from 'vm';

const DIST = path.resolve(__dirname, '..', '..', 'dist');

class ErrorStandIn {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const ErrorCode = {
  divisionByZero: '#DIV/0!',
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

type Fn = (...args: unknown[]) => unknown[][];
const terdaftar = new Map<string, Fn>();

beforeAll(() => {
  const kode = fs.readFileSync(path.join(DIST, 'functions.js'), 'utf8');
  const CustomFunctions = { Error: ErrorStandIn, ErrorCode, associate: (id: string, f: Fn) => terdaftar.set(id, f) };
  const ctx: Record<string, unknown> = { CustomFunctions, console };
  ctx.self = ctx;
  ctx.window = ctx;
  ctx.globalThis = ctx;
  vm.runInNewContext(kode, ctx);
});

const panggil = (id: string, ...args: unknown[]) => terdaftar.get(id)!(...args);
const galat = (x: unknown) => (x instanceof Object && 'code' in (x as object) ? (x as ErrorStandIn).code : null);

describe('functions.json (generated from JSDoc)', () => {
  const meta = () =>
    JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8')) as {
      functions: {
        id: string;
        name: string;
        description: string;
        parameters: { name: string; optional?: boolean; dimensionality?: string; description?: string }[];
        result: { dimensionality?: string };
      }[];
    };
  test('lists exactly the SAKIP functions with their parameters', () => {
    const f = meta().functions.map((x) => [x.id, x.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}`)]);
    expect(f).toEqual([
      ['CAPAIAN', ['target', 'realisasi', 'polaritas?']],
      ['PENYERAPAN', ['pagu', 'realisasi']],
      ['SISA', ['pagu', 'realisasi']],
      ['EFISIENSI', ['capaian', 'penyerapan', 'metode?']],
      ['PREDIKAT', ['capaian', 'skala?']],
      ['ANGKA', ['teks']],
    ]);
  });
  test('every argument takes a range and every result is an array; help is in Bahasa Indonesia', () => {
    for (const x of meta().functions) {
      expect(x.result.dimensionality).toBe('matrix');
      for (const p of x.parameters) expect(p.dimensionality).toBe('matrix');
      expect(x.description).toMatch(/[a-z]/);
    }
    expect(meta().functions[0].description).toMatch(/Capaian kinerja dalam persen/);
  });
  test('the runtime registers every function of the metadata', () => {
    expect([...terdaftar.keys()].sort()).toEqual(
      meta()
        .functions.map((x) => x.id)
        .sort(),
    );
  });
});

describe('as Excel calls them', () => {
  test('CAPAIAN on single cells, text numbers and polarity words', () => {
    expect(panggil('CAPAIAN', [[29.42]], [[78.76]])[0][0]).toBeCloseTo(267.709, 3);
    expect(panggil('CAPAIAN', [['5,72 per 100.000']], [['0,54']], [['negatif']])[0][0]).toBeCloseTo(190.5594, 3);
    expect(panggil('CAPAIAN', [[5.72]], [[0.54]], [['turun']])[0][0]).toBeCloseTo(190.5594, 3);
    expect(panggil('CAPAIAN', [[100]], [[50]], [['-']])[0][0]).toBe(150);
  });
  test('ranges return the same shape; a single cell broadcasts', () => {
    const r = panggil('CAPAIAN', [[10], [20], [40]], [[5]]);
    expect(r).toEqual([[50], [25], [12.5]]);
    const r2 = panggil('PENYERAPAN', [[100, 200]], [[50, 50]]);
    expect(r2).toEqual([[50, 25]]);
    expect(galat(panggil('SISA', [[1], [2]], [[1, 2, 3]])[0][0])).toBe('#VALUE!');
  });
  test('errors are Excel errors with an Indonesian message, never exceptions', () => {
    const nol = panggil('CAPAIAN', [[0]], [[5]])[0][0] as ErrorStandIn;
    expect(nol.code).toBe('#DIV/0!');
    expect(nol.message).toMatch(/Target 0/);
    const teks = panggil('CAPAIAN', [['abc']], [[5]])[0][0] as ErrorStandIn;
    expect(teks.code).toBe('#VALUE!');
    expect(teks.message).toMatch(/"abc" bukan angka/);
    expect(galat(panggil('CAPAIAN', [['']], [[5]])[0][0])).toBe('#N/A');
    expect(galat(panggil('CAPAIAN', [[null]], [[5]])[0][0])).toBe('#N/A');
    expect(galat(panggil('CAPAIAN', [[1]], [[5]], [['miring']])[0][0])).toBe('#VALUE!');
    expect(galat(panggil('PENYERAPAN', [[0]], [[5]])[0][0])).toBe('#DIV/0!');
  });
  test('SISA, EFISIENSI', () => {
    expect(panggil('SISA', [['Rp 2.500.000.000,-']], [[500000000]])).toEqual([[2000000000]]);
    expect(panggil('EFISIENSI', [[107.08]], [[0.79]])[0][0]).toBeCloseTo(106.29, 10);
    expect(panggil('EFISIENSI', [[100]], [[50]], [['rasio']])).toEqual([[200]]);
    expect(panggil('EFISIENSI', [[100]], [[50]], [['rasio-terbalik']])).toEqual([[50]]);
    expect(galat(panggil('EFISIENSI', [[100]], [[0]], [['rasio']])[0][0])).toBe('#DIV/0!');
  });
  test('PREDIKAT with built-in scales and a scale range', () => {
    expect(panggil('PREDIKAT', [[59.71]])).toEqual([['Rendah']]);
    expect(panggil('PREDIKAT', [[95], [80], [10]], [['Permendagri 86']])).toEqual([
      ['Sangat Tinggi'],
      ['Tinggi'],
      ['Sangat Rendah'],
    ]);
    expect(panggil('PREDIKAT', [[61.47]], [['berhasil']])).toEqual([['Cukup Berhasil']]);
    const rentang = [
      ['Lebih dari 100%', 'Baik Sekali (BS)'],
      ['Lebih dari 75% sd. 100%', 'Baik (B)'],
      ['55% sd. 75 %', 'Cukup (C)'],
      ['Kurang dari 55 %', 'Kurang (K)'],
    ];
    expect(panggil('PREDIKAT', [[267.71], [75], [100]], rentang)).toEqual([
      ['Baik Sekali (BS)'],
      ['Cukup (C)'],
      ['Baik (B)'],
    ]);
    expect(
      panggil(
        'PREDIKAT',
        [[85]],
        [
          [80, 'A'],
          [60, 'B'],
          [0, 'C'],
        ],
      ),
    ).toEqual([['A']]);
    expect(galat(panggil('PREDIKAT', [[85]], [['skala aneh']])[0][0])).toBe('#VALUE!');
  });
  test('ANGKA reads pasted texts', () => {
    expect(
      panggil('ANGKA', [['1.158.498.355,00'], ['Rp 2.500.000.000,-'], ['95 %'], ['1,158,498,355.00'], ['-']]),
    ).toEqual([[1158498355], [2500000000], [95], [1158498355], [0]]);
    expect(galat(panggil('ANGKA', [['N/A']])[0][0])).toBe('#N/A');
    expect(galat(panggil('ANGKA', [['1.234']])[0][0])).toBe('#VALUE!');
  });
});
