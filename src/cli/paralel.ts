/**
 * Checking many workbooks in parallel: `n` lanes each take the next file from a shared counter (Atomics on a
 * SharedArrayBuffer), one file per lane at a time, so memory is bounded by the number of lanes; results come
 * back in input order. The main thread is one of the lanes (it would otherwise sit idle), so `--paralel n`
 * starts n − 1 worker threads. Workers claim files themselves: none waits for the main thread, which is busy
 * checking a file of its own most of the time.
 */
import { Worker } from 'worker_threads';
import type { HasilBerkas } from './laporan';
import type { OpsiBerkas } from './berkas';

/** What a worker is started with (workerData). */
export interface DataPekerja {
  sakipPekerja: true;
  berkas: string[];
  opsi: OpsiBerkas;
  /** One Int32: the index of the next file to claim. */
  penghitung: SharedArrayBuffer;
}

/** A worker's message: one file's result. */
export interface PesanPekerja {
  indeks: number;
  hasil: HasilBerkas;
}

/** Claim files from the shared counter until none is left, checking each with `periksa`. */
export async function jalurKerja(
  data: Pick<DataPekerja, 'berkas' | 'opsi' | 'penghitung'>,
  periksa: (berkas: string, opsi: OpsiBerkas) => Promise<HasilBerkas>,
  kirim: (pesan: PesanPekerja) => void,
): Promise<void> {
  const hitung = new Int32Array(data.penghitung);
  for (let indeks = Atomics.add(hitung, 0, 1); indeks < data.berkas.length; indeks = Atomics.add(hitung, 0, 1)) {
    kirim({ indeks, hasil: await periksa(data.berkas[indeks], data.opsi) });
  }
}

export async function periksaParalel(
  skrip: string,
  berkas: string[],
  opsi: OpsiBerkas,
  jalur: number,
  selesai: (berkas: string) => void,
  lokal: (berkas: string, opsi: OpsiBerkas) => Promise<HasilBerkas>,
): Promise<HasilBerkas[]> {
  const hasil = new Array<HasilBerkas>(berkas.length);
  const penghitung = new SharedArrayBuffer(4);
  const terima = (pesan: PesanPekerja) => {
    hasil[pesan.indeks] = pesan.hasil;
    selesai(berkas[pesan.indeks]);
  };
  const data: DataPekerja = { sakipPekerja: true, berkas, opsi, penghitung };
  const pekerja = Array.from(
    { length: Math.max(0, Math.min(jalur, berkas.length) - 1) },
    () => new Worker(skrip, { workerData: data }),
  );
  const jalurPekerja = pekerja.map(
    (w) =>
      new Promise<void>((ok, gagal) => {
        w.on('message', terima);
        w.on('error', gagal);
        w.on('exit', (kode) => (kode === 0 ? ok() : gagal(new Error(`worker berhenti dengan kode ${kode}`))));
      }),
  );
  const jalurUtama = jalurKerja(data, lokal, terima);
  try {
    await Promise.all([jalurUtama, ...jalurPekerja]);
  } finally {
    await Promise.all(pekerja.map((w) => w.terminate()));
  }
  return hasil;
}
