/**
 * The Office.js lint rules `npm test` runs (eslint.config.mjs) are active on src/excel: reading a property
 * before sync and a sync per loop iteration are errors there. The naming rule (`sakip/nama-jelas`, the
 * convention in docs/GLOSSARY.md) rejects one-letter names outside tiny lambdas.
 */
import fs from 'fs';
import path from 'path';
import { spawnSync } from 'child_process';

const ROOT = path.resolve(__dirname, '../..');

/**
 * ESLint's messages for `kode` as a real file in `folder` (type-aware rules read it from disk), removed
 * again. ESLint loads eslint.config.mjs as an ES module, so it runs in plain Node, not under jest's transform.
 */
function lint(folder: string, kode: string): { ruleId: string; severity: number; line: number }[] {
  const berkas = path.join(ROOT, folder, `zz-uji-lint-${process.pid}.ts`);
  fs.writeFileSync(berkas, kode);
  try {
    const keluar = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', berkas],
      { cwd: ROOT, encoding: 'utf8' },
    ).stdout;
    return (JSON.parse(keluar) as { messages: { ruleId: string; severity: number; line: number }[] }[])[0].messages;
  } finally {
    fs.unlinkSync(berkas);
  }
}

test('the naming rule rejects one-letter names outside tiny lambdas, in src (outside core) and scripts', () => {
  const kode = [
    'export function jumlah(xs: number[]): number {',
    '  let t = 0;', // 2: reported
    '  for (const x of xs) t += x;', // 3: x reported
    '  xs.map((x) => x * 2).sort((a, b) => a - b);', // 4: tiny lambdas: fine
    '  xs.forEach((n) => {', // 5: a lambda with a body: reported
    '    t += n;',
    '  });',
    '  try {',
    '    return t;',
    '  } catch (e) {', // 10: reported
    '    return -1;',
    '  }',
    '}',
    'export interface Titik { x: number; v: number }', // 14: x reported, v (the cell model's) fine
    '',
  ].join('\n');
  const baris = lint('src/xlsx', kode)
    .filter((m) => m.ruleId === 'sakip/nama-jelas')
    .map((m) => m.line);
  expect(baris).toEqual([2, 3, 5, 10, 14]);
  // src/core is not (yet) held to it
  expect(lint('src/core', kode).filter((m) => m.ruleId === 'sakip/nama-jelas')).toEqual([]);
}, 120_000);

test('the Office add-in rules reject a read before sync and a sync in a loop in src/excel', () => {
  const kode = [
    'export async function buruk(context: Excel.RequestContext, nama: string[]): Promise<unknown> {',
    "  const r = context.workbook.worksheets.getItem('A').getRange('A1');",
    "  r.load('values');",
    '  const v = r.values;',
    '  for (const n of nama) {',
    "    context.workbook.worksheets.getItem(n).getRange('A1').values = [[1]];",
    '    await context.sync();',
    '  }',
    '  return v;',
    '}',
    '',
  ].join('\n');
  const pesan = lint('src/excel', kode);
  const aturan = pesan.map((m) => m.ruleId);
  expect(aturan).toContain('office-addins/call-sync-after-load');
  expect(aturan).toContain('office-addins/call-sync-before-read');
  expect(aturan).toContain('office-addins/no-context-sync-in-loop');
  expect(pesan.every((m) => m.severity === 2)).toBe(true);
}, 120_000);
