/**
 * Property tests of the engine: random grids never crash detection or checks; clean generated tables give
 * zero findings; one error injected into a clean table yields exactly that finding at that cell.
 */
import fc from 'fast-check';
import { kasus } from '../helpers/fc';
import { periksaWorkbook } from '../../src/core/periksa';
import type { Sel, WorkbookGrid } from '../../src/core/grid';
import { alamat } from '../../src/core/grid';

const KATA = [
  'No',
  'Uraian',
  'Target',
  'Realisasi',
  'Capaian',
  'Pagu',
  'Anggaran',
  'Sisa',
  '%',
  'Efisiensi',
  'Predikat',
  'JUMLAH',
  'TOTAL',
  'Rata-rata',
  'PROGRAM A',
  'Kegiatan',
  'Tabel 1',
  '-',
  'N/A',
  '1.234',
  '12,5 %',
  'Rp 1.000,-',
  '(1)',
  '1.1',
  'II',
  '≥ 91',
  'Lebih dari 75%',
  '=SUM(A1)',
  '@x',
];

const sel: fc.Arbitrary<Sel | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  {
    weight: 3,
    arbitrary: fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }).map((v) => ({ v })),
  },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 2030 }).map((v) => ({ v })) },
  { weight: 3, arbitrary: fc.constantFrom(...KATA).map((v) => ({ v })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((v) => ({ v })) },
  { weight: 1, arbitrary: fc.constantFrom('#DIV/0!', '#REF!').map((g) => ({ v: null, galat: g })) },
  {
    weight: 1,
    arbitrary: fc.record({
      v: fc.integer(),
      f: fc.constant('SUM(A1:A2)'),
      fmt: fc.constantFrom('0%', '#,##0.00', 'General'),
      tebal: fc.boolean(),
    }),
  },
);

const grid: fc.Arbitrary<WorkbookGrid> = fc.array(fc.array(sel, { maxLength: 9 }), { maxLength: 30 }).chain((baris) =>
  fc.array(fc.record({ r1: fc.nat(29), c1: fc.nat(8), h: fc.nat(3), w: fc.nat(3) }), { maxLength: 5 }).map((g) => ({
    lembar: [{ nama: 'Acak', baris, gabung: g.map((x) => ({ r1: x.r1, c1: x.c1, r2: x.r1 + x.h, c2: x.c1 + x.w })) }],
  })),
);

test('random grids never crash detection or checks', () => {
  fc.assert(
    fc.property(grid, (g) => {
      const h = periksaWorkbook(g);
      for (const f of h.findings) expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    }),
    { numRuns: kasus(300) },
  );
});

interface Tabel {
  grid: WorkbookGrid;
  /** Derived cells that an injected error may hit, with the rule that must catch it. */
  turunan: { r: number; c: number; rule: string; nilai: number; longgar?: number }[];
}

/** A clean realisasi anggaran table: programs over sub kegiatan, %, sisa, JUMLAH; and a capaian table. */
const tabelBersih: fc.Arbitrary<Tabel> = fc
  .record({
    program: fc.array(
      fc.array(fc.record({ pagu: fc.integer({ min: 1000, max: 1e9 }), pct: fc.integer({ min: 0, max: 100 }) }), {
        minLength: 1,
        maxLength: 5,
      }),
      { minLength: 1, maxLength: 4 },
    ),
    capaian: fc.array(
      fc.record({
        t: fc.integer({ min: 100, max: 10000 }),
        r: fc.integer({ min: 0, max: 15000 }),
        potong: fc.boolean(),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ program, capaian }) => {
    const rows: (Sel | null)[][] = [
      [{ v: 'No' }, { v: 'Uraian' }, { v: 'Pagu' }, { v: 'Realisasi' }, { v: '%' }, { v: 'Sisa' }],
    ];
    const turunan: Tabel['turunan'] = [];
    let tp = 0;
    let tr = 0;
    program.forEach((subs, i) => {
      const s = subs.map((x) => ({ pagu: x.pagu, real: Math.floor((x.pagu * x.pct) / 100) }));
      const pp = s.reduce((a, x) => a + x.pagu, 0);
      const pr = s.reduce((a, x) => a + x.real, 0);
      tp += pp;
      tr += pr;
      const baris = (no: string, nama: string, pagu: number, real: number) => {
        const r = rows.length;
        const pct = Math.floor((real * 10000) / pagu) / 100;
        rows.push([{ v: no }, { v: nama }, { v: pagu }, { v: real }, { v: pct }, { v: pagu - real }]);
        // sisa is also summed by the parent row, so an error there shows twice; % is not summed
        turunan.push({ r, c: 4, rule: 'penyerapan', nilai: pct });
      };
      baris(['I', 'II', 'III', 'IV'][i], `PROGRAM NOMOR ${i + 1} PELAYANAN SOSIAL`, pp, pr);
      s.forEach((x, j) => baris(String(j + 1), `Sub kegiatan ${i + 1}.${j + 1}`, x.pagu, x.real));
    });
    rows.push([
      null,
      { v: 'JUMLAH' },
      { v: tp },
      { v: tr },
      { v: Math.floor((tr * 10000) / tp) / 100 },
      { v: tp - tr },
    ]);
    rows.push([], []);
    rows.push([{ v: 'No' }, { v: 'Indikator' }, { v: 'Target' }, { v: 'Realisasi' }, { v: 'Capaian' }]);
    capaian.forEach((x, i) => {
      const t = x.t / 100;
      const re = x.r / 100;
      // capaian × 100 = r × 10 000 / t on integers: exact, unlike (r / t) × 100 in floating point
      const c = (x.potong ? Math.floor((x.r * 10000) / x.t) : Math.round((x.r * 10000) / x.t)) / 100;
      const r = rows.length;
      rows.push([{ v: i + 1 }, { v: `Persentase layanan ${i + 1}` }, { v: t }, { v: re }, { v: c }]);
      // the range a realisasi shown with decimals allows (DOMAIN.md): 1,1 may be 1,05–1,15, so ± 0,05 / t × 100
      const desimal = String(re).split('.')[1]?.length ?? 0;
      const longgar = desimal ? (0.5 * 10 ** -desimal * 100) / t : 0;
      turunan.push({ r, c: 4, rule: 'capaian', nilai: c, longgar });
    });
    return { grid: { lembar: [{ nama: 'T', baris: rows, gabung: [] }] }, turunan };
  });

test('clean generated tables give zero findings', () => {
  fc.assert(
    fc.property(tabelBersih, (t) => {
      const h = periksaWorkbook(t.grid);
      expect(h.findings.map((f) => `${f.rule} ${f.cell}: ${f.message}`)).toEqual([]);
    }),
    { numRuns: kasus(300) },
  );
});

test('one injected error yields exactly that finding at that cell', () => {
  fc.assert(
    fc.property(tabelBersih, fc.nat(), fc.integer({ min: 1, max: 50 }), (t, pilih, delta) => {
      const d = t.turunan[pilih % t.turunan.length];
      const g: WorkbookGrid = JSON.parse(JSON.stringify(t.grid));
      // beyond the operand's rounding range and the stated value's own rounding to a whole number
      g.lembar[0].baris[d.r][d.c] = { v: d.nilai + delta + Math.ceil(d.longgar ?? 0) + 1 };
      const h = periksaWorkbook(g);
      expect(h.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([`${d.rule} ${alamat(d.r, d.c)}`]);
    }),
    { numRuns: kasus(150) },
  );
});
