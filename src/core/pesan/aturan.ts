/**
 * Every message the checking engine writes, in one place per language. The English pack has the type of
 * the Indonesian one, so both have the same keys and parameters (test/core/pesan.test.ts checks it at run
 * time too). Numbers arrive already formatted for the language (1.234,56 / 1,234.56).
 */
import { pesanDalam, type Bahasa, type PaketBahasa } from './bahasa';

const ID = {
  selBerumus: (f: string) => ` (sel berisi rumus =${f})`,
  familiDitolak: (label: string, beda: number, n: number) =>
    `${label}: ${beda} dari ${n} sel tidak cocok dengan pembacaan tabel ini, jadi tidak dilaporkan`,
  tabelDitolak: (beda: number, n: number) =>
    `pembacaan tabel tidak menjelaskan sebagian besar angkanya (${beda} dari ${n} sel hitungan tidak cocok)`,
  tanpaHitungan: () =>
    'tidak ada sel hitungan yang dapat diperiksa (tidak ditemukan rumus, total, induk atau pasangan kolom)',
  tanpaHeader: () => 'blok angka tanpa baris judul kolom: peran kolomnya tidak dapat dibaca',
  dikecualikan: () => 'dikecualikan dari pemeriksaan oleh pengguna',
  belumDihitung: () =>
    'workbook disimpan tanpa hasil rumus (belum dihitung Excel): nilai rumusnya dihitung oleh sakip-excel, dan rumus yang tidak dapat dihitungnya tidak diperiksa; buka dan simpan di Excel untuk nilai yang ditampilkan Excel',
  kolomLabel: (judul: string) => `kolom "${judul}"`,
  barisAnggaran: () => 'baris alokasi / realisasi / persentase anggaran',
  barisTotalTeks: () => 'baris total tertulis di bawah tabel',
  totalTeksBeda: (teks: string, dinyatakan: string, hitung: string, acuan: string) =>
    `"${teks}" menyebut ${dinyatakan}, tetapi total tabel ini ${hitung} (${acuan})`,
  kolomSamping: (judul: string) => `kolom "${judul}" sebagai jumlah kolom di kirinya`,

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

  // capaian & polaritas
  capaianTarget0: (dinyatakan: string) => `Target 0: capaian tidak terdefinisi, tetapi tertulis ${dinyatakan}`,
  capaianBeda: (dinyatakan: string, rumus: string, harap: string, alasan: string) =>
    `Capaian ${dinyatakan} ≠ ${rumus} = ${harap} (${alasan})`,
  capaianPolaritas: (dinyatakan: string, rumusPositif: string, alasan: string, rumus: string, harap: string) =>
    `Capaian ${dinyatakan} memakai rumus positif ${rumusPositif}, padahal ${alasan} (makin kecil makin baik); seharusnya ${rumus} = ${harap}`,
  pecahan: () => ' — nilai tertulis adalah pecahan, belum dikali 100',
  polaritasDariKolom: (bukti: string) => `polaritas dari "${bukti}"`,
  polaritasDariKata: (kata: string) => `indikator negatif: kata "${kata}"`,
  polaritasPengaturan: () => 'pengaturan',
  polaritasPositif: () => 'indikator positif',
  metodeNegatif: (metode: string, n: number, total: number) =>
    `metode ${metode} workbook ini (${n} dari ${total} indikator negatif)`,

  // anggaran
  penyerapanBeda: (dinyatakan: string, real: string, pagu: string, harap: string) =>
    `% realisasi ${dinyatakan} ≠ ${real} / ${pagu} × 100 = ${harap}`,
  sisaBeda: (dinyatakan: string, pagu: string, real: string, harap: string) =>
    `Sisa ${dinyatakan} ≠ pagu − realisasi = ${pagu} − ${real} = ${harap}`,
  persenSisaBeda: (dinyatakan: string, sisa: string, pagu: string, harap: string) =>
    `% sisa ${dinyatakan} ≠ ${sisa} / ${pagu} × 100 = ${harap}`,
  melebihiPagu: (real: string, pagu: string, lebih: string) =>
    `Realisasi ${real} melebihi pagu ${pagu} sebesar ${lebih}`,

  // perubahan
  perubahanBeda: (dinyatakan: string, sesudah: string, sebelum: string, harap: string) =>
    `Bertambah/(berkurang) ${dinyatakan} ≠ ${sesudah} − ${sebelum} = ${harap}`,
  persenPerubahanBeda: (dinyatakan: string, selisih: string, sebelum: string, harap: string) =>
    `Persentase perubahan ${dinyatakan} ≠ ${selisih} / ${sebelum} × 100 = ${harap}`,

  // efisiensi
  efisiensiBeda: (dinyatakan: string, harap: string, metode: string, cap: string, serap: string, bukti: string) =>
    `Efisiensi ${dinyatakan} ≠ ${harap} menurut ${metode}: capaian ${cap}, penyerapan ${serap}${bukti}`,
  efisiensiBukti: (n: number, total: number) => `, metode workbook ini (${n} dari ${total} baris)`,
  metodeSelisih: () => 'selisih (capaian − penyerapan)',
  metodeRasio: () => 'rasio (capaian / penyerapan × 100)',
  metodeRasioTerbalik: () => 'rasio terbalik (penyerapan / capaian × 100)',

  // predikat, skala
  predikatBeda: (label: string, harus: string, cap: string, skala: string, celah: boolean) =>
    `Predikat "${label}" ≠ "${harus}" untuk capaian ${cap} menurut skala ${skala}${celah ? ' (nilai jatuh di celah skala)' : ''}`,
  skalaTitik: (dari: string, pita: string) =>
    `Skala: nilai tepat ${dari} tidak masuk pita mana pun (${pita}), batas keduanya eksklusif`,
  skalaCelah: (dari: string, sampai: string, pita: string) =>
    `Skala punya celah antara ${dari} dan ${sampai} (${pita}): nilai di sana tidak masuk pita mana pun`,
  skalaTumpang: (dari: string, sampai: string, pita: string) =>
    `Skala tumpang tindih antara ${dari} dan ${sampai} (${pita}): nilai di sana masuk dua pita`,
  skalaTakTerbaca: (teks: string) => `Interval skala "${teks}" tidak dapat dibaca`,

  // lintas tabel
  lintas: (peran: string, nama: string, nilai: string, lain: string, rujukan: string) =>
    `${peran} "${nama}" ${nilai} di tabel ini, tetapi ${lain} di ${rujukan}`,
  peranPagu: () => 'Pagu',
  peranRealisasiAnggaran: () => 'Realisasi anggaran',
  peranTarget: () => 'Target',
  peranRealisasi: () => 'Realisasi',
  peranCapaian: () => 'Capaian',

  // angka
  angkaAmbigu: (teks: string) =>
    `"${teks}" ambigu: bisa ribuan atau desimal, dan kolom ini tidak memberi petunjuk — tulis sebagai angka`,
  angkaEkspresi: (teks: string) => `Sel berisi perhitungan sebagai teks ("${teks}"), bukan angka: tidak ikut diperiksa`,
  angkaGalat: (teks: string, sebab: string) => `Sel berisi galat ${teks}${sebab ? `: ${sebab}` : ''}`,
  angkaTeks: (judul: string, n: number, format: string) =>
    `Kolom "${judul}": ${n} angka disimpan sebagai teks${format}; Excel tidak bisa menjumlahkannya`,
  formatUs: () => ' (format US 1,234.56)',
  formatId: () => ' (format Indonesia 1.234,56)',
  angkaCampur: (judul: string, id: number, us: number) =>
    `Kolom "${judul}" mencampur format Indonesia (${id} sel) dan US (${us} sel)`,
  tanpaJudul: () => 'tanpa judul',
};

export type Katalog = typeof ID;

const EN: Katalog = {
  selBerumus: (f) => ` (the cell holds the formula =${f})`,
  familiDitolak: (label, beda, n) =>
    `${label}: ${beda} of ${n} cells disagree with this reading of the table, so none is reported`,
  tabelDitolak: (beda, n) =>
    `the reading of this table does not explain most of its figures (${beda} of ${n} computed cells disagree)`,
  tanpaHitungan: () => 'no computed cell could be checked (no formula, total, parent row or column pair found)',
  tanpaHeader: () => 'a block of figures without a header row: the roles of its columns cannot be read',
  dikecualikan: () => 'left out of the check by the user',
  belumDihitung: () =>
    'the workbook was saved without formula results (not calculated by Excel): sakip-excel computed its formulas itself and did not check those it cannot compute; open and save it in Excel for the values Excel shows',
  kolomLabel: (judul) => `column "${judul}"`,
  barisAnggaran: () => 'budget / spent / percent rows',
  barisTotalTeks: () => 'total written under the table',
  totalTeksBeda: (teks, dinyatakan, hitung, acuan) =>
    `"${teks}" says ${dinyatakan}, but this table's total is ${hitung} (${acuan})`,
  kolomSamping: (judul) => `column "${judul}" as the sum of the columns to its left`,

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

  capaianTarget0: (dinyatakan) => `Target is 0: capaian is undefined, yet ${dinyatakan} is stated`,
  capaianBeda: (dinyatakan, rumus, harap, alasan) => `Capaian ${dinyatakan} ≠ ${rumus} = ${harap} (${alasan})`,
  capaianPolaritas: (dinyatakan, rumusPositif, alasan, rumus, harap) =>
    `Capaian ${dinyatakan} uses the positive formula ${rumusPositif}, but ${alasan} (lower is better); it should be ${rumus} = ${harap}`,
  pecahan: () => ' — the stated value is a fraction, not multiplied by 100',
  polaritasDariKolom: (bukti) => `polarity from "${bukti}"`,
  polaritasDariKata: (kata) => `negative indicator: the word "${kata}"`,
  polaritasPengaturan: () => 'settings',
  polaritasPositif: () => 'positive indicator',
  metodeNegatif: (metode, n, total) => `this workbook's ${metode} method (${n} of ${total} negative indicators)`,

  penyerapanBeda: (dinyatakan, real, pagu, harap) => `% spent ${dinyatakan} ≠ ${real} / ${pagu} × 100 = ${harap}`,
  sisaBeda: (dinyatakan, pagu, real, harap) =>
    `Remaining ${dinyatakan} ≠ budget − spent = ${pagu} − ${real} = ${harap}`,
  persenSisaBeda: (dinyatakan, sisa, pagu, harap) => `% remaining ${dinyatakan} ≠ ${sisa} / ${pagu} × 100 = ${harap}`,
  melebihiPagu: (real, pagu, lebih) => `Spent ${real} exceeds the budget ${pagu} by ${lebih}`,

  perubahanBeda: (dinyatakan, sesudah, sebelum, harap) =>
    `Increase/(decrease) ${dinyatakan} ≠ ${sesudah} − ${sebelum} = ${harap}`,
  persenPerubahanBeda: (dinyatakan, selisih, sebelum, harap) =>
    `Change ${dinyatakan} % ≠ ${selisih} / ${sebelum} × 100 = ${harap}`,

  efisiensiBeda: (dinyatakan, harap, metode, cap, serap, bukti) =>
    `Efficiency ${dinyatakan} ≠ ${harap} by ${metode}: capaian ${cap}, absorption ${serap}${bukti}`,
  efisiensiBukti: (n, total) => `, this workbook's method (${n} of ${total} rows)`,
  metodeSelisih: () => 'difference (capaian − absorption)',
  metodeRasio: () => 'ratio (capaian / absorption × 100)',
  metodeRasioTerbalik: () => 'inverse ratio (absorption / capaian × 100)',

  predikatBeda: (label, harus, cap, skala, celah) =>
    `Rating "${label}" ≠ "${harus}" for capaian ${cap} on the scale ${skala}${celah ? ' (the value falls in a gap of the scale)' : ''}`,
  skalaTitik: (dari, pita) => `Scale: exactly ${dari} fits no band (${pita}), both bounds are exclusive`,
  skalaCelah: (dari, sampai, pita) =>
    `The scale has a gap between ${dari} and ${sampai} (${pita}): values there fit no band`,
  skalaTumpang: (dari, sampai, pita) =>
    `The scale overlaps between ${dari} and ${sampai} (${pita}): values there fit two bands`,
  skalaTakTerbaca: (teks) => `Scale interval "${teks}" cannot be read`,

  lintas: (peran, nama, nilai, lain, rujukan) =>
    `${peran} of "${nama}" is ${nilai} in this table but ${lain} in ${rujukan}`,
  peranPagu: () => 'Budget',
  peranRealisasiAnggaran: () => 'Spending',
  peranTarget: () => 'Target',
  peranRealisasi: () => 'Realisation',
  peranCapaian: () => 'Capaian',

  angkaAmbigu: (teks) =>
    `"${teks}" is ambiguous: thousands or decimals, and this column gives no hint — enter it as a number`,
  angkaEkspresi: (teks) => `The cell holds arithmetic as text ("${teks}"), not a number: not checked`,
  angkaGalat: (teks, sebab) => `The cell shows the error ${teks}${sebab ? `: ${sebab}` : ''}`,
  angkaTeks: (judul, n, format) => `Column "${judul}": ${n} numbers stored as text${format}; Excel cannot sum them`,
  formatUs: () => ' (US format 1,234.56)',
  formatId: () => ' (Indonesian format 1.234,56)',
  angkaCampur: (judul, id, us) => `Column "${judul}" mixes Indonesian (${id} cells) and US (${us} cells) separators`,
  tanpaJudul: () => 'untitled',
};

export const PAKET_PESAN: PaketBahasa<Katalog> = { id: ID, en: EN };

/** The engine's messages in a language. */
export function katalog(bahasa: Bahasa): Katalog {
  return pesanDalam(PAKET_PESAN, bahasa);
}
