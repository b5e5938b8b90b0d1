/**
 * Bounded requests. Excel on the web refuses requests and responses over 5 MB; the desktop builds refuse
 * very large ones with a resource-limit error. Work is cut into batches by an estimate of each unit's size
 * in the request (or of what it reads back); a batch that is refused for its size is halved and sent
 * again. Excel checks the payload size before running anything, so a refused batch changed nothing and
 * is safe to send again; any other error stops, because the actions before it may have run.
 */
export function batasSumberDaya(galat: unknown): boolean {
  const kode = (galat as { code?: string })?.code ?? '';
  const pesan = galat instanceof Error ? galat.message : String(galat);
  return /PayloadSizeLimitExceeded|ResourceLimit|resource limit|payload/i.test(`${kode} ${pesan}`);
}

/** Bytes a request may carry before the add-in cuts it (well under Excel on the web's 5 MB). */
export const BYTES_PER_PERMINTAAN = 2_000_000;

export interface OpsiBertahap {
  /** Estimated bytes a request may carry to start with (halved when Excel refuses one for its size). */
  bytesPerPermintaan?: number;
  /** Called with the number of units done after each successful request. */
  progres?: (selesai: number) => void;
}

/**
 * Queue `antre(batch, awal)` for consecutive units while their estimated sizes fit the limit, sync, and
 * go on (`awal` is the index of the batch's first unit). `antre` runs again for the units of a refused
 * batch, so it must only queue. `setelah` gets each successful batch (to read what it loaded).
 * Returns the number of syncs made.
 */
export async function kirimBertahap<T>(
  context: { sync(): Promise<unknown> },
  unit: readonly T[],
  ukuran: (unit: T) => number,
  antre: (batch: readonly T[], awal: number) => void,
  setelah?: (batch: readonly T[], awal: number) => void,
  opsi: OpsiBertahap = {},
): Promise<number> {
  let batasBytes = opsi.bytesPerPermintaan ?? BYTES_PER_PERMINTAAN;
  let indeks = 0;
  let syncs = 0;
  while (indeks < unit.length) {
    let bytes = 0;
    let akhir = indeks;
    while (akhir < unit.length) {
      const biaya = ukuran(unit[akhir]);
      if (akhir > indeks && bytes + biaya > batasBytes) break;
      bytes += biaya;
      akhir++;
    }
    const batch = unit.slice(indeks, akhir);
    antre(batch, indeks);
    try {
      syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per bounded batch (or per refused request), never per cell or finding
      await context.sync();
    } catch (galat) {
      if (batasSumberDaya(galat) && batch.length > 1) {
        batasBytes = Math.max(1, Math.floor(bytes / 2));
        continue;
      }
      throw galat;
    }
    setelah?.(batch, indeks);
    indeks = akhir;
    opsi.progres?.(indeks);
  }
  return syncs;
}

/** Estimated request bytes of a JSON value written as an argument. */
export function bytesJson(nilai: unknown): number {
  if (nilai === null || nilai === undefined) return 4;
  if (typeof nilai === 'string') return nilai.length * 1.2 + 2 + (/[^\x20-\x7e]/.test(nilai) ? nilai.length * 2 : 0);
  if (typeof nilai === 'number' || typeof nilai === 'boolean') return 24;
  if (Array.isArray(nilai)) return nilai.reduce((a: number, y) => a + bytesJson(y) + 1, 2);
  return Object.entries(nilai as Record<string, unknown>).reduce((a, [k, v]) => a + k.length + 4 + bytesJson(v), 2);
}
