/**
 * Checking many workbooks in parallel: `n` lanes take one file at a time from a shared queue, so memory is
 * bounded by the number of lanes; results come back in input order. The main thread is one of the lanes
 * (it would otherwise sit idle waiting for messages), so `--paralel n` starts n − 1 worker threads: each
 * worker is a fresh V8 isolate that loads and warms up the engine again, which on small workbooks costs
 * about as much as checking them.
 */
import { Worker } from 'worker_threads';
import type { HasilBerkas } from './laporan';
import type { OpsiBerkas } from './berkas';

export interface Tugas {
  i: number;
  berkas: string;
  opsi: OpsiBerkas;
}

export async function periksaParalel(
  skrip: string,
  berkas: string[],
  opsi: OpsiBerkas,
  n: number,
  selesai: (b: string) => void,
  lokal: (b: string, opsi: OpsiBerkas) => Promise<HasilBerkas>,
): Promise<HasilBerkas[]> {
  const hasil: HasilBerkas[] = new Array(berkas.length);
  let berikut = 0;
  const ambil = (): number | null => (berikut < berkas.length ? berikut++ : null);
  const pekerja = Array.from({ length: Math.max(0, Math.min(n, berkas.length) - 1) }, () => new Worker(skrip, { workerData: { sakipPekerja: true } }));
  const jalurPekerja = pekerja.map(
    (w) =>
      new Promise<void>((ok, gagal) => {
        const kirim = () => {
          const i = ambil();
          if (i === null) ok();
          else w.postMessage({ i, berkas: berkas[i], opsi } satisfies Tugas);
        };
        w.on('message', (m: { i: number; h: HasilBerkas }) => {
          hasil[m.i] = m.h;
          selesai(berkas[m.i]);
          kirim();
        });
        w.on('error', gagal);
        kirim();
      }),
  );
  const jalurUtama = (async () => {
    for (let i = ambil(); i !== null; i = ambil()) {
      hasil[i] = await lokal(berkas[i], opsi);
      selesai(berkas[i]);
      // let the workers' messages in between two files
      await new Promise((r) => setImmediate(r));
    }
  })();
  try {
    await Promise.all([jalurUtama, ...jalurPekerja]);
  } finally {
    await Promise.all(pekerja.map((w) => w.terminate()));
  }
  return hasil;
}
