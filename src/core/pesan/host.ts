/**
 * Every message the hosts and the writers show besides the engine's findings (./aturan.ts): the report
 * sheet's headers, the notes and write plans of core/tulis, the reasons a file is not a readable workbook
 * (xlsx), the CLI's lines and the Excel adapter's notices. One pack per language, the English one typed
 * after the Indonesian one (test/core/pesan.test.ts checks keys, kinds and arities at run time too). The
 * React pane's own texts are in src/taskpane/teks.
 */
import { pesanDalam, type Bahasa, type PaketBahasa } from './bahasa';

const SIMPAN_XLSX_ID =
  'Buka di Excel lalu simpan sebagai "Buku Kerja Excel (.xlsx)", kemudian periksa berkas .xlsx itu.';
const SIMPAN_XLSX_EN = 'Open it in Excel, save it as "Excel Workbook (.xlsx)", then check that .xlsx file.';
const PERBAIKI_ID = 'Coba buka di Excel (Buka → Buka dan Perbaiki), simpan ulang, lalu periksa lagi.';
const PERBAIKI_EN = 'Try opening it in Excel (Open → Open and Repair), save it again, and check again.';

const ID = {
  // the "Temuan SAKIP" report sheet (core/laporan.ts)
  kolomNo: 'No',
  kolomAturan: 'Aturan',
  kolomPemeriksaan: 'Pemeriksaan',
  kolomTingkat: 'Tingkat',
  kolomLembar: 'Lembar',
  kolomSel: 'Sel',
  kolomPesan: 'Pesan',
  kolomTertulis: 'Tertulis',
  kolomSeharusnya: 'Seharusnya',
  kolomIndikator: 'Indikator',
  kolomCapaian: 'Capaian (%)',
  kolomPredikat: 'Predikat',
  kolomCatatan: 'Catatan',
  tingkatError: 'galat',
  tingkatWarning: 'peringatan',
  tingkatInfo: 'info',
  /** A chart row whose achievement the findings corrected (the value the workbook states, decimal comma). */
  capaianDikoreksi: (tertulis: number) => `dikoreksi: workbook menulis ${String(tertulis).replace('.', ',')}`,
  judulGrafik: 'Capaian per indikator (%)',

  // marks and write plans (core/tulis)
  perbaikan: 'Perbaikan',
  predikatTanpaNilaiBenar: (capaian: string, selCapaian: string) =>
    `Tidak diberi predikat: capaian ${capaian} di ${selCapaian} salah (lihat temuannya) dan nilai benarnya tidak diketahui`,
  predikatDikoreksi: (benar: string, aturan: string, selCapaian: string, tertulis: string, rumus: boolean) =>
    `Predikat untuk capaian ${benar}, nilai yang benar menurut temuan ${aturan} (${selCapaian} menulis ${tertulis})` +
    (rumus ? '; ditulis sebagai nilai, karena rumus akan menilai angka yang salah' : ''),
  predikatUntuk: (capaian: string, selCapaian: string) => `Predikat untuk capaian ${capaian} (${selCapaian})`,
  kolomPredikatBaru: (tabel: string) => `Kolom baru di kanan tabel ${tabel}`,

  // what is not a readable workbook (xlsx/buka.ts)
  berkasKosong: 'Berkas kosong (0 byte), bukan workbook Excel.',
  berkasTerenkripsi:
    'Workbook dilindungi kata sandi (terenkripsi). Buka di Excel, hapus kata sandinya, simpan, lalu periksa lagi.',
  berkasXls: (nama: string) =>
    `Format Excel lama (.xls) tidak didukung. Buka "${nama}" di Excel dan simpan sebagai .xlsx.`,
  berkasOds: (nama: string) =>
    `"${nama}" adalah spreadsheet OpenDocument (.ods, dari LibreOffice Calc atau OpenOffice), bukan workbook Excel. ` +
    'Di LibreOffice Calc pilih Berkas → Simpan Sebagai → "Excel 2007-365 (.xlsx)", atau buka di Excel dan simpan sebagai .xlsx.',
  berkasOpenDocument: (nama: string) =>
    `"${nama}" adalah dokumen OpenDocument, tetapi bukan spreadsheet. Salin tabelnya ke spreadsheet dan simpan sebagai .xlsx.`,
  berkasNumbers: (nama: string) =>
    `"${nama}" adalah dokumen Apple Numbers, bukan workbook Excel. Di Numbers pilih Arsip → Ekspor Ke → Excel…, lalu periksa berkas .xlsx hasilnya.`,
  berkasXlsb: (nama: string) => `"${nama}" adalah workbook biner Excel (.xlsb), yang tidak didukung. ${SIMPAN_XLSX_ID}`,
  berkasZip: (nama: string) =>
    `"${nama}" adalah arsip zip, tetapi bukan workbook Excel (tidak berisi bagian xl/workbook.xml).`,
  berkasTerpotong:
    'Workbook rusak atau terpotong: akhir arsip zip-nya tidak ada, mungkin berkas belum selesai diunduh atau disalin. Unduh atau salin ulang berkasnya.',
  berkasCsv: (nama: string) =>
    `"${nama}" adalah teks CSV (nilai dipisah koma, titik koma, atau tab), bukan workbook Excel: tidak ada rumus, format angka, atau sel gabungan untuk diperiksa. ${SIMPAN_XLSX_ID}`,
  berkasHtml: (nama: string) =>
    `"${nama}" adalah halaman HTML (banyak aplikasi mengekspor tabel begini dengan nama .xls), bukan workbook Excel. ${SIMPAN_XLSX_ID}`,
  berkasXml2003: (nama: string) => `"${nama}" adalah Lembar Kerja XML 2003, bukan workbook .xlsx. ${SIMPAN_XLSX_ID}`,
  berkasLain: 'Bukan berkas Excel .xlsx (isinya bukan arsip zip).',
  berkasTemplat: (nama: string) => `"${nama}" adalah templat Excel; simpan sebagai workbook .xlsx untuk memeriksanya.`,
  terlaluBesar: (totalMb: string, bagian: string, bagianMb: string, batasMb: number) =>
    `Workbook akan mengembang menjadi ${totalMb} MB (${bagian}: ${bagianMb} MB), melebihi batas ${batasMb} MB: ditolak agar memori aman.`,
  bagianTidakAda: (bagian: string) =>
    `Workbook rusak atau tidak lengkap: bagian ${bagian} tidak ada di dalam arsipnya.`,
  bagianRusak: (bagian: string) => `Workbook rusak atau terpotong: bagian ${bagian} tidak dapat dibaca. ${PERBAIKI_ID}`,
  workbookRusak: `Workbook rusak atau terpotong sehingga tidak dapat dibaca. ${PERBAIKI_ID}`,
  tanpaLembar: 'Workbook tidak berisi lembar kerja.',
  /** What a copy with SAKIP.* formulas shows where the add-in is not installed (xlsx/hitung.ts). */
  rumusSakip: (jumlah: number, denganHasil: number, tanpaHasil: number) =>
    `Salinan berisi ${jumlah} rumus SAKIP.*; ${denganHasil} di antaranya disimpan dengan hasil terhitung, ` +
    'sehingga Excel dan aplikasi lain tanpa add-in SAKIP menampilkan nilai itu sampai workbook dihitung ulang di sana (lalu tampil #NAME?).' +
    (tanpaHasil > 0 ? ` ${tanpaHasil} rumus tidak dapat dihitung dan tampil kosong di sana.` : ''),

  // the CLI's files (cli/berkas.ts)
  masukanTidakAda: (jalur: string) => `"${jalur}" tidak ditemukan`,
  folderTanpaWorkbook: (folder: string) => `folder "${folder}" tidak berisi workbook .xlsx/.xlsm`,
  folderTanpaWorkbookLewati: (folder: string, dilewati: number) =>
    `folder "${folder}" tidak berisi workbook .xlsx/.xlsm (${dilewati} berkas lain dilewati)`,
  berkasTidakDitemukan: (nama: string) => `"${nama}" tidak ditemukan.`,
  berkasTanpaIzin: (nama: string) => `"${nama}" tidak boleh dibaca atau ditulis oleh pengguna ini (izin berkas).`,
  berkasFolder: (nama: string) => `"${nama}" adalah folder, bukan workbook.`,
  diskPenuh: 'Disk penuh: salinan bertanda tidak dapat ditulis.',
  keluaranSamaMasukan: 'Folder keluaran sama dengan berkas masukan',
  keluaranSudahAda: (keluaran: string) => `"${keluaran}" sudah ada; pakai --timpa untuk menimpanya`,
  galatTakTerduga: 'Tidak dapat dibaca: terjadi kesalahan yang tidak terduga saat membaca atau menulis berkas ini.',

  // the CLI's report and command line (cli/laporan.ts, cli/main.ts, cli/progres.ts)
  kepalaBerkas: (berkas: string, tabel: number, temuan: number) => `${berkas} — ${tabel} tabel, ${temuan} temuan `,
  belumDiperiksa: 'Belum dapat diperiksa',
  tabelDiperiksa: (tabel: number, cocok: number) => `  ${tabel} tabel diperiksa, ${cocok} sel hitungan cocok.`,
  tanpaTemuan: '  Tidak ada temuan: semua angka yang diperiksa konsisten.',
  salinanBertanda: (keluaran: string) => `  Salinan bertanda: ${keluaran}`,
  judulDilewati: 'Dilewati (bukan workbook .xlsx/.xlsm):',
  totalCli: (workbook: number, temuan: number, gagal: number, dilewati: number) =>
    `${workbook} workbook diperiksa, ${temuan} temuan${gagal ? `, ${gagal} gagal dibaca` : ''}${dilewati ? `, ${dilewati} berkas lain dilewati` : ''}.`,
  skalaTakDikenal: (skala: string) =>
    `sakip: skala "${skala}" tidak dikenal (pakai "Permendagri 86", "baik" atau "berhasil")\n`,
  tanpaWorkbook: 'sakip: tidak ada workbook untuk diperiksa\n',
  paralelSalah: (nilai: string) => `sakip: --paralel perlu bilangan bulat ≥ 1, bukan "${nilai}"\n`,
  memeriksa: 'Memeriksa',

  // the Excel adapter's notices after an operation (excel/pesan.ts)
  lembarHilang: (lembar: string, jumlah: number, disimpan: boolean) =>
    `Lembar "${lembar}" tidak ditemukan (diganti nama atau dihapus): ${jumlah} sel tidak dipulihkan${disimpan ? '; jurnal menyimpannya, jadi kembalikan nama lembar lalu Hapus tanda lagi' : ''}.`,
  selDiubah: (jumlah: number, lembar: string, daftar: string) =>
    `${jumlah} sel di "${lembar}" sudah diubah setelah ditulis add-in dan dibiarkan: ${daftar}.`,
  selTidakPasti: (jumlah: number, lembar: string, daftar: string) =>
    `${jumlah} sel di "${lembar}" berasal dari jurnal versi lama yang tidak mencatat isi tulisan add-in; sel itu dibiarkan: ${daftar}.`,
  tanpaCatatanSel: (jumlah: number) =>
    `${jumlah} sel hanya diwarnai: versi Excel ini belum mendukung catatan sel (ExcelApi 1.18).`,

  // what this Excel build cannot do for the add-in (excel/kemampuan.ts)
  fiturFormat:
    'Format sel (tebal, indentasi, warna isi) tidak terbaca di versi Excel ini (perlu ExcelApi 1.9): hierarki yang hanya ditandai format tidak dikenali.',
  fiturGabungan:
    'Sel gabungan tidak terbaca di versi Excel ini (perlu ExcelApi 1.13): header bertingkat bisa salah terbaca.',
  fiturCatatan:
    'Catatan sel tidak tersedia di versi Excel ini (perlu ExcelApi 1.18): Tandai hanya mewarnai sel; pesan temuan ada di daftar dan di lembar laporan.',
  fiturBanyakArea:
    'Versi Excel ini tidak dapat mewarnai banyak sel sekaligus (perlu ExcelApi 1.9): Tandai lebih lambat.',
  fiturBarisTersembunyi: 'Baris tersembunyi tidak terbaca di versi Excel ini (perlu ExcelApi 1.9).',
  fiturFilter:
    'Filter otomatis tidak terbaca di versi Excel ini (perlu ExcelApi 1.9): SUBTOTAL diperiksa atas semua baris.',
};

export type PesanHost = typeof ID;

const EN: PesanHost = {
  kolomNo: 'No',
  kolomAturan: 'Rule',
  kolomPemeriksaan: 'Check',
  kolomTingkat: 'Severity',
  kolomLembar: 'Sheet',
  kolomSel: 'Cell',
  kolomPesan: 'Message',
  kolomTertulis: 'Stated',
  kolomSeharusnya: 'Expected',
  kolomIndikator: 'Indicator',
  kolomCapaian: 'Achievement (%)',
  kolomPredikat: 'Rating',
  kolomCatatan: 'Note',
  tingkatError: 'error',
  tingkatWarning: 'warning',
  tingkatInfo: 'info',
  capaianDikoreksi: (tertulis) => `corrected: the workbook states ${String(tertulis)}`,
  judulGrafik: 'Achievement per indicator (%)',

  perbaikan: 'Fix',
  predikatTanpaNilaiBenar: (capaian, selCapaian) =>
    `Not rated: the achievement ${capaian} in ${selCapaian} is wrong (see the finding) and its correct value is not known`,
  predikatDikoreksi: (benar, aturan, selCapaian, tertulis, rumus) =>
    `Rating for achievement ${benar}, the correct value per the ${aturan} finding (${selCapaian} states ${tertulis})` +
    (rumus ? '; written as a value, since a formula would rate the wrong figure' : ''),
  predikatUntuk: (capaian, selCapaian) => `Rating for achievement ${capaian} (${selCapaian})`,
  kolomPredikatBaru: (tabel) => `New column right of table ${tabel}`,

  berkasKosong: 'The file is empty (0 bytes), not an Excel workbook.',
  berkasTerenkripsi:
    'The workbook is password-protected (encrypted). Open it in Excel, remove the password, save, and check again.',
  berkasXls: (nama) => `The old Excel format (.xls) is not supported. Open "${nama}" in Excel and save it as .xlsx.`,
  berkasOds: (nama) =>
    `"${nama}" is an OpenDocument spreadsheet (.ods, from LibreOffice Calc or OpenOffice), not an Excel workbook. ` +
    'In LibreOffice Calc choose File → Save As → "Excel 2007-365 (.xlsx)", or open it in Excel and save it as .xlsx.',
  berkasOpenDocument: (nama) =>
    `"${nama}" is an OpenDocument file but not a spreadsheet. Copy its tables into a spreadsheet and save it as .xlsx.`,
  berkasNumbers: (nama) =>
    `"${nama}" is an Apple Numbers document, not an Excel workbook. In Numbers choose File → Export To → Excel…, then check the .xlsx it writes.`,
  berkasXlsb: (nama) => `"${nama}" is an Excel binary workbook (.xlsb), which is not supported. ${SIMPAN_XLSX_EN}`,
  berkasZip: (nama) => `"${nama}" is a zip archive but not an Excel workbook (it has no xl/workbook.xml part).`,
  berkasTerpotong:
    'The workbook is damaged or truncated: the end of its zip archive is missing, perhaps the file did not finish downloading or copying. Download or copy it again.',
  berkasCsv: (nama) =>
    `"${nama}" is CSV text (values separated by commas, semicolons or tabs), not an Excel workbook: it has no formulas, number formats or merged cells to check. ${SIMPAN_XLSX_EN}`,
  berkasHtml: (nama) =>
    `"${nama}" is an HTML page (many applications export tables like this under an .xls name), not an Excel workbook. ${SIMPAN_XLSX_EN}`,
  berkasXml2003: (nama) => `"${nama}" is an XML Spreadsheet 2003 file, not an .xlsx workbook. ${SIMPAN_XLSX_EN}`,
  berkasLain: 'Not an Excel .xlsx file (its content is not a zip archive).',
  berkasTemplat: (nama) => `"${nama}" is an Excel template; save it as an .xlsx workbook to check it.`,
  terlaluBesar: (totalMb, bagian, bagianMb, batasMb) =>
    `The workbook would inflate to ${totalMb} MB (${bagian}: ${bagianMb} MB), more than the ${batasMb} MB limit: refused to protect memory.`,
  bagianTidakAda: (bagian) => `The workbook is damaged or incomplete: its archive has no ${bagian} part.`,
  bagianRusak: (bagian) => `The workbook is damaged or truncated: its part ${bagian} cannot be read. ${PERBAIKI_EN}`,
  workbookRusak: `The workbook is damaged or truncated and cannot be read. ${PERBAIKI_EN}`,
  tanpaLembar: 'The workbook has no sheets.',
  rumusSakip: (jumlah, denganHasil, tanpaHasil) =>
    `The copy holds ${jumlah} SAKIP.* formula(s); ${denganHasil} are saved with their computed value as the cached result, ` +
    'so Excel and other programs without the SAKIP add-in show that value until they recalculate the workbook (then #NAME?).' +
    (tanpaHasil > 0 ? ` ${tanpaHasil} could not be computed and show no value there.` : ''),

  masukanTidakAda: (jalur) => `"${jalur}" not found`,
  folderTanpaWorkbook: (folder) => `folder "${folder}" contains no .xlsx/.xlsm workbook`,
  folderTanpaWorkbookLewati: (folder, dilewati) =>
    `folder "${folder}" contains no .xlsx/.xlsm workbook (${dilewati} other file(s) skipped)`,
  berkasTidakDitemukan: (nama) => `"${nama}" was not found.`,
  berkasTanpaIzin: (nama) => `This user may not read or write "${nama}" (file permissions).`,
  berkasFolder: (nama) => `"${nama}" is a folder, not a workbook.`,
  diskPenuh: 'The disk is full: the annotated copy cannot be written.',
  keluaranSamaMasukan: 'The output folder is the input file',
  keluaranSudahAda: (keluaran) => `"${keluaran}" already exists; use --timpa to overwrite it`,
  galatTakTerduga: 'Cannot be read: an unexpected error occurred while reading or writing this file.',

  kepalaBerkas: (berkas, tabel, temuan) => `${berkas} — ${tabel} tables, ${temuan} findings `,
  belumDiperiksa: 'Not checked',
  tabelDiperiksa: (tabel, cocok) => `  ${tabel} tables checked, ${cocok} computed cells consistent.`,
  tanpaTemuan: '  No findings: every figure checked is consistent.',
  salinanBertanda: (keluaran) => `  Annotated copy: ${keluaran}`,
  judulDilewati: 'Skipped (not .xlsx/.xlsm workbooks):',
  totalCli: (workbook, temuan, gagal, dilewati) =>
    `${workbook} workbook(s) checked, ${temuan} findings${gagal ? `, ${gagal} could not be read` : ''}${dilewati ? `, ${dilewati} other file(s) skipped` : ''}.`,
  skalaTakDikenal: (skala) => `sakip: unknown scale "${skala}" (use "Permendagri 86", "baik" or "berhasil")\n`,
  tanpaWorkbook: 'sakip: no workbook to check\n',
  paralelSalah: (nilai) => `sakip: --paralel needs a whole number ≥ 1, not "${nilai}"\n`,
  memeriksa: 'Checking',

  lembarHilang: (lembar, jumlah, disimpan) =>
    `Sheet "${lembar}" was not found (renamed or deleted): ${jumlah} cell(s) not restored${disimpan ? '; the journal keeps them, so restoring the name and removing marks again restores them' : ''}.`,
  selDiubah: (jumlah, lembar, daftar) =>
    `${jumlah} cell(s) in "${lembar}" were changed after the add-in wrote them and were left as they are: ${daftar}.`,
  selTidakPasti: (jumlah, lembar, daftar) =>
    `${jumlah} cell(s) in "${lembar}" come from an older journal that does not say what the add-in wrote; they were left as they are: ${daftar}.`,
  tanpaCatatanSel: (jumlah) =>
    `${jumlah} cell(s) marked by colour only: this Excel version has no cell notes (ExcelApi 1.18).`,

  fiturFormat:
    'Cell formatting (bold, indent, fill) cannot be read in this Excel version (needs ExcelApi 1.9): hierarchy shown only by formatting is not recognised.',
  fiturGabungan:
    'Merged cells cannot be read in this Excel version (needs ExcelApi 1.13): two-level headers may be misread.',
  fiturCatatan:
    'Cell notes are not available in this Excel version (needs ExcelApi 1.18): Mark only colours cells; the messages are in the list and the report sheet.',
  fiturBanyakArea: 'This Excel version cannot colour many cells at once (needs ExcelApi 1.9): marking is slower.',
  fiturBarisTersembunyi: 'Hidden rows cannot be read in this Excel version (needs ExcelApi 1.9).',
  fiturFilter:
    'Autofilters cannot be read in this Excel version (needs ExcelApi 1.9): SUBTOTAL is checked over all rows.',
};

export const PAKET_HOST: PaketBahasa<PesanHost> = { id: ID, en: EN };

/** The hosts' and writers' messages in a language. */
export function pesanHost(bahasa: Bahasa): PesanHost {
  return pesanDalam(PAKET_HOST, bahasa);
}
