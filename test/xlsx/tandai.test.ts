/**
 * The annotated copy and the demo's write-backs (src/xlsx/tandai.ts through src/demo/host.ts), counted:
 * the cells a mark colours are exactly the finding cells; Tandai → Tulis → Lengkapi → Laporan → Hapus tanda
 * leaves every cell's value, formula, cached result, fill, font and note exactly as before, on the samples
 * and on random workbooks (fast-check), through ExcelJS write and read; formulas the add-in writes carry
 * their computed value as the cached result.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fc from 'fast-check';
import { kasus } from '../helpers/fc';
import { DIR_SAMPEL, daftarSpec } from '../helpers/sampel';
import { muatXlsx } from '../../src/xlsx/muat';
import { bacaGridLangsung } from '../../src/xlsx/langsung';
import {
  tandaiWorkbook,
  tandaiSel,
  tulisRencana,
  buatLembarTemuan,
  bacaJurnal,
  hapusTanda,
} from '../../src/xlsx/tandai';
import { hitungRumus, isiHasilRumusSakip } from '../../src/xlsx/hitung';
import { DemoHost } from '../../src/demo/host';
import { periksaWorkbook } from '../../src/core/periksa';
import { rencanaPredikat } from '../../src/core/tulis/predikat';
import { rencanaLengkapi } from '../../src/core/tulis/lengkapi';
import { LEMBAR_SENDIRI } from '../../src/core/lembarSendiri';
import { LEMBAR_JURNAL, WARNA_TANDA, barisJurnal } from '../../src/core/tulis/jurnal';
import type { Temuan } from '../../src/core/model';
import type { RencanaTulis } from '../../src/core/tulis/rencana';

jest.setTimeout(180000);

async function simpanMuat(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return (await muatXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'x.xlsx')).wb;
}

/** What a cell is, as a user sees it: value or formula with its cached result, fill, font, note, format. */
function potret(wb: ExcelJS.Workbook, lewati: ReadonlySet<string> = LEMBAR_SENDIRI): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws) => {
    if (lewati.has(ws.name)) return;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (sel) => {
        const nilaiSel = sel.value;
        const nilai =
          nilaiSel && typeof nilaiSel === 'object' && ('formula' in nilaiSel || 'sharedFormula' in nilaiSel)
            ? { f: sel.formula, hasil: sel.result ?? null }
            : nilaiSel instanceof Date
              ? { tanggal: nilaiSel.toISOString() }
              : (nilaiSel ?? null);
        const keadaan = {
          nilai,
          fill: sel.fill ?? null,
          font: sel.font ?? null,
          note: sel.note ?? null,
          fmt: sel.numFmt ?? null,
        };
        if (
          keadaan.nilai === null &&
          keadaan.fill === null &&
          keadaan.note === null &&
          (keadaan.font === null || Object.keys(keadaan.font).length === 0)
        )
          return;
        out.set(`${ws.name}!${sel.address}`, JSON.stringify(keadaan));
      }),
    );
  });
  return out;
}

function warnaTanda(sel: ExcelJS.Cell): boolean {
  const isi = sel.fill as ExcelJS.FillPattern | undefined;
  const argb = isi?.type === 'pattern' ? isi.fgColor?.argb : undefined;
  return !!argb && Object.values(WARNA_TANDA).some((w) => argb === 'FF' + w.slice(1));
}

const sampel = daftarSpec().map((s) => s.file);

describe.each(sampel)('%s', (file) => {
  test('the annotated copy colours exactly the finding cells, one note each', async () => {
    const data = fs.readFileSync(path.join(DIR_SAMPEL, file));
    const { wb, grid } = await muatXlsx(data, file);
    const hasil = periksaWorkbook(grid);
    const asli = await simpanMuat(wb);
    tandaiWorkbook(wb, hasil.findings, 'id', hasil.grafik);
    const salinan = await simpanMuat(wb);
    const selTemuan = new Set(hasil.findings.map((f) => `${f.sheet}!${f.cell}`));
    const berubah = new Set<string>();
    salinan.eachSheet((ws) => {
      if (LEMBAR_SENDIRI.has(ws.name)) return;
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (sel) => {
          const selAsli = asli.getWorksheet(ws.name)!.getCell(sel.address);
          if (JSON.stringify(selAsli.fill ?? null) !== JSON.stringify(sel.fill ?? null))
            berubah.add(`${ws.name}!${sel.address}`);
        }),
      );
    });
    expect(selTemuan.size).toBeGreaterThan(10);
    expect([...berubah].sort()).toEqual([...selTemuan].sort());
    for (const alamat of selTemuan) {
      const [lembar, sel] = [alamat.slice(0, alamat.lastIndexOf('!')), alamat.slice(alamat.lastIndexOf('!') + 1)];
      const selSalinan = salinan.getWorksheet(lembar)!.getCell(sel);
      expect(warnaTanda(selSalinan)).toBe(true);
      expect(String(typeof selSalinan.note === 'string' ? selSalinan.note : '')).toMatch(/^\[SAKIP /);
    }
    // values are untouched by marks
    const p0 = potret(asli);
    const p1 = potret(salinan);
    for (const [kunci, nilaiP0] of p0) expect(JSON.parse(p1.get(kunci)!).nilai).toEqual(JSON.parse(nilaiP0).nilai);
  });

  test('demo: Tandai → Tulis predikat → Lengkapi → Laporan → Hapus tanda restores every cell exactly', async () => {
    const data = fs.readFileSync(path.join(DIR_SAMPEL, file));
    const { wb } = await muatXlsx(data, file);
    const sebelum = potret(await simpanMuat(wb));
    const namaSebelum = wb.worksheets.map((w) => w.name);
    const host = new DemoHost(wb, file);
    const grid = await host.bacaWorkbook();
    const hasil = periksaWorkbook(grid);
    expect(await host.tandai(hasil.findings)).toBe(new Set(hasil.findings.map((f) => `${f.sheet}!${f.cell}`)).size);
    const predikat = await host.tulis(rencanaPredikat(await host.bacaWorkbook(), {}, 'rumus', hasil.findings), false);
    expect(predikat.ditulis).toBeGreaterThan(0);
    await host.tulis(rencanaLengkapi(await host.bacaWorkbook(), {}, 'rumus'), false);
    await host.buatLaporan(hasil.findings, 'id', hasil.grafik);
    // saved and reopened between the writes and their removal, as a user would
    const dibuka = new DemoHost(await simpanMuat(wb), file);
    expect(await dibuka.hapusTanda()).toBeGreaterThan(0);
    const sesudah = await simpanMuat(dibuka.wb);
    expect(sesudah.worksheets.map((w) => w.name)).toEqual(namaSebelum);
    const potretSesudah = potret(sesudah);
    const beda = [...new Set([...sebelum.keys(), ...potretSesudah.keys()])].filter(
      (k) => sebelum.get(k) !== potretSesudah.get(k),
    );
    expect(beda).toEqual([]);
    // no empty notes are left behind
    const zip = await JSZip.loadAsync(await sesudah.xlsx.writeBuffer());
    for (const nama of Object.keys(zip.files).filter((x) => /comments\d*\.xml$/.test(x)))
      expect(await zip.file(nama)!.async('string')).not.toMatch(/<text>\s*<\/text>|<t[^>]*><\/t>/);
  });

  test('formulas written into the copy carry their computed value as the cached result', async () => {
    const data = fs.readFileSync(path.join(DIR_SAMPEL, file));
    const { wb, grid } = await muatXlsx(data, file);
    const hasilPeriksa = periksaWorkbook(grid);
    const rumus = rencanaPredikat(grid, {}, 'rumus', hasilPeriksa.findings);
    const nilai = rencanaPredikat(grid, {}, 'nilai', hasilPeriksa.findings);
    const lengkapiRumus = rencanaLengkapi(grid, {}, 'rumus');
    const lengkapiNilai = rencanaLengkapi(grid, {}, 'nilai');
    const hasil = tulisRencana(wb, [...rumus, ...lengkapiRumus], false);
    expect(hasil.rumusTanpaHasil).toBe(0);
    const banyakRumus = [...rumus, ...lengkapiRumus].filter((r) => r.rumus).length;
    expect(hasil.rumusDihitung).toBeGreaterThan(banyakRumus / 2);
    // read back as the CLI reads any file: each formula's cached value is the value the plan would write
    const gridTulis = (await bacaGridLangsung(new Uint8Array(await wb.xlsx.writeBuffer()))).grid;
    const di = (rencana: RencanaTulis) => {
      const lembar = gridTulis.lembar.find((x) => x.nama === rencana.lembar)!;
      const cocok = /^([A-Z]+)(\d+)$/.exec(rencana.sel)!;
      let kolom = 0;
      for (const ch of cocok[1]) kolom = kolom * 26 + ch.charCodeAt(0) - 64;
      return lembar.baris[Number(cocok[2]) - 1]?.[kolom - 1];
    };
    let jumlah = 0;
    for (const [rr, nn] of [
      [rumus, nilai],
      [lengkapiRumus, lengkapiNilai],
    ] as const)
      rr.forEach((rencana, indeks) => {
        if (!rencana.rumus) return;
        const sel = di(rencana)!;
        if (sel.f !== rencana.rumus.slice(1)) return; // a filled cell, left alone (counted in dilewati)
        const harap = nn[indeks].nilai;
        if (typeof harap === 'number') expect(Number((sel.v as number).toFixed(2))).toBeCloseTo(harap, 2);
        else expect(sel.v).toBe(harap);
        jumlah++;
      });
    expect(jumlah).toBe(hasil.rumusDihitung);
  });
});

// ------------------------------------------------------------------ random workbooks

const NILAI = [
  null,
  0,
  -3,
  1250000,
  0.125,
  'Program A',
  '=SUM(A1:A3)',
  '@x',
  '',
  true,
  'RUMUS0',
  'RUMUS',
  'TEKS_RUMUS',
  'TANGGAL',
  'GALAT',
  'KAYA',
] as const;

function nilaiExcel(nilai: (typeof NILAI)[number]): ExcelJS.CellValue {
  switch (nilai) {
    case 'RUMUS0':
      return { formula: 'A1-A1', result: 0 };
    case 'RUMUS':
      return { formula: 'B1*2', result: 7.5 };
    case 'TEKS_RUMUS':
      return { formula: 'UPPER("x")', result: 'X' };
    case 'TANGGAL':
      return new Date(Date.UTC(2024, 11, 31));
    case 'GALAT':
      return { error: '#DIV/0!' };
    case 'KAYA':
      return { richText: [{ text: 'Realisasi ', font: { bold: true } }, { text: 'Anggaran' }] };
    default:
      return nilai;
  }
}

const GAYA: Partial<ExcelJS.Style>[] = [
  {},
  { fill: { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.3999 } as Partial<ExcelJS.Color> } },
  { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } }, font: { bold: true } },
  { numFmt: '#,##0.00', font: { italic: true, color: { argb: 'FF0000FF' } } },
  { fill: { type: 'pattern', pattern: 'gray125' } },
];

const arbSel = fc.record({
  nilai: fc.constantFrom(...NILAI),
  gaya: fc.integer({ min: 0, max: GAYA.length - 1 }),
  catatan: fc.option(fc.constantFrom('catatan asli', 'dua\nbaris'), { freq: 4 }),
});

const arbWorkbook = fc.record({
  sel: fc.array(fc.array(arbSel, { minLength: 6, maxLength: 6 }), { minLength: 6, maxLength: 6 }),
  gabung: fc.boolean(),
  temuan: fc.array(
    fc.record({
      r: fc.integer({ min: 0, max: 6 }),
      c: fc.integer({ min: 0, max: 6 }),
      severity: fc.constantFrom('error', 'warning', 'info'),
      lembar: fc.constantFrom('Data', "Ke'dua x"),
    }),
    { maxLength: 12 },
  ),
  tulis: fc.array(
    fc.record({
      r: fc.integer({ min: 0, max: 7 }),
      c: fc.integer({ min: 0, max: 7 }),
      jenis: fc.constantFrom('angka', 'teks', 'predikat', 'jumlah', 'judul'),
    }),
    { maxLength: 10 },
  ),
  timpa: fc.boolean(),
});

const alamatSel = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;

type Acak = typeof arbWorkbook extends fc.Arbitrary<infer T> ? T : never;

function bangun(acak: Acak): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  acak.sel.forEach((b, r) =>
    b.forEach((spek, kolom) => {
      const cell = ws.getCell(r + 1, kolom + 1);
      cell.value = nilaiExcel(spek.nilai);
      if (spek.nilai === 'TANGGAL') cell.numFmt = 'dd/mm/yyyy';
      const gaya = GAYA[spek.gaya];
      if (gaya.fill) cell.fill = gaya.fill;
      if (gaya.font) cell.font = gaya.font;
      if (gaya.numFmt && spek.nilai !== 'TANGGAL') cell.numFmt = gaya.numFmt;
      if (spek.catatan) cell.note = spek.catatan;
    }),
  );
  if (acak.gabung) {
    ws.getCell('G1').value = 'judul gabungan';
    ws.mergeCells('G1:H2');
  }
  const kedua = wb.addWorksheet("Ke'dua x");
  kedua.getCell('A1').value = 42;
  kedua.getCell('A1').note = 'di lembar kedua';
  return wb;
}

/** The random case's findings as the engine would give them (one per chosen cell). */
function temuanAcak(acak: Acak): Temuan[] {
  return acak.temuan.map((t) => ({
    rule: 'jumlah',
    severity: t.severity,
    sheet: t.lembar,
    cell: alamatSel(t.r, t.c),
    message: `pesan ${t.r}:${t.c}`,
    stated: null,
    expected: null,
  }));
}

test('property: Tandai → Tulis → Lengkapi → Laporan → Hapus tanda leaves every cell as it was', async () => {
  await fc.assert(
    fc.asyncProperty(arbWorkbook, async (acak) => {
      const awal = await simpanMuat(bangun(acak));
      const sebelum = potret(await simpanMuat(awal));
      const host = new DemoHost(awal, 'acak.xlsx');
      const temuan = temuanAcak(acak);
      await host.tandai(temuan);
      const rencana: RencanaTulis[] = acak.tulis.map((tulis) => {
        const sel = alamatSel(tulis.r, tulis.c);
        switch (tulis.jenis) {
          case 'angka':
            return { lembar: 'Data', sel, nilai: 12.5, alasan: 'x' };
          case 'teks':
            return { lembar: 'Data', sel, nilai: '=HYPERLINK("http://x")', alasan: 'x' };
          case 'predikat':
            return { lembar: 'Data', sel, rumus: '=SAKIP.PREDIKAT(B2)', alasan: 'x' };
          case 'jumlah':
            return { lembar: 'Data', sel, rumus: '=SUM(A1:A6)', alasan: 'x' };
          default:
            return { lembar: 'Data', sel, nilai: 'Predikat', alasan: 'x', judul: true };
        }
      });
      await host.tulis(rencana.slice(0, 5), acak.timpa);
      await host.tulis(rencana.slice(5), acak.timpa);
      await host.buatLaporan(temuan, 'id');
      const dibuka = new DemoHost(await simpanMuat(host.wb), 'acak.xlsx');
      await dibuka.hapusTanda();
      const sesudah = await simpanMuat(dibuka.wb);
      expect(sesudah.worksheets.map((x) => x.name)).toEqual(['Data', "Ke'dua x"]);
      const potretSesudah = potret(sesudah);
      const beda = [...new Set([...sebelum.keys(), ...potretSesudah.keys()])]
        .filter((k) => sebelum.get(k) !== potretSesudah.get(k))
        .map((k) => [k, sebelum.get(k), potretSesudah.get(k)]);
      expect(beda).toEqual([]);
    }),
    { numRuns: kasus(30) },
  );
});

test('property: marked twice, the user typing in between, Hapus tanda restores the rest and keeps what was typed', async () => {
  await fc.assert(
    fc.asyncProperty(
      arbWorkbook,
      fc.record({ r: fc.integer({ min: 0, max: 5 }), c: fc.integer({ min: 0, max: 5 }) }),
      async (acak, ketik) => {
        const awal = await simpanMuat(bangun(acak));
        const sebelum = potret(await simpanMuat(awal));
        const host = new DemoHost(awal, 'acak.xlsx');
        const temuan = temuanAcak(acak);
        // marked, then marked again after a new check (the same cells and one more)
        await host.tandai(temuan);
        await host.tandai(
          [...temuan, { ...temuan[0], sheet: 'Data', cell: alamatSel(ketik.r, ketik.c), message: 'lagi' }].filter(
            (x) => x.rule,
          ),
        );
        const rencana: RencanaTulis[] = acak.tulis
          .filter((tulis) => tulis.r !== ketik.r || tulis.c !== ketik.c)
          .map((tulis) => ({ lembar: 'Data', sel: alamatSel(tulis.r, tulis.c), nilai: 12.5, alasan: 'x' }));
        await host.tulis(rencana, acak.timpa);
        // the user types into a cell between the add-in's work and Hapus tanda (the workbook saved and reopened)
        const disimpan = await simpanMuat(host.wb);
        disimpan.getWorksheet('Data')!.getCell(ketik.r + 1, ketik.c + 1).value = 'diketik pengguna';
        const kunciKetik = `Data!${alamatSel(ketik.r, ketik.c)}`;
        const dibuka = new DemoHost(await simpanMuat(disimpan), 'acak.xlsx');
        await dibuka.hapusTanda();
        const sesudah = potret(await simpanMuat(dibuka.wb));
        // everything as before, except the typed cell, which keeps the user's value and loses the marks
        type Keadaan = { nilai: unknown; fill: unknown; note: unknown };
        const dulu = JSON.parse(sebelum.get(kunciKetik) ?? '{"nilai":null,"fill":null,"note":null}') as Keadaan;
        const kini = JSON.parse(sesudah.get(kunciKetik) ?? 'null') as Keadaan | null;
        expect(kini).toMatchObject({ nilai: 'diketik pengguna', fill: dulu.fill, note: dulu.note });
        const harapan = new Map(sebelum);
        harapan.delete(kunciKetik);
        sesudah.delete(kunciKetik);
        const beda = [...new Set([...harapan.keys(), ...sesudah.keys()])]
          .filter((k) => harapan.get(k) !== sesudah.get(k))
          .map((k) => [k, harapan.get(k), sesudah.get(k)]);
        expect(beda).toEqual([]);
      },
    ),
    { numRuns: kasus(30) },
  );
});

test("demo: a mark's note follows the pane's language", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.getCell('A1').value = 1;
  ws.getCell('A2').value = 2;
  const host = new DemoHost(wb, 'bahasa.xlsx');
  const temuan = (sel: string): Temuan => ({
    rule: 'jumlah',
    severity: 'error',
    sheet: 'Data',
    cell: sel,
    message: `pesan ${sel}`,
    stated: '1',
    expected: '2',
    fix: '=SUM(B1:B3)',
  });
  await host.tandai([temuan('A1')], 'en');
  await host.tandai([temuan('A2')], 'id');
  const catatan = (sel: string) => JSON.stringify(ws.getCell(sel).note);
  expect(catatan('A1')).toMatch(/Fix: =SUM\(B1:B3\)/);
  expect(catatan('A1')).not.toMatch(/Perbaikan/);
  expect(catatan('A2')).toMatch(/Perbaikan: =SUM\(B1:B3\)/);
});

test('writes: text stays text, a filled cell is never overwritten unasked, a merge is never written through', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.getCell('A1').value = 'ada isi';
  ws.getCell('B1').value = 0;
  ws.getCell('C1').value = { formula: '1-1', result: 0 };
  ws.getCell('D1').value = 'judul';
  ws.mergeCells('D1:E1');
  const hasil = tulisRencana(
    wb,
    ['A1', 'B1', 'C1', 'E1', 'F1'].map((sel) => ({ lembar: 'Data', sel, nilai: '=HYPERLINK("x")', alasan: 'x' })),
    false,
  );
  expect(hasil).toEqual({ ditulis: 1, dilewati: 4, rumusDihitung: 0, rumusTanpaHasil: 0 });
  expect(ws.getCell('D1').value).toBe('judul');
  expect(ws.getCell('F1').type).toBe(ExcelJS.ValueType.String);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const lembar = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  expect(lembar).not.toMatch(/<f>HYPERLINK/);
  // the journal's JSON is typed text too
  const lagi = await simpanMuat(wb);
  expect(bacaJurnal(lagi)).toHaveLength(1);
  lagi.getWorksheet('_sakip_jurnal')!.eachRow((r) => r.eachCell((c) => expect(c.type).toBe(ExcelJS.ValueType.String)));
});

test("a workbook Excel marked and wrote: the demo's Hapus tanda follows the same replay rule", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  const tanda = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } as const;
  // A1 and A2 as Excel marked them; then the user recoloured A2; B1 holds the formula Excel wrote
  ws.getCell('A1').value = 1;
  ws.getCell('A1').fill = tanda;
  ws.getCell('A1').note = '[SAKIP jumlah] pesan A1';
  ws.getCell('A2').value = 2;
  ws.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
  ws.getCell('A2').note = '[SAKIP jumlah] pesan A2';
  ws.getCell('B1').value = { formula: 'SAKIP.PREDIKAT(A1)', result: 'Sangat Rendah' };
  const jurnal = wb.addWorksheet(LEMBAR_JURNAL, { state: 'veryHidden' });
  const baru = (catatan: string) => ({ fill: { color: WARNA_TANDA.error, pattern: 'Solid' }, note: catatan });
  for (const sel of ['A1', 'A2'])
    jurnal.addRow(
      barisJurnal({
        lembar: 'S',
        sel,
        jenis: 'tanda',
        lama: { fill: null, note: null },
        baru: baru(`[SAKIP jumlah] pesan ${sel}`),
      }),
    );
  jurnal.addRow(
    barisJurnal({ lembar: 'S', sel: 'B1', jenis: 'tulis', lama: { v: null }, baru: { f: '=SAKIP.PREDIKAT(A1)' } }),
  );
  const host = new DemoHost(wb, 'x.xlsx');
  expect(await host.hapusTanda()).toBe(3);
  expect(ws.getCell('A1').fill).toBeUndefined();
  expect(ws.getCell('A1').note).toBeUndefined();
  expect(ws.getCell('A1').value).toBe(1);
  // the fill the user chose stays; the note, still the add-in's, goes
  expect((ws.getCell('A2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF00FF00');
  expect(ws.getCell('A2').note).toBeUndefined();
  expect(ws.getCell('B1').value).toBeNull();
  expect(wb.getWorksheet(LEMBAR_JURNAL)).toBeUndefined();
});

test('a copy of an older version (the exact state in the fifth column, no "baru") is still restored exactly', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.getCell('A1').value = 7;
  ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.4 } } as ExcelJS.Fill;
  ws.getCell('A1').note = 'catatan';
  ws.getCell('B1').value = null;
  const sebelum = potret(await simpanMuat(wb));
  tandaiSel(wb, [
    { rule: 'jumlah', severity: 'error', sheet: 'S', cell: 'A1', message: 'x', stated: null, expected: null },
  ]);
  tulisRencana(wb, [{ lembar: 'S', sel: 'B1', rumus: '=SUM(A1)', alasan: 'x' }], false);
  // as older versions wrote the rows: columns 1–4, then the exact state
  wb.getWorksheet(LEMBAR_JURNAL)!.eachRow((row) => {
    const nilai = (row.values as unknown[]).slice(1);
    row.getCell(5).value = nilai[5] as string;
    row.getCell(6).value = null;
  });
  const lama = await simpanMuat(wb);
  expect(bacaJurnal(lama).every((e) => e.potret && !('baru' in e))).toBe(true);
  expect(hapusTanda(lama)).toBe(2);
  expect(potret(lama)).toEqual(sebelum);
});

test('a copy with SAKIP formulas and no cached results gets them before it is saved, and says so', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Capaian');
  ws.addRows([
    ['Indikator', 'Target', 'Realisasi', 'Capaian', 'Predikat'],
    ['A', 80, 40, { formula: 'SAKIP.CAPAIAN(B2,C2)' }, { formula: 'SAKIP.PREDIKAT(D2)' }],
    ['B', 5.72, 0.54, { formula: 'SAKIP.CAPAIAN(B3,C3,"negatif")' }, { formula: 'SAKIP.PREDIKAT(D3)' }],
    ['C', 0, 3, { formula: 'SAKIP.CAPAIAN(B4,C4)' }, { formula: 'SAKIP.LAIN(D4)' }],
  ]);
  const host = new DemoHost(wb, 'x.xlsx');
  expect(host.pesanUnduhan()).toMatch(
    /^Salinan berisi 6 rumus SAKIP\.\*; 0 di antaranya disimpan dengan hasil terhitung/,
  );
  const blob = await host.unduh();
  expect(host.rumusUnduhan).toEqual({ dihitung: 5, tanpaHasil: 1 });
  const baris = (await bacaGridLangsung(new Uint8Array(await blob.arrayBuffer()))).grid.lembar[0].baris;
  expect(baris[1][3]).toEqual({ v: 50, f: 'SAKIP.CAPAIAN(B2,C2)' });
  expect(baris[1][4]).toEqual({ v: 'Sangat Rendah', f: 'SAKIP.PREDIKAT(D2)' }); // computed after D2, in a later pass
  expect(baris[2][3]?.v).toBe(190.559440559441);
  expect(baris[2][4]?.v).toBe('Sangat Tinggi');
  expect(baris[3][3]).toEqual({ v: null, galat: '#DIV/0!', f: 'SAKIP.CAPAIAN(B4,C4)' });
  expect(baris[3][4]).toEqual({ v: null, f: 'SAKIP.LAIN(D4)' }); // not a function this evaluates: no invented value
  expect(host.pesanUnduhan('en')).toMatch(
    /^The copy holds 6 SAKIP\.\* formula\(s\); 5 are saved with their computed value.*1 could not be computed/,
  );
  expect(isiHasilRumusSakip(host.wb)).toEqual({ dihitung: 0, tanpaHasil: 1 });
});

test('a cached SAKIP.CAPAIAN result follows the method argument for a negative indikator', () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Capaian');
  ws.addRow(['B', 100, 80]);
  expect(hitungRumus(wb, ws, 'SAKIP.CAPAIAN(B1,C1,"negatif")')).toBe(120);
  expect(hitungRumus(wb, ws, 'SAKIP.CAPAIAN(B1,C1,"negatif","pengurangan")')).toBe(120);
  expect(hitungRumus(wb, ws, 'SAKIP.CAPAIAN(B1,C1,"negatif","kebalikan")')).toBe(125);
  expect(hitungRumus(wb, ws, 'SAKIP.CAPAIAN(B1,C1,"negatif","miring")')).toEqual({ error: '#VALUE!' });
  // more arguments than the function takes: not a call this evaluates
  expect(hitungRumus(wb, ws, 'SAKIP.CAPAIAN(B1,C1,"negatif","kebalikan",1)')).toBeUndefined();
});

test('the report sheet lists the chart data with the corrected capaian and says it was corrected', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Data');
  buatLembarTemuan(wb, [], 'id', {
    skala: 'x',
    serapan: [],
    capaian: [
      { nama: 'Rasio kekerasan', nilai: 190.56, tertulis: 9.4, predikat: 'Sangat Tinggi', peringkat: 0 },
      { nama: 'Layanan', nilai: 80, predikat: 'Tinggi', peringkat: 1 },
    ],
  });
  const ws = wb.getWorksheet('Temuan SAKIP')!;
  expect(ws.getRow(1).values).toEqual(expect.arrayContaining(['Indikator', 'Capaian (%)', 'Predikat', 'Catatan']));
  expect(ws.getCell('L2').value).toBe(190.56);
  expect(ws.getCell('N2').value).toBe('dikoreksi: workbook menulis 9,4');
  expect(ws.getCell('N3').value).toBe('');
});

test('the report sheet gives stated and expected as real numbers, a percent cell as its fraction shown as %', () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S');
  buatLembarTemuan(wb, [
    {
      rule: 'jumlah',
      severity: 'error',
      sheet: 'S',
      cell: 'T55',
      message: 'rata-rata',
      stated: '0.4869',
      expected: '0.35',
      persen: true,
    },
    { rule: 'sisa', severity: 'error', sheet: 'S', cell: 'D4', message: 'sisa', stated: '1500', expected: '1250.5' },
    { rule: 'predikat', severity: 'error', sheet: 'S', cell: 'E4', message: 'p', stated: 'Baik', expected: '=1+1' },
  ]);
  const ws = wb.getWorksheet('Temuan SAKIP')!;
  expect(ws.getCell('C2').value).toBe('Jumlah');
  expect(ws.getCell('H2').value).toBe(0.4869);
  expect(ws.getCell('H2').numFmt).toBe('0.00%');
  expect(ws.getCell('I2').value).toBe(0.35);
  expect(ws.getCell('H3').value).toBe(1500);
  expect(ws.getCell('I3').value).toBe(1250.5);
  expect(ws.getCell('I3').numFmt).toBe('#,##0.0');
  expect(ws.getCell('H4').value).toBe('Baik');
  expect(ws.getCell('I4').value).toBe('=1+1');
  expect(ws.getCell('I4').formula).toBeUndefined();
});
