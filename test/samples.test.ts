/**
 * Acceptance on ../shared/samples and ../shared/real: every `expected` entry is reported at its sheet and cell
 * with its rule (or one of its `alt` rules), no `clean` cell gets an error or warning, and no error or warning
 * is reported anywhere that the spec does not call true (`expected` or `also_true`): a false "galat" costs more
 * than a missed one. The specs are read at run time, so new workbooks are picked up.
 */
import { daftarSpec, DIR_NYATA, gridSampel, kunciEntri, TIDAK_DILAPORKAN, type SpecSampel } from './helpers/sampel';
import { periksaWorkbook } from '../src/core/periksa';

const specs = [...daftarSpec(), ...daftarSpec(DIR_NYATA)];
jest.setTimeout(120_000);

test('there are sample specs to check', () => {
  expect(specs.length).toBeGreaterThan(0);
});

const tempat = (x: { sheet: string; cell: string }) => `${x.sheet.trim().toLowerCase()}!${x.cell.toUpperCase()}`;

describe.each(specs.map((s) => [s.file, s] as const))('%s', (_file, spec: SpecSampel) => {
  let temuan: ReturnType<typeof periksaWorkbook>['findings'];
  beforeAll(async () => {
    temuan = periksaWorkbook(await gridSampel(spec.file, spec.dir)).findings;
  });

  const dilaporkan = spec.expected.filter((e) => !TIDAK_DILAPORKAN[kunciEntri(spec.file, e)]);
  const dikecualikan = spec.expected.filter((e) => TIDAK_DILAPORKAN[kunciEntri(spec.file, e)]);

  if (dilaporkan.length)
    test.each(dilaporkan.map((e) => [`${e.rule} ${e.sheet}!${e.cell}`, e] as const))('reports %s', (_n, e) => {
      const ada = temuan.filter((f) => tempat(f) === tempat(e));
      const aturan = [e.rule, ...(e.alt ?? [])];
      expect(ada.filter((f) => aturan.includes(f.rule)).map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).not.toEqual([]);
    });

  if (dikecualikan.length)
    test.each(dikecualikan.map((e) => [`${e.rule} ${e.sheet}!${e.cell}`, e] as const))(
      'documented deviation %s: not reported as an error',
      (_n, e) => {
        const ada = temuan.filter((f) => tempat(f) === tempat(e));
        expect(ada.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([]);
      },
    );

  test('no clean cell gets an error or warning', () => {
    const bersih = new Set(spec.clean.map(tempat));
    const alarm = temuan.filter((f) => f.severity !== 'info' && bersih.has(tempat(f)));
    expect(alarm.map((f) => `${f.rule} ${f.sheet}!${f.cell}: ${f.message}`)).toEqual([]);
  });

  test('every error or warning is one the spec calls true', () => {
    const benar = new Set<string>();
    for (const e of spec.expected) for (const r of [e.rule, ...(e.alt ?? [])]) benar.add(`${tempat(e)}|${r}`);
    for (const e of spec.also_true ?? []) benar.add(`${tempat(e)}|${e.rule}`);
    const palsu = temuan.filter((f) => f.severity !== 'info' && !benar.has(`${tempat(f)}|${f.rule}`));
    expect(palsu.map((f) => `${f.rule} ${f.sheet}!${f.cell}: ${f.message}`)).toEqual([]);
  });

  test('each reported figure carries stated, expected and a message', () => {
    for (const e of dilaporkan) {
      const f = temuan.find((x) => tempat(x) === tempat(e) && [e.rule, ...(e.alt ?? [])].includes(x.rule));
      if (!f) continue; // a missing entry fails its own 'reports …' test above
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
