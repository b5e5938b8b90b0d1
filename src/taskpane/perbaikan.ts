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

export function rencanaPerbaikan(f: TemuanDenganPerbaikan): RencanaTulis | null {
  if (typeof f.fix === 'string' && f.fix.trim() !== '') {
    const rumus = f.fix.trim().startsWith('=') ? f.fix.trim() : `=${f.fix.trim()}`;
    return { lembar: f.sheet, sel: f.cell, rumus, alasan: f.message };
  }
  if (f.rule === 'predikat' && f.expected && f.expected.trim() !== '' && !/^[=+@-]/.test(f.expected.trim()))
    return { lembar: f.sheet, sel: f.cell, nilai: f.expected.trim(), alasan: f.message };
  return null;
}
