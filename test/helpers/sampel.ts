/**
 * The shared sample workbooks and their specs (../shared/samples), read fresh so new samples are picked up,
 * and the one acceptance runner for a workbook with a spec ({@link ujiSpec}): the samples, the real
 * workbooks and the regression fixtures (test/regresi/kasus.ts) all go through it.
 */
import fs from 'fs';
import path from 'path';
import type ExcelJS from 'exceljs';
import { bacaGridXlsx } from '../../src/xlsx/buka';
import type { WorkbookGrid } from '../../src/core/grid';
import type { Temuan } from '../../src/core/model';

/** ../shared/samples beside the checkout, found from here upwards (mutation testing runs from a sandbox copy). */
function cariSampel(): string {
  if (process.env.SAKIP_SAMPEL) return path.resolve(process.env.SAKIP_SAMPEL);
  let dir = path.resolve(__dirname, '..', '..');
  for (;;) {
    const calon = path.join(path.dirname(dir), 'shared', 'samples');
    if (fs.existsSync(calon)) return calon;
    if (path.dirname(dir) === dir) return path.resolve(__dirname, '..', '..', '..', 'shared', 'samples');
    dir = path.dirname(dir);
  }
}

export const DIR_SAMPEL = cariSampel();
/** ../shared/real: real workbooks published by offices or their vendors, with specs in the same format. */
export const DIR_NYATA = path.join(path.dirname(DIR_SAMPEL), 'real');

export interface SpecSampel {
  file: string;
  expected: {
    rule: string;
    sheet: string;
    cell: string;
    stated?: string;
    expected?: string;
    why?: string;
    alt?: string[];
  }[];
  clean: { sheet: string; cell: string }[];
  also_true?: { rule: string; sheet: string; cell: string }[];
  /** the folder the spec was read from (added here) */
  dir?: string;
}

/** The specs of ../shared/samples (default) or of another folder such as {@link DIR_NYATA}. */
export function daftarSpec(dir = DIR_SAMPEL): SpecSampel[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ ...(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as SpecSampel), dir }))
    .filter((s) => typeof s.file === 'string');
}

/** A sample's grid as the CLI reads it (straight from the XML; test/xlsx compares it with the ExcelJS reader). */
export async function gridSampel(file: string, dir = DIR_SAMPEL): Promise<WorkbookGrid> {
  return bacaGridXlsx(fs.readFileSync(path.join(dir, file)), file);
}

/**
 * Spec entries the engine deliberately does not report, each with the rule of the engine that decides so.
 * Keep this list short and explained: an entry here is a known, documented deviation (README, "Batasan").
 */
export const TIDAK_DILAPORKAN: Record<string, string> = {
  // Pagu Program Penanganan Bencana is 314.309.463 in Kemiskinan, Efisiensi and PK 2024 and 307.649.463 only in
  // Realisasi Anggaran. Lintas-tabel takes the majority of the tables as the reference, so it flags
  // Realisasi Anggaran!B59 (also expected) and not the figure three tables agree on.
  'lumajang-2024-tw1.xlsx lintas-tabel Kemiskinan!C3': 'mayoritas tabel',
};

export const kunciEntri = (file: string, e: { rule: string; sheet: string; cell: string }) =>
  `${file} ${e.rule} ${e.sheet}!${e.cell}`;

/** A workbook built in a test, saved and read back as the CLI would read the file. */
export async function gridDariWorkbook(wb: ExcelJS.Workbook): Promise<WorkbookGrid> {
  const buf = await wb.xlsx.writeBuffer();
  return bacaGridXlsx(new Uint8Array(buf), 'uji.xlsx');
}

type Tempat = { sheet: string; cell: string };

/** Where a finding or a spec entry is: its sheet (case and spaces aside) and cell. */
export const tempat = (x: Tempat) => `${x.sheet.trim().toLowerCase()}!${x.cell.toUpperCase()}`;

/** A spec's view of the findings: what is missing, what is false, what lands on a clean cell. */
export function nilaiSpec(spec: SpecSampel, temuan: Temuan[]) {
  const dikecualikan = (e: SpecSampel['expected'][number]) => !!TIDAK_DILAPORKAN[kunciEntri(spec.file, e)];
  const benar = new Set<string>();
  for (const entri of spec.expected)
    for (const aturan of [entri.rule, ...(entri.alt ?? [])]) benar.add(`${tempat(entri)}|${aturan}`);
  for (const entri of spec.also_true ?? []) benar.add(`${tempat(entri)}|${entri.rule}`);
  const bersih = new Set(spec.clean.map(tempat));
  const alarm = temuan.filter((f) => f.severity !== 'info');
  return {
    temuan,
    /** Expected entries the engine must report. */
    dilaporkan: spec.expected.filter((e) => !dikecualikan(e)),
    /** Expected entries it deliberately does not report (TIDAK_DILAPORKAN). */
    dikecualikan: spec.expected.filter(dikecualikan),
    /** The findings at an entry's cell with its rule or one of its `alt` rules. */
    cocokDengan: (e: SpecSampel['expected'][number]) =>
      temuan.filter((f) => tempat(f) === tempat(e) && [e.rule, ...(e.alt ?? [])].includes(f.rule)),
    /** Errors and warnings the spec does not call true (`expected`, its `alt`, or `also_true`). */
    palsu: alarm.filter((f) => !benar.has(`${tempat(f)}|${f.rule}`)),
    /** Errors and warnings on a cell the spec calls clean. */
    diBersih: alarm.filter((f) => bersih.has(tempat(f))),
  };
}

const uraian = (f: Temuan) => `${f.rule} ${f.sheet}!${f.cell}: ${f.message}`;

/**
 * The acceptance tests of workbooks with specs, one describe block each: every `expected` entry is reported at
 * its sheet and cell with its rule (or one of its `alt` rules), no `clean` cell gets an error or warning, and
 * no error or warning is reported anywhere that the spec does not call true (`expected` or `also_true`): a
 * false "galat" costs more than a missed one. `periksa` gives a spec's findings (read once per workbook).
 */
export function ujiSpec<S extends SpecSampel>(specs: readonly S[], periksa: (spec: S) => Promise<Temuan[]>): void {
  describe.each(specs.map((s) => [s.file, s] as const))('%s', (_file, spec) => {
    let hasil: ReturnType<typeof nilaiSpec>;
    beforeAll(async () => {
      hasil = nilaiSpec(spec, await periksa(spec));
    });
    const awal = nilaiSpec(spec, []);

    if (awal.dilaporkan.length)
      test.each(awal.dilaporkan.map((e) => [`${e.rule} ${e.sheet}!${e.cell}`, e] as const))(
        'reports %s',
        (_n, entri) => {
          expect(hasil.cocokDengan(entri).map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).not.toEqual([]);
        },
      );

    if (awal.dikecualikan.length)
      test.each(awal.dikecualikan.map((e) => [`${e.rule} ${e.sheet}!${e.cell}`, e] as const))(
        'documented deviation %s: not reported as an error',
        (_n, entri) => {
          const ada = hasil.temuan.filter((f) => tempat(f) === tempat(entri));
          expect(ada.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([]);
        },
      );

    test('no clean cell gets an error or warning', () => {
      expect(hasil.diBersih.map(uraian)).toEqual([]);
    });

    test('every error or warning is one the spec calls true', () => {
      expect(hasil.palsu.map(uraian)).toEqual([]);
    });

    test('each reported figure carries stated, expected and a message', () => {
      for (const entri of hasil.dilaporkan) {
        const temuan = hasil.cocokDengan(entri)[0];
        if (!temuan) continue; // a missing entry fails its own 'reports …' test above
        expect(temuan.message.length).toBeGreaterThan(10);
        expect(temuan.stated).not.toBeNull();
        if (entri.expected && /^-?[\d.]+$/.test(entri.expected) && temuan.expected !== null) {
          expect(Math.abs(Number(temuan.expected) - Number(entri.expected))).toBeLessThanOrEqual(
            Math.max(0.011, Math.abs(Number(entri.expected)) * 1e-9),
          );
        }
      }
    });
  });
}
