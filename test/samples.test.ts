/**
 * Acceptance on ../shared/samples: every `expected` entry is reported at its sheet and cell with its rule,
 * and no `clean` cell is reported at all. The specs are read at run time, so new samples are picked up.
 */
import { daftarSpec, gridSampel } from './helpers/sampel';
import { periksaWorkbook } from '../src/core/periksa';

const specs = daftarSpec();

test('there are sample specs to check', () => {
  expect(specs.length).toBeGreaterThan(0);
});

describe.each(specs.map((s) => [s.file, s] as const))('%s', (_file, spec) => {
  let temuan: ReturnType<typeof periksaWorkbook>['findings'];
  beforeAll(async () => {
    temuan = periksaWorkbook(await gridSampel(spec.file)).findings;
  });

  test.each(spec.expected.map((e) => [`${e.rule} ${e.sheet}!${e.cell}`, e] as const))('reports %s', (_n, e) => {
    const ada = temuan.filter((f) => f.sheet === e.sheet && f.cell === e.cell);
    expect(ada.map((f) => f.rule)).toContain(e.rule);
  });

  test.each(spec.clean.map((c) => [`${c.sheet}!${c.cell}`, c] as const))('leaves clean cell %s alone', (_n, c) => {
    const ada = temuan.filter((f) => f.sheet === c.sheet && f.cell === c.cell);
    expect(ada.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  test('each reported figure carries stated, expected and a message', () => {
    for (const e of spec.expected) {
      const f = temuan.find((x) => x.sheet === e.sheet && x.cell === e.cell && x.rule === e.rule)!;
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.stated).not.toBeNull();
      if (e.expected && /^-?[\d.]+$/.test(e.expected) && f.expected !== null) {
        expect(Math.abs(Number(f.expected) - Number(e.expected))).toBeLessThanOrEqual(
          Math.max(0.011, Math.abs(Number(e.expected)) * 1e-9),
        );
      }
    }
  });
});
