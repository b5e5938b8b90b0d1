/** Entry point of dist/cli.js (`sakip`); in a worker thread it serves periksaParalel instead. */
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { jalankan } from './main';
import { periksaBerkas } from './berkas';
import type { Tugas } from './paralel';

if (!isMainThread && workerData?.sakipPekerja && parentPort) {
  const port = parentPort;
  port.on('message', async (t: Tugas) => {
    port.postMessage({ i: t.i, h: await periksaBerkas(t.berkas, t.opsi) });
  });
} else {
  jalankan(process.argv.slice(2)).then(
    (k) => {
      process.exitCode = k;
    },
    (e) => {
      process.stderr.write(`sakip: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
