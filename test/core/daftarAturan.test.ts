/**
 * The rule registry (src/core/aturan/meta.ts, daftar.ts): one entry per rule id, and a disabled rule is
 * skipped, not filtered after the fact: its check function is never called, and where one function reports
 * several ids, the disabled id's part never records a cell.
 */
import { gridSampel } from '../helpers/sampel';
import { periksaWorkbook } from '../../src/core/periksa';
import { ATURAN, labelAturan, SEMUA_ATURAN, type RuleId } from '../../src/core/aturan/meta';
import { DAFTAR_ATURAN } from '../../src/core/aturan/daftar';
import { Konteks } from '../../src/core/aturan/konteks';
import { judulLaporan } from '../../src/core/laporan';
import { teks } from '../../src/taskpane/teks';
import type { WorkbookGrid } from '../../src/core/grid';
import type { Temuan } from '../../src/core/model';

jest.setTimeout(120_000);

const FILE = 'lumajang-2024-tw1.xlsx';
let grid: WorkbookGrid;
let semua: Temuan[];
const kunci = (f: Temuan) => `${f.rule} ${f.sheet}!${f.cell}`;
const dari = (fs: Temuan[], ids: RuleId[]) => fs.filter((f) => ids.includes(f.rule)).map(kunci);
const kecuali = (...ids: RuleId[]) => SEMUA_ATURAN.filter((r) => !ids.includes(r));
const entri = (id: RuleId) => DAFTAR_ATURAN.find((a) => a.aturan.includes(id))!;

beforeAll(async () => {
  grid = await gridSampel(FILE);
  semua = periksaWorkbook(grid).findings;
});

afterEach(() => jest.restoreAllMocks());

test('every registry entry is keyed by its own id; every rule run is in the registry', () => {
  for (const id of SEMUA_ATURAN) expect(ATURAN[id].id).toBe(id);
  for (const a of DAFTAR_ATURAN) for (const id of a.aturan) expect(SEMUA_ATURAN).toContain(id);
  // and every registry id is run: by the run list, or after the gate (lintas-tabel, periksa.ts)
  const dijalankan = new Set<RuleId>([...DAFTAR_ATURAN.flatMap((a) => a.aturan), 'lintas-tabel']);
  expect(SEMUA_ATURAN.filter((id) => !dijalankan.has(id))).toEqual([]);
});

test('the pane and the report sheet show the same label per rule and language', () => {
  for (const bahasa of ['id', 'en'] as const)
    for (const id of SEMUA_ATURAN) expect(teks(bahasa).aturan[id]).toBe(labelAturan(id, bahasa));
  expect(judulLaporan('en')).toContain('Rule');
});

test('the sample has findings of the rules these tests disable', () => {
  for (const id of ['jumlah', 'capaian', 'polaritas', 'penyerapan', 'sisa'] as RuleId[])
    expect(dari(semua, [id]).length).toBeGreaterThan(0);
});

test('a disabled rule’s check function is never called; its findings are absent, the others remain', () => {
  const jumlah = jest.spyOn(entri('jumlah'), 'jalankan');
  const capaian = jest.spyOn(entri('capaian'), 'jalankan');
  const hasil = periksaWorkbook(grid, { aturan: kecuali('jumlah') }).findings;
  expect(jumlah).not.toHaveBeenCalled();
  expect(capaian).toHaveBeenCalledTimes(1);
  expect(dari(hasil, ['jumlah'])).toEqual([]);
  for (const id of ['capaian', 'polaritas', 'penyerapan', 'sisa'] as RuleId[])
    expect(dari(hasil, [id])).toEqual(dari(semua, [id]));
});

test('a function reporting several ids is not called when all of them are disabled', () => {
  const anggaran = jest.spyOn(entri('penyerapan'), 'jalankan');
  const hasil = periksaWorkbook(grid, { aturan: kecuali('penyerapan', 'sisa', 'melebihi-pagu') }).findings;
  expect(anggaran).not.toHaveBeenCalled();
  expect(dari(hasil, ['penyerapan', 'sisa', 'melebihi-pagu'])).toEqual([]);
  expect(dari(hasil, ['capaian'])).toEqual(dari(semua, ['capaian']));
});

test.each([
  [['sisa'], ['penyerapan', 'melebihi-pagu']],
  [['penyerapan'], ['sisa', 'melebihi-pagu']],
  [['polaritas'], ['capaian']],
  [['capaian'], ['polaritas']],
] as [RuleId[], RuleId[]][])('only %j enabled: the part of %j is skipped, never recorded', (aktif, mati) => {
  const catat = jest.spyOn(Konteks.prototype, 'catat');
  const hasil = periksaWorkbook(grid, { aturan: aktif }).findings;
  const dicatat = new Set(catat.mock.calls.map((c) => c[1]));
  for (const id of mati) expect(dicatat.has(id)).toBe(false);
  for (const id of aktif) expect(dicatat.has(id)).toBe(true);
  expect(hasil.map(kunci)).toEqual(dari(semua, aktif));
});
