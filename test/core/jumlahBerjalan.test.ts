/**
 * The `jumlah` rule on tables with many aggregate rows: a SUB TOTAL under each program, a JUMLAH at the
 * bottom, and a rata-rata row under a capaian table. The rule checks each aggregate against running sums of
 * the rows above it; these properties pin that a clean table gives no finding and one wrong aggregate gives
 * exactly that finding, at that cell.
 */
import fc from 'fast-check';
import { kasus } from '../helpers/fc';
import { periksaWorkbook } from '../../src/core/periksa';
import type { Sel, WorkbookGrid } from '../../src/core/grid';
import { alamat } from '../../src/core/grid';

interface Tabel {
  grid: WorkbookGrid;
  /** Aggregate cells an injected error may hit, with what else the row could legitimately sum to. */
  agregat: { r: number; c: number; nilai: number; bacaanLain: number[] }[];
}

const tabel: fc.Arbitrary<Tabel> = fc
  .record({
    program: fc.array(
      fc.array(fc.record({ pagu: fc.integer({ min: 1000, max: 1e9 }), pct: fc.integer({ min: 0, max: 100 }) }), {
        minLength: 1,
        maxLength: 4,
      }),
      { minLength: 1, maxLength: 6 },
    ),
    capaian: fc.array(fc.record({ t: fc.integer({ min: 100, max: 10000 }), r: fc.integer({ min: 0, max: 15000 }) }), {
      minLength: 2,
      maxLength: 6,
    }),
  })
  .map(({ program, capaian }) => {
    const rows: (Sel | null)[][] = [[{ v: 'No' }, { v: 'Uraian' }, { v: 'Pagu' }, { v: 'Realisasi' }]];
    const agregat: Tabel['agregat'] = [];
    let semuaPagu = 0;
    let semuaReal = 0;
    let subtotalPagu = 0;
    let subtotalReal = 0;
    program.forEach((subs, i) => {
      let pp = 0;
      let pr = 0;
      subs.forEach((x, j) => {
        const real = Math.floor((x.pagu * x.pct) / 100);
        rows.push([{ v: String(j + 1) }, { v: `Sub kegiatan ${i + 1}.${j + 1}` }, { v: x.pagu }, { v: real }]);
        pp += x.pagu;
        pr += real;
      });
      semuaPagu += pp;
      semuaReal += pr;
      const r = rows.length;
      rows.push([null, { v: 'SUB TOTAL' }, { v: pp }, { v: pr }]);
      // a SUB TOTAL may also sum every row above, or the subtotals above it
      agregat.push({ r, c: 2, nilai: pp, bacaanLain: [semuaPagu, subtotalPagu] });
      agregat.push({ r, c: 3, nilai: pr, bacaanLain: [semuaReal, subtotalReal] });
      subtotalPagu += pp;
      subtotalReal += pr;
    });
    const rj = rows.length;
    rows.push([null, { v: 'JUMLAH' }, { v: semuaPagu }, { v: semuaReal }]);
    agregat.push({ r: rj, c: 2, nilai: semuaPagu, bacaanLain: [subtotalPagu] });
    rows.push([], []);
    rows.push([{ v: 'No' }, { v: 'Indikator' }, { v: 'Target' }, { v: 'Realisasi' }, { v: 'Capaian' }]);
    let seratusan = 0;
    capaian.forEach((x, i) => {
      // capaian in hundredths, truncated: r × 10 000 / t on integers (exact)
      const c = Math.floor((x.r * 10000) / x.t);
      seratusan += c;
      rows.push([
        { v: i + 1 },
        { v: `Persentase layanan ${i + 1}` },
        { v: x.t / 100 },
        { v: x.r / 100 },
        { v: c / 100 },
      ]);
    });
    // the mean of the capaian column, rounded half up to hundredths, in integers
    const n = capaian.length;
    const rata = Math.floor((2 * seratusan + n) / (2 * n));
    const rr = rows.length;
    rows.push([null, { v: 'Rata-rata' }, null, null, { v: rata / 100 }]);
    agregat.push({ r: rr, c: 4, nilai: rata / 100, bacaanLain: [] });
    return { grid: { lembar: [{ nama: 'T', baris: rows, gabung: [] }] }, agregat };
  });

test('tables with many SUB TOTAL rows, a JUMLAH and a rata-rata row: clean gives zero findings', () => {
  fc.assert(
    fc.property(tabel, (t) => {
      const h = periksaWorkbook(t.grid);
      expect(h.findings.map((f) => `${f.rule} ${f.cell}: ${f.message}`)).toEqual([]);
    }),
    { numRuns: kasus(200) },
  );
});

test('one wrong SUB TOTAL, JUMLAH or rata-rata cell yields exactly that jumlah finding', () => {
  fc.assert(
    fc.property(tabel, fc.nat(), fc.integer({ min: 1, max: 50 }), (t, pilih, delta) => {
      const a = t.agregat[pilih % t.agregat.length];
      const salah = a.c === 4 ? (Math.round(a.nilai * 100) + delta) / 100 : a.nilai + delta;
      // a wrong value that happens to equal another reading of the row is not an error
      fc.pre(!a.bacaanLain.includes(salah));
      const g: WorkbookGrid = JSON.parse(JSON.stringify(t.grid));
      // shown with two decimals (276.2 in General format would read as one decimal, and round-match 276.19)
      g.lembar[0].baris[a.r][a.c] = a.c === 4 ? { v: salah, fmt: '0.00' } : { v: salah };
      const h = periksaWorkbook(g);
      expect(h.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([`jumlah ${alamat(a.r, a.c)}`]);
    }),
    { numRuns: kasus(200) },
  );
});
