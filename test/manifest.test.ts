/**
 * manifest.xml read with office-addin-manifest's readManifestFile (its validate() calls an online service
 * CI cannot reach): required elements, shared runtime, custom functions, and every URL it names is a file
 * webpack emits into dist/.
 */
import fs from 'fs';
import path from 'path';
import { spawnSync } from 'child_process';

const ROOT = path.resolve(__dirname, '..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

/** office-addin-manifest loads an ES module dependency, so it runs in plain Node rather than under jest's transform. */
function bacaManifest(): Record<string, unknown> {
  const kode =
    "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((m) => process.stdout.write(JSON.stringify(m)), (e) => { console.error(e); process.exit(1); })";
  const r = spawnSync(process.execPath, ['-e', kode, path.join(ROOT, 'manifest.xml')], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

test('readManifestFile sees an Excel task pane add-in with its id, names and default locale', () => {
  const m = bacaManifest();
  expect(m.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(m.displayName).toBe('SAKIP Excel');
  expect(m.defaultLocale).toBe('id-ID');
  expect(m.hosts).toEqual(['Workbook']);
  expect(m.officeAppType).toBe('TaskPaneApp');
  expect(m.permissions).toBe('ReadWriteDocument');
});

test('shared runtime, custom functions namespace SAKIP, ribbon button and en-US overrides', () => {
  expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
  expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
  expect(xml).toMatch(
    /<ExtensionPoint xsi:type="CustomFunctions">[\s\S]*<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/,
  );
  expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="SAKIP"\/>/);
  expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
  expect(xml).toMatch(/DefaultValue="Periksa SAKIP">\s*<bt:Override Locale="en-US"/);
  for (const s of [16, 32, 80]) expect(xml).toContain(`icon-${s}.png`);
});

test('every URL in the manifest is a file webpack emits', () => {
  const urls = [...xml.matchAll(/https:\/\/localhost:3000\/([^"\s<]+)/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(8);
  for (const u of new Set(urls)) expect(fs.existsSync(path.join(ROOT, 'dist', u))).toBe(true);
  for (const s of [16, 32, 64, 80]) {
    const png = fs.readFileSync(path.join(ROOT, 'assets', `icon-${s}.png`));
    expect(png.readUInt32BE(16)).toBe(s);
  }
});
