/**
 * Data for the summary charts: capaian per indikator (against 100 %, coloured by predikat) and penyerapan
 * per program. Taken from the detected tables; one point per name (the first table that has it).
 */
import type { RuleId, Temuan } from './model';
import type { Konteks } from './aturan/konteks';
import { D, Desimal } from './desimal';
import { alamat } from './grid';
import { adaNilai, tampilPersen } from './angka';
import { nilaiPredikat, Skala } from './skala';
import { penyerapan } from './anggaran';
import { kunciNama } from './aturan/lintasTabel';

export interface TitikCapaian {
  nama: string;
  /** The capaian plotted: the workbook's, or the correct one where a finding says the workbook's is wrong. */
  nilai: number;
  /** The workbook's own capaian when `nilai` is the corrected one (a capaian or polaritas finding). */
  tertulis?: number;
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

/** A capaian cell the check says is wrong, with the value it should hold. */
export interface KoreksiCapaian {
  nilai: Desimal;
  rule: RuleId;
  tertulis: string | null;
}

/** The finding rules whose `expected` is the capaian the cell should hold. */
const ATURAN_KOREKSI: ReadonlySet<RuleId> = new Set<RuleId>(['capaian', 'polaritas']);

/**
 * Capaian cells a `capaian` or `polaritas` finding flags, by "sheet\0cell": with the correct value when the
 * finding gives one (`expected`), else null (the value is wrong and the right one is not known).
 */
export function koreksiCapaian(temuan: readonly Temuan[]): Map<string, KoreksiCapaian | null> {
  const out = new Map<string, KoreksiCapaian | null>();
  for (const f of temuan) {
    if (!ATURAN_KOREKSI.has(f.rule)) continue;
    const k = `${f.sheet}\u0000${f.cell}`;
    let nilai: Desimal | null = null;
    try {
      const e = tampilPersen(f.expected, f.persen);
      if (e !== null && e.trim() !== '') nilai = new D(e.trim());
    } catch {
      nilai = null;
    }
    if (nilai && !out.get(k)) out.set(k, { nilai, rule: f.rule, tertulis: tampilPersen(f.stated, f.persen) });
    else if (!out.has(k)) out.set(k, null);
  }
  return out;
}

/**
 * `temuan`: the findings of the same check (periksa.ts calls this after every rule ran, so the context's
 * findings are the default); a capaian they flag is plotted at its correct value, with the workbook's value
 * in `tertulis`, or left out when the correct value is not known.
 */
export function dataGrafik(ctx: Konteks, skala: Skala, temuan: readonly Temuan[] = ctx.temuan): DataGrafik {
  const koreksi = koreksiCapaian(temuan);
  const capaian: TitikCapaian[] = [];
  const serapan: TitikSerapan[] = [];
  const sudah = new Set<string>();
  const sudahProgram = new Set<string>();
  const urut = [...skala.pita].sort((a, b) => (b.bawah?.toNumber() ?? -Infinity) - (a.bawah?.toNumber() ?? -Infinity));
  for (const t of ctx.tabel) {
    const cap = t.kolom.filter((k) => k.peran === 'capaian' && !k.rataRata);
    const utama = cap.find((k) => k.tahun === t.tahunJudul) ?? cap[cap.length - 1];
    if (utama && t.kolom.some((k) => k.peran === 'indikator')) {
      for (const b of t.baris) {
        if (b.jenis !== 'data' || !b.namaAsli || capaian.length >= MAKS) continue;
        const key = kunciNama(b.nama);
        if (sudah.has(key)) continue;
        const a = ctx.angka(t, b.r, utama);
        if (!adaNilai(a) || a.status === 'strip') continue;
        const kk = `${t.lembar}\u0000${alamat(b.r, utama.c)}`;
        const benar = koreksi.get(kk);
        if (benar === null) continue; // wrong, and the right value is not known: not plotted
        const nilai = benar ? benar.nilai : a.nilai;
        const p = nilaiPredikat(skala, nilai);
        sudah.add(key);
        capaian.push({
          nama: b.nama,
          nilai: nilai.toNumber(),
          ...(benar ? { tertulis: a.nilai.toNumber() } : {}),
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
