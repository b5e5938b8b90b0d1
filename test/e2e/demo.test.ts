/**
 * End to end in Debian's chromium (playwright-core): the browser demo as a reviewer uses it. On each sample
 * the pane shows as many findings as the CLI; clicking a finding centres its cell in the preview and marks it
 * selected; predikat is written after a confirmation; "Unduh hasil" says what it contains and marks first.
 * Accessibility (axe-core) after a check in light, dark and 320 px: no critical or serious violation.
 * The reading view's table in the preview: roles in colour, a range picked by dragging for "Ini tabel".
 * Language switch, focus, errors from the hostile corpus, the check in a worker on a 100k-row file.
 * Screenshots go to test-artifacts/ (and docs/panel-demo.png for the README).
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { chromium, Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DIR_SAMPEL, daftarSpec } from '../helpers/sampel';
import { buatKorpus, Korpus } from '../helpers/korpus';
import { bangkit } from '../../scripts/bangkit';

jest.setTimeout(300000);

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const ARTEFAK = path.join(ROOT, 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const JENIS: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xlsx': 'application/octet-stream',
  '.xml': 'text/xml',
  '.map': 'application/json',
};

let server: http.Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(ARTEFAK, { recursive: true });
  server = http.createServer((req, res) => {
    const jalur = path.join(
      DIST,
      decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '') || 'demo.html',
    );
    if (!jalur.startsWith(DIST) || !fs.existsSync(jalur) || fs.statSync(jalur).isDirectory()) {
      res.writeHead(404).end('tidak ada');
      return;
    }
    res.writeHead(200, { 'Content-Type': JENIS[path.extname(jalur)] ?? 'application/octet-stream' });
    fs.createReadStream(jalur).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/demo.html`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

function jumlahCli(file: string): number {
  const hasil = spawnSync(
    process.execPath,
    [path.join(DIST, 'cli.js'), 'periksa', path.join(DIR_SAMPEL, file), '--format', 'json'],
    { encoding: 'utf8' },
  );
  return JSON.parse(hasil.stdout).files[0].findings.length;
}

async function halaman(opsi: BrowserContextOptions = {}): Promise<{ page: Page; galat: string[]; pekerja: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...opsi });
  const galat: string[] = [];
  const pekerja: string[] = [];
  page.on('pageerror', (e) => galat.push(String(e)));
  page.on('worker', (w) => pekerja.push(w.url()));
  await page.goto(url);
  return { page, galat, pekerja };
}

async function bukaBerkas(page: Page, file: string): Promise<void> {
  await page.setInputFiles('[data-testid="pilih-berkas"]', file);
  await page.getByTestId('berkas-aktif').waitFor({ timeout: 120000 });
}

async function periksa(page: Page, tombol = /^Periksa (workbook|lagi)$/): Promise<number> {
  await page.getByRole('button', { name: tombol }).click();
  const judul = page.locator('h2', { hasText: /^(Temuan|Findings) \(/ });
  await judul.waitFor({ timeout: 120000 });
  return Number(/\((\d+)/.exec(await judul.innerText())![1]);
}

/**
 * axe-core on the whole page: violations of impact critical or serious, as "rule: target" lines. One known
 * false positive is set aside, the way Microsoft's Accessibility Insights does: Tabster's focus-redirecting
 * dummy elements (`data-tabster-dummy`, inside Fluent's Toolbar and arrow-key groups) are aria-hidden and
 * focusable on purpose; they pass focus on at once and are never announced.
 */
async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const hasil = await page.evaluate(async () => {
    const jendela = window as unknown as {
      axe: {
        run: (
          dokumen: Document,
          opsi: object,
        ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; html: string }[] }[] }>;
      };
    };
    return (await jendela.axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return hasil
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .flatMap((v) =>
      v.nodes
        .filter((n) => !(v.id === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy=/.test(n.html)))
        .slice(0, 5)
        .map((n) => `${v.id}: ${n.target.join(' ')}`),
    );
}

/** Where the selected cell sits in the preview's scroll box and in the window (centre offsets in px). */
async function posisiSelAktif(page: Page) {
  return page.evaluate(() => {
    const sel = document.querySelector('[data-testid="pratinjau"] td[data-sel="aktif"]') as HTMLElement;
    const kotak = sel.closest('[role="region"]') as HTMLElement;
    const kotakSel = sel.getBoundingClientRect();
    const kotakPratinjau = kotak.getBoundingClientRect();
    return {
      dalamKotak:
        kotakSel.top >= kotakPratinjau.top &&
        kotakSel.bottom <= kotakPratinjau.bottom + 1 &&
        kotakSel.left >= kotakPratinjau.left - 1 &&
        kotakSel.right <= kotakPratinjau.right + 1,
      dalamJendela: kotakSel.top >= 0 && kotakSel.bottom <= window.innerHeight,
      pusatY: Math.abs(kotakSel.top + kotakSel.height / 2 - (kotakPratinjau.top + kotakPratinjau.height / 2)),
      ruangY: kotak.scrollHeight > kotak.clientHeight,
      tinggiKotak: kotak.clientHeight,
      // far enough from the sheet's top and bottom for the box to scroll it to the middle
      bisaTengah: (() => {
        const atasDalam = kotakSel.top - kotakPratinjau.top + kotak.scrollTop + kotakSel.height / 2;
        return atasDalam >= kotak.clientHeight / 2 && kotak.scrollHeight - atasDalam >= kotak.clientHeight / 2;
      })(),
    };
  });
}

describe.each(daftarSpec().map((s) => [s.file] as const))('demo on %s', (file) => {
  test('as many findings as the CLI, in a worker; a clicked cell is centred; predikat written; marked download', async () => {
    const { page, galat, pekerja } = await halaman();
    await bukaBerkas(page, path.join(DIR_SAMPEL, file));
    expect(await periksa(page)).toBe(jumlahCli(file));
    expect(pekerja.some((u) => /pekerja-periksa\.js$/.test(u))).toBe(true);

    const tombol = page.locator('[data-testid="daftar-temuan"] button[data-sel]');
    const kedua = tombol.nth(Math.min(1, (await tombol.count()) - 1));
    const [lembar, sel] = [await kedua.getAttribute('data-lembar'), await kedua.getAttribute('data-sel')];
    await kedua.click();
    await expect(page.getByTestId('sel-terpilih').innerText()).resolves.toBe(`${lembar}!${sel}`);
    await expect(kedua.getAttribute('aria-current')).resolves.toBe('true');
    await expect(page.locator('[data-testid="daftar-temuan"] [aria-current="true"]').count()).resolves.toBe(1);
    const pos = await posisiSelAktif(page);
    expect(pos.dalamKotak).toBe(true);
    expect(pos.dalamJendela).toBe(true);
    // centred in the preview where the box can scroll it there
    if (pos.ruangY && pos.bisaTengah) expect(pos.pusatY).toBeLessThan(pos.tinggiKotak / 4);

    // live formulas: the download then says they carry their computed value
    await page.getByRole('radio', { name: 'Rumus hidup (=SAKIP.PREDIKAT)' }).check();
    await page.getByRole('button', { name: 'Tulis predikat' }).click();
    const konfirmasi = page.getByTestId('konfirmasi-timpa');
    const ditulis = page.getByText(/sel ditulis/);
    await Promise.race([konfirmasi.waitFor(), ditulis.waitFor()]);
    if (await konfirmasi.isVisible()) {
      const adaTimpa = (await konfirmasi.locator('tbody tr').count()) > 0;
      const adaKoreksi = (await konfirmasi.locator('li').count()) > 0;
      expect(adaTimpa || adaKoreksi).toBe(true);
      const kosong = konfirmasi.getByRole('button', { name: 'Hanya sel kosong' });
      if (await kosong.count()) await kosong.click();
      else await konfirmasi.getByRole('button', { name: adaTimpa ? 'Timpa' : 'Tulis', exact: true }).click();
    }
    await ditulis.waitFor();

    await page.getByRole('button', { name: 'Unduh hasil' }).click();
    const dialog = page.getByRole('dialog', { name: 'Unduh hasil' });
    await expect(dialog.innerText()).resolves.toMatch(/salinan workbook ini \(\.xlsx\)/);
    await expect(dialog.innerText()).resolves.toMatch(/belum ditandai/);
    const [unduhan] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Tandai lalu unduh' }).click(),
    ]);
    const tujuan = path.join(ARTEFAK, `hasil-${file}`);
    await unduhan.saveAs(tujuan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tujuan);
    let adaPredikat = false;
    wb.worksheets.forEach((ws) => ws.eachRow((row) => row.eachCell((c) => (adaPredikat ||= c.value === 'Predikat'))));
    expect(adaPredikat).toBe(true);
    // marked first: the clicked finding's cell carries the SAKIP note
    const catatan = wb.getWorksheet(lembar!)!.getCell(sel!).note;
    expect(JSON.stringify(catatan)).toMatch(/SAKIP/);
    // the pane says what was downloaded, and that written SAKIP formulas carry their computed value
    let rumusSakip = 0;
    wb.worksheets.forEach((ws) =>
      ws.eachRow((row) =>
        row.eachCell((selXlsx) => {
          const rumus = (selXlsx.value as { formula?: string } | null)?.formula;
          if (rumus && /SAKIP\./i.test(rumus)) rumusSakip++;
        }),
      ),
    );
    const status = page.getByTestId('status');
    await status.getByText(/\.hasil-sakip\.xlsx diunduh\./).waitFor();
    expect(rumusSakip).toBeGreaterThan(0);
    await expect(status.innerText()).resolves.toMatch(
      new RegExp(
        `Salinan berisi ${rumusSakip} rumus SAKIP\\.\\*; ${rumusSakip} di antaranya disimpan dengan hasil terhitung`,
      ),
    );
    expect(galat).toEqual([]);
    await page.close();
  });
});

test('axe-core after a check: no critical or serious violation in light, dark and 320 px; screenshots', async () => {
  const pelanggaran: Record<string, string[]> = {};
  for (const [nama, opsi] of [
    ['terang', { colorScheme: 'light' }],
    ['gelap', { colorScheme: 'dark' }],
    ['320', { colorScheme: 'light', viewport: { width: 320, height: 900 } }],
  ] as [string, BrowserContextOptions][]) {
    const { page } = await halaman(opsi);
    await bukaBerkas(page, path.join(DIR_SAMPEL, 'lumajang-2024-tw1.xlsx'));
    await periksa(page);
    await page.locator('button[data-lembar="Bisma Kuat"][data-sel="G10"]').click();
    await page.getByTestId('hitungan').waitFor();
    pelanggaran[nama] = await axe(page);
    if (nama === 'gelap') {
      // the whole page follows prefers-color-scheme, not only the pane
      const latar = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [merah, hijau, biru] = latar.match(/\d+/g)!.map(Number);
      expect(merah + hijau + biru).toBeLessThan(200);
    }
    if (nama === '320') {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(330);
      const pos = await posisiSelAktif(page);
      expect(pos.dalamKotak).toBe(true);
      expect(pos.dalamJendela).toBe(true);
      if (pos.ruangY && pos.bisaTengah) expect(pos.pusatY).toBeLessThan(pos.tinggiKotak / 4);
    }
    await page.screenshot({ path: path.join(ARTEFAK, `panel-${nama}.png`) });
    if (nama === 'terang')
      fs.copyFileSync(path.join(ARTEFAK, 'panel-terang.png'), path.join(ROOT, 'docs', 'panel-demo.png'));
    await page.close();
  }
  expect(pelanggaran).toEqual({ terang: [], gelap: [], '320': [] });
  for (const berkas of ['panel-terang.png', 'panel-gelap.png', 'panel-320.png'])
    expect(fs.statSync(path.join(ARTEFAK, berkas)).size).toBeGreaterThan(10000);
});

test('wide screen: preview and pane side by side, the pane stays in view while the page scrolls', async () => {
  const { page } = await halaman({ viewport: { width: 1280, height: 700 } });
  await bukaBerkas(page, path.join(DIR_SAMPEL, 'lumajang-2024-tw1.xlsx'));
  await periksa(page);
  const panel = page.getByRole('region', { name: 'Panel SAKIP' });
  const kiri = page.getByRole('region', { name: 'Workbook' });
  const [kotakPanel, kotakKiri] = [(await panel.boundingBox())!, (await kiri.boundingBox())!];
  expect(kotakPanel.x).toBeGreaterThan(kotakKiri.x + kotakKiri.width - 1);
  expect(Math.abs(kotakPanel.y - kotakKiri.y)).toBeLessThan(40);
  // the preview shows numbers the Indonesian way
  await page.locator('button[data-lembar="Realisasi Anggaran"][data-sel="B6"]').first().click();
  await expect(page.locator('[data-testid="pratinjau"] td[data-sel="aktif"]').innerText()).resolves.toBe(
    '3.875.767.054,00',
  );
  await expect(page.getByTestId('pratinjau').innerText()).resolves.toMatch(/— 3\.875\.767\.054,00/);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const setelah = (await panel.boundingBox())!;
  expect(setelah.y).toBeGreaterThanOrEqual(0);
  expect(setelah.y).toBeLessThan(50);
  await page.close();
});

test('reading view in the demo: a chosen table shows its roles in colour; dragging picks a range for "Ini tabel"', async () => {
  const { page, galat } = await halaman();
  await bukaBerkas(page, path.join(DIR_SAMPEL, 'lumajang-2024-tw1.xlsx'));
  await periksa(page);
  const item = page.locator('[data-testid="tabel-dibaca"][data-tabel^="Realisasi Anggaran!A1:"]');
  const id = (await item.getAttribute('data-tabel'))!;
  await item.locator('button').first().click();
  await item.getByTestId('rincian-tabel').waitFor();
  // the preview shows the table from its top, its columns coloured and named by role, with a legend
  const pratinjau = page.getByTestId('pratinjau');
  await page.getByRole('region', { name: `Pratinjau tabel ${id}` }).waitFor();
  await expect(pratinjau.getByTestId('sel-terpilih').innerText()).resolves.toBe(id);
  await expect(pratinjau.getByTestId('legenda-peran').innerText()).resolves.toMatch(/Pagu/);
  const kepalaPagu = pratinjau.locator('th[data-peran="pagu"]').first();
  await expect(kepalaPagu.innerText()).resolves.toMatch(/Pagu/);
  const warna = (sel: string) =>
    pratinjau
      .locator(sel)
      .first()
      .evaluate((x) => getComputedStyle(x).backgroundColor);
  const warnaPagu = await warna('th[data-peran="pagu"]');
  expect(warnaPagu).not.toBe(await warna('th:not([data-peran])'));
  await expect(pratinjau.locator('td[data-sel="tabel"]').count()).resolves.toBeGreaterThan(0);
  // the same role colours the cells under it
  const [kolomPagu] = /^[A-Z]+/.exec((await kepalaPagu.innerText()).trim())!;
  expect(await warna(`td[data-sel="tabel"][title="${kolomPagu}5"]`)).toBe(warnaPagu);
  expect(await axe(page)).toEqual([]);

  // drag over B3..C5: the preview says what is picked, and "Pakai pilihan di pratinjau" fills the form
  const kotak = async (alamat: string) => {
    const batas = (await pratinjau.locator(`td[title="${alamat}"]`).boundingBox())!;
    return { x: batas.x + batas.width / 2, y: batas.y + batas.height / 2 };
  };
  const awal = await kotak('B3');
  const akhir = await kotak('C5');
  await page.mouse.move(awal.x, awal.y);
  await page.mouse.down();
  await page.mouse.move(akhir.x, akhir.y, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByTestId('pilihan-pratinjau').innerText()).resolves.toBe(
    'Dipilih: Realisasi Anggaran!B3:C5 (untuk "Ini tabel")',
  );
  const form = page.getByTestId('ini-tabel');
  await form.getByRole('button', { name: 'Pakai pilihan di pratinjau' }).click();
  await expect(form.getByLabel('Rentang (mis. B4:H31)').inputValue()).resolves.toBe('B3:C5');
  await expect(form.getByLabel('Lembar kerja').inputValue()).resolves.toBe('Realisasi Anggaran');
  expect(galat).toEqual([]);
  await page.close();
});

test('focus moves to the summary; the chart is no tab stop; switching language translates page and findings', async () => {
  const { page } = await halaman();
  // before a workbook is open, the page itself can be switched
  await page.getByRole('switch', { name: 'English' }).click();
  await page.getByText('Choose a workbook to start.').waitFor();
  await page.getByRole('switch', { name: 'Bahasa Indonesia' }).click();
  await page.getByText('Pilih workbook untuk mulai.').waitFor();
  await bukaBerkas(page, path.join(DIR_SAMPEL, 'lumajang-2024-tw1.xlsx'));
  await periksa(page);
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Ringkasan');
  const grafik = page.getByRole('figure', { name: 'Capaian per indikator (%)' });
  await expect(grafik.locator('button, a, [tabindex]').count()).resolves.toBe(0);
  await expect(grafik.innerText()).resolves.toMatch(/\d,\d{2} %/);
  await expect(grafik.innerText()).resolves.not.toMatch(/\d\.\d{2} %/);
  // the 100 % target line is drawn on every bar
  await expect(grafik.locator('li').count()).resolves.toBeGreaterThan(0);
  expect(await page.getByRole('toolbar').getAttribute('aria-label')).toBe('Tindakan pada workbook');

  await page.getByRole('switch', { name: 'English' }).click();
  await page.locator('h2', { hasText: 'Summary' }).waitFor();
  const g10 = page.locator('button[data-lembar="Bisma Kuat"][data-sel="G10"]');
  await expect(g10.innerText()).resolves.toMatch(/sum of rows/);
  await expect(page.evaluate(() => document.title)).resolves.toBe('SAKIP Excel — browser demo');
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
  await page.getByText(/Open an \.xlsx workbook/).waitFor();
  await page.getByRole('region', { name: 'SAKIP pane' }).waitFor();
  await page.close();
});

describe('errors from the hostile corpus', () => {
  let korpus: Korpus;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-korpus-'));
  beforeAll(async () => {
    korpus = await buatKorpus(dir, path.join(DIR_SAMPEL, 'lumajang-2020.xlsx'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('every file gets a plain Indonesian sentence or is checked; no library or engine text', async () => {
    const { page, galat } = await halaman();
    const pesan: Record<string, string> = {};
    for (const [nama, file] of Object.entries(korpus)) {
      await page.goto(url);
      await page.setInputFiles('[data-testid="pilih-berkas"]', file);
      const berhasil = page.getByTestId('berkas-aktif');
      const gagal = page.getByRole('alert').filter({ hasText: /tidak dapat dibuka/ });
      await Promise.race([berhasil.waitFor({ timeout: 120000 }), gagal.waitFor({ timeout: 120000 })]);
      if (await gagal.isVisible()) pesan[nama] = await gagal.innerText();
      else {
        await page.getByRole('button', { name: 'Periksa workbook' }).click();
        const hasil = page.locator('h2', { hasText: 'Ringkasan' });
        const salah = page.getByTestId('galat').filter({ hasText: /./ });
        await Promise.race([hasil.waitFor({ timeout: 120000 }), salah.waitFor({ timeout: 120000 })]);
        if (await salah.isVisible()) pesan[nama] = await salah.innerText();
      }
    }
    // the unreadable ones are told apart, in Indonesian
    expect(pesan.kosong).toMatch(/Berkas kosong/);
    expect(pesan.bukanZip).toMatch(/bukan arsip zip/);
    expect(pesan.terpotong).toMatch(/rusak atau terpotong/);
    expect(pesan.rusak).toMatch(/rusak atau terpotong/);
    expect(pesan.terenkripsi).toMatch(/dilindungi kata sandi/);
    expect(pesan.bom).toMatch(/melebihi batas/);
    for (const [nama, daftarPesan] of Object.entries(pesan))
      expect([nama, daftarPesan]).toEqual([
        nama,
        expect.not.stringMatching(/Cannot|undefined|Corrupted|signature|TypeError|\\x/),
      ]);
    expect(galat).toEqual([]);
    await page.close();
  });
});

test('a 100k-row workbook: progress while it loads and while it is checked; the page answers meanwhile', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-besar-'));
  const file = path.join(dir, 'besar-100k.xlsx');
  await bangkit(file, 100000);
  const { page, pekerja } = await halaman();
  await page.setInputFiles('[data-testid="pilih-berkas"]', file);
  // loading shows what is happening
  await page
    .getByTestId('status-berkas')
    .getByText(/besar-100k\.xlsx/)
    .waitFor();
  await page.getByTestId('berkas-aktif').waitFor({ timeout: 240000 });
  await page.getByRole('button', { name: 'Periksa workbook' }).click();
  await page.getByTestId('status').getByText('Memeriksa tabel…').waitFor({ timeout: 240000 });
  // the check runs in the worker: the page's own thread is free to answer while it still says "Memeriksa"
  const masihMemeriksa = await page.evaluate(() => document.querySelector('[data-testid="status"]')!.textContent);
  expect(masihMemeriksa).toMatch(/Memeriksa tabel/);
  expect(pekerja.some((u) => /pekerja-periksa\.js$/.test(u))).toBe(true);
  await page.locator('h2', { hasText: 'Ringkasan' }).waitFor({ timeout: 240000 });
  await page.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('npm start on a busy port says so and how to choose another, without a stack trace', async () => {
  const sibuk = http.createServer();
  await new Promise<void>((ok) => sibuk.listen(0, 'localhost', ok));
  const port = (sibuk.address() as { port: number }).port;
  const hasil = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'start.js')], {
    env: { ...process.env, PORT: String(port), SAKIP_DEMO: '1' },
    encoding: 'utf8',
    timeout: 30000,
  });
  await new Promise((ok) => sibuk.close(ok));
  expect(hasil.status).toBe(1);
  expect(hasil.stderr).toMatch(new RegExp(`Port ${port} sudah dipakai`));
  expect(hasil.stderr).toMatch(new RegExp(`PORT=${port + 1} npm start`));
  expect(hasil.stderr + hasil.stdout).not.toMatch(/\n\s+at /);
});
