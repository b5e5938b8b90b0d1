/**
 * Acceptance on ../shared/samples and ../shared/real, by the one spec runner (test/helpers/sampel.ts
 * `ujiSpec`): every `expected` entry reported, no error or warning on a `clean` cell, none the spec does not
 * call true (`expected` or `also_true`). The specs are read at run time, so new workbooks are picked up.
 */
import { daftarSpec, DIR_NYATA, gridSampel, ujiSpec } from './helpers/sampel';
import { periksaWorkbook } from '../src/core/periksa';

const specs = [...daftarSpec(), ...daftarSpec(DIR_NYATA)];
jest.setTimeout(120_000);

test('there are sample specs to check', () => {
  expect(specs.length).toBeGreaterThan(0);
});

ujiSpec(specs, async (spec) => periksaWorkbook(await gridSampel(spec.file, spec.dir)).findings);
