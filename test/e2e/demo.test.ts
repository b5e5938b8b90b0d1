/**
 * End to end in Debian's chromium (playwright-core): the browser demo on each sample. The number of findings
 * shown equals the CLI's for that file; clicking a finding shows its cell; predikat is written; the result
 * downloads and opens. Screenshots (light, dark, 320 px) go to test-artifacts/.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import http from 'http';
import path from 'path';
import ExcelJS from 'exceljs';
import { chromium, Browser, Page } from 'playwright-core';
import { DIR_SAMPEL, daftarSpec } from '../helpers/sampel';

jest.setTimeout(180000);

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const ARTEFAK = path.join(ROOT, 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
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
    const p = path.join(DIST, decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '') || 'demo.html');
    if (!p.startsWith(DIST) || !fs.existsSync(p) || fs.statSync(p).isDirectory()) {
      res.writeHead(404).end('tidak ada');
      return;
    }
    res.writeHead(200, { 'Content-Type': JENIS[path.extname(p)] ?? 'application/octet-stream' });
    fs.createReadStream(p).pipe(res);
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
  const r = spawnSync(
    process.execPath,
    [path.join(DIST, 'cli.js'), 'periksa', path.join(DIR_SAMPEL, file), '--format', 'json'],
    { encoding: 'utf8' },
  );
  return JSON.parse(r.stdout).files[0].findings.length;
}

async function bukaSampel(page: Page, file: string): Promise<void> {
  await page.goto(url);
  await page.setInputFiles('[data-testid="pilih-berkas"]', path.join(DIR_SAMPEL, file));
  await page.getByTestId('berkas-aktif').waitFor();
  await page.getByRole('button', { name: 'Periksa workbook' }).click();
  await page.getByRole('heading', { name: /^Temuan \(\d+\)$/ }).waitFor({ timeout: 60000 });
}

describe.each(daftarSpec().map((s) => [s.file] as const))('demo on %s', (file) => {
  test('shows as many findings as the CLI, selects a clicked cell, writes predikat and downloads', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const galat: string[] = [];
    page.on('pageerror', (e) => galat.push(String(e)));
    await bukaSampel(page, file);
    const judul = await page.getByRole('heading', { name: /^Temuan \(\d+\)$/ }).innerText();
    expect(Number(/\((\d+)\)/.exec(judul)![1])).toBe(jumlahCli(file));

    const pertama = page
      .getByRole('list', { name: /Daftar temuan/ })
      .getByRole('button')
      .first();
    const label = (await pertama.getAttribute('aria-label'))!;
    await pertama.click();
    const [lembar, sel] = [
      label.slice(0, label.lastIndexOf(' ', label.indexOf(','))),
      label.slice(label.lastIndexOf(' ', label.indexOf(',')) + 1, label.indexOf(',')),
    ];
    await expect(page.getByTestId('sel-terpilih').innerText()).resolves.toBe(`${lembar}!${sel}`);

    await page.getByRole('button', { name: 'Tulis predikat' }).click();
    const konfirmasi = page.getByRole('button', { name: 'Hanya sel kosong' });
    if (await konfirmasi.isVisible().catch(() => false)) await konfirmasi.click();
    await page.getByText(/sel ditulis/).waitFor();

    const [unduhan] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh hasil' }).click(),
    ]);
    const tujuan = path.join(ARTEFAK, `hasil-${file}`);
    await unduhan.saveAs(tujuan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tujuan);
    const adaPredikat = wb.worksheets.some((ws) => {
      let ada = false;
      ws.eachRow((row) => row.eachCell((c) => (ada = ada || c.value === 'Predikat')));
      return ada;
    });
    expect(adaPredikat).toBe(true);
    expect(galat).toEqual([]);
    await page.close();
  });
});

test('screenshots: light, dark and 320 px wide', async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  await bukaSampel(page, 'lumajang-2024-tw1.xlsx');
  await page.screenshot({ path: path.join(ARTEFAK, 'panel-terang.png'), fullPage: false });
  await page.getByRole('switch', { name: 'Tema gelap' }).click();
  await page.screenshot({ path: path.join(ARTEFAK, 'panel-gelap.png'), fullPage: false });
  await page.getByRole('switch', { name: 'Tema gelap' }).click();
  await page.setViewportSize({ width: 320, height: 1400 });
  await page.waitForTimeout(300);
  const lebar = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.screenshot({ path: path.join(ARTEFAK, 'panel-320.png'), fullPage: false });
  // at 320 px nothing forces a horizontal scroll of the page
  expect(lebar).toBeLessThanOrEqual(330);
  for (const f of ['panel-terang.png', 'panel-gelap.png', 'panel-320.png'])
    expect(fs.statSync(path.join(ARTEFAK, f)).size).toBeGreaterThan(10000);
  await page.close();
});
