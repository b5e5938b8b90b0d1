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

export interface SpecSampel {
  file: string;
  expected: { rule: string; sheet: string; cell: string; stated?: string; expected?: string; why?: string }[];
  clean: { sheet: string; cell: string }[];
}

export function daftarSpec(): SpecSampel[] {
  return fs
    .readdirSync(DIR_SAMPEL)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(DIR_SAMPEL, f), 'utf8')) as SpecSampel);
}

/** A sample's grid as the CLI reads it (straight from the XML; test/xlsx compares it with the ExcelJS reader). */
export async function gridSampel(file: string): Promise<WorkbookGrid> {
  return bacaGridXlsx(fs.readFileSync(path.join(DIR_SAMPEL, file)), file);
}

/** A workbook built in a test, saved and read back as the CLI would read the file. */
export async function gridDariWorkbook(wb: ExcelJS.Workbook): Promise<WorkbookGrid> {
  const buf = await wb.xlsx.writeBuffer();
  return bacaGridXlsx(new Uint8Array(buf), 'uji.xlsx');
}
