#!/usr/bin/env node
/**
 * `npm run bench` (not part of npm test). Figures are ratios against a baseline measured in the same run.
 *  - SAKIP.CAPAIAN over a 100 000-cell range (as Excel calls it, through the built functions.js) vs plain
 *    JS arithmetic (realisasi / target * 100) on the same data.
 * Needs a build (npm run build).
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const os = require('os');

const DIST = path.resolve(__dirname, '..', 'dist');
if (!fs.existsSync(path.join(DIST, 'functions.js'))) {
  console.error('dist/functions.js tidak ada: jalankan dulu `npm run build`.');
  process.exit(1);
}

function muatFungsi() {
  const fungsi = new Map();
  class ErrorStandIn {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  }
  const CustomFunctions = { Error: ErrorStandIn, ErrorCode: { divisionByZero: '#DIV/0!', invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' }, associate: (id, f) => fungsi.set(id, f) };
  const ctx = { CustomFunctions, console };
  ctx.self = ctx;
  ctx.window = ctx;
  vm.runInNewContext(fs.readFileSync(path.join(DIST, 'functions.js'), 'utf8'), ctx);
  return fungsi;
}

function ukur(f, ulang) {
  f(); // warm-up
  const hasil = [];
  for (let i = 0; i < ulang; i++) {
    const t0 = process.hrtime.bigint();
    f();
    hasil.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  hasil.sort((a, b) => a - b);
  return hasil[Math.floor(hasil.length / 2)];
}

const N = 100000;
const target = [];
const realisasi = [];
let seed = 42;
const acak = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let i = 0; i < N; i++) {
  target.push([Math.round((1 + acak() * 99) * 100) / 100]);
  realisasi.push([Math.round(acak() * 120 * 100) / 100]);
}
const fungsi = muatFungsi();
const capaian = fungsi.get('CAPAIAN');
let cek = 0;
const tCapaian = ukur(() => {
  const r = capaian(target, realisasi);
  cek = r[N - 1][0];
}, 5);
const tJs = ukur(() => {
  const out = new Array(N);
  for (let i = 0; i < N; i++) out[i] = [(realisasi[i][0] / target[i][0]) * 100];
  cek += out[N - 1][0] * 0;
}, 5);

const baris = [
  ['Pengukuran', 'Waktu (median)', 'Rasio'],
  ['JS biasa: realisasi / target × 100 (100 000 sel, float)', `${tJs.toFixed(1)} ms`, '1,0×'],
  ['=SAKIP.CAPAIAN(rentang 100 000 sel) (decimal.js, pesan galat)', `${tCapaian.toFixed(1)} ms`, `${(tCapaian / tJs).toFixed(0)}×`],
];
console.log(`Mesin: ${os.cpus().length} inti ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
for (const b of baris) console.log(`| ${b.join(' | ')} |`);
console.log(`Per sel: ${((tCapaian * 1000) / N).toFixed(2)} µs (SAKIP.CAPAIAN) vs ${((tJs * 1000) / N).toFixed(3)} µs (JS). Cek: ${cek.toFixed(4)}`);
