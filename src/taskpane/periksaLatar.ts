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
  postMessage(x: unknown): void;
  addEventListener(jenis: 'message' | 'error', f: (e: MessageEvent | ErrorEvent) => void): void;
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
    { ok: (h: HasilPeriksa) => void; gagal: (e: Error) => void; p: PermintaanPeriksa }
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
      this.pekerja.addEventListener('error', (e) => {
        (e as ErrorEvent).preventDefault?.();
        this.pekerja?.terminate();
        this.pekerja = null;
        const sisa = [...this.menunggu.values()];
        this.menunggu.clear();
        for (const m of sisa) this.diUtasUtama(m.p).then(m.ok, m.gagal);
      });
    }
    return this.pekerja;
  }

  private terima(j: JawabanPeriksa): void {
    const m = this.menunggu.get(j.id);
    if (!m) return;
    this.menunggu.delete(j.id);
    if ('hasil' in j) m.ok(j.hasil);
    else {
      const e = new Error(j.galat.pesan);
      e.name = j.galat.nama;
      m.gagal(e);
    }
  }

  private async diUtasUtama(p: PermintaanPeriksa): Promise<HasilPeriksa> {
    this.jalurTerakhir = 'utas-utama';
    await jeda();
    const h = jalankanPemeriksaan(p.grid, p.pengaturan, p.bahasa);
    await jeda();
    return h;
  }

  periksa(grid: WorkbookGrid, pengaturan: Pengaturan, bahasa: Bahasa): Promise<HasilPeriksa> {
    const p: PermintaanPeriksa = { id: this.berikut++, grid, pengaturan, bahasa };
    const w = this.ambilPekerja();
    if (!w) return this.diUtasUtama(p);
    return new Promise<HasilPeriksa>((ok, gagal) => {
      this.menunggu.set(p.id, { ok, gagal, p });
      this.jalurTerakhir = 'pekerja';
      try {
        w.postMessage(p);
      } catch {
        // the grid could not be cloned (should not happen: it is plain data): check here instead
        this.menunggu.delete(p.id);
        this.diUtasUtama(p).then(ok, gagal);
      }
    });
  }

  tutup(): void {
    this.pekerja?.terminate();
    this.pekerja = undefined;
  }
}
