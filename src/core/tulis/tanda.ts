/**
 * What every host writes when it marks findings (Excel, the browser demo, the CLI's annotated copy): one
 * mark per cell, coloured by the worst severity among the cell's findings, with one note listing them all.
 * Hosts only apply these plans; the grouping, the colour and the note text live here once.
 */
import type { Severity, Temuan } from '../model';
import { WARNA_TANDA } from './jurnal';
import type { Bahasa } from '../pesan/bahasa';
import { pesanHost } from '../pesan/host';

export interface TandaSel {
  lembar: string;
  sel: string;
  /** The worst severity among the cell's findings. */
  tingkat: Severity;
  /** Fill colour, "#RRGGBB". */
  warna: string;
  /** Note text: one line per finding, "[SAKIP rule] message", and the corrected formula where there is one. */
  catatan: string;
  temuan: Temuan[];
}

const URUT: readonly Severity[] = ['error', 'warning', 'info'];

/** One mark per finding cell, in the order the cells first appear among the findings. */
export function rencanaTanda(temuan: readonly Temuan[], bahasa: Bahasa = 'id'): TandaSel[] {
  const perbaikan = pesanHost(bahasa).perbaikan;
  const perSel = new Map<string, Temuan[]>();
  for (const f of temuan) {
    const k = `${f.sheet}\u0000${f.cell}`;
    const ada = perSel.get(k);
    if (ada) ada.push(f);
    else perSel.set(k, [f]);
  }
  return [...perSel.values()].map((fs) => {
    const tingkat = URUT.find((x) => fs.some((f) => f.severity === x)) ?? 'info';
    return {
      lembar: fs[0].sheet,
      sel: fs[0].cell,
      tingkat,
      warna: WARNA_TANDA[tingkat],
      catatan: fs.map((f) => `[SAKIP ${f.rule}] ${f.message}${f.fix ? `\n${perbaikan}: ${f.fix}` : ''}`).join('\n'),
      temuan: fs,
    };
  });
}
