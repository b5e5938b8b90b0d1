/**
 * How many cases a property test runs. Under mutation testing (`npm run mutation`, which sets SAKIP_MUTASI)
 * every mutant re-runs the properties that cover it, so they run a tenth of their cases there.
 */
export function kasus(angka: number): number {
  return process.env.SAKIP_MUTASI ? Math.max(10, Math.ceil(angka / 10)) : angka;
}
