/** Entry point of dist/cli.js (`sakip`). */
import { jalankan } from './main';

jalankan(process.argv.slice(2)).then(
  (k) => {
    process.exitCode = k;
  },
  (e) => {
    process.stderr.write(`sakip: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
