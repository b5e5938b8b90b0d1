/** Property tests: number round-trips in both formats, monotone predikat, the negative formula's symmetry. */
import fc from 'fast-check';
import { D } from '../../src/core/desimal';
import { adaNilai, dariAngka, formatEn, formatId, infoFormat, jumlahAngka, parseTeks } from '../../src/core/angka';
import { penyerapan, penyerapanCocokBulat } from '../../src/core/anggaran';
import { cocok, dariAngkaJs, DESIMAL_MAKS } from '../../src/core/desimal';
import { capaian } from '../../src/core/capaian';
import { PERMENDAGRI_86, SKALA_BAIK, SKALA_BERHASIL, nilaiPredikat } from '../../src/core/skala';

const uang = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.integer({ min: 0, max: 99 }))
  .map(([a, b]) => new D(`${a}.${String(b).padStart(2, '0')}`));

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
      fc.property(
        fc.double({ min: -50, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, delta) => {
          const x = nilaiPredikat(skala, new D(a.toFixed(6)))!.pita.label;
          const y = nilaiPredikat(skala, new D((a + delta).toFixed(6)))!.pita.label;
          expect(urut.indexOf(y)).toBeLessThanOrEqual(urut.indexOf(x));
        },
      ),
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

describe('exact fast paths for whole-number cells', () => {
  const bulat = fc.oneof(
    fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1, -Number.MAX_SAFE_INTEGER, 2 ** 52, 0, -0),
  );

  test('a whole-number cell gives the same value and decimals as the Decimal route, without negative zero', () => {
    fc.assert(
      fc.property(bulat, fc.constantFrom(undefined, 'General', '#,##0', '#,##0.00', '"Rp"#,##0'), (n, fmt) => {
        const a = dariAngka(n, fmt);
        expect(a.bulat).toBe(n === 0 ? 0 : n);
        expect(Object.is(a.bulat, -0)).toBe(false);
        expect(a.nilai!.eq(new D(String(n)))).toBe(true);
        expect(a.nilai!.isNegative() && n === 0).toBe(false);
        expect(a.desimal).toBe(fmt === '#,##0.00' ? 2 : 0);
        expect(adaNilai(a)).toBe(true);
      }),
    );
  });

  test('percent formats and fractions never take the whole-number route', () => {
    expect(dariAngka(1, '0%').bulat).toBeUndefined();
    expect(dariAngka(1, '0%').nilai!.toFixed()).toBe('100');
    expect(dariAngka(12.5).bulat).toBeUndefined();
    expect(dariAngka(2 ** 53).bulat).toBeUndefined();
  });

  test('jumlahAngka equals the Decimal sum, also when partial sums pass 2^53 or values mix with fractions', () => {
    const sel = fc.oneof(
      bulat.map((n) => dariAngka(n)),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => dariAngka(n / 100, '#,##0.00')),
      fc.constant(parseTeks('-')),
    );
    fc.assert(
      fc.property(fc.array(sel, { maxLength: 40 }), (xs) => {
        const harap = xs.reduce((s, a) => s.plus(a.nilai ?? 0), new D(0));
        expect(jumlahAngka(xs).eq(harap)).toBe(true);
      }),
    );
  });
});

describe('exact routes agree with decimal.js', () => {
  /** dariAngka as it was before the exact route: everything through decimal.js. */
  function lewatDesimal(n: number, fmt?: string): { nilai: string; desimal: number } {
    const f = infoFormat(fmt);
    let v = dariAngkaJs(n);
    if (f.persen) v = v.times(100);
    if (f.desimal !== null) return { nilai: v.toDecimalPlaces(f.desimal).toFixed(), desimal: f.desimal };
    const b = v.toDecimalPlaces(DESIMAL_MAKS);
    return { nilai: b.toFixed(), desimal: b.decimalPlaces() };
  }

  test('a number cell has the same value and decimals on either route, and skala is value × 10^desimal', () => {
    const angkaSel = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((x) => x / 100),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((x) => x / 1000),
      fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
    );
    fc.assert(
      fc.property(
        angkaSel,
        fc.constantFrom(undefined, 'General', '0', '0.0', '#,##0.00', '0.000000', '0.0000000', '0.0%'),
        (n, fmt) => {
          const a = dariAngka(n, fmt);
          const b = lewatDesimal(n, fmt);
          expect(a.nilai!.toFixed()).toBe(b.nilai);
          expect(a.desimal).toBe(b.desimal);
          if (a.utuh !== undefined) expect(new D(a.utuh).div(new D(10).pow(a.desimal!)).toFixed()).toBe(b.nilai);
        },
      ),
    );
  });

  test('penyerapanCocokBulat decides exactly as cocok(stated, desimal, realisasi / pagu × 100)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 1, max: 1000 }),
          fc.integer({ min: 1, max: 2_000_000_000 }),
          fc.constantFrom(3, 7, 9_999_999_999_999),
        ),
        fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 3_000_000_000 }), fc.constant(0)),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('bulat', 'potong', 'atas', 'bawah', 'acak'),
        fc.integer({ min: 0, max: 1_000_000 }),
        (pagu, real, d, cara, acak) => {
          const harap = penyerapan(new D(pagu), new D(real));
          const skala = new D(10).pow(d);
          const s =
            cara === 'bulat'
              ? harap.times(skala).toDecimalPlaces(0, D.ROUND_HALF_UP)
              : cara === 'potong'
                ? harap.times(skala).toDecimalPlaces(0, D.ROUND_DOWN)
                : cara === 'atas'
                  ? harap.times(skala).toDecimalPlaces(0, D.ROUND_HALF_UP).plus(1)
                  : cara === 'bawah'
                    ? harap.times(skala).toDecimalPlaces(0, D.ROUND_DOWN).minus(1)
                    : new D(acak);
          const cepat = penyerapanCocokBulat(pagu, real, s.toNumber(), d);
          if (cepat === null) return;
          expect(cepat).toBe(cocok(s.div(skala), d, harap));
        },
      ),
    );
  });

  test('penyerapanCocokBulat leaves what it cannot settle exactly to decimal.js', () => {
    expect(penyerapanCocokBulat(0, 5, 0, 0)).toBeNull();
    expect(penyerapanCocokBulat(5, -1, 0, 0)).toBeNull();
    expect(penyerapanCocokBulat(5, 1, 0, 7)).toBeNull();
    expect(penyerapanCocokBulat(3, 2 ** 50, 0, 2)).toBeNull();
    expect(penyerapanCocokBulat(3, 1, 3333, 2)).toBe(true);
    expect(penyerapanCocokBulat(3, 2, 6667, 2)).toBe(true);
    expect(penyerapanCocokBulat(3, 2, 6666, 2)).toBe(true); // truncated is tolerated
    expect(penyerapanCocokBulat(3, 2, 6668, 2)).toBe(false);
  });
});
