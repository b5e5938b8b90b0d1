/**
 * The mutation-testing section of BENCHMARKS.md from Stryker's JSON reports (`npm run mutation` runs it).
 *   ts-node scripts/mutasi-ringkas.ts [LAPORAN.json ...] [--catatan "text"]
 * Several reports merge per file, a later one replacing an earlier one (a targeted re-run after new tests
 * over a full run). Score = (killed + timed out) / (killed + timed out + survived + no coverage), as Stryker.
 */
import fs from 'fs';
import path from 'path';

interface Mutan {
  status: string;
}
interface Laporan {
  files: Record<string, { mutants: Mutan[] }>;
}

interface Hitung {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
}

const kosong = (): Hitung => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0 });

function tambah(h: Hitung, m: Mutan): void {
  if (m.status === 'Killed') h.killed++;
  else if (m.status === 'Timeout') h.timeout++;
  else if (m.status === 'Survived') h.survived++;
  else if (m.status === 'NoCoverage') h.noCoverage++;
}

export function skor(h: Hitung): number {
  const n = h.killed + h.timeout + h.survived + h.noCoverage;
  return n === 0 ? NaN : ((h.killed + h.timeout) / n) * 100;
}

const persen = (x: number) => `${x.toFixed(1).replace('.', ',')} %`;
const baris = (nama: string, h: Hitung) =>
  `| ${nama} | ${persen(skor(h))} | ${h.killed + h.timeout + h.survived + h.noCoverage} | ${h.killed} | ${h.timeout} | ${h.survived} | ${h.noCoverage} |`;

/** Per-file counts from reports merged in order; paths relative to the project. */
export function gabung(laporan: Laporan[], akar: string): Map<string, Hitung> {
  const perBerkas = new Map<string, Mutan[]>();
  for (const l of laporan)
    for (const [f, isi] of Object.entries(l.files))
      perBerkas.set(path.relative(akar, path.resolve(akar, f)), isi.mutants);
  const out = new Map<string, Hitung>();
  for (const [f, ms] of [...perBerkas.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const h = kosong();
    for (const m of ms) tambah(h, m);
    // nothing counted (model.ts: only static mutants, which the config ignores)
    if (h.killed + h.timeout + h.survived + h.noCoverage > 0) out.set(f, h);
  }
  return out;
}

export function ringkas(perBerkas: Map<string, Hitung>, catatan: string): string {
  const total = kosong();
  const perFolder = new Map<string, Hitung>();
  for (const [f, h] of perBerkas) {
    const dir = path.dirname(f);
    const d = perFolder.get(dir) ?? kosong();
    for (const k of Object.keys(total) as (keyof Hitung)[]) {
      total[k] += h[k];
      d[k] += h[k];
    }
    perFolder.set(dir, d);
  }
  const out = [
    '## Mutation testing (Stryker, `npm run mutation`)',
    '',
    'Not part of `npm run bench`: `npm run mutation` runs Stryker on src/core and rewrites this section from its report.',
    catatan,
    '',
    '| scope | score (goal ≥ 80 %) | mutants | killed | timed out | survived | no coverage |',
    '|---|---|---|---|---|---|---|',
    baris('**all of src/core**', total),
    ...[...perFolder.entries()].map(([d, h]) => baris(`${d}/`, h)),
    '',
    '<details><summary>per file</summary>',
    '',
    '| file | score | mutants | killed | timed out | survived | no coverage |',
    '|---|---|---|---|---|---|---|',
    ...[...perBerkas.entries()].map(([f, h]) => baris(f, h)),
    '',
    '</details>',
    '',
  ];
  return out.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const i = args.indexOf('--catatan');
  const catatan = i >= 0 ? args.splice(i, 2)[1] : '';
  const akar = path.resolve(__dirname, '..');
  const berkas = args.length > 0 ? args : [path.join(akar, 'reports', 'mutation', 'mutation.json')];
  const laporan = berkas.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as Laporan);
  const bagian = ringkas(gabung(laporan, akar), catatan);
  const bm = path.join(akar, 'BENCHMARKS.md');
  const lama = fs.existsSync(bm) ? fs.readFileSync(bm, 'utf8') : '# Benchmarks\n';
  const awal = lama.search(/\n## Mutation testing/);
  fs.writeFileSync(bm, (awal >= 0 ? lama.slice(0, awal) : lama.replace(/\n*$/, '')) + '\n\n' + bagian);
  console.log(bagian);
}

if (require.main === module) main();
