/**
 * The Office.js lint rules `npm test` runs (eslint.config.mjs) are active on src/excel: reading a property
 * before sync and a sync per loop iteration are errors there.
 */
import fs from 'fs';
import path from 'path';
import { spawnSync } from 'child_process';

const ROOT = path.resolve(__dirname, '../..');

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
  // a real file in src/excel (type-aware rules read it from disk), removed again; ESLint loads
  // eslint.config.mjs as an ES module, so it runs in plain Node rather than under jest's transform
  const berkas = path.join(ROOT, 'src/excel', `zz-uji-lint-${process.pid}.ts`);
  fs.writeFileSync(berkas, kode);
  let keluar: string;
  try {
    keluar = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', berkas],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    ).stdout;
  } finally {
    fs.unlinkSync(berkas);
  }
  const [hasil] = JSON.parse(keluar) as { messages: { ruleId: string; severity: number }[] }[];
  const aturan = hasil.messages.map((m) => m.ruleId);
  expect(aturan).toContain('office-addins/call-sync-after-load');
  expect(aturan).toContain('office-addins/call-sync-before-read');
  expect(aturan).toContain('office-addins/no-context-sync-in-loop');
  expect(hasil.messages.every((m) => m.severity === 2)).toBe(true);
}, 120_000);
