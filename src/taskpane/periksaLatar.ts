/**
 * Run a check off the UI thread: in a Web Worker (dist/pekerja-periksa.js, one per pane, reused) with the
 * grid structured-cloned to it, or, where Worker is unavailable or the worker cannot start, on the main
 * thread after yielding so the progress shown before it is painted first.
 */
import type { WorkbookGrid } from '../core/grid';
import type { HasilPeriksa } from '../core/periksa';
import type { Pengaturan } from '../core/pengaturan';
import type { Bahasa } from '../core/pesan/bahasa';
import { JawabanPeriksa, PermintaanPeriksa, jalankanPemeriksaan } from './pemeriksaan';

/** The file webpack builds from ./pekerja.ts, next to taskpane.html and demo.html. */
export const URL_PEKERJA = 'pekerja-periksa.js';

export type Jalur = 'pekerja' | 'utas-utama';

/** The smallest Worker surface used here (a test can hand in its own). */
export interface PekerjaMinimal {
  postMessage(pesan: unknown): void;
  addEventListener(jenis: 'message' | 'error', pendengar: (peristiwa: MessageEvent | ErrorEvent) => void): void;
  terminate(): void;
}

export interface OpsiLatar {
  /** Make the worker; default `new Worker(URL_PEKERJA)` where Worker exists. Return null for none. */
  buatPekerja?: () => PekerjaMinimal | null;
}

/** Let the browser paint before a long synchronous task. */
export function jeda(): Promise<void> {
  return new Promise((ok) => setTimeout(ok, 0));
}

export class PemeriksaLatar {
  private pekerja: PekerjaMinimal | null | undefined;
  private berikut = 1;
  private menunggu = new Map<
    number,
    { ok: (hasil: HasilPeriksa) => void; gagal: (galat: Error) => void; permintaan: PermintaanPeriksa }
  >();
  /** Where the last check ran (shown to tests and to the demo's status). */
  jalurTerakhir: Jalur | null = null;

  constructor(private readonly opsi: OpsiLatar = {}) {}

  private ambilPekerja(): PekerjaMinimal | null {
    if (this.pekerja !== undefined) return this.pekerja;
    try {
      this.pekerja = this.opsi.buatPekerja
        ? this.opsi.buatPekerja()
        : typeof Worker === 'function'
          ? new Worker(URL_PEKERJA)
          : null;
    } catch {
      this.pekerja = null;
    }
    if (this.pekerja) {
      this.pekerja.addEventListener('message', (e) => this.terima((e as MessageEvent<JawabanPeriksa>).data));
      // the script could not load or crashed: finish what is waiting on the main thread, use it from now on
      this.pekerja.addEventListener('error', (peristiwa) => {
        (peristiwa as ErrorEvent).preventDefault?.();
        this.pekerja?.terminate();
        this.pekerja = null;
        const sisa = [...this.menunggu.values()];
        this.menunggu.clear();
        for (const tunggu of sisa) this.diUtasUtama(tunggu.permintaan).then(tunggu.ok, tunggu.gagal);
      });
    }
    return this.pekerja;
  }

  private terima(jawaban: JawabanPeriksa): void {
    const tunggu = this.menunggu.get(jawaban.id);
    if (!tunggu) return;
    this.menunggu.delete(jawaban.id);
    if ('hasil' in jawaban) tunggu.ok(jawaban.hasil);
    else {
      const galat = new Error(jawaban.galat.pesan);
      galat.name = jawaban.galat.nama;
      tunggu.gagal(galat);
    }
  }

  private async diUtasUtama(permintaan: PermintaanPeriksa): Promise<HasilPeriksa> {
    this.jalurTerakhir = 'utas-utama';
    await jeda();
    const hasil = jalankanPemeriksaan(permintaan.grid, permintaan.pengaturan, permintaan.bahasa);
    await jeda();
    return hasil;
  }

  periksa(grid: WorkbookGrid, pengaturan: Pengaturan, bahasa: Bahasa): Promise<HasilPeriksa> {
    const permintaan: PermintaanPeriksa = { id: this.berikut++, grid, pengaturan, bahasa };
    const pekerja = this.ambilPekerja();
    if (!pekerja) return this.diUtasUtama(permintaan);
    return new Promise<HasilPeriksa>((ok, gagal) => {
      this.menunggu.set(permintaan.id, { ok, gagal, permintaan });
      this.jalurTerakhir = 'pekerja';
      try {
        pekerja.postMessage(permintaan);
      } catch {
        // the grid could not be cloned (should not happen: it is plain data): check here instead
        this.menunggu.delete(permintaan.id);
        this.diUtasUtama(permintaan).then(ok, gagal);
      }
    });
  }

  tutup(): void {
    this.pekerja?.terminate();
    this.pekerja = undefined;
  }
}
