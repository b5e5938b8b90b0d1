/**
 * The zoo's matrices and budget exports: accounts × regions, jenis belanja column groups, monthly columns,
 * perubahan. Clean ones are read and consistent (a matrix in every column); one planted error is found alone.
 */
import fc from 'fast-check';
import { kasus } from '../helpers/fc';
import { Kasus, periksaBersih, periksaKasus, periksaTanam } from './inti';
import {
  arbBulanan,
  arbJenisBelanja,
  arbMatriks,
  arbPerubahan,
  bangunBulanan,
  bangunJenisBelanja,
  bangunMatriks,
  bangunPerubahan,
  PilihTanam,
} from './ekspor';

jest.setTimeout(120_000);

const arbTanam = fc.record({ pilih: fc.nat(), delta: fc.integer({ min: 2, max: 40 }) });

const bentuk: [string, fc.Arbitrary<unknown>, (o: never, t?: PilihTanam) => Kasus][] = [
  ['matrices: accounts as rows, one column per region', arbMatriks, bangunMatriks],
  ['column groups per jenis belanja under a two-level header', arbJenisBelanja, bangunJenisBelanja],
  ['monthly columns with a Jumlah column', arbBulanan, bangunBulanan],
  ['before / after perubahan with the difference and its percent', arbPerubahan, bangunPerubahan],
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
