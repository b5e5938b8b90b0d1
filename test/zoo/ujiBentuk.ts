/**
 * The two zoo properties for a list of table shapes: a clean table gives no error or warning and is read and
 * checked; one planted error gives exactly that finding.
 */
import fc from 'fast-check';
import { kasus } from '../helpers/fc';
import { Kasus, periksaBersih, periksaKasus, periksaTanam } from './inti';

/** A shape: its name, its options' generator, and the builder of a case from options (and a planted error). */
export type Bentuk = [string, fc.Arbitrary<unknown>, (o: never, t?: never) => Kasus];

const arbTanam = fc.record({ pilih: fc.nat(), delta: fc.integer({ min: 2, max: 40 }) });

export function ujiBentuk(bentuk: Bentuk[], putaran = 30): void {
  describe.each(bentuk)('%s', (_nama, arb, bangun) => {
    test('clean: no error or warning, read and checked', async () => {
      await fc.assert(
        fc.asyncProperty(arb, async (o) => {
          const k = bangun(o as never);
          periksaBersih(k, await periksaKasus(k));
        }),
        { numRuns: kasus(putaran) },
      );
    });

    test('one planted error: exactly that finding', async () => {
      await fc.assert(
        fc.asyncProperty(arb, arbTanam, async (o, t) => {
          const k = bangun(o as never, t as never);
          if (!k.tanam) return;
          periksaTanam(k, await periksaKasus(k));
        }),
        { numRuns: kasus(putaran) },
      );
    });
  });
}
