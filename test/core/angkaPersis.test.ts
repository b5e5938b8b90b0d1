/**
 * The number layer's exact fast paths (samaPersis, lebihDari, sisaPersis, penyerapanPersis): each says what
 * decimal.js says whenever it settles a case, on whole rupiah, decimals, and values past 2^53.
 */
import fc from 'fast-check';
import {
  adaNilai,
  dariAngka,
  lebihDari,
  nilaiTersimpan,
  parseTeks,
  penyerapanPersis,
  samaPersis,
  sisaPersis,
  type Angka,
  type AngkaAda,
} from '../../src/core/angka';
import { penyerapan, sisa } from '../../src/core/anggaran';
import { cocok, D } from '../../src/core/desimal';

function ada(a: Angka): AngkaAda {
  if (!adaNilai(a)) throw new Error('no value');
  return a;
}

/** Whole rupiah (JS integers, some past 2^53), decimals, and the same as text. */
const angka = fc.oneof(
  fc.integer({ min: -2_000_000_000, max: 3_000_000_000 }).map((n) => ada(dariAngka(n, '#,##0'))),
  fc.integer({ min: 0, max: 50 }).map((n) => ada(dariAngka(n))),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => ada(dariAngka(n, '#,##0.00'))),
  fc.bigInt({ min: 2n ** 53n, max: 2n ** 60n }).map((n) => ada(parseTeks(n.toString()))),
  fc.integer({ min: 0, max: 99_999 }).map((n) => ada(parseTeks(`${n},00`, 'id'))),
);

test('samaPersis and lebihDari say what decimal.js says', () => {
  fc.assert(
    fc.property(angka, angka, (a, b) => {
      expect(samaPersis(a, b)).toBe(a.nilai.eq(b.nilai));
      expect(samaPersis(a, a)).toBe(true);
      expect(lebihDari(a, b)).toBe(nilaiTersimpan(a).gt(nilaiTersimpan(b)));
    }),
  );
});

test('sisaPersis: true exactly when the stated sisa is pagu − realisasi, on whole numbers', () => {
  fc.assert(
    fc.property(angka, angka, fc.oneof(angka, fc.constant(null)), (pagu, real, lain) => {
      const harap = sisa(pagu.nilai, real.nilai);
      const stated = lain ?? (harap.abs().lt(2 ** 53) ? ada(dariAngka(harap.toNumber(), '#,##0')) : pagu);
      if (sisaPersis(stated, pagu, real)) expect(stated.nilai.eq(harap)).toBe(true);
      else if ([stated, pagu, real].every((a) => a.bulat !== undefined) && harap.abs().lt(2 ** 53))
        expect(stated.nilai.eq(harap)).toBe(false);
    }),
  );
  const rp = (n: number) => dariAngka(n, '#,##0');
  expect(sisaPersis(rp(300), rp(1000), rp(700))).toBe(true);
  expect(sisaPersis(rp(301), rp(1000), rp(700))).toBe(false);
  expect(sisaPersis(dariAngka(300.5, '#,##0.0'), rp(1000), rp(700))).toBe(false); // not whole: decimal.js decides
});

test('penyerapanPersis: a match it reports is one decimal.js accepts; an empty realisasi is zero spent', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 2_000_000_000 }),
      fc.integer({ min: 0, max: 3_000_000_000 }),
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: -2, max: 2 }),
      (pagu, real, d, geser) => {
        const harap = penyerapan(new D(pagu), new D(real));
        const shown = harap.toDecimalPlaces(d, D.ROUND_HALF_UP).plus(new D(geser).div(10 ** d));
        const fmt = d === 0 ? '0' : `0.${'0'.repeat(d)}`;
        const stated = ada(dariAngka(shown.toNumber(), fmt));
        const cepat = penyerapanPersis(stated, dariAngka(pagu, '#,##0'), dariAngka(real, '#,##0'));
        const tepat = cocok(stated.nilai, stated.desimal, harap);
        if (cepat) expect(tepat).toBe(true);
        if (geser === 0) expect(cepat).toBe(tepat);
      },
    ),
  );
  expect(penyerapanPersis(dariAngka(0, '0.00'), dariAngka(1000, '#,##0'), parseTeks(''))).toBe(true);
  expect(penyerapanPersis(dariAngka(50, '0.00'), dariAngka(1000, '#,##0'), dariAngka(500, '#,##0'))).toBe(true);
  expect(penyerapanPersis(dariAngka(51, '0.00'), dariAngka(1000, '#,##0'), dariAngka(500, '#,##0'))).toBe(false);
});
