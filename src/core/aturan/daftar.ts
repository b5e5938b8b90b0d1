/**
 * The rules in the order they run, each beside its metadata (meta.ts). A disabled rule is skipped, not
 * filtered after the fact.
 */
import type { RuleId } from '../model';
import type { Konteks } from './konteks';
import { ATURAN, MetaAturan } from './meta';
import { periksaJumlah } from './jumlah';
import { periksaRumus } from './rumus';

export interface Aturan {
  meta: MetaAturan;
  /** Rules a function covers (capaian also reports polaritas; anggaran reports penyerapan, sisa, melebihi-pagu). */
  aturan: RuleId[];
  jalankan: (ctx: Konteks) => void;
}

export const DAFTAR_ATURAN: Aturan[] = [
  { meta: ATURAN.jumlah, aturan: ['jumlah'], jalankan: periksaJumlah },
  { meta: ATURAN.rumus, aturan: ['rumus'], jalankan: periksaRumus },
];

export function jalankanSemua(ctx: Konteks): void {
  for (const a of DAFTAR_ATURAN) if (a.aturan.some((id) => ctx.aktif(id))) a.jalankan(ctx);
}
