/** The zoo's capaian tables: clean ones read and consistent; one planted error found alone. */
import fc from 'fast-check';
import { kasus } from '../helpers/fc';
import { periksaBersih, periksaKasus, periksaTanam } from './inti';
import { arbOpsiCapaian, bangunCapaian } from './capaian';

jest.setTimeout(120_000);

const arbTanam = fc.record({ pilih: fc.nat(), delta: fc.integer({ min: 2, max: 40 }) });

test('clean capaian tables in every layout: no error or warning, read and checked', async () => {
  await fc.assert(
    fc.asyncProperty(arbOpsiCapaian, async (o) => {
      const k = bangunCapaian(o);
      periksaBersih(k, await periksaKasus(k));
    }),
    { numRuns: kasus(60) },
  );
});

test('one planted error in a capaian table: exactly that finding', async () => {
  await fc.assert(
    fc.asyncProperty(arbOpsiCapaian, arbTanam, async (o, t) => {
      const k = bangunCapaian(o, t);
      if (!k.tanam) return;
      periksaTanam(k, await periksaKasus(k));
    }),
    { numRuns: kasus(60) },
  );
});
