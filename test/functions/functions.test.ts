/**
 * The SAKIP.* functions as Excel calls them: the built functions.js is run with a CustomFunctions runtime
 * stand-in that records `associate` calls; each registered function gets 2-D arrays (a single cell is
 * [[x]]) and returns (a promise of) an array of the same shape, with Excel errors carrying Indonesian
 * messages where Excel shows them. functions.json must list exactly the documented functions and parameters.
 * Empty cells are tested both ways Excel passes them: null (web) and 0 with the parameter's address
 * (desktop builds), the address then read through the real office.js client (test/helpers/officeAsli.ts).
 */
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import { WorkbookPalsu } from '../helpers/dokumenExcel';
import { excelAsli } from '../helpers/officeAsli';
import { FUNGSI_SAKIP } from '../../src/functions/logika';

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

type Fn = (...args: unknown[]) => Promise<unknown[][]>;
const terdaftar = new Map<string, Fn>();
const konteks: Record<string, unknown> = {};

beforeAll(() => {
  const kode = fs.readFileSync(path.join(DIST, 'functions.js'), 'utf8');
  const CustomFunctions = { Error: ErrorStandIn, ErrorCode, associate: (id: string, f: Fn) => terdaftar.set(id, f) };
  Object.assign(konteks, { CustomFunctions, console, setTimeout });
  konteks.self = konteks;
  konteks.window = konteks;
  konteks.globalThis = konteks;
  vm.runInNewContext(kode, konteks);
});

const jumlahParam: Record<string, number> = { CAPAIAN: 4, PENYERAPAN: 2, SISA: 2, EFISIENSI: 3, PREDIKAT: 2, ANGKA: 1 };

/** As Excel calls a function: every declared parameter (omitted optional ones as null), then the invocation. */
function panggil(id: string, ...args: unknown[]): Promise<unknown[][]> {
  return panggilDi(id, [], ...args);
}
function panggilDi(id: string, alamat: (string | null)[], ...args: unknown[]): Promise<unknown[][]> {
  const semua = Array.from({ length: jumlahParam[id] }, (_, i) => (i < args.length ? args[i] : null));
  const invocation = { address: 'Data!Z1', parameterAddresses: semua.map((_, i) => alamat[i] ?? undefined) };
  return terdaftar.get(id)!(...semua, invocation);
}
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
    const daftar = meta().functions.map((x) => [x.id, x.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}`)]);
    expect(daftar).toEqual([
      ['CAPAIAN', ['target', 'realisasi', 'polaritas?', 'metode?']],
      ['PENYERAPAN', ['pagu', 'realisasi']],
      ['SISA', ['pagu', 'realisasi']],
      ['EFISIENSI', ['capaian', 'penyerapan', 'metode?']],
      ['PREDIKAT', ['capaian', 'skala?']],
      ['ANGKA', ['teks']],
    ]);
  });
  test('the parameters are the ones the functions declare (src/functions/logika.ts FUNGSI_SAKIP)', () => {
    const dariMetadata = meta().functions.map((x) => [x.id, x.parameters.map((p) => [p.name, !!p.optional])]);
    const dariDefinisi = Object.entries(FUNGSI_SAKIP).map(([id, definisi]) => [
      id,
      definisi.argumen.map((arg) => [arg.nama, !!arg.opsional]),
    ]);
    expect(dariMetadata).toEqual(dariDefinisi);
    const metode = meta().functions[0].parameters[3];
    expect(metode.description).toMatch(/pengurangan.*kebalikan/);
  });
  test('every argument takes a range and every result is an array; help is in Bahasa Indonesia', () => {
    for (const fungsi of meta().functions) {
      expect(fungsi.result.dimensionality).toBe('matrix');
      for (const parameter of fungsi.parameters) expect(parameter.dimensionality).toBe('matrix');
      expect(fungsi.description).toMatch(/[a-z]/);
    }
    expect(meta().functions[0].description).toMatch(/Capaian kinerja dalam persen/);
  });
  test("every function asks for its parameters' addresses (to tell an empty cell from a 0 on desktop)", () => {
    for (const fungsi of meta().functions)
      expect((fungsi as unknown as { options?: { requiresParameterAddresses?: boolean } }).options).toEqual({
        requiresParameterAddresses: true,
      });
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
  const satu = async (id: string, ...args: unknown[]) => (await panggil(id, ...args))[0][0];
  test('CAPAIAN on single cells, text numbers and polarity words', async () => {
    expect(await satu('CAPAIAN', [[29.42]], [[78.76]])).toBeCloseTo(267.709, 3);
    expect(await satu('CAPAIAN', [['5,72 per 100.000']], [['0,54']], [['negatif']])).toBeCloseTo(190.5594, 3);
    expect(await satu('CAPAIAN', [[5.72]], [[0.54]], [['turun']])).toBeCloseTo(190.5594, 3);
    expect(await satu('CAPAIAN', [[100]], [[50]], [['-']])).toBe(150);
  });
  test('CAPAIAN of a negative indikator: pengurangan (default) or kebalikan', async () => {
    // (2 × 5,72 − 0,54) / 5,72 × 100 and 5,72 / 0,54 × 100
    expect(await satu('CAPAIAN', [[5.72]], [[0.54]], [['negatif']], [['pengurangan']])).toBeCloseTo(190.5594, 3);
    expect(await satu('CAPAIAN', [[5.72]], [[0.54]], [['negatif']], [[null]])).toBeCloseTo(190.5594, 3);
    expect(await satu('CAPAIAN', [[5.72]], [[0.54]], [['negatif']], [['kebalikan']])).toBeCloseTo(1059.2593, 3);
    expect(await satu('CAPAIAN', [[100]], [[80]], [['-']], [[' Kebalikan ']])).toBe(125);
    // the method is for negative indikator only
    expect(await satu('CAPAIAN', [[100]], [[80]], [['positif']], [['kebalikan']])).toBe(80);
    // a range of methods broadcasts like any argument
    expect(await panggil('CAPAIAN', [[100]], [[80]], [['negatif']], [['pengurangan', 'kebalikan']])).toEqual([
      [120, 125],
    ]);
    const tidakDikenal = (await satu('CAPAIAN', [[100]], [[80]], [['negatif']], [['miring']])) as ErrorStandIn;
    expect(tidakDikenal.code).toBe('#VALUE!');
    expect(tidakDikenal.message).toMatch(/Metode "miring" tidak dikenal: pakai pengurangan atau kebalikan/);
    expect(galat(await satu('CAPAIAN', [[100]], [[0]], [['negatif']], [['kebalikan']]))).toBe('#DIV/0!');
    expect(await satu('CAPAIAN', [[100]], [[0]], [['negatif']], [['pengurangan']])).toBe(200);
  });
  test('ranges return the same shape; a single cell broadcasts', async () => {
    expect(await panggil('CAPAIAN', [[10], [20], [40]], [[5]])).toEqual([[50], [25], [12.5]]);
    expect(await panggil('PENYERAPAN', [[100, 200]], [[50, 50]])).toEqual([[50, 25]]);
    expect(galat(await satu('SISA', [[1], [2]], [[1, 2, 3]]))).toBe('#VALUE!');
  });
  test('errors are Excel errors, never exceptions; messages only with the codes Excel shows them for', async () => {
    const nol = (await satu('CAPAIAN', [[0]], [[5]])) as ErrorStandIn;
    expect(nol.code).toBe('#DIV/0!');
    expect(nol.message).toBeUndefined(); // Excel drops custom messages on #DIV/0!
    const teks = (await satu('CAPAIAN', [['abc']], [[5]])) as ErrorStandIn;
    expect(teks.code).toBe('#VALUE!');
    expect(teks.message).toMatch(/"abc" bukan angka/);
    const kosong = (await satu('CAPAIAN', [['']], [[5]])) as ErrorStandIn;
    expect(kosong.code).toBe('#N/A');
    expect(kosong.message).toMatch(/Target kosong/);
    expect(galat(await satu('CAPAIAN', [[null]], [[5]]))).toBe('#N/A');
    expect(galat(await satu('CAPAIAN', [[1]], [[5]], [['miring']]))).toBe('#VALUE!');
    expect(galat(await satu('PENYERAPAN', [[0]], [[5]]))).toBe('#DIV/0!');
    const takHingga = (await satu('CAPAIAN', [[Infinity]], [[5]])) as ErrorStandIn;
    expect(takHingga.code).toBe('#VALUE!');
    expect(takHingga.message).toMatch(/bukan angka hingga/);
  });
  test('SISA, EFISIENSI', async () => {
    expect(await panggil('SISA', [['Rp 2.500.000.000,-']], [[500000000]])).toEqual([[2000000000]]);
    expect(await satu('EFISIENSI', [[107.08]], [[0.79]])).toBeCloseTo(106.29, 10);
    expect(await panggil('EFISIENSI', [[100]], [[50]], [['rasio']])).toEqual([[200]]);
    expect(await panggil('EFISIENSI', [[100]], [[50]], [['rasio-terbalik']])).toEqual([[50]]);
    expect(galat(await satu('EFISIENSI', [[100]], [[0]], [['rasio']]))).toBe('#DIV/0!');
  });
  test('PREDIKAT with built-in scales and a scale range', async () => {
    expect(await panggil('PREDIKAT', [[59.71]])).toEqual([['Rendah']]);
    expect(await panggil('PREDIKAT', [[95], [80], [10]], [['Permendagri 86']])).toEqual([
      ['Sangat Tinggi'],
      ['Tinggi'],
      ['Sangat Rendah'],
    ]);
    expect(await panggil('PREDIKAT', [[61.47]], [['berhasil']])).toEqual([['Cukup Berhasil']]);
    const rentang = [
      ['Lebih dari 100%', 'Baik Sekali (BS)'],
      ['Lebih dari 75% sd. 100%', 'Baik (B)'],
      ['55% sd. 75 %', 'Cukup (C)'],
      ['Kurang dari 55 %', 'Kurang (K)'],
    ];
    expect(await panggil('PREDIKAT', [[267.71], [75], [100]], rentang)).toEqual([
      ['Baik Sekali (BS)'],
      ['Cukup (C)'],
      ['Baik (B)'],
    ]);
    expect(
      await panggil(
        'PREDIKAT',
        [[85]],
        [
          [80, 'A'],
          [60, 'B'],
          [0, 'C'],
        ],
      ),
    ).toEqual([['A']]);
    expect(galat(await satu('PREDIKAT', [[85]], [['skala aneh']]))).toBe('#VALUE!');
  });
  test('ANGKA reads pasted texts', async () => {
    expect(
      await panggil('ANGKA', [['1.158.498.355,00'], ['Rp 2.500.000.000,-'], ['95 %'], ['1,158,498,355.00'], ['-']]),
    ).toEqual([[1158498355], [2500000000], [95], [1158498355], [0]]);
    expect(galat(await satu('ANGKA', [['N/A']]))).toBe('#N/A');
    expect(galat(await satu('ANGKA', [['1.234']]))).toBe('#VALUE!');
  });
});

describe('empty cells: null on the web, 0 on desktop builds (read back through the real office.js client)', () => {
  function wbData(): WorkbookPalsu {
    const wb = new WorkbookPalsu();
    const lembar = wb.tambah('Data TW I');
    lembar.sel(0, 0).value = 100; // A1 target
    // B1 empty (realisasi not filled in yet)
    lembar.sel(0, 2).value = 0; // C1 a real 0
    lembar.sel(1, 0).value = 59.71; // A2 capaian
    // A3 empty capaian
    return wb;
  }
  beforeEach(() => {
    konteks.Excel = excelAsli(wbData()).Excel;
  });
  afterAll(() => {
    delete konteks.Excel;
  });

  test('web: an empty cell arrives as null and gives #N/A', async () => {
    expect(galat((await panggilDi('CAPAIAN', ["'Data TW I'!A1", "'Data TW I'!B1"], [[100]], [[null]]))[0][0])).toBe(
      '#N/A',
    );
    expect(galat((await panggilDi('PREDIKAT', ["'Data TW I'!A3"], [[null]]))[0][0])).toBe('#N/A');
  });

  test('desktop: a 0 that comes from an empty cell gives #N/A too, a typed 0 stays 0', async () => {
    const kosong = (await panggilDi('CAPAIAN', ["'Data TW I'!A1", "'Data TW I'!B1"], [[100]], [[0]]))[0][0];
    expect(galat(kosong)).toBe('#N/A');
    expect((kosong as ErrorStandIn).message).toMatch(/Realisasi kosong/);
    expect(galat((await panggilDi('PREDIKAT', ["'Data TW I'!A3"], [[0]]))[0][0])).toBe('#N/A');
    expect((await panggilDi('CAPAIAN', ["'Data TW I'!A1", "'Data TW I'!C1"], [[100]], [[0]]))[0][0]).toBe(0);
    expect((await panggilDi('PREDIKAT', ["'Data TW I'!C1"], [[0]]))[0][0]).toBe('Sangat Rendah');
    // a literal 0 in the formula has no address: it is a 0
    expect((await panggilDi('CAPAIAN', [], [[100]], [[0]]))[0][0]).toBe(0);
  });

  test('desktop: ranges mix empty cells and zeros cell by cell; an empty optional argument is the default', async () => {
    const hasil = await panggilDi('CAPAIAN', ["'Data TW I'!A1:A1", "'Data TW I'!B1:C1"], [[100]], [[0, 0]]);
    expect(galat(hasil[0][0])).toBe('#N/A');
    expect(hasil[0][1]).toBe(0);
    // EFISIENSI(capaian; penyerapan; empty metode) is selisih, not an unknown method "0"
    expect(
      (await panggilDi('EFISIENSI', [null, null, "'Data TW I'!B1"], [[107.08]], [[0.79]], [[0]]))[0][0],
    ).toBeCloseTo(106.29, 10);
    // CAPAIAN(target; realisasi; "negatif"; empty metode) is pengurangan
    expect(
      (await panggilDi('CAPAIAN', [null, null, null, "'Data TW I'!B1"], [[100]], [[80]], [['negatif']], [[0]]))[0][0],
    ).toBe(120);
  });
});
