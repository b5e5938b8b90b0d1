/**
 * The Office.js adapter, every scenario run twice: on the hand-written fake (test/helpers/excelPalsu.ts)
 * and through the real office.js web client answered by the document stand-in (test/helpers/officeAsli.ts).
 * Both sit on one document model that enforces Excel's documented rules, so a scenario that passes on one
 * and fails on the other shows where the fake drifted from the client.
 */
import ExcelJS from 'exceljs';
import path from 'path';
import { DIR_SAMPEL, gridSampel } from '../helpers/sampel';
import { WorkbookPalsu, dariExcelJS } from '../helpers/excelPalsu';
import { SEMUA, potret } from '../helpers/lingkungan';
import { periksaWorkbook } from '../../src/core/periksa';
import { rencanaPredikat } from '../../src/core/tulis/predikat';
import type { Temuan } from '../../src/core/model';
import { WARNA_TANDA } from '../../src/core/tulis/jurnal';
import { tandaiSel, tulisRencana } from '../../src/xlsx/tandai';

// the real client handles thousands of cells per scenario; the machine is shared, so no tight timeouts
jest.setTimeout(120_000);

async function wbSampel(nama: string): Promise<WorkbookPalsu> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(DIR_SAMPEL, nama));
  return dariExcelJS(wb);
}

function lembarBesar(wb: WorkbookPalsu, nama: string, baris: number): void {
  const lembar = wb.tambah(nama);
  ['No', 'Uraian', 'Pagu', 'Realisasi'].forEach((v, c) => (lembar.sel(0, c).value = v));
  for (let nomorBaris = 1; nomorBaris <= baris; nomorBaris++) {
    lembar.sel(nomorBaris, 0).value = nomorBaris;
    lembar.sel(nomorBaris, 1).value = `Kegiatan ${nomorBaris}`;
    lembar.sel(nomorBaris, 2).value = 1000;
    lembar.sel(nomorBaris, 3).value = 500;
  }
}

function temuanDi(
  lembar: string,
  sel: string,
  severity: Temuan['severity'] = 'error',
  rule: Temuan['rule'] = 'jumlah',
): Temuan {
  return { rule, severity, sheet: lembar, cell: sel, message: `pesan ${sel}`, stated: '1', expected: '2' };
}

describe.each(SEMUA)('$nama', (lingkungan) => {
  describe('reading', () => {
    test('gives the same findings as the .xlsx reader on every sample', async () => {
      for (const nama of ['lumajang-2020.xlsx', 'lumajang-2024-tw1.xlsx', 'sumenep-2023.xlsx']) {
        const grid = await lingkungan.mulai(await wbSampel(nama)).baca();
        const dariExcel = periksaWorkbook(grid).findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
        const dariXlsx = periksaWorkbook(await gridSampel(nama)).findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
        expect(dariExcel).toEqual(dariXlsx);
      }
    });

    test('1 sheet and 50 sheets cost the same syncs; a large sheet adds one sync per chunk', async () => {
      const hitung = async (wb: WorkbookPalsu, selPerSync?: number) => {
        const jalan = lingkungan.mulai(wb);
        await jalan.baca({ selPerSync });
        return jalan.syncs();
      };
      const satu = new WorkbookPalsu();
      lembarBesar(satu, 'S1', 10);
      const lima = new WorkbookPalsu();
      for (let indeks = 0; indeks < 50; indeks++) lembarBesar(lima, `S${indeks}`, 10);
      expect(await hitung(satu)).toBe(3);
      expect(await hitung(lima)).toBe(3);
      const besar = new WorkbookPalsu();
      lembarBesar(besar, 'Besar', 30000);
      // 30 001 rows × 4 columns = 120 004 cells at 24 000 cells per sync: 6 chunk syncs after the 2 fixed ones
      expect(await hitung(besar)).toBe(2 + 6);
    });

    test('a request refused for its size halves the chunk and is sent again', async () => {
      const wb = new WorkbookPalsu();
      lembarBesar(wb, 'Besar', 30000);
      const jalan = lingkungan.mulai(wb, { batasBytes: 1_500_000 });
      // 120 004 cells asked for at once come back as several MB: refused, halved, sent again
      const grid = await jalan.baca({ selPerSync: 200000 });
      expect(grid.lembar[0].baris.length).toBe(30001);
      expect(grid.lembar[0].baris[30000]?.[1]?.v).toBe('Kegiatan 30000');
      const gagal = jalan.stat().gagal;
      expect(gagal.length).toBeGreaterThan(0);
      expect(gagal.every((g) => /ResponsePayloadSizeLimitExceeded/.test(g))).toBe(true);
      // the refusals plus 2 fixed syncs plus the chunks that fit: bounded, not one per row
      expect(jalan.syncs()).toBeLessThanOrEqual(2 + gagal.length + Math.ceil(120004 / 2000));
    });

    test('merged areas come by index: a sheet name with a comma reads fine', async () => {
      const wb = new WorkbookPalsu();
      const lembar = wb.tambah("Realisasi, TW I 'x'");
      lembar.sel(0, 0).value = 'KINERJA';
      lembar.sel(1, 0).value = 'Target';
      lembar.sel(1, 1).value = 'Realisasi';
      lembar.sel(2, 0).value = 1;
      lembar.sel(3, 0).value = 'Program';
      lembar.merges = [
        { r1: 0, c1: 0, r2: 0, c2: 1 },
        { r1: 3, c1: 0, r2: 4, c2: 0 },
      ];
      const grid = await lingkungan.mulai(wb).baca();
      expect(grid.lembar[0].nama).toBe("Realisasi, TW I 'x'");
      expect(grid.lembar[0].gabung).toEqual([
        { r1: 0, c1: 0, r2: 0, c2: 1 },
        { r1: 3, c1: 0, r2: 4, c2: 0 },
      ]);
    });

    test("fills, hidden rows, the autofilter, sheet visibility and dates, as the .xlsx readers give them; '=… text is text", async () => {
      const wb = new WorkbookPalsu();
      const lembar = wb.tambah('Data');
      lembar.sel(0, 0).value = 'Uraian';
      lembar.sel(0, 0).fill = { color: '#ffc000', pattern: 'Solid' };
      lembar.sel(0, 1).value = 'Pola';
      lembar.sel(0, 1).fill = { color: '#FF0000', pattern: 'Gray50' };
      lembar.sel(1, 0).value = '=SUM(A1:A9)';
      lembar.sel(1, 0).kutip = true;
      lembar.sel(1, 1).formula = 'SUM(C1:C3)';
      lembar.sel(1, 1).value = 6;
      lembar.sel(2, 0).value = 45382;
      lembar.sel(2, 0).numberFormat = 'dd/mm/yyyy';
      lembar.barisTersembunyi = new Set([2, 1]);
      lembar.autoFilter = { r1: 0, c1: 0, r2: 2, c2: 1 };
      wb.tambah('Arsip').visibility = 'Hidden';
      wb.lembar('Arsip')!.sel(0, 0).value = 'x';
      const grid = await lingkungan.mulai(wb).baca();
      const lembarData = grid.lembar[0];
      expect(lembarData.baris[0]?.[0]).toEqual({ v: 'Uraian', isi: 'FFC000' });
      expect(lembarData.baris[0]?.[1]).toEqual({ v: 'Pola' });
      expect(lembarData.baris[1]?.[0]).toEqual({ v: '=SUM(A1:A9)' });
      expect(lembarData.baris[1]?.[1]).toEqual({ v: 6, f: 'SUM(C1:C3)' });
      expect(lembarData.baris[2]?.[0]).toEqual({ v: '2024-03-31', fmt: 'dd/mm/yyyy' });
      expect(lembarData.barisTersembunyi).toEqual([1, 2]);
      expect(lembarData.filter).toEqual({ r1: 0, c1: 0, r2: 2, c2: 1 });
      expect(lembarData.status).toBeUndefined();
      expect(grid.lembar[1].status).toBe('hidden');
    });
  });

  describe('marks', () => {
    test('Tandai then Hapus tanda restores fill (pattern too), note and value exactly, also after a reload', async () => {
      const wb = await wbSampel('lumajang-2024-tw1.xlsx');
      const bisma = wb.lembar('Bisma Kuat')!;
      bisma.sel(9, 6).fill = { color: '#00B050', pattern: 'Solid' }; // G10 had its own green fill
      bisma.sel(8, 6).fill = { color: '#FF0000', pattern: 'Gray25', patternColor: '#0000FF' };
      bisma.notes.set('G10', 'catatan bendahara');
      const sebelum = potret(wb);
      const { host, syncs } = lingkungan.mulai(wb);
      const temuan = periksaWorkbook(await host.bacaWorkbook()).findings;
      temuan.push(temuanDi('Bisma Kuat', 'G9', 'warning'));
      const awal = syncs();
      const jumlah = await host.tandai(temuan);
      expect(jumlah).toBeGreaterThan(20);
      expect(syncs() - awal).toBe(3); // sheets + journal size, read the cells, write everything: not per finding
      expect(bisma.lihat('G10')!.fill).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
      if (host.kemampuan.catatan) expect(bisma.notes.get('G10')).toMatch(/^\[SAKIP jumlah\] TOTAL 599/);
      else expect(host.pemberitahuan('id').join(' ')).toMatch(/hanya diwarnai/);
      expect(wb.lembar('_sakip_jurnal')!.visibility).toBe('VeryHidden');
      // "reload": a new host over the same workbook
      const baru = lingkungan.mulai(wb);
      expect(await baru.host.hapusTanda()).toBe(jumlah);
      expect(baru.syncs()).toBe(5); // info, journal, cells, restore, drop the journal
      expect(wb.lembar('_sakip_jurnal')).toBeUndefined();
      expect(potret(wb)).toBe(sebelum);
      expect(baru.host.pemberitahuan('id')).toEqual([]);
    });

    test('a copy the .xlsx hosts marked and wrote (CLI --keluaran, the demo) is restored by Hapus tanda here', async () => {
      const js = new ExcelJS.Workbook();
      const ws = js.addWorksheet('S');
      ws.getCell('A1').value = 1; // no fill, no note before the mark
      ws.getCell('A2').value = 2;
      ws.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
      ws.getCell('A2').note = 'catatan bendahara';
      ws.getCell('B1').value = 'Indikator';
      const sebelum = potret(dariExcelJS(js, { catatan: true }));
      tandaiSel(js, [temuanDi('S', 'A1'), temuanDi('S', 'A2', 'warning')]);
      tulisRencana(
        js,
        [
          { lembar: 'S', sel: 'C1', nilai: 'Predikat', alasan: 'judul', judul: true },
          { lembar: 'S', sel: 'C2', rumus: '=SUM(A1:A2)', alasan: 'jumlah' },
        ],
        false,
      );
      const salinan = new ExcelJS.Workbook();
      await salinan.xlsx.load(await js.xlsx.writeBuffer());
      const wb = dariExcelJS(salinan, { catatan: true });
      expect(wb.lembar('S')!.lihat('A1')!.fill).toEqual({ color: WARNA_TANDA.error, pattern: 'Solid' });
      expect(wb.lembar('S')!.lihat('C1')!.bold).toBe(true);
      const { host } = lingkungan.mulai(wb);
      expect(await host.hapusTanda()).toBe(4);
      expect(host.pemberitahuan('id')).toEqual([]);
      expect(wb.lembar('_sakip_jurnal')).toBeUndefined();
      // without the notes API (older builds) the notes stay as the copy has them; everything else is back
      const tanpaCatatan = (p: string) => JSON.stringify(JSON.parse(p).map((x: unknown[]) => x.slice(0, 3)));
      if (host.kemampuan.catatan) expect(potret(wb)).toBe(sebelum);
      else expect(tanpaCatatan(potret(wb))).toBe(tanpaCatatan(sebelum));
    });

    test('marking twice and removing once gives the original back', async () => {
      const wb = new WorkbookPalsu();
      const lembar = wb.tambah('S');
      lembar.sel(0, 0).value = 1;
      lembar.sel(0, 0).fill = { color: '#123456', pattern: 'Solid' };
      const sebelum = potret(wb);
      const { host } = lingkungan.mulai(wb);
      await host.tandai([temuanDi('S', 'A1', 'info')]);
      await host.tandai([temuanDi('S', 'A1', 'error')]);
      expect(lembar.lihat('A1')!.fill!.color).toBe(WARNA_TANDA.error);
      await host.hapusTanda();
      expect(potret(wb)).toBe(sebelum);
    });

    test("a mark's note follows the pane's language", async () => {
      const wb = new WorkbookPalsu();
      const lembar = wb.tambah('S');
      lembar.sel(0, 0).value = 1;
      lembar.sel(1, 0).value = 2;
      const { host } = lingkungan.mulai(wb);
      if (!host.kemampuan.catatan) return; // notes need ExcelApi 1.18 (the other case is tested above)
      await host.tandai([{ ...temuanDi('S', 'A1'), fix: '=SUM(B1:B3)' }], 'en');
      await host.tandai([{ ...temuanDi('S', 'A2'), fix: '=SUM(B1:B3)' }], 'id');
      expect(lembar.notes.get('A1')).toMatch(/\nFix: =SUM\(B1:B3\)$/);
      expect(lembar.notes.get('A2')).toMatch(/\nPerbaikan: =SUM\(B1:B3\)$/);
    });

    test('a fill the user changed after marking is left alone and reported', async () => {
      const wb = new WorkbookPalsu();
      const lembar = wb.tambah('S');
      lembar.sel(0, 0).value = 1;
      lembar.sel(1, 0).value = 2;
      const { host } = lingkungan.mulai(wb);
      await host.tandai([temuanDi('S', 'A1'), temuanDi('S', 'A2')]);
      lembar.sel(0, 0).fill = { color: '#00FF00', pattern: 'Solid' }; // the user recolours A1
      await host.hapusTanda();
      expect(lembar.lihat('A1')!.fill).toEqual({ color: '#00FF00', pattern: 'Solid' });
      expect(lembar.lihat('A2')!.fill).toBeUndefined();
      expect(host.pemberitahuan('id').join(' ')).toMatch(/1 sel di "S" sudah diubah .*A1/);
      expect(host.pemberitahuan('en').join(' ')).toMatch(/changed after the add-in wrote them/);
      expect(wb.lembar('_sakip_jurnal')).toBeUndefined();
    });

    test('a marked sheet that was renamed or deleted is skipped and reported; renaming it back restores it later', async () => {
      const wb = new WorkbookPalsu();
      for (const nama of ['A', 'B', 'C']) {
        wb.tambah(nama).sel(0, 0).value = nama;
        wb.lembar(nama)!.notes.set('A1', `catatan ${nama}`);
      }
      const sebelum = potret(wb);
      const { host } = lingkungan.mulai(wb);
      await host.tandai(['A', 'B', 'C'].map((n) => temuanDi(n, 'A1')));
      wb.lembar('B')!.name = 'B baru';
      wb.hapusLembar(wb.lembar('C')!);
      await expect(host.hapusTanda()).resolves.toBe(1);
      expect(wb.lembar('A')!.lihat('A1')!.fill).toBeUndefined();
      const pemberitahuan = host.pemberitahuan('id').join(' ');
      expect(pemberitahuan).toMatch(/Lembar "B" tidak ditemukan/);
      expect(pemberitahuan).toMatch(/Lembar "C" tidak ditemukan/);
      expect(wb.lembar('_sakip_jurnal')).toBeDefined();
      wb.lembar('B baru')!.name = 'B';
      await expect(host.hapusTanda()).resolves.toBe(1);
      expect(wb.lembar('B')!.lihat('A1')!.fill).toBeUndefined();
      const harapan = JSON.parse(sebelum).filter((x: unknown[]) => x[0] !== 'C');
      expect(JSON.parse(potret(wb))).toEqual(harapan);
    });

    test('journal entries of sheets named 2024 and TRUE are kept as text and restored', async () => {
      const wb = new WorkbookPalsu();
      for (const nama of ['2024', 'TRUE', '=1+1', '1,5']) wb.tambah(nama).sel(0, 0).value = 5;
      const sebelum = potret(wb);
      const { host } = lingkungan.mulai(wb);
      await host.tandai(['2024', 'TRUE', '=1+1', '1,5'].map((n) => temuanDi(n, 'A1')));
      const jurnal = wb.lembar('_sakip_jurnal')!;
      expect(jurnal.lihat('A1')!.value).toBe('2024');
      expect(jurnal.lihat('A2')!.value).toBe('TRUE');
      expect(jurnal.lihat('A3')!.value).toBe('=1+1');
      expect(await lingkungan.mulai(wb).host.hapusTanda()).toBe(4);
      expect(potret(wb)).toBe(sebelum);
    });

    test('6 000 marked cells go in bounded requests under 5 MB', async () => {
      const wb = new WorkbookPalsu();
      lembarBesar(wb, 'Besar', 6000);
      const sebelum = potret(wb);
      const jalan = lingkungan.mulai(wb, { batasBytes: 5 * 1024 * 1024 });
      const temuan = Array.from({ length: 6000 }, (_, i) =>
        temuanDi('Besar', `D${i + 2}`, i % 3 === 0 ? 'error' : 'warning', 'sisa'),
      );
      temuan.forEach(
        (t) => (t.message = `Sisa ${t.cell} tidak sama dengan pagu − realisasi; ${'rincian '.repeat(20)}`),
      );
      await jalan.host.tandai(temuan);
      expect(wb.lembar('Besar')!.lihat('D2')!.fill!.color).toBe(WARNA_TANDA.error);
      expect(wb.lembar('Besar')!.lihat('D6001')!.fill!.color).toBe(WARNA_TANDA.warning);
      expect(jalan.stat().bytesPermintaanTerbesar).toBeLessThan(5 * 1024 * 1024);
      const tandaiSyncs = jalan.syncs();
      expect(tandaiSyncs).toBeLessThan(30);
      await jalan.host.buatLaporan(temuan.concat(temuan.slice(0, 1000)), 'id');
      expect(wb.lembar('Temuan SAKIP')!.lihat('G7001')!.value).toMatch(/^Sisa D1001/);
      await jalan.host.hapusTanda();
      expect(potret(wb)).toBe(sebelum);
      expect(jalan.stat().bytesPermintaanTerbesar).toBeLessThan(5 * 1024 * 1024);
    });

    test('writes shrink and retry when a request is refused for its size', async () => {
      const wb = new WorkbookPalsu();
      lembarBesar(wb, 'Besar', 600);
      const sebelum = potret(wb);
      const jalan = lingkungan.mulai(wb, { batasBytes: 200_000, bytesPerPermintaan: 1_000_000 });
      const temuan = Array.from({ length: 600 }, (_, i) => temuanDi('Besar', `C${i + 2}`));
      await jalan.host.tandai(temuan);
      expect(wb.lembar('Besar')!.lihat('C601')!.fill!.color).toBe(WARNA_TANDA.error);
      await jalan.host.hapusTanda();
      expect(potret(wb)).toBe(sebelum);
    });
  });

  describe('writes', () => {
    test('Tulis predikat: only empty cells unless confirmed, bounded batches, undone by Hapus tanda (bold header too)', async () => {
      const wb = await wbSampel('sumenep-2023.xlsx');
      const sebelum = potret(wb);
      const { host, syncs } = lingkungan.mulai(wb);
      const rencana = rencanaPredikat(await host.bacaWorkbook(), {}, 'nilai');
      const kesimpulan = rencana.filter((r) => r.lembar === 'Kesimpulan');
      expect(kesimpulan).toEqual([
        { lembar: 'Kesimpulan', sel: 'E4', nilai: 'Cukup Berhasil', alasan: expect.any(String) },
      ]);
      const baru = rencana.find((r) => r.lembar === 'Capaian Kinerja' && r.judul)!;
      expect(baru.sel).toBe('H2'); // a new "Predikat" column right of the table
      const awal = syncs();
      const h1 = await host.tulis(rencana, false);
      expect(syncs() - awal).toBe(3);
      expect(h1.dilewati).toBe(1); // Kesimpulan!E4 already holds "Cukup Berhasil"
      const ck = wb.lembar('Capaian Kinerja')!;
      expect(ck.lihat('H2')).toMatchObject({ value: 'Predikat', bold: true });
      expect(ck.lihat('H5')!.value).toBe('Cukup Berhasil');
      await host.hapusTanda();
      expect(ck.lihat('H5')?.value).toBeUndefined();
      expect(ck.lihat('H2')?.bold).toBeFalsy();
      expect(wb.lembar('Kesimpulan')!.lihat('E4')!.value).toBe('Cukup Berhasil');
      expect(potret(wb)).toBe(sebelum);
    });

    test('Tulis predikat → Hapus tanda → the user types H5 → Hapus tanda: H5 keeps what the user typed', async () => {
      const wb = await wbSampel('sumenep-2023.xlsx');
      const { host } = lingkungan.mulai(wb);
      await host.tulis(rencanaPredikat(await host.bacaWorkbook(), {}, 'nilai'), false);
      await host.hapusTanda();
      expect(wb.lembar('_sakip_jurnal')).toBeUndefined();
      const ck = wb.lembar('Capaian Kinerja')!;
      ck.sel(4, 7).value = 'diketik pengguna';
      await host.hapusTanda();
      expect(ck.lihat('H5')!.value).toBe('diketik pengguna');
    });

    test('a journal left behind by an older version never erases what the user typed since', async () => {
      // what the old adapter left: a very hidden journal whose restores were already applied
      const wb = new WorkbookPalsu();
      const lembar = wb.tambah('Capaian');
      lembar.sel(4, 7).value = 'diketik pengguna';
      lembar.sel(5, 7).fill = { color: '#FFC7CE', pattern: 'Solid' };
      const jurnal = wb.tambah('_sakip_jurnal');
      jurnal.visibility = 'VeryHidden';
      jurnal.sel(0, 0).value = 'Capaian';
      jurnal.sel(0, 1).value = 'H5';
      jurnal.sel(0, 2).value = 'tulis';
      jurnal.sel(0, 3).value = JSON.stringify({ v: '', fill: { color: '#FFFFFF', pattern: 'None' } });
      jurnal.sel(1, 0).value = 'Capaian';
      jurnal.sel(1, 1).value = 'H6';
      jurnal.sel(1, 2).value = 'tanda';
      jurnal.sel(1, 3).value = JSON.stringify({ fill: { color: '#FFFFFF', pattern: 'None' }, note: null });
      const { host } = lingkungan.mulai(wb);
      await host.hapusTanda();
      expect(lembar.lihat('H5')!.value).toBe('diketik pengguna');
      expect(lembar.lihat('H6')!.fill).toBeUndefined(); // a mark colour the old journal recorded is still ours
      expect(host.pemberitahuan('id').join(' ')).toMatch(/jurnal versi lama.*H5/);
      expect(wb.lembar('_sakip_jurnal')).toBeUndefined();
    });

    test('live formulas are written as formulas; workbook text is always written as text', async () => {
      const wb = new WorkbookPalsu();
      const lembar = wb.tambah('=HYPERLINK("x")');
      lembar.sel(0, 0).value = 'x';
      const { host } = lingkungan.mulai(wb);
      await host.tulis(
        [
          { lembar: '=HYPERLINK("x")', sel: 'B2', rumus: '=SAKIP.PREDIKAT(A2)', alasan: '' },
          { lembar: '=HYPERLINK("x")', sel: 'C2', nilai: '@SUM(A1:A3)', alasan: '' },
          { lembar: '=HYPERLINK("x")', sel: 'D2', nilai: '2024', alasan: '' },
          { lembar: '=HYPERLINK("x")', sel: 'E2', nilai: 95.5, alasan: '' },
        ],
        false,
      );
      expect(lembar.lihat('B2')!.formula).toBe('SAKIP.PREDIKAT(A2)');
      expect(lembar.lihat('C2')).toMatchObject({ value: '@SUM(A1:A3)' });
      expect(lembar.lihat('C2')!.formula).toBeUndefined();
      expect(lembar.lihat('D2')!.value).toBe('2024');
      expect(lembar.lihat('E2')!.value).toBe(95.5);
      const temuan: Temuan[] = [
        { ...temuanDi('=HYPERLINK("x")', 'A1'), message: '=1+1 pesan', stated: '-5', expected: '+7' },
        { ...temuanDi('2024', 'A1'), message: 'TRUE' },
      ];
      await host.buatLaporan(temuan, 'id');
      const lap = wb.lembar('Temuan SAKIP')!;
      for (const alamat of ['E2', 'G2', 'H2', 'I2']) expect(lap.lihat(alamat)!.formula).toBeUndefined();
      expect(lap.lihat('E2')!.value).toBe('=HYPERLINK("x")');
      expect(lap.lihat('G2')!.value).toBe('=1+1 pesan');
      // a stated figure is a real number the reviewer can compute with; text that is not one stays text
      expect(lap.lihat('H2')!.value).toBe(-5);
      expect(lap.lihat('I2')!.value).toBe('+7');
      expect(lap.lihat('C2')!.value).toBe('Jumlah');
      expect(lap.lihat('E3')!.value).toBe('2024');
      expect(lap.lihat('G3')!.value).toBe('TRUE');
      expect(lap.lihat('F2')!.hyperlink).toEqual({ documentReference: `'=HYPERLINK("x")'!A1`, textToDisplay: 'A1' });
      expect(lap.frozenRows).toBe(1);
    });

    test('a text cell typed as =… is restored as text, never turned into a formula', async () => {
      const wb = new WorkbookPalsu();
      const lembar = wb.tambah('S');
      lembar.sel(0, 0).value = '=1+1';
      lembar.sel(0, 0).kutip = true;
      const { host } = lingkungan.mulai(wb);
      await host.tulis([{ lembar: 'S', sel: 'A1', nilai: 'baru', alasan: '' }], true);
      expect(lembar.lihat('A1')!.value).toBe('baru');
      await host.hapusTanda();
      expect(lembar.lihat('A1')).toMatchObject({ value: '=1+1' });
      expect(lembar.lihat('A1')!.formula).toBeUndefined();
    });

    test('the report sheet gets the capaian chart as a native Excel chart', async () => {
      const wb = await wbSampel('lumajang-2024-tw1.xlsx');
      const { host } = lingkungan.mulai(wb);
      const hasil = periksaWorkbook(await host.bacaWorkbook());
      await host.buatLaporan(hasil.findings, 'id', hasil.grafik);
      await host.buatLaporan(hasil.findings, 'id', hasil.grafik); // a second report replaces the first
      const lap = wb.lembar('Temuan SAKIP')!;
      expect(lap.lihat('A1')!.value).toBe('No');
      expect(lap.lihat('K1')!.value).toBe('Indikator');
      expect(lap.lihat('L2')!.value).toBe(hasil.grafik.capaian[0].nilai);
      expect(lap.charts).toEqual([
        {
          type: 'BarClustered',
          source: `K1:L${hasil.grafik.capaian.length + 1}`,
          seriesBy: 'Columns',
          title: 'Capaian per indikator (%)',
          legend: false,
          posisi: expect.any(String),
        },
      ]);
      expect(wb.active).toBe('Temuan SAKIP');
    });

    test('selecting a finding activates its sheet and selects its cell in one sync', async () => {
      const wb = await wbSampel('lumajang-2020.xlsx');
      const { host, syncs } = lingkungan.mulai(wb);
      await host.pilihSel('Capaian IKU', 'J15');
      expect(wb.active).toBe('Capaian IKU');
      expect(wb.selected).toBe('Capaian IKU!J15');
      expect(syncs()).toBe(1);
    });

    test('selecting a table selects its range in one sync; the selection is read back in one sync', async () => {
      const wb = await wbSampel('lumajang-2024-tw1.xlsx');
      const { host, syncs } = lingkungan.mulai(wb);
      await host.pilihRentang('Realisasi Anggaran', 'A1:E94');
      expect(wb.active).toBe('Realisasi Anggaran');
      expect(wb.selected).toBe('Realisasi Anggaran!A1:E94');
      expect(syncs()).toBe(1);
      // "this is a table" on what the user selected: the sheet's name as it is, the range without $
      await expect(host.bacaPilihan()).resolves.toEqual({ lembar: 'Realisasi Anggaran', rentang: 'A1:E94' });
      expect(syncs()).toBe(2);
      await host.pilihSel('Bisma Kuat', 'G10');
      await expect(host.bacaPilihan()).resolves.toEqual({ lembar: 'Bisma Kuat', rentang: 'G10' });
      expect(syncs()).toBe(4);
    });

    test('a selection of several areas is refused with its own code; nothing selected is the active cell', async () => {
      const wb = new WorkbookPalsu();
      wb.tambah('S').sel(0, 0).value = 1;
      wb.tambah("Lembar 'dua'!").sel(0, 0).value = 2;
      const { host } = lingkungan.mulai(wb);
      wb.active = 'S';
      await expect(host.bacaPilihan()).resolves.toEqual({ lembar: 'S', rentang: 'A1' });
      await host.pilihRentang("Lembar 'dua'!", 'B2:C9');
      await expect(host.bacaPilihan()).resolves.toEqual({ lembar: "Lembar 'dua'!", rentang: 'B2:C9' });
      wb.selected = 'S!A1:B2, S!D4';
      await expect(host.bacaPilihan()).rejects.toMatchObject({ code: 'InvalidSelection' });
    });

    test('settings are kept in the workbook', async () => {
      const { host } = lingkungan.mulai(new WorkbookPalsu());
      expect(await host.muatPengaturan()).toBeNull();
      await host.simpanPengaturan({ skala: 'baik', metodeEfisiensi: 'rasio', bahasa: 'en' } as never);
      expect(await host.muatPengaturan()).toMatchObject({ skala: 'baik', metodeEfisiensi: 'rasio' });
    });

    test('a workbook whose settings the demo or the CLI side saved: read from the settings sheet', async () => {
      const wb = new WorkbookPalsu();
      const lembar = wb.tambah('_sakip_pengaturan');
      const json = JSON.stringify({ skala: 'baik', koreksi: { tabel: [{ lembar: 'S', sel: 'A1', abaikan: true }] } });
      lembar.sel(0, 0).value = json.slice(0, 20);
      lembar.sel(1, 0).value = json.slice(20);
      const { host } = lingkungan.mulai(wb);
      expect(await host.muatPengaturan()).toMatchObject({
        skala: 'baik',
        koreksi: { tabel: [{ lembar: 'S', sel: 'A1', abaikan: true }], tabelBaru: [] },
      });
    });
  });

  describe('requirement sets', () => {
    test('an older build (ExcelApi 1.8) reads and marks without ApiNotFound and says what is missing', async () => {
      const wb = await wbSampel('lumajang-2024-tw1.xlsx');
      const sebelum = potret(wb);
      const { host } = lingkungan.mulai(wb, { versi: '1.8' });
      const hasil = periksaWorkbook(await host.bacaWorkbook());
      expect(hasil.findings.length).toBeGreaterThan(10);
      const kurang = host.fiturTidakTersedia('id').join(' ');
      expect(kurang).toMatch(/Sel gabungan/);
      expect(kurang).toMatch(/Catatan sel/);
      expect(host.fiturTidakTersedia('en').join(' ')).toMatch(/Merged cells/);
      await host.tandai(hasil.findings);
      await host.hapusTanda();
      expect(potret(wb)).toBe(sebelum);
    });

    test('on a current build only what is really missing is reported', async () => {
      const { host } = lingkungan.mulai(new WorkbookPalsu(), { versi: '1.18' });
      expect(host.fiturTidakTersedia('id')).toEqual([]);
    });
  });
});
