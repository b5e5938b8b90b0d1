/** Property tests: number round-trips in both formats, monotone predikat, the negative formula's symmetry. */
import fc from 'fast-check';
import { D } from '../../src/core/desimal';
import { formatEn, formatId, parseTeks } from '../../src/core/angka';
import { capaian } from '../../src/core/capaian';
import { PERMENDAGRI_86, SKALA_BAIK, SKALA_BERHASIL, nilaiPredikat } from '../../src/core/skala';

const uang = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => new D(`${a}.${String(b).padStart(2, '0')}`));

test('Indonesian and US money texts round-trip (with 2 decimals nothing is ambiguous)', () => {
  fc.assert(
    fc.property(uang, (v) => {
      expect(parseTeks(formatId(v, 2)).nilai!.eq(v)).toBe(true);
      expect(parseTeks(formatEn(v, 2)).nilai!.eq(v)).toBe(true);
      expect(parseTeks(`Rp ${formatId(v, 2)},-`.replace(',-', '')).nilai!.eq(v)).toBe(true);
    }),
  );
});

test('whole numbers round-trip when the column says which system it uses', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (n) => {
      const v = new D(n.toString());
      expect(parseTeks(formatId(v), 'id').nilai!.eq(v)).toBe(true);
      expect(parseTeks(formatEn(v), 'us').nilai!.eq(v)).toBe(true);
    }),
  );
});

test('parsing arbitrary text never throws', () => {
  fc.assert(fc.property(fc.string(), (s) => void parseTeks(s)));
});

test('predikat is monotone: a higher capaian never gets a worse band', () => {
  for (const skala of [PERMENDAGRI_86, SKALA_BAIK, SKALA_BERHASIL]) {
    const urut = skala.pita.map((p) => p.label); // best first
    fc.assert(
      fc.property(fc.double({ min: -50, max: 500, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, delta) => {
        const x = nilaiPredikat(skala, new D(a.toFixed(6)))!.pita.label;
        const y = nilaiPredikat(skala, new D((a + delta).toFixed(6)))!.pita.label;
        expect(urut.indexOf(y)).toBeLessThanOrEqual(urut.indexOf(x));
      }),
    );
  }
});

test('the negative formula mirrors the positive one around 100', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 0, max: 10 ** 6 }), (t, r) => {
      const pos = capaian(new D(t), new D(r), 'positif');
      const neg = capaian(new D(t), new D(r), 'negatif');
      expect(pos.plus(neg).toDecimalPlaces(30).toFixed()).toBe('200');
    }),
  );
});
