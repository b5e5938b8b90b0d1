/* global CustomFunctions */
/**
 * SAKIP custom functions. The JSDoc below is the source of functions.json (custom-functions-metadata-plugin);
 * every parameter accepts a single value or a range, and a range returns an array of the same shape.
 */
import { fAngka, fCapaian, fEfisiensi, fPenyerapan, fPredikat, fSisa, Galat, Keluaran, Masukan } from './logika';

type Sel = number | string | CustomFunctions.Error;

function keExcel(hasil: Keluaran): Sel[][] {
  return hasil.map((r) =>
    r.map((x) => (x instanceof Galat ? new CustomFunctions.Error(CustomFunctions.ErrorCode[x.kode], x.pesan) : x)),
  );
}

function aman(f: () => Keluaran): Sel[][] {
  try {
    return keExcel(f());
  } catch (e) {
    return [
      [new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e instanceof Error ? e.message : String(e))],
    ];
  }
}

/**
 * Capaian kinerja dalam persen: realisasi / target × 100 (positif) atau (2 × target − realisasi) / target × 100 (negatif).
 * @customfunction CAPAIAN
 * @param target Target kinerja (angka, teks angka, atau rentang)
 * @param realisasi Realisasi kinerja (angka, teks angka, atau rentang)
 * @param [polaritas] "positif" (bawaan) atau "negatif"; juga +/-, naik/turun
 * @returns Capaian dalam poin persen, mis. 107,08
 */
export function capaian(target: any[][], realisasi: any[][], polaritas?: any[][]): any[][] {
  return aman(() => fCapaian(target as Masukan, realisasi as Masukan, (polaritas ?? [[null]]) as Masukan));
}

/**
 * Penyerapan anggaran: realisasi / pagu × 100.
 * @customfunction PENYERAPAN
 * @param pagu Pagu anggaran (Rp)
 * @param realisasi Realisasi anggaran (Rp)
 * @returns Persentase realisasi terhadap pagu
 */
export function penyerapan(pagu: any[][], realisasi: any[][]): any[][] {
  return aman(() => fPenyerapan(pagu as Masukan, realisasi as Masukan));
}

/**
 * Sisa anggaran: pagu − realisasi.
 * @customfunction SISA
 * @param pagu Pagu anggaran (Rp)
 * @param realisasi Realisasi anggaran (Rp)
 * @returns Sisa anggaran dalam rupiah
 */
export function sisa(pagu: any[][], realisasi: any[][]): any[][] {
  return aman(() => fSisa(pagu as Masukan, realisasi as Masukan));
}

/**
 * Efisiensi: capaian kinerja dibanding penyerapan anggaran.
 * @customfunction EFISIENSI
 * @param capaian Capaian kinerja (%)
 * @param penyerapan Penyerapan anggaran (%)
 * @param [metode] "selisih" (bawaan: capaian − penyerapan), "rasio" (capaian / penyerapan × 100) atau "rasio-terbalik"
 * @returns Nilai efisiensi
 */
export function efisiensi(capaian: any[][], penyerapan: any[][], metode?: any[][]): any[][] {
  return aman(() => fEfisiensi(capaian as Masukan, penyerapan as Masukan, (metode ?? [[null]]) as Masukan));
}

/**
 * Predikat (kategori) capaian menurut skala.
 * @customfunction PREDIKAT
 * @param capaian Capaian kinerja (%)
 * @param [skala] Nama skala bawaan ("Permendagri 86" bawaan, "baik", "berhasil") atau rentang 2–3 kolom: interval atau batas bawah, label[, kode]
 * @returns Label predikat, mis. "Sangat Tinggi"
 */
export function predikat(capaian: any[][], skala?: any[][]): any[][] {
  return aman(() => fPredikat(capaian as Masukan, skala as Masukan | undefined));
}

/**
 * Angka dari teks tempelan seperti "1.158.498.355,00", "Rp 2.500.000.000,-" atau "95 %".
 * @customfunction ANGKA
 * @param teks Teks berisi angka (atau rentang)
 * @returns Nilai angkanya
 */
export function angka(teks: any[][]): any[][] {
  return aman(() => fAngka(teks as Masukan));
}
