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

function tambah(hitungan: Hitung, mutan: Mutan): void {
  if (mutan.status === 'Killed') hitungan.killed++;
  else if (mutan.status === 'Timeout') hitungan.timeout++;
  else if (mutan.status === 'Survived') hitungan.survived++;
  else if (mutan.status === 'NoCoverage') hitungan.noCoverage++;
}

export function skor(hitungan: Hitung): number {
  const jumlah = hitungan.killed + hitungan.timeout + hitungan.survived + hitungan.noCoverage;
  return jumlah === 0 ? NaN : ((hitungan.killed + hitungan.timeout) / jumlah) * 100;
}

const persen = (x: number) => `${x.toFixed(1).replace('.', ',')} %`;
const baris = (nama: string, h: Hitung) =>
  `| ${nama} | ${persen(skor(h))} | ${h.killed + h.timeout + h.survived + h.noCoverage} | ${h.killed} | ${h.timeout} | ${h.survived} | ${h.noCoverage} |`;

/** Per-file counts from reports merged in order; paths relative to the project. */
export function gabung(laporan: Laporan[], akar: string): Map<string, Hitung> {
  const perBerkas = new Map<string, Mutan[]>();
  for (const laporanMutasi of laporan)
    for (const [berkas, isi] of Object.entries(laporanMutasi.files))
      perBerkas.set(path.relative(akar, path.resolve(akar, berkas)), isi.mutants);
  const out = new Map<string, Hitung>();
  for (const [berkas, ms] of [...perBerkas.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const hitungan = kosong();
    for (const mutan of ms) tambah(hitungan, mutan);
    // nothing counted (model.ts: only static mutants, which the config ignores)
    if (hitungan.killed + hitungan.timeout + hitungan.survived + hitungan.noCoverage > 0) out.set(berkas, hitungan);
  }
  return out;
}

export function ringkas(perBerkas: Map<string, Hitung>, catatan: string): string {
  const total = kosong();
  const perFolder = new Map<string, Hitung>();
  for (const [berkas, hitungan] of perBerkas) {
    const dir = path.dirname(berkas);
    const hitunganFolder = perFolder.get(dir) ?? kosong();
    for (const kunci of Object.keys(total) as (keyof Hitung)[]) {
      total[kunci] += hitungan[kunci];
      hitunganFolder[kunci] += hitungan[kunci];
    }
    perFolder.set(dir, hitunganFolder);
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
  const indeks = args.indexOf('--catatan');
  const catatan = indeks >= 0 ? args.splice(indeks, 2)[1] : '';
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
