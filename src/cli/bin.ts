/** Entry point of dist/cli.js (`sakip`); in a worker thread it is one lane of periksaParalel instead. */
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { jalankan } from './main';
import { periksaBerkas } from './berkas';
import { jalurKerja, DataPekerja } from './paralel';

if (!isMainThread && (workerData as DataPekerja | undefined)?.sakipPekerja && parentPort) {
  const port = parentPort;
  // claims files until none is left, then the thread ends (exit code 0)
  // (a failure rejects, which ends the worker with an 'error' event the main thread reports)
  void jalurKerja(workerData as DataPekerja, periksaBerkas, (p) => port.postMessage(p));
} else {
  jalankan(process.argv.slice(2)).then(
    (kode) => {
      process.exitCode = kode;
    },
    (galat) => {
      process.stderr.write(`sakip: ${galat instanceof Error ? galat.message : String(galat)}\n`);
      process.exitCode = 2;
    },
  );
}
