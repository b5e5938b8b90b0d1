/**
 * The zoo's mixed tables: combined indikator + program tables, separate PROGRAM and KEGIATAN columns, the
 * "Nilai Akuntabilitas Kinerja" total, efisiensi. Clean ones are read and consistent; one planted error is
 * found alone.
 */
import fc from 'fast-check';
import { kasus } from '../helpers/fc';
import { Kasus, periksaBersih, periksaKasus, periksaTanam } from './inti';
import {
  arbEfisiensi,
  arbGabungan,
  arbKomponen,
  arbProgKeg,
  bangunEfisiensi,
  bangunGabungan,
  bangunKomponen,
  bangunProgKeg,
  PilihTanam,
} from './gabungan';

jest.setTimeout(120_000);

const arbTanam = fc.record({ pilih: fc.nat(), delta: fc.integer({ min: 2, max: 40 }) });

const bentuk: [string, fc.Arbitrary<unknown>, (o: never, t?: PilihTanam) => Kasus][] = [
  ['combined indikator + program/kegiatan tables', arbGabungan, bangunGabungan],
  ['separate PROGRAM and KEGIATAN columns', arbProgKeg, bangunProgKeg],
  ['an evaluation table totalled as "Nilai Akuntabilitas Kinerja"', arbKomponen, bangunKomponen],
  ['efisiensi tables', arbEfisiensi, bangunEfisiensi],
];

describe.each(bentuk)('%s', (_nama, arb, bangun) => {
  test('clean: no error or warning, read and checked', async () => {
    await fc.assert(
      fc.asyncProperty(arb, async (o) => {
        const k = bangun(o as never);
        periksaBersih(k, await periksaKasus(k));
      }),
      { numRuns: kasus(30) },
    );
  });

  test('one planted error: exactly that finding', async () => {
    await fc.assert(
      fc.asyncProperty(arb, arbTanam, async (o, t) => {
        const k = bangun(o as never, t);
        if (!k.tanam) return;
        periksaTanam(k, await periksaKasus(k));
      }),
      { numRuns: kasus(30) },
    );
  });
});
