/**
 * Bahasa Indonesia pack: every text the pane and the browser demo show. This pack defines the keys; the
 * English pack (./en.ts) must have exactly the same ones (test/pane/teks.test.ts). Numbers inside texts are
 * formatted the Indonesian way (16.843.500).
 */
import type { JenisTabel, RuleId, Severity } from '../../core/model';

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

export const ID = {
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

  ditandai: (n: number) => `${angka(n)} sel ditandai.`,
  dihapus: (n: number) => `${angka(n)} sel dipulihkan seperti semula.`,
  laporanDibuat: 'Lembar kerja "Temuan SAKIP" dibuat.',
  ditulis: (n: number, lewat: number) =>
    `${angka(n)} sel ditulis${lewat ? `, ${angka(lewat)} sel yang sudah berisi dilewati` : ''}.`,
  tidakAdaRencana: 'Tidak ada sel kosong untuk diisi.',

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
    pratinjauKosong: 'Klik salah satu temuan: selnya tampil di sini, disorot di tengah.',
    wilayahPratinjau: (ref: string) => `Pratinjau lembar kerja di sekitar ${ref}`,
    panel: 'Panel SAKIP',
    workbook: 'Workbook',
    unduh: 'Unduh hasil',
    unduhJudul: 'Unduh hasil',
    unduhIsi:
      'Yang diunduh: salinan workbook ini (.xlsx) dengan semua yang ditulis panel: tanda warna dan catatan di sel temuan, predikat dan isian Lengkapi tabel, lembar kerja "Temuan SAKIP" bila sudah dibuat. Berkas asli Anda tidak diubah.',
    unduhBelumDitandai: (n: number) =>
      `${angka(n)} temuan belum ditandai di salinan. Tandai dulu agar sel-selnya berwarna dan bercatatan?`,
    unduhTandaiDulu: 'Tandai lalu unduh',
    unduhSaja: 'Unduh tanpa menandai',
    unduhSekarang: 'Unduh',
  },
};

export type Teks = typeof ID;
