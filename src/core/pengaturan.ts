/**
 * Settings that travel with the workbook (document settings in Excel): scale, polarity overrides per
 * indikator, efisiensi method, language. Validated when read back, since a workbook can hold anything.
 */
import { adaKoreksi, bacaKoreksi, KOREKSI_KOSONG, type Koreksi } from './koreksi';
import type { MetodeEfisiensi } from './efisiensi';
import type { Polaritas } from './polaritas';
import type { OpsiPeriksa } from './aturan/konteks';
import { bahasaSah, type Bahasa } from './pesan/bahasa';
import { skalaBawaan } from './skala';

export interface Pengaturan {
  versi: 1;
  /** Built-in scale name used when the workbook has no scale table ("permendagri86", "baik", "berhasil"). */
  skala: string;
  /** Use the chosen scale even if the workbook has its own scale table. */
  paksaSkala: boolean;
  metodeEfisiensi: MetodeEfisiensi | 'otomatis';
  /** Capaian method for negative indicators (DOMAIN.md), or inferred by majority. */
  metodeNegatif: 'pengurangan' | 'kebalikan' | 'otomatis';
  polaritas: Record<string, Polaritas>;
  bahasa: Bahasa;
  /** The user's corrections to how tables are read (core/koreksi.ts). */
  koreksi: Koreksi;
}

export const PENGATURAN_BAWAAN: Pengaturan = {
  versi: 1,
  skala: 'permendagri86',
  paksaSkala: false,
  metodeEfisiensi: 'otomatis',
  metodeNegatif: 'otomatis',
  polaritas: {},
  bahasa: 'id',
  koreksi: KOREKSI_KOSONG,
};

export function bacaPengaturan(x: unknown): Pengaturan {
  const p: Pengaturan = { ...PENGATURAN_BAWAAN, polaritas: {}, koreksi: { tabel: [], tabelBaru: [] } };
  if (!x || typeof x !== 'object') return p;
  const o = x as Record<string, unknown>;
  if (typeof o.skala === 'string' && skalaBawaan(o.skala)) p.skala = o.skala;
  if (typeof o.paksaSkala === 'boolean') p.paksaSkala = o.paksaSkala;
  if (['otomatis', 'selisih', 'rasio', 'rasio-terbalik'].includes(o.metodeEfisiensi as string))
    p.metodeEfisiensi = o.metodeEfisiensi as Pengaturan['metodeEfisiensi'];
  if (bahasaSah(o.bahasa)) p.bahasa = o.bahasa;
  if (o.metodeNegatif === 'pengurangan' || o.metodeNegatif === 'kebalikan' || o.metodeNegatif === 'otomatis')
    p.metodeNegatif = o.metodeNegatif;
  if (o.koreksi) p.koreksi = bacaKoreksi(o.koreksi);
  if (o.polaritas && typeof o.polaritas === 'object')
    for (const [k, v] of Object.entries(o.polaritas as Record<string, unknown>))
      if (v === 'positif' || v === 'negatif') p.polaritas[k] = v;
  return p;
}

export function opsiDariPengaturan(p: Pengaturan): OpsiPeriksa {
  return {
    bahasa: p.bahasa,
    skala: skalaBawaan(p.skala) ?? undefined,
    paksaSkala: p.paksaSkala,
    metodeEfisiensi: p.metodeEfisiensi,
    metodeNegatif: p.metodeNegatif,
    polaritas: p.polaritas,
    ...(adaKoreksi(p.koreksi) ? { koreksi: p.koreksi } : {}),
  };
}

/** Characters per cell when settings are kept on the settings sheet (Excel holds at most 32 767 in a cell). */
export const POTONG_PENGATURAN = 30000;

/** Settings as the pieces of column A of the settings sheet (top to bottom; joined they are the JSON). */
export function potongPengaturan(p: Pengaturan): string[] {
  const json = JSON.stringify(p);
  const out: string[] = [];
  for (let i = 0; i < json.length; i += POTONG_PENGATURAN) out.push(json.slice(i, i + POTONG_PENGATURAN));
  return out;
}

/** Settings from stored JSON text; null when there is none or it is not JSON. */
export function pengaturanDariTeks(teks: string | null | undefined): Pengaturan | null {
  if (!teks) return null;
  try {
    return bacaPengaturan(JSON.parse(teks));
  } catch {
    return null;
  }
}
