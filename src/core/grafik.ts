/**
 * Data for the summary charts: capaian per indikator (against 100 %, coloured by predikat) and penyerapan
 * per program. Taken from the detected tables; one point per name (the first table that has it).
 */
import type { Tabel } from './model';
import type { Konteks } from './checks/konteks';
import { adaNilai } from './angka';
import { nilaiPredikat, Skala } from './skala';
import { penyerapan } from './anggaran';
import { kunciNama } from './checks/lintasTabel';

export interface TitikCapaian {
  nama: string;
  nilai: number;
  predikat: string;
  kode?: string;
  /** Index of the band in its scale, 0 = best: for colours. */
  peringkat: number;
}
export interface TitikSerapan {
  nama: string;
  nilai: number;
}
export interface DataGrafik {
  capaian: TitikCapaian[];
  serapan: TitikSerapan[];
  skala: string;
}

const MAKS = 30;

export function dataGrafik(ctx: Konteks, skala: Skala): DataGrafik {
  const capaian: TitikCapaian[] = [];
  const serapan: TitikSerapan[] = [];
  const sudah = new Set<string>();
  const sudahProgram = new Set<string>();
  const urut = [...skala.pita].sort((a, b) => (b.bawah?.toNumber() ?? -Infinity) - (a.bawah?.toNumber() ?? -Infinity));
  for (const t of ctx.tabel as Tabel[]) {
    const cap = t.kolom.filter((k) => k.peran === 'capaian' && !k.rataRata);
    const utama = cap.find((k) => k.tahun === t.tahunJudul) ?? cap[cap.length - 1];
    if (utama && t.kolom.some((k) => k.peran === 'indikator')) {
      for (const b of t.baris) {
        if (b.jenis !== 'data' || !b.namaAsli || capaian.length >= MAKS) continue;
        const key = kunciNama(b.nama);
        if (sudah.has(key)) continue;
        const a = ctx.angka(t, b.r, utama);
        if (!adaNilai(a) || a.status === 'strip') continue;
        const p = nilaiPredikat(skala, a.nilai);
        sudah.add(key);
        capaian.push({
          nama: b.nama,
          nilai: a.nilai.toNumber(),
          predikat: p?.pita.label ?? '',
          kode: p?.pita.kode,
          peringkat: p ? urut.indexOf(p.pita) : 0,
        });
      }
    }
    const pagu = t.kolom.find((k) => k.peran === 'pagu');
    const real = t.kolom.find((k) => k.peran === 'realisasi-anggaran');
    if (pagu && real) {
      for (const b of t.baris) {
        if (b.jenis !== 'data' || !/^program\b/i.test(b.nama.trim()) || serapan.length >= MAKS) continue;
        const key = kunciNama(b.nama);
        if (sudahProgram.has(key)) continue;
        const p = ctx.angka(t, b.r, pagu);
        const r = ctx.angka(t, b.r, real);
        if (!adaNilai(p) || p.nilai.isZero()) continue;
        const rv = adaNilai(r) ? r.nilai : null;
        if (!rv) continue;
        sudahProgram.add(key);
        serapan.push({ nama: b.nama, nilai: penyerapan(p.nilai, rv).toDecimalPlaces(2).toNumber() });
      }
    }
  }
  return { capaian, serapan, skala: skala.nama };
}
