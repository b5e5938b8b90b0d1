/**
 * The maintainer docs stay true: every repository path written in backticks in docs/ARCHITECTURE.md and
 * docs/GLOSSARY.md exists. A path with a folder is read from the repository root, `src/` (GLOSSARY.md's
 * paths) or `src/core/` (ARCHITECTURE.md's rule and reading files); a bare file name (a row of a table that
 * names its folder in its first cell) must exist at the root or somewhere under src/ or test/.
 */
import fs from 'fs';
import path from 'path';

const REPO = path.resolve(__dirname, '..');
const DOKUMEN = ['docs/ARCHITECTURE.md', 'docs/GLOSSARY.md'];
const AKAR = ['', 'src', 'src/core', 'src/xlsx'];
/** Backticked names with a slash that are not files: an ESLint rule. */
const BUKAN_BERKAS = new Set(['sakip/nama-jelas']);

/** A file name: a name, then a known extension (`.xlsx` alone is a format, not a file). */
const BERKAS = /^[\w@-][\w.@-]*\.(ts|tsx|js|mjs|cjs|json|md|xml|xlsx)$/;
/** Folders (no dots, or `..`) then a last part; `Sel.fmt/tebal` (fields) is not a path. */
const JALUR = /^((\.\.|[\w@-]+)\/)*[\w.@-]+\/?$/;

function semuaNama(dir: string, out = new Set<string>()): Set<string> {
  for (const entri of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entri.isDirectory()) semuaNama(path.join(dir, entri.name), out);
    else out.add(entri.name);
  }
  return out;
}
const NAMA = new Set([
  ...fs.readdirSync(REPO),
  ...semuaNama(path.join(REPO, 'src')),
  ...semuaNama(path.join(REPO, 'test')),
]);

/** The backticked texts that name a file or folder of the repository. */
export function jalurDalam(teks: string): string[] {
  const out: string[] = [];
  for (const cocok of teks.matchAll(/`([^`\n]+)`/g)) {
    const isi = cocok[1].trim();
    if (!JALUR.test(isi) || BUKAN_BERKAS.has(isi)) continue;
    if (isi.includes('/') || BERKAS.test(isi)) out.push(isi);
  }
  return out;
}

function ada(jalur: string): boolean {
  if (!jalur.includes('/')) return NAMA.has(jalur);
  return AKAR.some((akar) => fs.existsSync(path.join(REPO, akar, jalur)));
}

test('the path finder sees paths and skips code', () => {
  const contoh =
    '`src/core/grid.ts` `=K5/J5*100` `ctx.catat` `meta.ts` `core/` `sakip/nama-jelas` `.xlsx` `Sel.fmt/isi`';
  expect(jalurDalam(contoh)).toEqual(['src/core/grid.ts', 'meta.ts', 'core/']);
});

test.each(DOKUMEN)('every path in %s exists', (dok) => {
  const hilang = jalurDalam(fs.readFileSync(path.join(REPO, dok), 'utf8')).filter((j) => !ada(j));
  expect(hilang).toEqual([]);
});
