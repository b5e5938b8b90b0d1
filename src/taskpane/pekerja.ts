/**
 * Worker entry (dist/pekerja-periksa.js): runs the engine off the UI thread, so the pane stays responsive
 * on a 400k-row workbook and the shared runtime keeps evaluating custom functions meanwhile.
 */
import { jawab, PermintaanPeriksa } from './pemeriksaan';

const cakupan = self as unknown as {
  onmessage: ((peristiwa: MessageEvent<PermintaanPeriksa>) => void) | null;
  postMessage(pesan: unknown): void;
};

cakupan.onmessage = (e) => cakupan.postMessage(jawab(e.data));
