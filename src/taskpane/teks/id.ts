/**
 * Bahasa Indonesia pack: every text the pane and the browser demo show. This pack defines the keys; the
 * English pack (./en.ts) must have exactly the same ones (test/pane/teks.test.ts). Numbers inside texts are
 * formatted the Indonesian way (16.843.500).
 */
import type {
  Agregasi,
  JenisBaris,
  JenisNilai,
  JenisTabel,
  Peran,
  RuleId,
  Severity,
  SumberHierarki,
} from '../../core/model';
import type { JenisKoreksi } from '../../core/koreksi';
import type { Bahasa } from '../../core/pesan/bahasa';
import type { SumberPilihan } from '../../core/aturan/konteks';

import { labelSemuaAturan } from '../../core/aturan/meta';
import { formatAngka } from '../format';

const angka = (n: number): string => formatAngka(n, 'id');

const JENIS: Record<JenisTabel, string> = {
  capaian: 'capaian',
  anggaran: 'anggaran',
  efisiensi: 'efisiensi',
  skala: 'skala',
  lain: 'lain (tidak yakin)',
};
const TINGKAT_KECIL: Record<Severity, string> = { error: 'kesalahan', warning: 'peringatan', info: 'info' };
/** Rule labels from the rule registry: the report sheet shows the same ones. */
const ATURAN: Record<RuleId, string> = labelSemuaAturan('id');

const PERAN: Record<Peran, string> = {
  no: 'Nomor',
  kode: 'Kode rekening',
  uraian: 'Uraian (program/kegiatan)',
  sasaran: 'Sasaran / tujuan',
  indikator: 'Indikator',
  satuan: 'Satuan',
  polaritas: 'Polaritas',
  target: 'Target',
  realisasi: 'Realisasi kinerja',
  capaian: 'Capaian (%)',
  pagu: 'Pagu anggaran (Rp)',
  'realisasi-anggaran': 'Realisasi anggaran (Rp)',
  penyerapan: 'Penyerapan (%)',
  sisa: 'Sisa anggaran (Rp)',
  efisiensi: 'Efisiensi',
  predikat: 'Predikat',
  interval: 'Interval skala',
  'jumlah-kolom': 'Jumlah kolom di kirinya',
  bulan: 'Anggaran per bulan',
  perubahan: 'Perubahan (selisih)',
  'persen-perubahan': 'Perubahan (%)',
  'persen-sisa': 'Sisa (%)',
  bobot: 'Bobot (%)',
  kemajuan: 'Tingkat kemajuan (%)',
  'realisasi-persen': 'Realisasi (%)',
  angka: 'Angka lain',
  teks: 'Teks (tidak diperiksa)',
};
const JENIS_BARIS: Record<JenisBaris | 'induk', string> = {
  data: 'Data',
  induk: 'Induk',
  jumlah: 'Jumlah (total)',
  rata: 'Rata-rata',
  ringkasan: 'Ringkasan',
  bagian: 'Judul bagian',
  catatan: 'Catatan / bukan tabel',
  'header-ulang': 'Header berulang',
  bantu: 'Baris bantu',
};
const JENIS_KOREKSI: Record<JenisKoreksi, string> = {
  data: 'Data biasa',
  induk: 'Induk (rincian di bawahnya)',
  jumlah: 'Jumlah (total)',
  rata: 'Rata-rata',
  bukan: 'Bukan bagian tabel',
};
const AGREGASI: Record<Agregasi, string> = {
  jumlah: 'dijumlahkan',
  rata: 'dirata-rata',
  baris: 'rumus per baris',
  tidak: 'tidak diagregasi',
};
const NILAI: Record<JenisNilai, string> = {
  uang: 'uang',
  persen: 'persen',
  hitungan: 'hitungan',
  kinerja: 'kinerja (satuan per baris)',
  nomor: 'nomor',
  kode: 'kode',
  teks: 'teks',
};
const HIERARKI: Record<SumberHierarki, string> = {
  kode: 'kode rekening',
  nomor: 'penomoran (A., 1., 1.1, I/II)',
  warna: 'warna isi sel',
  format: 'format (tebal, huruf besar, indentasi)',
  rumus: 'rumus =SUM di baris induk',
  kolom: 'kolom program/kegiatan terpisah',
  nama: 'nama baris (PROGRAM, KEGIATAN)',
  pengguna: 'ditandai pengguna',
};
const SUMBER: Record<SumberPilihan | 'workbook', string> = {
  pengaturan: 'dari pengaturan',
  mayoritas: 'mayoritas baris',
  bawaan: 'bawaan, tidak ada baris yang menentukan',
  workbook: 'tabel skala di workbook',
};
const SUMBER_POLARITAS: Record<string, string> = {
  kolom: 'kolom atau catatan polaritas',
  kata: 'kata pada nama indikator',
  bawaan: 'bawaan',
};

export const ID = {
  /** This pack's language, for messages that carry text from core (which takes a Bahasa). */
  kodeBahasa: 'id' as Bahasa,
  judul: 'Periksa SAKIP',
  subjudul: 'Capaian, realisasi anggaran, efisiensi dan predikat',
  bahasa: 'English',
  tema: 'Tema gelap',

  periksa: 'Periksa workbook',
  periksaLagi: 'Periksa lagi',
  tindakan: 'Tindakan pada workbook',
  tandai: 'Tandai',
  hapusTanda: 'Hapus tanda',
  laporan: 'Buat laporan',
  tulisPredikat: 'Tulis predikat',
  lengkapi: 'Lengkapi tabel',
  pengaturan: 'Pengaturan',
  modePredikat: 'Predikat dan isian ditulis sebagai',
  nilai: 'Nilai',
  rumusHidup: 'Rumus hidup (=SAKIP.PREDIKAT)',

  membaca: 'Membaca lembar kerja…',
  memeriksa: 'Memeriksa tabel…',
  menulis: 'Menulis ke workbook…',
  progres: 'Kemajuan',

  galatPeriksa: 'Workbook tidak dapat diperiksa',
  galatAksi: 'Tindakan tidak selesai',
  galatTakTerduga:
    'Terjadi kesalahan yang tidak terduga. Coba sekali lagi; bila tetap terjadi, simpan workbook, tutup, lalu buka kembali.',
  galatOffice: {
    ItemNotFound:
      'Lembar kerja atau sel yang dituju sudah tidak ada (mungkin diganti namanya atau dihapus). Periksa lagi.',
    AccessDenied: 'Excel tidak mengizinkan perubahan ini: lembar kerja mungkin diproteksi atau workbook hanya-baca.',
    InvalidArgument: 'Excel menolak alamat atau nilai yang dikirim. Periksa lagi workbook, lalu ulangi.',
    ResourceLimitReached:
      'Workbook terlalu besar untuk diproses sekaligus oleh Excel. Tutup aplikasi lain lalu coba lagi.',
    EditModeRequired: 'Excel sedang menyunting sel. Tekan Enter atau Esc di sel itu, lalu coba lagi.',
    GeneralException: 'Excel tidak dapat menyelesaikan permintaan ini. Coba lagi sebentar lagi.',
    InvalidSelection: 'Pilih satu rentang saja (bukan beberapa area sekaligus), lalu coba lagi.',
  } as Record<string, string>,
  tutup: 'Tutup',

  awal: 'Tekan "Periksa workbook" untuk memeriksa semua lembar kerja.',
  ringkasan: 'Ringkasan',
  tabelDitemukan: 'Tabel ditemukan',
  jumlahTabel: (n: number, jenis: JenisTabel) => `${angka(n)} tabel ${JENIS[jenis]}`,
  jumlahTingkat: (n: number, s: Severity) => `${angka(n)} ${TINGKAT_KECIL[s]}`,
  jumlahAturan: (n: number, r: RuleId) => `${ATURAN[r]}: ${angka(n)} temuan`,
  kosongJudul: 'Tidak ada yang salah',
  kosongIsi: (n: number, jenis: string) =>
    `${angka(n)} tabel diperiksa (${jenis}); semua total, capaian, penyerapan, sisa, efisiensi dan predikat konsisten.`,
  tanpaTabel: 'Tidak ada tabel capaian atau anggaran yang dikenali di workbook ini.',
  belumDihitungJudul: 'Workbook ini belum dihitung Excel',
  belumDihitungIsi:
    'Workbook disimpan tanpa hasil rumus (misalnya oleh openpyxl atau XlsxWriter). Nilai rumusnya dihitung oleh sakip-excel, dan rumus yang tidak dapat dihitungnya tidak diperiksa. Buka dan simpan di Excel dulu untuk nilai yang ditampilkan Excel, lalu periksa lagi.',

  temuan: 'Temuan',
  judulTemuan: (tampil: number, semua: number) =>
    tampil === semua ? `Temuan (${angka(semua)})` : `Temuan (${angka(tampil)} dari ${angka(semua)})`,
  daftarTemuan: 'Daftar temuan; panah atas/bawah untuk berpindah',
  filterTingkat: 'Tingkat',
  filterAturan: 'Aturan',
  semua: 'Semua',
  semuaTingkat: 'Semua tingkat',
  semuaAturan: 'Semua aturan',
  lembarKerja: 'Lembar kerja',
  sel: 'Sel',
  tertulis: 'Tertulis',
  seharusnya: 'Seharusnya',
  hitungan: 'Hitungan',
  keterangan: 'Keterangan',
  selTerkait: 'Sel terkait',
  buktiBacaan: 'Bukti pembacaan',
  buktiTabel: (ref: string, hierarki: string) => `Tabel ${ref}; hierarki dari ${hierarki}`,
  buktiKolom: (huruf: string, peran: string, bukti: string) => `kolom ${huruf}: ${peran}${bukti ? ` (${bukti})` : ''}`,
  rincianLain: (n: number) => `… dan ${angka(n)} baris lain`,
  selLain: (n: number) => `dan ${angka(n)} sel lain`,
  perbaiki: 'Perbaiki',
  perbaikiRumus: (rumus: string) => `Ganti rumus menjadi ${rumus}`,
  perbaikiNilai: (nilai: string) => `Tulis "${nilai}"`,
  diperbaiki: (sel: string) => `${sel} diperbaiki.`,
  tampilkanLagi: (n: number) => `Tampilkan ${angka(n)} temuan berikutnya`,
  terpilih: 'terpilih',

  tingkat: { error: 'Kesalahan', warning: 'Peringatan', info: 'Info' } as Record<Severity, string>,
  jenis: JENIS,
  aturan: ATURAN,

  konfirmasiTimpa: (n: number) => `${angka(n)} sel sudah berisi. Sel-sel ini akan ditimpa bila Anda memilih "Timpa":`,
  isiSekarang: 'Isi sekarang',
  isiBaru: 'Akan ditulis',
  kosong: '(kosong)',
  timpa: 'Timpa',
  kosongSaja: 'Hanya sel kosong',
  batal: 'Batal',
  tulis: 'Tulis',
  predikatDikoreksi: (n: number) =>
    `${angka(n)} baris dinilai dari capaian yang dibetulkan, bukan dari angka yang tertulis di workbook (angka itu dinyatakan salah oleh temuannya):`,
  barisDikoreksi: (sel: string, benar: number, aturan: string, selCapaian: string, tertulis: number, rumus: boolean) =>
    `${sel}: predikat untuk capaian ${formatAngka(benar, 'id', 6)} menurut temuan ${aturan} (${selCapaian} menulis ${formatAngka(tertulis, 'id', 6)})${rumus ? '; ditulis sebagai nilai, karena rumus akan menilai angka yang salah' : ''}`,
  predikatDilewati: (n: number) => `${angka(n)} baris dilewati, tidak diberi predikat:`,
  barisDilewati: (sel: string, tertulis: number, selCapaian: string) =>
    `${sel}: capaian ${formatAngka(tertulis, 'id', 6)} di ${selCapaian} salah (lihat temuannya) dan nilai benarnya tidak diketahui`,
  barisLain: (n: number) => `dan ${angka(n)} baris lain`,

  ditandai: (n: number) => `${angka(n)} sel ditandai.`,
  dihapus: (n: number) => `${angka(n)} sel dipulihkan seperti semula.`,
  laporanDibuat: 'Lembar kerja "Temuan SAKIP" dibuat.',
  ditulis: (n: number, lewat: number) =>
    `${angka(n)} sel ditulis${lewat ? `, ${angka(lewat)} sel yang sudah berisi dilewati` : ''}.`,
  tidakAdaRencana: 'Tidak ada sel kosong untuk diisi.',

  bacaan: {
    judul: 'Cara membaca tabel',
    pengantar:
      'Cara pemeriksa membaca setiap tabel: peran kolom, jenis dan tingkat baris, beserta buktinya. Pilih tabel untuk melihat dan mengoreksinya; koreksi disimpan di workbook dan pemeriksaan langsung diulang.',
    judulTabel: (n: number) => `Cara membaca tabel (${angka(n)} tabel)`,
    tanpaJudul: '(tanpa judul)',
    diperiksa: (n: number) => `Diperiksa: ${angka(n)} sel hitungan cocok`,
    tidakDiperiksa: 'Tidak diperiksa',
    dikecualikan: 'Dikecualikan',
    dikoreksi: 'Dikoreksi',
    dariPengguna: 'Dinyatakan pengguna',
    jenis: 'Jenis',
    rentang: 'Rentang',
    judulLabel: 'Judul',
    status: 'Status',
    alasan: 'Alasan',
    bagianTidakDiperiksa: 'Tidak diperiksa di tabel ini',
    hierarki: 'Hierarki dari',
    tanpaHierarki: 'tidak ada: semua baris satu tingkat',
    calon: 'Pembacaan yang ditimbang',
    skor: (s: string) => `skor ${s}`,
    dipakai: 'dipakai',
    kolom: (n: number) => `Kolom (${angka(n)})`,
    barisJudul: (n: number) => `Baris (${angka(n)})`,
    kolomKe: (huruf: string) => `Kolom ${huruf}`,
    peranKolom: (huruf: string) => `Peran kolom ${huruf}`,
    nilai: 'Nilai',
    satuan: 'Satuan',
    agregasi: 'Agregasi',
    bukti: 'Bukti',
    otomatis: (x: string) => `Otomatis: ${x}`,
    otomatisHapus: 'Otomatis (hapus koreksi)',
    barisKe: (r: number) => `Baris ${angka(r)}`,
    jenisBaris: (r: number) => `Jenis baris ${angka(r)}`,
    tingkat: (n: number) => `tingkat ${angka(n)}`,
    indukBaris: (r: number) => `induk: baris ${angka(r)}`,
    barisDitampilkan: (tampil: number, semua: number) =>
      `${angka(tampil)} dari ${angka(semua)} baris ditampilkan: baris awal, lalu setiap baris yang bukan data biasa (jumlah, induk, rata-rata, catatan, baris yang dikoreksi).`,
    semuaBaris: 'Tampilkan semua baris',
    barisBerikut: (n: number) => `Tampilkan ${angka(n)} baris berikutnya`,
    kecualikan: 'Kecualikan dari pemeriksaan',
    sertakan: 'Sertakan lagi dalam pemeriksaan',
    pilihRentang: (r: string) => `Pilih ${r} di lembar kerja`,
    peran: PERAN,
    jenisBarisNama: JENIS_BARIS,
    jenisKoreksi: JENIS_KOREKSI,
    agregasiNama: AGREGASI,
    nilaiNama: NILAI,
    hierarkiNama: HIERARKI,
    koreksiAktif: (n: number) => `Koreksi aktif (${angka(n)})`,
    tanpaKoreksi: 'Belum ada koreksi. Koreksi dibuat dari rincian setiap tabel di bawah.',
    hapus: 'Hapus',
    hapusKoreksi: (apa: string) => `Hapus koreksi: ${apa}`,
    koreksiAbaikan: (ref: string) => `${ref}: tabel dikecualikan`,
    koreksiKolom: (ref: string, huruf: string, peran: string) => `${ref}, kolom ${huruf}: ${peran}`,
    koreksiBaris: (ref: string, r: number, jenis: string) => `${ref}, baris ${angka(r)}: ${jenis}`,
    koreksiTabelBaru: (ref: string) => `${ref}: dinyatakan tabel`,
    tidakDitemukan: 'Tabelnya tidak ditemukan lagi (tata letak berubah?): koreksi ini tidak berlaku.',
    disimpan: 'Koreksi disimpan di workbook; tabel diperiksa ulang.',
    iniTabel: 'Ini tabel',
    iniTabelPengantar:
      'Tabel yang tidak dikenali: pilih atau tulis rentangnya, termasuk baris header, lalu jadikan tabel.',
    lembar: 'Lembar kerja',
    rentangMasukan: 'Rentang (mis. B4:H31)',
    pakaiPilihanExcel: 'Pakai pilihan di Excel',
    pakaiPilihanDemo: 'Pakai pilihan di pratinjau',
    jadikanTabel: 'Jadikan tabel',
    rentangSalah: 'Tulis rentang seperti B4:H31, paling sedikit dua baris (header dan satu baris isi).',
    lembarTidakAda: (nama: string) => `Lembar kerja "${nama}" tidak ada di workbook ini.`,
    tanpaPilihan: 'Belum ada rentang yang dipilih.',
    sudahAda: 'Rentang ini sudah dinyatakan tabel.',
  },

  skala: 'Skala predikat',
  paksaSkala: 'Pakai skala ini walau workbook punya tabel skala',
  metode: 'Metode efisiensi',
  otomatis: 'Otomatis (mayoritas baris)',
  simpan: 'Simpan ke workbook',
  polaritasIndikator: 'Polaritas indikator',
  otomatisPolaritas: 'Otomatis (dari nama)',
  positif: 'Positif (makin tinggi makin baik)',
  negatif: 'Negatif (makin rendah makin baik)',
  tersimpan: 'Pengaturan disimpan di workbook.',
  metodeNegatif: 'Metode capaian indikator negatif',
  negatifPengurangan: 'pengurangan: (2 × target − realisasi) / target × 100',
  negatifKebalikan: 'kebalikan: target / realisasi × 100',
  terbacaMetode: (metode: string, sumber: SumberPilihan, cocok: number, dari: number) =>
    `Dipakai: ${metode} (${SUMBER[sumber]}); cocok dengan ${angka(cocok)} dari ${angka(dari)} baris.`,
  belumTerbaca: 'Pemeriksaan terakhir tidak menemukan baris untuk metode ini.',
  periksaDulu: 'Periksa workbook dulu untuk melihat apa yang terbaca.',
  skalaDipakai: (nama: string, sumber: SumberPilihan | 'workbook') =>
    `Skala yang dipakai pemeriksaan terakhir: ${nama} (${SUMBER[sumber]}).`,
  polaritasTerbaca: (negatif: boolean, sumber: string, bukti: string, sel: string) =>
    `Terbaca ${negatif ? 'negatif' : 'positif'} (${SUMBER_POLARITAS[sumber] ?? sumber}${bukti ? `: "${bukti}"` : ''}), ${sel}`,
  polaritasDiatur: 'Diatur pengguna',

  grafikCapaian: 'Capaian per indikator (%)',
  grafikSerapan: 'Penyerapan anggaran per program (%)',
  garisTarget: 'Garis tegas: target 100 %',
  dipotong: (batas: string) => `▸ melebihi ${batas} %: batang dipotong, angkanya tetap yang sebenarnya`,

  demo: {
    judulHalaman: 'SAKIP Excel — demo peramban',
    judul: 'SAKIP Excel — demo',
    pengantar:
      'Buka workbook .xlsx atau coba salah satu contoh. Berkas tidak diunggah ke mana pun: semuanya diproses di peramban ini.',
    pilihBerkas: 'Pilih berkas .xlsx',
    contoh: 'Contoh',
    berkas: (nama: string) => `Berkas: ${nama}`,
    membacaBerkas: (nama: string) => `Membaca ${nama}…`,
    membukaWorkbook: (nama: string) => `Membuka workbook ${nama}…`,
    gagalBuka: (nama: string) => `${nama} tidak dapat dibuka`,
    mulai: 'Pilih workbook untuk mulai.',
    pratinjau: 'Pratinjau sel',
    pratinjauKosong:
      'Klik salah satu temuan: selnya tampil di sini, disorot di tengah. Pilih tabel di "Cara membaca tabel": rentangnya tampil dengan warna peran kolom.',
    wilayahTabel: (ref: string) => `Pratinjau tabel ${ref}`,
    peranDiPratinjau: 'Warna kolom menurut perannya',
    pilihanPratinjau: (ref: string) => `Dipilih: ${ref} (untuk "Ini tabel")`,
    petunjukPilih: 'Seret di atas sel untuk memilih rentang bagi "Ini tabel".',
    wilayahPratinjau: (ref: string) => `Pratinjau lembar kerja di sekitar ${ref}`,
    panel: 'Panel SAKIP',
    workbook: 'Workbook',
    unduh: 'Unduh hasil',
    unduhJudul: 'Unduh hasil',
    unduhIsi:
      'Yang diunduh: salinan workbook ini (.xlsx) dengan semua yang ditulis panel: tanda warna dan catatan di sel temuan, predikat dan isian Lengkapi tabel, lembar kerja "Temuan SAKIP" bila sudah dibuat, serta pengaturan dan koreksi cara membaca tabel (di lembar tersembunyi, dipakai lagi oleh panel dan oleh sakip periksa). Berkas asli Anda tidak diubah.',
    unduhBelumDitandai: (n: number) =>
      `${angka(n)} temuan belum ditandai di salinan. Tandai dulu agar sel-selnya berwarna dan bercatatan?`,
    unduhTandaiDulu: 'Tandai lalu unduh',
    unduhSaja: 'Unduh tanpa menandai',
    unduhSekarang: 'Unduh',
    diunduh: (nama: string) => `${nama} diunduh.`,
  },
};

export type Teks = typeof ID;
