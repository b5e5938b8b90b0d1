/**
 * Property tests run from one fixed seed, so a CI run is reproducible and a failure can be replayed as it
 * was. SAKIP_BENIH=acak explores new cases (fast-check's own random seed, printed with any failure),
 * SAKIP_BENIH=<number> replays one; a failure found that way becomes a pinned case (test/core/bentuk.test.ts).
 */
import fc from 'fast-check';

const BENIH_TETAP = 20261202;
const benih = process.env.SAKIP_BENIH;
if (benih !== 'acak') {
  const angka = benih ? Number(benih) : BENIH_TETAP;
  if (!Number.isInteger(angka)) throw new Error(`SAKIP_BENIH harus bilangan bulat atau "acak", bukan "${benih}"`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: angka });
}
