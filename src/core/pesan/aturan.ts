/**
 * Every message the checking engine writes, in one place per language. The English pack has the type of
 * the Indonesian one, so both have the same keys and parameters (test/core/pesan.test.ts checks it at run
 * time too). Numbers arrive already formatted for the language (1.234,56 / 1,234.56).
 */
import type { Bahasa } from './bahasa';

const ID = {
  selBerumus: (f: string) => ` (sel berisi rumus =${f})`,
  familiDitolak: (label: string, beda: number, n: number) =>
    `${label}: ${beda} dari ${n} sel tidak cocok dengan pembacaan tabel ini, jadi tidak dilaporkan`,
  tabelDitolak: (beda: number, n: number) =>
    `pembacaan tabel tidak menjelaskan sebagian besar angkanya (${beda} dari ${n} sel hitungan tidak cocok)`,
  tanpaHitungan: () =>
    'tidak ada sel hitungan yang dapat diperiksa (tidak ditemukan rumus, total, induk atau pasangan kolom)',
  belumDihitung: () =>
    'workbook belum dihitung ulang (nilai rumus tersimpan hanya placeholder): buka dan simpan di Excel dulu',
  kolomLabel: (judul: string) => `kolom "${judul}"`,

  // jumlah
  totalBeda: (label: string, dinyatakan: string, hitung: string, rincian: string) =>
    `${label} ${dinyatakan} ≠ jumlah baris ${hitung} (${rincian})`,
  rataBeda: (label: string, dinyatakan: string, hitung: string, rincian: string) =>
    `${label} ${dinyatakan} ≠ rata-rata baris ${hitung} ${rincian}`,
  indukBeda: (nama: string, dinyatakan: string, hitung: string, rincian: string) =>
    `${nama}: ${dinyatakan} ≠ jumlah rinciannya ${hitung} (${rincian})`,
  indukRataBeda: (nama: string, dinyatakan: string, hitung: string, rincian: string) =>
    `${nama}: ${dinyatakan} ≠ rata-rata rinciannya ${hitung} ${rincian}`,
  barisRingkas: (n: number) => `+… (${n} baris)`,
  barisRingkasan: () => 'Baris ringkasan',
  kolomJumlahBeda: (judul: string, dinyatakan: string, hitung: string, rincian: string) =>
    `Kolom ${judul} ${dinyatakan} ≠ jumlah kolom di kirinya ${hitung} (${rincian})`,

  // rumus
  rumusLebih: (f: string, lebih: string, anak: string, harap: string) =>
    `Rumus =${f} ikut menjumlahkan ${lebih} dari kelompok lain; rinciannya adalah ${anak}, seharusnya ${harap}`,
  rumusKurang: (f: string, kurang: string, anak: string, harap: string) =>
    `Rumus =${f} tidak menjumlahkan ${kurang}; rinciannya adalah ${anak}, seharusnya ${harap}`,
  rumusRantai: (f: string, anak: string, harap: string) =>
    `Rumus =${f} memakai titik dua berantai, sehingga merangkum setiap baris di antaranya; rinciannya adalah ${anak}, seharusnya ${harap}`,
  rumusBasi: (f: string, hitung: string) =>
    `Nilai tersimpan tidak sama dengan hasil rumusnya =${f} (${hitung}): workbook belum dihitung ulang`,
  rumusJenisKolom: (f: string, kolom: string, jenisLain: string, jenisIni: string, harap: string) =>
    `Rumus =${f} menjumlahkan kolom ${kolom} (${jenisLain}) ke kolom ${jenisIni}; rumus baris lain di kolom ini memberi ${harap}`,
  rumusBeda: (f: string, pola: string, harap: string) =>
    `Rumus =${f} berbeda dari rumus baris lain di kolom ini (=${pola}), yang memberi ${harap}`,
  rumusKonstanta: (nilai: string, pola: string, n: number, harap: string) =>
    `Angka tetap ${nilai} di kolom yang ${n} baris sejenisnya berisi rumus =${pola}; rumus itu memberi ${harap}`,
  rumusLaten: (isi: string) => `${isi} (hasilnya sama saat ini, tetapi akan salah bila angkanya berubah)`,
  rumusGalat: (galat: string, sebab: string) => `Sel hitungan berisi ${galat}: ${sebab}`,
  sebabDiv0: (pembagi: string) => `pembaginya (${pembagi}) bernilai 0 atau kosong`,
  sebabRef: () => 'rumus merujuk sel yang sudah dihapus (baris atau kolom dihapus)',
  sebabValue: () => 'rumus menghitung teks yang bukan angka',
  sebabNa: () => 'nilai yang dicari tidak ditemukan',
  sebabLain: () => 'rumusnya tidak dapat dihitung',
  subtotalGanda: (f: string, level: number, harap: string) =>
    `=${f} menjumlahkan baris yang terlihat, dan filter lembar ini menampilkan ${level} tingkat hierarki sekaligus, sehingga setiap angka terhitung berulang; tanpa pengulangan jumlahnya ${harap}`,
  baris: (rs: string) => `baris ${rs}`,
  dan: () => 'dan',
};

export type Katalog = typeof ID;

const EN: Katalog = {
  selBerumus: (f) => ` (the cell holds the formula =${f})`,
  familiDitolak: (label, beda, n) =>
    `${label}: ${beda} of ${n} cells disagree with this reading of the table, so none is reported`,
  tabelDitolak: (beda, n) =>
    `the reading of this table does not explain most of its figures (${beda} of ${n} computed cells disagree)`,
  tanpaHitungan: () => 'no computed cell could be checked (no formula, total, parent row or column pair found)',
  belumDihitung: () =>
    'the workbook has not been recalculated (cached formula results are placeholders): open and save it in Excel first',
  kolomLabel: (judul) => `column "${judul}"`,

  totalBeda: (label, dinyatakan, hitung, rincian) => `${label} ${dinyatakan} ≠ sum of rows ${hitung} (${rincian})`,
  rataBeda: (label, dinyatakan, hitung, rincian) => `${label} ${dinyatakan} ≠ mean of rows ${hitung} ${rincian}`,
  indukBeda: (nama, dinyatakan, hitung, rincian) => `${nama}: ${dinyatakan} ≠ sum of its items ${hitung} (${rincian})`,
  indukRataBeda: (nama, dinyatakan, hitung, rincian) =>
    `${nama}: ${dinyatakan} ≠ mean of its items ${hitung} ${rincian}`,
  barisRingkas: (n) => `+… (${n} rows)`,
  barisRingkasan: () => 'Summary row',
  kolomJumlahBeda: (judul, dinyatakan, hitung, rincian) =>
    `Column ${judul} ${dinyatakan} ≠ sum of the columns to its left ${hitung} (${rincian})`,

  rumusLebih: (f, lebih, anak, harap) =>
    `The formula =${f} also adds ${lebih} of other groups; its items are ${anak}, so it should be ${harap}`,
  rumusKurang: (f, kurang, anak, harap) =>
    `The formula =${f} leaves out ${kurang}; its items are ${anak}, so it should be ${harap}`,
  rumusRantai: (f, anak, harap) =>
    `The formula =${f} chains colons, so it spans every row in between; its items are ${anak}, so it should be ${harap}`,
  rumusBasi: (f, hitung) =>
    `The stored value differs from what its formula =${f} gives (${hitung}): the workbook was not recalculated`,
  rumusJenisKolom: (f, kolom, jenisLain, jenisIni, harap) =>
    `The formula =${f} adds column ${kolom} (${jenisLain}) into a ${jenisIni} column; the formula of the other rows gives ${harap}`,
  rumusBeda: (f, pola, harap) =>
    `The formula =${f} differs from the other rows of this column (=${pola}), which gives ${harap}`,
  rumusKonstanta: (nilai, pola, n, harap) =>
    `A fixed number ${nilai} in a column whose ${n} rows of the same kind hold =${pola}; that formula gives ${harap}`,
  rumusLaten: (isi) => `${isi} (the result is the same today, but will be wrong when the figures change)`,
  rumusGalat: (galat, sebab) => `A computed cell shows ${galat}: ${sebab}`,
  sebabDiv0: (pembagi) => `its divisor (${pembagi}) is 0 or empty`,
  sebabRef: () => 'the formula refers to a deleted cell (a row or column was deleted)',
  sebabValue: () => 'the formula computes with text that is not a number',
  sebabNa: () => 'the value looked up was not found',
  sebabLain: () => 'the formula cannot be computed',
  subtotalGanda: (f, level, harap) =>
    `=${f} adds the visible rows, and this sheet's filter shows ${level} levels of the hierarchy at once, so every amount is counted several times; without repetition the sum is ${harap}`,
  baris: (rs) => `rows ${rs}`,
  dan: () => 'and',
};

export const PAKET_PESAN: Record<Bahasa, Katalog> = { id: ID, en: EN };

export function katalog(b: Bahasa): Katalog {
  return PAKET_PESAN[b];
}
