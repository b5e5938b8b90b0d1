/** The built `sakip` CLI (dist/cli.js) on the samples and on bad input. */
import { spawnSync } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { DIR_SAMPEL, TIDAK_DILAPORKAN, daftarSpec, kunciEntri } from '../helpers/sampel';
import { buatBerkasBuruk, buatBerkasLain } from '../helpers/berkasBuruk';
import { workbookDari } from '../helpers/penulisLain';
import { WARNA_TANDA } from '../../src/core/tulis/jurnal';
import { periksaParalel } from '../../src/cli/paralel';
import { periksaBerkas } from '../../src/cli/berkas';

const CLI = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const hash = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('sakip periksa', () => {
  test('--format json is exactly one DOMAIN.md document on stdout, and finds every expected cell', () => {
    const hasil = run('periksa', DIR_SAMPEL, '--format', 'json');
    expect(hasil.status).toBe(1); // the samples contain errors
    const doc = JSON.parse(hasil.stdout);
    expect(doc.version).toBe(1);
    expect(Object.keys(doc)).toEqual(['version', 'files']);
    for (const spec of daftarSpec()) {
      const entri = doc.files.find((x: { file: string }) => x.file === spec.file);
      expect(entri.error).toBeNull();
      expect(Object.keys(entri)).toEqual(['file', 'tables', 'findings', 'error']);
      for (const tabel of entri.tables) {
        // each table says whether it was checked: with how many computed cells verified, or why not
        const kunci = Object.keys(tabel).filter((x) => x !== 'title');
        expect(kunci.slice(0, 5)).toEqual(['sheet', 'range', 'kind', 'rows', 'checked']);
        // checked: computed cells found consistent, or (every one wrong) an error or warning reported in it
        if (tabel.checked)
          expect(
            tabel.verified > 0 ||
              entri.findings.some(
                (x: { sheet: string; severity: string }) => x.sheet === tabel.sheet && x.severity !== 'info',
              ),
          ).toBe(true);
        else expect(tabel.reason).toMatch(/\w{3}/);
        expect(['capaian', 'anggaran', 'efisiensi', 'skala', 'lain']).toContain(tabel.kind);
      }
      for (const temuan of entri.findings)
        expect(Object.keys(temuan)).toEqual(['rule', 'severity', 'sheet', 'cell', 'message', 'stated', 'expected']);
      for (const harapan of spec.expected.filter((x) => !TIDAK_DILAPORKAN[kunciEntri(spec.file, x)]))
        expect(
          entri.findings.some(
            (x: { sheet: string; cell: string; rule: string }) =>
              x.sheet === harapan.sheet && x.cell === harapan.cell && x.rule === harapan.rule,
          ),
        ).toBe(true);
    }
  });

  test('text output groups by file and sheet and names the cell to fix', () => {
    const hasil = run('periksa', path.join(DIR_SAMPEL, 'lumajang-2024-tw1.xlsx'));
    expect(hasil.status).toBe(1);
    expect(hasil.stdout).toMatch(/^lumajang-2024-tw1\.xlsx — \d+ tabel, \d+ temuan/);
    expect(hasil.stdout).toMatch(
      /\n  Bisma Kuat\n    G10 +galat +jumlah +TOTAL 599 ≠ jumlah baris 559 \(89\+181\+98\+191\+0\)/,
    );
    expect(run('periksa', path.join(DIR_SAMPEL, 'lumajang-2024-tw1.xlsx'), '--bahasa', 'en').stdout).toMatch(
      /G10 +error +jumlah +TOTAL 599 ≠ sum of rows 559/,
    );
  });

  test('--keluaran writes an annotated copy, never touches the input, and does not overwrite without --timpa', async () => {
    const input = path.join(DIR_SAMPEL, 'sumenep-2023.xlsx');
    const sebelum = hash(input);
    const out = path.join(tmp, 'keluar');
    const hasil = run('periksa', input, '--keluaran', out);
    expect(hasil.status).toBe(1);
    expect(hash(input)).toBe(sebelum);
    const salinan = path.join(out, 'sumenep-2023.temuan.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(salinan);
    const lap = wb.getWorksheet('Temuan SAKIP')!;
    expect(lap.rowCount).toBeGreaterThan(5);
    expect(String(lap.getCell('B1').value)).toBe('Aturan');
    const c4 = wb.getWorksheet('Realisasi Anggaran')!.getCell('C4');
    expect(
      String(c4.note && (typeof c4.note === 'string' ? c4.note : c4.note.texts?.map((x) => x.text).join(''))),
    ).toMatch(/\[SAKIP jumlah\]/);
    expect((c4.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(String(lap.getCell('C1').value)).toBe('Pemeriksaan');
    const link = lap.getCell('F2').value as ExcelJS.CellHyperlinkValue;
    expect(link.hyperlink).toMatch(/^#'.+'!.+\d$/);
    const lagi = run('periksa', input, '--keluaran', out);
    expect(lagi.status).toBe(2);
    expect(lagi.stdout).toMatch(/sudah ada; pakai --timpa/);
    expect(run('periksa', input, '--keluaran', out, '--timpa').status).toBe(1);
    expect(hash(input)).toBe(sebelum);
  });

  test('bad input: each a clear Indonesian message, no stack trace, exit 2, other files still checked', () => {
    const buruk = buatBerkasBuruk(path.join(tmp, 'buruk'), path.join(DIR_SAMPEL, 'lumajang-2020.xlsx'));
    const hasil = run(
      'periksa',
      buruk.kosong,
      buruk.bukanZip,
      buruk.terpotong,
      buruk.terenkripsi,
      buruk.lama,
      path.join(DIR_SAMPEL, 'lumajang-2020.xlsx'),
      '--format',
      'json',
    );
    expect(hasil.status).toBe(2);
    expect(hasil.stderr).not.toMatch(/at .*\.js:\d+/);
    const files = JSON.parse(hasil.stdout).files as { file: string; error: string | null; tables: unknown[] }[];
    const err = (n: string) => files.find((f) => f.file === n)!.error;
    expect(err('kosong.xlsx')).toMatch(/Berkas kosong/);
    expect(err('bukan-zip.xlsx')).toMatch(/bukan arsip zip/);
    expect(err('terpotong.xlsx')).toMatch(/rusak atau terpotong/);
    expect(err('terenkripsi.xlsx')).toMatch(/dilindungi kata sandi/);
    expect(err('lama.xls')).toMatch(/\.xls\) tidak didukung/);
    expect(files.find((f) => f.file === 'lumajang-2020.xlsx')!.error).toBeNull();
    expect(files.find((f) => f.file === 'lumajang-2020.xlsx')!.tables.length).toBeGreaterThan(5);
  });

  test('usage errors and folders without workbooks exit 2 with a message', () => {
    const kosong = path.join(tmp, 'folder-kosong');
    fs.mkdirSync(kosong, { recursive: true });
    fs.writeFileSync(path.join(kosong, 'catatan.txt'), 'x');
    const hasil = run('periksa', kosong);
    expect(hasil.status).toBe(2);
    expect(hasil.stderr).toMatch(/tidak berisi workbook/);
    expect(run('periksa', path.join(tmp, 'tidak-ada.xlsx')).stderr).toMatch(/tidak ditemukan/);
    expect(run('periksa').status).toBe(2);
    expect(run('periksa', DIR_SAMPEL, '--format', 'xml').status).toBe(2);
    expect(run('hapus').status).toBe(2);
  });

  test('--paralel N checks files in worker threads with the same result, in input order', () => {
    const satu = run('periksa', DIR_SAMPEL, '--format', 'json', '--paralel', '1');
    const dua = run('periksa', DIR_SAMPEL, '--format', 'json', '--paralel', '2');
    expect(dua.status).toBe(satu.status);
    expect(dua.stdout).toBe(satu.stdout);
    expect(JSON.parse(dua.stdout).files.map((f: { file: string }) => f.file)).toEqual(
      daftarSpec()
        .map((s) => s.file)
        .sort(),
    );
    const tiga = run('periksa', DIR_SAMPEL, '--format', 'json', '--paralel', '3');
    expect(tiga.stdout).toBe(satu.stdout);
    const salah = run('periksa', DIR_SAMPEL, '--paralel', 'nol');
    expect(salah.status).toBe(2);
    expect(salah.stderr).toMatch(/--paralel perlu bilangan bulat/);
  });

  test('the main thread is one lane and worker threads claim the other files themselves', async () => {
    const berkas = daftarSpec().map((x) => path.join(DIR_SAMPEL, x.file));
    const opsi = { bahasa: 'id' as const, timpa: false };
    const diUtama: string[] = [];
    const selesai: string[] = [];
    // the main lane holds its first file until a worker has finished one: the workers must take part
    let pekerjaSelesai!: () => void;
    const adaDariPekerja = new Promise<void>((ok) => (pekerjaSelesai = ok));
    const hasil = await periksaParalel(
      CLI,
      berkas,
      opsi,
      berkas.length,
      (berkas) => {
        selesai.push(berkas);
        if (!diUtama.includes(berkas)) pekerjaSelesai();
      },
      async (berkas, opsi) => {
        diUtama.push(berkas);
        const hasil = await periksaBerkas(berkas, opsi);
        await adaDariPekerja;
        return hasil;
      },
    );
    // n lanes = the main thread + n − 1 workers, each file claimed once
    expect(diUtama).toHaveLength(1);
    expect([...selesai].sort()).toEqual([...berkas].sort());
    const urut = await Promise.all(berkas.map((b) => periksaBerkas(b, opsi)));
    expect(hasil).toEqual(urut);
  });

  test('a clean workbook exits 0', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Anggaran');
    ws.addRows([
      ['Tabel 1 Realisasi Anggaran 2024'],
      ['No', 'Uraian', 'Pagu', 'Realisasi', '%', 'Sisa'],
      [1, 'Program A', 1000000, 500000, 50, 500000],
      [2, 'Program B', 2000000, 1500000, 75, 500000],
      [null, 'JUMLAH', 3000000, 2000000, 66.67, 1000000],
    ]);
    const berkas = path.join(tmp, 'bersih.xlsx');
    await wb.xlsx.writeFile(berkas);
    const hasil = run('periksa', berkas);
    expect(hasil.stdout).toMatch(/Tidak ada temuan/);
    expect(hasil.status).toBe(0);
  });
});

describe('other files, uncalculated workbooks, the annotated copy', () => {
  test('a folder: .ods, .csv, .numbers (a package folder), an HTML .xls are listed as skipped with what to do', async () => {
    const dir = path.join(tmp, 'campur');
    const lain = await buatBerkasLain(path.join(dir, 'lain'));
    // a zip named .xlsx is read as a workbook (and refused by its content): left out of this folder
    fs.rmSync(lain.arsip);
    fs.mkdirSync(path.join(dir, 'paket.numbers', 'Index'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'paket.numbers', 'Index', 'Document.iwa'), 'x');
    fs.writeFileSync(path.join(dir, '~$kunci.xlsx'), 'x');
    fs.copyFileSync(path.join(DIR_SAMPEL, 'lumajang-2020.xlsx'), path.join(dir, 'lumajang-2020.xlsx'));
    const hasil = run('periksa', dir);
    expect(hasil.status).toBe(1); // from the one workbook checked; skipped files do not fail the run
    expect(hasil.stdout).toMatch(/^lumajang-2020\.xlsx — /);
    expect(hasil.stdout).toMatch(/\nDilewati \(bukan workbook \.xlsx\/\.xlsm\):\n/);
    expect(hasil.stdout).toMatch(/anggaran\.ods: "anggaran\.ods" adalah spreadsheet OpenDocument .*Simpan Sebagai/);
    expect(hasil.stdout).toMatch(/realisasi\.csv: "realisasi\.csv" adalah teks CSV/);
    expect(hasil.stdout).toMatch(/paket\.numbers: "paket\.numbers" adalah dokumen Apple Numbers/);
    expect(hasil.stdout).toMatch(/capaian\.numbers: .*Apple Numbers/);
    expect(hasil.stdout).toMatch(/ekspor\.xls: "ekspor\.xls" adalah halaman HTML/);
    expect(hasil.stdout).toMatch(/realisasi\.xlsb: .*\.xlsb/);
    expect(hasil.stdout).not.toMatch(/kunci/);
    expect(hasil.stdout).toMatch(/1 workbook diperiksa, \d+ temuan, 6 berkas lain dilewati\.\n$/);
    const dokumen = JSON.parse(run('periksa', dir, '--format', 'json', '--bahasa', 'en').stdout);
    expect(Object.keys(dokumen)).toEqual(['version', 'files', 'skipped']);
    expect(dokumen.files.map((f: { file: string }) => f.file)).toEqual(['lumajang-2020.xlsx']);
    const skipped = dokumen.skipped as { file: string; reason: string }[];
    expect(skipped.map((x) => path.basename(x.file)).sort()).toEqual(
      ['anggaran.ods', 'capaian.numbers', 'ekspor.xls', 'paket.numbers', 'realisasi.csv', 'realisasi.xlsb'].sort(),
    );
    expect(skipped.find((x) => x.file.endsWith('anggaran.ods'))!.reason).toMatch(/OpenDocument spreadsheet.*Save As/);
    // a text document (.odt) is no spreadsheet: not listed
    expect(skipped.some((x) => x.file.endsWith(path.basename(lain.odt)))).toBe(false);
  });

  test('a folder with only other files says so, lists them and exits 2', async () => {
    const dir = path.join(tmp, 'hanya-lain');
    await buatBerkasLain(dir);
    fs.rmSync(path.join(dir, 'arsip.xlsx'));
    const hasil = run('periksa', dir);
    expect(hasil.status).toBe(2);
    expect(hasil.stderr).toMatch(/tidak berisi workbook \.xlsx\/\.xlsm \(5 berkas lain dilewati\)/);
    expect(hasil.stdout).toMatch(/anggaran\.ods/);
  });

  test("an .ods or .csv named on the command line gets its message as the file's error", async () => {
    const lain = await buatBerkasLain(path.join(tmp, 'satu'));
    const hasil = run('periksa', lain.ods, lain.csv, lain.arsip, '--format', 'json');
    expect(hasil.status).toBe(2);
    const entri = JSON.parse(hasil.stdout).files as { file: string; error: string }[];
    expect(entri[0].error).toMatch(/^"anggaran\.ods" adalah spreadsheet OpenDocument/);
    expect(entri[1].error).toMatch(/^"realisasi\.csv" adalah teks CSV/);
    expect(entri[2].error).toMatch(/^"arsip\.xlsx" adalah arsip zip, tetapi bukan workbook Excel/);
  });

  test.each(['openpyxl', 'xlsxwriter'] as const)(
    'a workbook saved by %s: "not calculated" in the text and "calculated": false in the JSON',
    async (penulis) => {
      const berkas = path.join(tmp, `${penulis}.xlsx`);
      fs.writeFileSync(berkas, await workbookDari(penulis));
      const teks = run('periksa', berkas);
      expect(teks.stdout).toMatch(/\n {2}! workbook disimpan tanpa hasil rumus \(belum dihitung Excel\)/);
      expect(run('periksa', berkas, '--bahasa', 'en').stdout).toMatch(
        /\n {2}! the workbook was saved without formula results \(not calculated by Excel\)/,
      );
      const entri = JSON.parse(run('periksa', berkas, '--format', 'json').stdout).files[0];
      expect(Object.keys(entri)).toEqual(['file', 'tables', 'calculated', 'findings', 'error']);
      expect(entri.calculated).toBe(false);
      // its formulas are computed, so it is checked exactly as the same workbook saved by Excel
      const berkasExcel = path.join(tmp, `excel-${penulis}.xlsx`);
      fs.writeFileSync(berkasExcel, await workbookDari('excel'));
      const excel = JSON.parse(run('periksa', berkasExcel, '--format', 'json').stdout).files[0];
      expect(entri.findings).toEqual(excel.findings);
      expect(entri.tables).toEqual(excel.tables);
    },
  );

  test('a workbook Excel or LibreOffice calculated has no such note', async () => {
    for (const penulis of ['excel', 'libreoffice'] as const) {
      const berkas = path.join(tmp, `${penulis}.xlsx`);
      fs.writeFileSync(berkas, await workbookDari(penulis));
      expect(run('periksa', berkas).stdout).not.toMatch(/belum dihitung/);
      expect(Object.keys(JSON.parse(run('periksa', berkas, '--format', 'json').stdout).files[0])).toEqual([
        'file',
        'tables',
        'findings',
        'error',
      ]);
    }
  });

  test('--keluaran: the copy colours exactly the finding cells', async () => {
    const input = path.join(DIR_SAMPEL, 'lumajang-2024-tw1.xlsx');
    const out = path.join(tmp, 'hitung-warna');
    const hasil = run('periksa', input, '--keluaran', out, '--format', 'json');
    const temuan = JSON.parse(hasil.stdout).files[0].findings as { sheet: string; cell: string }[];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'lumajang-2024-tw1.temuan.xlsx'));
    const asli = new ExcelJS.Workbook();
    await asli.xlsx.readFile(input);
    const berwarna: string[] = [];
    wb.eachSheet((ws) => {
      if (ws.name === 'Temuan SAKIP') return;
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (sel) => {
          const argb = (sel.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
          const lama = asli.getWorksheet(ws.name)?.getCell(sel.address).fill;
          if (
            argb &&
            Object.values(WARNA_TANDA).some((w) => 'FF' + w.slice(1) === argb) &&
            JSON.stringify(lama) !== JSON.stringify(sel.fill)
          )
            berwarna.push(`${ws.name}!${sel.address}`);
        }),
      );
    });
    expect(berwarna.sort()).toEqual([...new Set(temuan.map((f) => `${f.sheet}!${f.cell}`))].sort());
    expect(berwarna.length).toBeGreaterThan(0);
  });

  test('--keluaran: SAKIP.* formulas without cached results get them in the copy, and the output says so', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Capaian');
    ws.addRows([
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Predikat'],
      [1, 'Persentase layanan', 80, 40, 50, { formula: 'SAKIP.PREDIKAT(E2)' }],
      [2, 'Persentase sekolah', 90, 90, 100, { formula: 'SAKIP.PREDIKAT(E3)' }],
    ]);
    const berkas = path.join(tmp, 'rumus-sakip.xlsx');
    await wb.xlsx.writeFile(berkas);
    const sebelum = hash(berkas);
    const out = path.join(tmp, 'keluar-rumus');
    const hasil = run('periksa', berkas, '--keluaran', out);
    expect(hasil.stdout).toMatch(/Salinan berisi 2 rumus SAKIP\.\*; 2 di antaranya disimpan dengan hasil terhitung/);
    expect(hash(berkas)).toBe(sebelum);
    const salinan = new ExcelJS.Workbook();
    await salinan.xlsx.readFile(path.join(out, 'rumus-sakip.temuan.xlsx'));
    expect(salinan.getWorksheet('Capaian')!.getCell('F2').result).toBe('Sangat Rendah');
    expect(salinan.getWorksheet('Capaian')!.getCell('F3').result).toBe('Sangat Tinggi');
  });
});

describe('settings and reading corrections stored in the workbook', () => {
  async function workbook(pengaturan: unknown): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Anggaran');
    [
      ['Uraian', 'Pagu', 'Realisasi', 'Sisa'],
      ['Program A', 1000, 400, 600],
      ['Program B', 500, 500, 0],
      ['Program C', 800, 200, 600],
      ['JUMLAH', 2300, 1100, 1250],
    ].forEach((r) => ws.addRow(r));
    if (pengaturan !== null) {
      const lembarPengaturan = wb.addWorksheet('_sakip_pengaturan', { state: 'veryHidden' });
      const json = JSON.stringify(pengaturan);
      // split as the add-in splits it under Excel's cell limit
      lembarPengaturan.getCell('A1').value = json.slice(0, 25);
      lembarPengaturan.getCell('A2').value = json.slice(25);
    }
    const berkas = path.join(tmp, `koreksi-${pengaturan === null ? 'tanpa' : 'dengan'}.xlsx`);
    await wb.xlsx.writeFile(berkas);
    return berkas;
  }

  test('a table the reviewer left out is listed as not checked; --tanpa-pengaturan checks it again', async () => {
    const biasa = JSON.parse(run('periksa', await workbook(null), '--format', 'json').stdout).files[0];
    expect(biasa.findings.map((f: { cell: string }) => f.cell)).toEqual(['D5', 'D5']);
    const berkas = await workbook({ koreksi: { tabel: [{ lembar: 'Anggaran', sel: 'A1', abaikan: true }] } });
    const entri = JSON.parse(run('periksa', berkas, '--format', 'json').stdout).files[0];
    expect(entri.findings).toEqual([]);
    expect(entri.tables[0]).toMatchObject({ checked: false, reason: 'dikecualikan dari pemeriksaan oleh pengguna' });
    expect(run('periksa', berkas, '--bahasa', 'en').stdout).toMatch(/Not checked: left out of the check by the user/);
    const lagi = JSON.parse(run('periksa', berkas, '--format', 'json', '--tanpa-pengaturan').stdout).files[0];
    expect(lagi.findings).toEqual(biasa.findings);
  });

  test('a column role set by the reviewer is honoured', async () => {
    const berkas = await workbook({ koreksi: { tabel: [{ lembar: 'Anggaran', sel: 'A1', kolom: { D: 'teks' } }] } });
    expect(JSON.parse(run('periksa', berkas, '--format', 'json').stdout).files[0].findings).toEqual([]);
  });
});
