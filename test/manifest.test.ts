/**
 * manifest.xml read with office-addin-manifest's readManifestFile (its validate() calls an online service
 * CI cannot reach): required elements, requirement sets, shared runtime, custom functions, and every URL it
 * names is a file webpack emits into dist/; the production manifest built from it points everywhere at the
 * address given at build time.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import { WAJIB } from '../src/excel/kemampuan';

const ROOT = path.resolve(__dirname, '..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestProduksi } = require('../scripts/manifest') as {
  manifestProduksi: (xml: string, opsi: { url: string; dukungan?: string }) => string;
};

/** office-addin-manifest loads an ES module dependency, so it runs in plain Node rather than under jest's transform. */
function bacaManifest(berkas = path.join(ROOT, 'manifest.xml')): Record<string, unknown> {
  const kode =
    "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((m) => process.stdout.write(JSON.stringify(m)), (e) => { console.error(e); process.exit(1); })";
  const hasil = spawnSync(process.execPath, ['-e', kode, berkas], { cwd: ROOT, encoding: 'utf8' });
  expect(hasil.status).toBe(0);
  return JSON.parse(hasil.stdout);
}

test('the manifest requires exactly what the add-in cannot work without', () => {
  const sets = [...xml.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => ({
    nama: m[1],
    versi: m[2],
  }));
  expect(sets).toEqual(WAJIB);
});

test('the production manifest points every URL at the address given at build time', () => {
  const url = 'https://addin.bappeda.contoh.go.id/sakip';
  const prod = manifestProduksi(xml, { url });
  expect(prod).not.toMatch(/localhost/);
  const urls = [...prod.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(15);
  for (const alamatUrl of urls) expect(alamatUrl.startsWith(`${url}/`)).toBe(true);
  expect(prod).toContain('<AppDomain>https://addin.bappeda.contoh.go.id</AppDomain>');
  expect(prod).toContain(`<SupportUrl DefaultValue="${url}/bantuan.html"/>`);
  expect(manifestProduksi(xml, { url: `${url}/`, dukungan: 'https://contoh.go.id/bantuan' })).toContain(
    '<SupportUrl DefaultValue="https://contoh.go.id/bantuan"/>',
  );
  const berkas = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-')), 'manifest.produksi.xml');
  fs.writeFileSync(berkas, prod);
  const manifest = bacaManifest(berkas);
  expect(manifest.id).toBe(bacaManifest().id);
  expect(manifest.displayName).toBe('SAKIP Excel');
  for (const salah of ['http://addin.contoh.go.id', 'https://localhost:3000', 'bukan url', 'https://a.go.id/x?y=1'])
    expect(() => manifestProduksi(xml, { url: salah })).toThrow(/URL/);
});

test('readManifestFile sees an Excel task pane add-in with its id, names and default locale', () => {
  const manifest = bacaManifest();
  expect(manifest.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(manifest.displayName).toBe('SAKIP Excel');
  expect(manifest.defaultLocale).toBe('id-ID');
  expect(manifest.hosts).toEqual(['Workbook']);
  expect(manifest.officeAppType).toBe('TaskPaneApp');
  expect(manifest.permissions).toBe('ReadWriteDocument');
});

test('shared runtime, custom functions namespace SAKIP, ribbon button and en-US overrides', () => {
  expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
  expect(xml).toMatch(
    /<ExtensionPoint xsi:type="CustomFunctions">[\s\S]*<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/,
  );
  expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="SAKIP"\/>/);
  expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
  expect(xml).toMatch(/DefaultValue="Periksa SAKIP">\s*<bt:Override Locale="en-US"/);
  for (const ukuran of [16, 20, 24, 32, 40, 48, 64, 80]) expect(xml).toContain(`icon-${ukuran}.png`);
});

test('every URL in the manifest is a file webpack emits', () => {
  const urls = [...xml.matchAll(/https:\/\/localhost:3000\/([^"\s<]+)/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(8);
  for (const alamatUrl of new Set(urls)) expect(fs.existsSync(path.join(ROOT, 'dist', alamatUrl))).toBe(true);
  // 128 and 300: the store listing (AppSource / Microsoft 365 admin center), not named in the manifest
  for (const ukuran of [16, 20, 24, 32, 40, 48, 64, 80, 128, 300]) {
    const png = fs.readFileSync(path.join(ROOT, 'assets', `icon-${ukuran}.png`));
    expect(png.readUInt32BE(16)).toBe(ukuran);
  }
});
