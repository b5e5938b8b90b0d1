/** The zoo's realisasi anggaran tables: clean ones read and consistent; one planted error found alone. */
import fc from 'fast-check';
import { kasus } from '../helpers/fc';
import { periksaBersih, periksaKasus, periksaTanam } from './inti';
import { arbAnggaran, arbPilihTanam, bangunAnggaran } from './anggaran';

jest.setTimeout(120_000);

test('clean realisasi anggaran tables in every layout: no error or warning, read and checked', async () => {
  await fc.assert(
    fc.asyncProperty(arbAnggaran, async (p) => {
      const k = bangunAnggaran(p);
      periksaBersih(k, await periksaKasus(k));
    }),
    { numRuns: 250, seed: Number(process.env.BENIH) },
  );
});

test('one planted error in a realisasi anggaran table: exactly that finding', async () => {
  await fc.assert(
    fc.asyncProperty(arbAnggaran, arbPilihTanam, async (p, t) => {
      const k = bangunAnggaran(p, t);
      if (!k.tanam) return;
      periksaTanam(k, await periksaKasus(k));
    }),
    { numRuns: 250, seed: Number(process.env.BENIH) },
  );
});
