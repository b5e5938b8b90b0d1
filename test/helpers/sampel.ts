/** The shared sample workbooks and their specs (../shared/samples), read fresh so new samples are picked up. */
import fs from 'fs';
import path from 'path';
import type ExcelJS from 'exceljs';
import { bacaGridXlsx } from '../../src/xlsx/buka';
import type { WorkbookGrid } from '../../src/core/grid';

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
