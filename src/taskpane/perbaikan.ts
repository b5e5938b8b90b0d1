/**
 * "Perbaiki": the write a finding offers, when it has one. A finding that carries a corrected formula
 * (`fix`, added by the engine's formula rule) rewrites its cell with it; a predikat finding rewrites the
 * label with the one the scale gives. Applied through the Host like any planned write, after the same
 * confirmation that lists what the cell holds now.
 */
import type { Temuan } from '../core/model';
import type { RencanaTulis } from '../core/tulis/rencana';

/** A finding as the engine is extending it: `fix` is the corrected formula text ("=SUM(G4:G8)"). */
export type TemuanDenganPerbaikan = Temuan & { fix?: unknown };

export function rencanaPerbaikan(temuan: TemuanDenganPerbaikan): RencanaTulis | null {
  if (typeof temuan.fix === 'string' && temuan.fix.trim() !== '') {
    const rumus = temuan.fix.trim().startsWith('=') ? temuan.fix.trim() : `=${temuan.fix.trim()}`;
    return { lembar: temuan.sheet, sel: temuan.cell, rumus, alasan: temuan.message };
  }
  if (
    temuan.rule === 'predikat' &&
    temuan.expected &&
    temuan.expected.trim() !== '' &&
    !/^[=+@-]/.test(temuan.expected.trim())
  )
    return { lembar: temuan.sheet, sel: temuan.cell, nilai: temuan.expected.trim(), alasan: temuan.message };
  return null;
}
