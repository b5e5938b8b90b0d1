/**
 * The zoo's combinations: tables of different kinds stacked on one sheet (blank rows between) or on two
 * sheets of one workbook, and big tables (a few hundred rows). Each table is read and checked on its own; one
 * planted error in either is found alone.
 */
import fc from 'fast-check';
import { kasus } from '../helpers/fc';
import { berdampingan, periksaBersih, periksaKasus, periksaTanam, tumpuk } from './inti';
import { arbAnggaran, arbAnggaranBesar, arbPilihTanam, bangunAnggaran } from './anggaran';
import { arbOpsiCapaian, bangunCapaian } from './capaian';
import { arbEfisiensi, bangunEfisiensi } from './gabungan';
import { arbMatriks, bangunMatriks } from './ekspor';

jest.setTimeout(180_000);

const arbSusun = fc.record({
  anggaran: arbAnggaran,
  capaian: arbOpsiCapaian,
  efisiensi: arbEfisiensi,
  matriks: arbMatriks,
  // which tables, in which order, and how they are placed
  pasangan: fc.constantFrom('anggaran+capaian', 'capaian+anggaran', 'capaian+efisiensi', 'anggaran+matriks'),
  satuLembar: fc.boolean(),
  jarak: fc.integer({ min: 1, max: 3 }),
  tanamDiAtas: fc.boolean(),
});

type Susun = typeof arbSusun extends fc.Arbitrary<infer U> ? U : never;

function bangunSusun(s: Susun, t?: { pilih: number; delta: number }) {
  const bangun = (nama: string, tt?: typeof t) =>
    nama === 'anggaran'
      ? bangunAnggaran(s.anggaran, tt)
      : nama === 'capaian'
        ? bangunCapaian(s.capaian, tt)
        : nama === 'efisiensi'
          ? bangunEfisiensi(s.efisiensi, tt)
          : bangunMatriks(s.matriks, tt);
  const [x, y] = s.pasangan.split('+');
  const a = bangun(x, s.tanamDiAtas ? t : undefined);
  const b = bangun(y, s.tanamDiAtas ? undefined : t);
  return s.satuLembar ? tumpuk(a, b, s.jarak) : berdampingan(a, b);
}

describe('tables of different kinds together, on one sheet or on two', () => {
  test('clean: every table read and checked, no error or warning', async () => {
    await fc.assert(
      fc.asyncProperty(arbSusun, async (s) => {
        const k = bangunSusun(s);
        periksaBersih(k, await periksaKasus(k));
      }),
      { numRuns: kasus(30) },
    );
  });

  test('one planted error in either table: exactly that finding', async () => {
    await fc.assert(
      fc.asyncProperty(arbSusun, arbPilihTanam, async (s, t) => {
        const k = bangunSusun(s, t);
        if (!k.tanam) return;
        periksaTanam(k, await periksaKasus(k));
      }),
      { numRuns: kasus(30) },
    );
  });
});

describe('big realisasi anggaran tables (a few hundred rows)', () => {
  test('clean: read and checked, no error or warning', async () => {
    await fc.assert(
      fc.asyncProperty(arbAnggaranBesar, async (p) => {
        const k = bangunAnggaran(p);
        periksaBersih(k, await periksaKasus(k));
      }),
      { numRuns: kasus(6) },
    );
  });

  test('one planted error: exactly that finding', async () => {
    await fc.assert(
      fc.asyncProperty(arbAnggaranBesar, arbPilihTanam, async (p, t) => {
        const k = bangunAnggaran(p, t);
        if (!k.tanam) return;
        periksaTanam(k, await periksaKasus(k));
      }),
      { numRuns: kasus(6) },
    );
  });
});
