/**
 * Bounded requests. Excel on the web refuses requests and responses over 5 MB; the desktop builds refuse
 * very large ones with a resource-limit error. Work is cut into batches by an estimate of each unit's size
 * in the request (or of what it reads back); a batch that is refused for its size is halved and sent
 * again. Excel checks the payload size before running anything, so a refused batch changed nothing and
 * is safe to send again; any other error stops, because the actions before it may have run.
 */
export function batasSumberDaya(e: unknown): boolean {
  const kode = (e as { code?: string })?.code ?? '';
  const pesan = e instanceof Error ? e.message : String(e);
  return /PayloadSizeLimitExceeded|ResourceLimit|resource limit|payload/i.test(`${kode} ${pesan}`);
}

/** Bytes a request may carry before the add-in cuts it (well under Excel on the web's 5 MB). */
export const ANGGARAN_BYTES = 2_000_000;

export interface OpsiBertahap {
  /** Starting budget per request, in estimated bytes. */
  anggaran?: number;
  /** Called with the number of units done after each successful request. */
  progres?: (selesai: number) => void;
}

/**
 * Queue `antre(batch, awal)` for consecutive units while their estimated sizes fit the budget, sync, and
 * go on (`awal` is the index of the batch's first unit). `antre` runs again for the units of a refused
 * batch, so it must only queue. `setelah` gets each successful batch (to read what it loaded).
 * Returns the number of syncs made.
 */
export async function kirimBertahap<T>(
  context: { sync(): Promise<unknown> },
  unit: readonly T[],
  ukuran: (u: T) => number,
  antre: (batch: readonly T[], awal: number) => void,
  setelah?: (batch: readonly T[], awal: number) => void,
  opsi: OpsiBertahap = {},
): Promise<number> {
  let anggaran = opsi.anggaran ?? ANGGARAN_BYTES;
  let i = 0;
  let syncs = 0;
  while (i < unit.length) {
    let bytes = 0;
    let j = i;
    while (j < unit.length) {
      const b = ukuran(unit[j]);
      if (j > i && bytes + b > anggaran) break;
      bytes += b;
      j++;
    }
    const batch = unit.slice(i, j);
    antre(batch, i);
    try {
      syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per bounded batch (or per refused request), never per cell or finding
      await context.sync();
    } catch (e) {
      if (batasSumberDaya(e) && batch.length > 1) {
        anggaran = Math.max(1, Math.floor(bytes / 2));
        continue;
      }
      throw e;
    }
    setelah?.(batch, i);
    i = j;
    opsi.progres?.(i);
  }
  return syncs;
}

/** Estimated request bytes of a JSON value written as an argument. */
export function bytesJson(x: unknown): number {
  if (x === null || x === undefined) return 4;
  if (typeof x === 'string') return x.length * 1.2 + 2 + (/[^\x20-\x7e]/.test(x) ? x.length * 2 : 0);
  if (typeof x === 'number' || typeof x === 'boolean') return 24;
  if (Array.isArray(x)) return x.reduce((a: number, y) => a + bytesJson(y) + 1, 2);
  return Object.entries(x as Record<string, unknown>).reduce((a, [k, v]) => a + k.length + 4 + bytesJson(v), 2);
}
