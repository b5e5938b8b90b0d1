/**
 * The rules in the order they run, each beside its registry entry (meta.ts). A disabled rule is skipped, not
 * filtered after the fact: a function runs only when one of its ids is enabled, and a function reporting
 * several ids skips the part of each disabled one itself (capaian.ts, anggaran.ts). `lintas-tabel` runs after
 * the gate (periksa.ts): it reads the other findings.
 */
import type { RuleId } from '../model';
import type { Konteks } from './konteks';
import { ATURAN, MetaAturan } from './meta';
import { periksaJumlah } from './jumlah';
import { periksaRumus } from './rumus';
import { periksaCapaian } from './capaian';
import { periksaAnggaran } from './anggaran';
import { periksaEfisiensi } from './efisiensi';
import { periksaPredikat } from './predikat';
import { periksaPerubahan } from './perubahan';
import { periksaSkalaWorkbook } from './skala';
import { periksaAngka } from './angka';

export interface Aturan {
  meta: MetaAturan;
  /** Rule ids the function reports (capaian also reports polaritas; anggaran penyerapan, sisa, melebihi-pagu). */
  aturan: RuleId[];
  jalankan: (ctx: Konteks) => void;
}

export const DAFTAR_ATURAN: Aturan[] = [
  { meta: ATURAN.skala, aturan: ['skala'], jalankan: periksaSkalaWorkbook },
  { meta: ATURAN.jumlah, aturan: ['jumlah'], jalankan: periksaJumlah },
  { meta: ATURAN.rumus, aturan: ['rumus'], jalankan: periksaRumus },
  { meta: ATURAN.capaian, aturan: ['capaian', 'polaritas'], jalankan: periksaCapaian },
  { meta: ATURAN.penyerapan, aturan: ['penyerapan', 'sisa', 'melebihi-pagu'], jalankan: periksaAnggaran },
  { meta: ATURAN.efisiensi, aturan: ['efisiensi'], jalankan: periksaEfisiensi },
  { meta: ATURAN.predikat, aturan: ['predikat'], jalankan: periksaPredikat },
  { meta: ATURAN.perubahan, aturan: ['perubahan'], jalankan: periksaPerubahan },
  { meta: ATURAN.angka, aturan: ['angka'], jalankan: periksaAngka },
];

export function jalankanSemua(ctx: Konteks): void {
  for (const a of DAFTAR_ATURAN) if (a.aturan.some((id) => ctx.aktif(id))) a.jalankan(ctx);
}
