/**
 * Settings that travel with the workbook (document settings in Excel): scale, polarity overrides per
 * indikator, efisiensi method, language. Validated when read back, since a workbook can hold anything.
 */
import type { MetodeEfisiensi } from './efisiensi';
import type { Polaritas } from './polaritas';
import type { OpsiPeriksa } from './aturan/konteks';
import type { Bahasa } from './pesan/bahasa';
import { skalaBawaan } from './skala';

export interface Pengaturan {
  versi: 1;
  /** Built-in scale name used when the workbook has no scale table ("permendagri86", "baik", "berhasil"). */
  skala: string;
  /** Use the chosen scale even if the workbook has its own scale table. */
  paksaSkala: boolean;
  metodeEfisiensi: MetodeEfisiensi | 'otomatis';
  polaritas: Record<string, Polaritas>;
  bahasa: Bahasa;
}

export const PENGATURAN_BAWAAN: Pengaturan = {
  versi: 1,
  skala: 'permendagri86',
  paksaSkala: false,
  metodeEfisiensi: 'otomatis',
  polaritas: {},
  bahasa: 'id',
};

export function bacaPengaturan(x: unknown): Pengaturan {
  const p = { ...PENGATURAN_BAWAAN, polaritas: {} as Record<string, Polaritas> };
  if (!x || typeof x !== 'object') return p;
  const o = x as Record<string, unknown>;
  if (typeof o.skala === 'string' && skalaBawaan(o.skala)) p.skala = o.skala;
  if (typeof o.paksaSkala === 'boolean') p.paksaSkala = o.paksaSkala;
  if (['otomatis', 'selisih', 'rasio', 'rasio-terbalik'].includes(o.metodeEfisiensi as string))
    p.metodeEfisiensi = o.metodeEfisiensi as Pengaturan['metodeEfisiensi'];
  if (o.bahasa === 'en' || o.bahasa === 'id') p.bahasa = o.bahasa;
  if (o.polaritas && typeof o.polaritas === 'object')
    for (const [k, v] of Object.entries(o.polaritas as Record<string, unknown>))
      if (v === 'positif' || v === 'negatif') p.polaritas[k] = v;
  return p;
}

/** Settings as a host stores them (Excel: a document setting; the demo: a hidden sheet's cell). */
export function teksPengaturan(p: Pengaturan): string {
  return JSON.stringify(p);
}

/**
 * Settings from what a host found where it stores them: null when nothing is there or it is no JSON
 * text, else every field validated (bacaPengaturan). Both hosts load their settings through this.
 */
export function pengaturanTersimpan(tersimpan: unknown): Pengaturan | null {
  if (typeof tersimpan !== 'string') return null;
  let data: unknown;
  try {
    data = JSON.parse(tersimpan);
  } catch {
    return null;
  }
  return bacaPengaturan(data);
}

export function opsiDariPengaturan(p: Pengaturan): OpsiPeriksa {
  return {
    bahasa: p.bahasa,
    skala: skalaBawaan(p.skala) ?? undefined,
    paksaSkala: p.paksaSkala,
    metodeEfisiensi: p.metodeEfisiensi,
    polaritas: p.polaritas,
  };
}
