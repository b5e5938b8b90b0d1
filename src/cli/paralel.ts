/**
 * Checking many workbooks in parallel worker threads: each worker takes one file at a time, so memory is
 * bounded by the number of workers; results come back in input order.
 */
import { Worker } from 'worker_threads';
import type { HasilBerkas } from './laporan';
import type { OpsiBerkas } from './berkas';

export interface Tugas {
  i: number;
  berkas: string;
  opsi: OpsiBerkas;
}

export async function periksaParalel(skrip: string, berkas: string[], opsi: OpsiBerkas, n: number, selesai: (b: string) => void): Promise<HasilBerkas[]> {
  const hasil: HasilBerkas[] = new Array(berkas.length);
  let berikut = 0;
  const pekerja = Array.from({ length: Math.min(n, berkas.length) }, () => new Worker(skrip, { workerData: { sakipPekerja: true } }));
  try {
    await Promise.all(
      pekerja.map(
        (w) =>
          new Promise<void>((ok, gagal) => {
            const kirim = () => {
              if (berikut >= berkas.length) {
                ok();
                return;
              }
              const i = berikut++;
              w.postMessage({ i, berkas: berkas[i], opsi } satisfies Tugas);
            };
            w.on('message', (m: { i: number; h: HasilBerkas }) => {
              hasil[m.i] = m.h;
              selesai(berkas[m.i]);
              kirim();
            });
            w.on('error', gagal);
            kirim();
          }),
      ),
    );
  } finally {
    await Promise.all(pekerja.map((w) => w.terminate()));
  }
  return hasil;
}
