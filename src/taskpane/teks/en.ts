/** English pack: the same keys as the Indonesian one (./id.ts), checked by test/pane/teks.test.ts. */
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
import type { SumberPilihan } from '../../core/aturan/konteks';
import type { Teks } from './id';
import { labelSemuaAturan } from '../../core/aturan/meta';
import { formatAngka } from '../format';

const angka = (n: number): string => formatAngka(n, 'en');
const jamak = (n: number, satu: string, banyak: string) => `${angka(n)} ${n === 1 ? satu : banyak}`;

const JENIS: Record<JenisTabel, string> = {
  capaian: 'performance',
  anggaran: 'budget',
  efisiensi: 'efficiency',
  skala: 'scale',
  lain: 'other (unsure)',
};
const TINGKAT_KECIL: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};
/** Rule labels from the rule registry: the report sheet shows the same ones. */
const ATURAN: Record<RuleId, string> = labelSemuaAturan('en');

const PERAN: Record<Peran, string> = {
  no: 'Number',
  kode: 'Account code',
  uraian: 'Description (programme/activity)',
  sasaran: 'Objective / goal',
  indikator: 'Indicator',
  satuan: 'Unit',
  polaritas: 'Polarity',
  target: 'Target',
  realisasi: 'Performance realisation',
  capaian: 'Achievement (%)',
  pagu: 'Budget ceiling (Rp)',
  'realisasi-anggaran': 'Budget realisation (Rp)',
  penyerapan: 'Absorption (%)',
  sisa: 'Remaining budget (Rp)',
  efisiensi: 'Efficiency',
  predikat: 'Rating',
  interval: 'Scale interval',
  'jumlah-kolom': 'Sum of the columns to its left',
  bulan: 'Budget per month',
  perubahan: 'Revision (difference)',
  'persen-perubahan': 'Revision (%)',
  'persen-sisa': 'Remaining (%)',
  bobot: 'Weight (%)',
  kemajuan: 'Progress (%)',
  'realisasi-persen': 'Realisation (%)',
  angka: 'Other figure',
  teks: 'Text (not checked)',
};
const JENIS_BARIS: Record<JenisBaris | 'induk', string> = {
  data: 'Data',
  induk: 'Parent',
  jumlah: 'Total',
  rata: 'Average',
  ringkasan: 'Summary',
  bagian: 'Section heading',
  catatan: 'Note / not in the table',
  'header-ulang': 'Repeated header',
  bantu: 'Helper row',
};
const JENIS_KOREKSI: Record<JenisKoreksi, string> = {
  data: 'Plain data',
  induk: 'Parent (of the rows under it)',
  jumlah: 'Total',
  rata: 'Average',
  bukan: 'Not part of the table',
};
const AGREGASI: Record<Agregasi, string> = {
  jumlah: 'summed',
  rata: 'averaged',
  baris: 'a formula per row',
  tidak: 'not aggregated',
};
const NILAI: Record<JenisNilai, string> = {
  uang: 'money',
  persen: 'percent',
  hitungan: 'count',
  kinerja: 'performance (unit per row)',
  nomor: 'number',
  kode: 'code',
  teks: 'text',
};
const HIERARKI: Record<SumberHierarki, string> = {
  kode: 'account codes',
  nomor: 'numbering (A., 1., 1.1, I/II)',
  warna: 'cell fill colour',
  format: 'formatting (bold, capitals, indent)',
  rumus: '=SUM formulas on parent rows',
  kolom: 'separate programme/activity columns',
  nama: 'row names (PROGRAM, KEGIATAN)',
  pengguna: 'marked by the user',
};
const SUMBER: Record<SumberPilihan | 'workbook', string> = {
  pengaturan: 'from the settings',
  mayoritas: 'majority of rows',
  bawaan: 'default, no row decides',
  workbook: "the workbook's scale table",
};
const SUMBER_POLARITAS: Record<string, string> = {
  kolom: 'polarity column or note',
  kata: "a word in the indicator's name",
  bawaan: 'default',
};

export const EN: Teks = {
  judul: 'SAKIP check',
  subjudul: 'Achievement, budget realisation, efficiency and ratings',
  bahasa: 'Bahasa Indonesia',
  tema: 'Dark theme',

  periksa: 'Check workbook',
  periksaLagi: 'Check again',
  tindakan: 'Workbook actions',
  tandai: 'Mark',
  hapusTanda: 'Remove marks',
  laporan: 'Create report',
  tulisPredikat: 'Write ratings',
  lengkapi: 'Complete tables',
  pengaturan: 'Settings',
  modePredikat: 'Ratings and completed cells are written as',
  nilai: 'Values',
  rumusHidup: 'Live formulas (=SAKIP.PREDIKAT)',

  membaca: 'Reading worksheets…',
  memeriksa: 'Checking tables…',
  menulis: 'Writing to the workbook…',
  progres: 'Progress',

  galatPeriksa: 'The workbook could not be checked',
  galatAksi: 'The action did not finish',
  galatTakTerduga:
    'Something unexpected went wrong. Try once more; if it happens again, save the workbook, close it and open it again.',
  galatOffice: {
    ItemNotFound: 'The sheet or cell is no longer there (it may have been renamed or deleted). Check again.',
    AccessDenied: 'Excel does not allow this change: the sheet may be protected or the workbook read-only.',
    InvalidArgument: 'Excel refused the address or value sent. Check the workbook again, then retry.',
    ResourceLimitReached: 'The workbook is too large for Excel to process at once. Close other applications and retry.',
    EditModeRequired: 'Excel is editing a cell. Press Enter or Esc in that cell, then try again.',
    GeneralException: 'Excel could not complete this request. Try again in a moment.',
    InvalidSelection: 'Select a single range (not several areas at once), then try again.',
  },
  tutup: 'Close',

  awal: 'Press "Check workbook" to check every worksheet.',
  ringkasan: 'Summary',
  tabelDitemukan: 'Tables found',
  jumlahTabel: (n, jenis) => `${jamak(n, 'table', 'tables')} ${JENIS[jenis]}`,
  jumlahTingkat: (n, s) => jamak(n, ...TINGKAT_KECIL[s]),
  jumlahAturan: (n, r) => `${ATURAN[r]}: ${jamak(n, 'finding', 'findings')}`,
  kosongJudul: 'Nothing is wrong',
  kosongIsi: (n, jenis) =>
    `${jamak(n, 'table', 'tables')} checked (${jenis}); every total, achievement, absorption, remaining budget, efficiency and rating is consistent.`,
  tanpaTabel: 'No performance or budget table was recognised in this workbook.',
  belumDihitungJudul: 'This workbook has not been calculated by Excel',
  belumDihitungIsi:
    'The workbook was saved without formula results (by openpyxl or XlsxWriter, for example). sakip-excel computed its formulas itself and did not check those it cannot compute. Open and save it in Excel first for the values Excel shows, then check again.',

  temuan: 'Findings',
  judulTemuan: (tampil, semua) =>
    tampil === semua ? `Findings (${angka(semua)})` : `Findings (${angka(tampil)} of ${angka(semua)})`,
  daftarTemuan: 'Findings list; up/down arrows to move',
  filterTingkat: 'Severity',
  filterAturan: 'Rule',
  semua: 'All',
  semuaTingkat: 'All severities',
  semuaAturan: 'All rules',
  lembarKerja: 'Worksheet',
  sel: 'Cell',
  tertulis: 'Stated',
  seharusnya: 'Expected',
  hitungan: 'Arithmetic',
  keterangan: 'Details',
  selTerkait: 'Related cells',
  rincianLain: (n) => `… and ${jamak(n, 'other row', 'other rows')}`,
  selLain: (n) => `and ${jamak(n, 'other cell', 'other cells')}`,
  perbaiki: 'Fix',
  perbaikiRumus: (rumus) => `Replace the formula with ${rumus}`,
  perbaikiNilai: (nilai) => `Write "${nilai}"`,
  diperbaiki: (sel) => `${sel} fixed.`,
  tampilkanLagi: (n) => `Show the next ${jamak(n, 'finding', 'findings')}`,
  terpilih: 'selected',

  tingkat: { error: 'Error', warning: 'Warning', info: 'Info' },
  jenis: JENIS,
  aturan: ATURAN,

  konfirmasiTimpa: (n) =>
    `${jamak(n, 'cell is', 'cells are')} not empty. ${n === 1 ? 'It is' : 'They are'} overwritten if you choose "Overwrite":`,
  isiSekarang: 'Holds now',
  isiBaru: 'Will be written',
  kosong: '(empty)',
  timpa: 'Overwrite',
  kosongSaja: 'Empty cells only',
  batal: 'Cancel',
  tulis: 'Write',
  predikatDikoreksi: (n) =>
    `${jamak(n, 'row is', 'rows are')} rated by the corrected achievement, not by the figure in the workbook (its finding says that figure is wrong):`,
  barisDikoreksi: (sel, benar, aturan, selCapaian, tertulis, rumus) =>
    `${sel}: rating for achievement ${formatAngka(benar, 'en', 6)} per the ${aturan} finding (${selCapaian} states ${formatAngka(tertulis, 'en', 6)})${rumus ? '; written as a value, since a formula would rate the wrong figure' : ''}`,
  predikatDilewati: (n) => `${jamak(n, 'row is', 'rows are')} skipped, not rated:`,
  barisDilewati: (sel, tertulis, selCapaian) =>
    `${sel}: the achievement ${formatAngka(tertulis, 'en', 6)} in ${selCapaian} is wrong (see the finding) and its correct value is not known`,
  barisLain: (n) => `and ${jamak(n, 'other row', 'other rows')}`,

  ditandai: (n) => `${jamak(n, 'cell', 'cells')} marked.`,
  dihapus: (n) => `${jamak(n, 'cell', 'cells')} restored as they were.`,
  laporanDibuat: 'Worksheet "Temuan SAKIP" created.',
  ditulis: (n, lewat) =>
    `${jamak(n, 'cell', 'cells')} written${lewat ? `, ${jamak(lewat, 'non-empty cell', 'non-empty cells')} skipped` : ''}.`,
  tidakAdaRencana: 'No empty cell to fill.',

  bacaan: {
    judul: 'How each table was read',
    pengantar:
      "How the checker read each table: each column's role, each row's kind and level, with the evidence. Choose a table to see and correct it; corrections are saved in the workbook and the check runs again at once.",
    judulTabel: (n) => `How each table was read (${jamak(n, 'table', 'tables')})`,
    tanpaJudul: '(no title)',
    diperiksa: (n) => `Checked: ${jamak(n, 'computed cell agrees', 'computed cells agree')}`,
    tidakDiperiksa: 'Not checked',
    dikecualikan: 'Left out',
    dikoreksi: 'Corrected',
    dariPengguna: 'Declared by the user',
    jenis: 'Kind',
    rentang: 'Range',
    judulLabel: 'Title',
    status: 'Status',
    alasan: 'Reason',
    bagianTidakDiperiksa: 'Not checked in this table',
    hierarki: 'Hierarchy from',
    tanpaHierarki: 'none: all rows on one level',
    calon: 'Readings considered',
    skor: (s) => `score ${s}`,
    dipakai: 'used',
    kolom: (n) => `Columns (${angka(n)})`,
    barisJudul: (n) => `Rows (${angka(n)})`,
    kolomKe: (huruf) => `Column ${huruf}`,
    peranKolom: (huruf) => `Role of column ${huruf}`,
    nilai: 'Values',
    satuan: 'Unit',
    agregasi: 'Aggregation',
    bukti: 'Evidence',
    otomatis: (x) => `Automatic: ${x}`,
    otomatisHapus: 'Automatic (remove the correction)',
    barisKe: (r) => `Row ${angka(r)}`,
    jenisBaris: (r) => `Kind of row ${angka(r)}`,
    tingkat: (n) => `level ${angka(n)}`,
    indukBaris: (r) => `parent: row ${angka(r)}`,
    barisDitampilkan: (tampil, semua) =>
      `${angka(tampil)} of ${jamak(semua, 'row', 'rows')} shown: the first rows, then every row that is not plain data (totals, parents, averages, notes, corrected rows).`,
    semuaBaris: 'Show all rows',
    barisBerikut: (n) => `Show the next ${jamak(n, 'row', 'rows')}`,
    kecualikan: 'Leave out of the check',
    sertakan: 'Include in the check again',
    pilihRentang: (r) => `Select ${r} in the worksheet`,
    peran: PERAN,
    jenisBarisNama: JENIS_BARIS,
    jenisKoreksi: JENIS_KOREKSI,
    agregasiNama: AGREGASI,
    nilaiNama: NILAI,
    hierarkiNama: HIERARKI,
    koreksiAktif: (n) => `Active corrections (${angka(n)})`,
    tanpaKoreksi: "No corrections yet. Corrections are made from each table's details below.",
    hapus: 'Remove',
    hapusKoreksi: (apa) => `Remove correction: ${apa}`,
    koreksiAbaikan: (ref) => `${ref}: table left out`,
    koreksiKolom: (ref, huruf, peran) => `${ref}, column ${huruf}: ${peran}`,
    koreksiBaris: (ref, r, jenis) => `${ref}, row ${angka(r)}: ${jenis}`,
    koreksiTabelBaru: (ref) => `${ref}: declared a table`,
    tidakDitemukan: 'Its table is no longer found (did the layout change?): this correction does not apply.',
    disimpan: 'Correction saved in the workbook; tables checked again.',
    iniTabel: 'This is a table',
    iniTabelPengantar:
      'A table that was not recognised: select or type its range, header rows included, then declare it a table.',
    lembar: 'Worksheet',
    rentangMasukan: 'Range (e.g. B4:H31)',
    pakaiPilihanExcel: 'Use the selection in Excel',
    pakaiPilihanDemo: 'Use the selection in the preview',
    jadikanTabel: 'Declare a table',
    rentangSalah: 'Type a range like B4:H31, at least two rows (a header and one row of data).',
    lembarTidakAda: (nama) => `The workbook has no worksheet "${nama}".`,
    tanpaPilihan: 'No range is selected yet.',
    sudahAda: 'This range is already declared a table.',
  },

  skala: 'Rating scale',
  paksaSkala: 'Use this scale even if the workbook has a scale table',
  metode: 'Efficiency method',
  otomatis: 'Automatic (majority of rows)',
  simpan: 'Save to workbook',
  polaritasIndikator: 'Indicator polarity',
  otomatisPolaritas: 'Automatic (from the name)',
  positif: 'Positive (higher is better)',
  negatif: 'Negative (lower is better)',
  tersimpan: 'Settings saved in the workbook.',
  metodeNegatif: 'Achievement method for negative indicators',
  negatifPengurangan: 'pengurangan: (2 × target − realisation) / target × 100',
  negatifKebalikan: 'kebalikan: target / realisation × 100',
  terbacaMetode: (metode, sumber, cocok, dari) =>
    `Used: ${metode} (${SUMBER[sumber]}); agrees with ${angka(cocok)} of ${jamak(dari, 'row', 'rows')}.`,
  belumTerbaca: 'The last check found no rows for this method.',
  periksaDulu: 'Check the workbook first to see what was inferred.',
  skalaDipakai: (nama, sumber) => `Scale used by the last check: ${nama} (${SUMBER[sumber]}).`,
  polaritasTerbaca: (negatif, sumber, bukti, sel) =>
    `Read as ${negatif ? 'negative' : 'positive'} (${SUMBER_POLARITAS[sumber] ?? sumber}${bukti ? `: "${bukti}"` : ''}), ${sel}`,
  polaritasDiatur: 'Set by the user',

  grafikCapaian: 'Achievement per indicator (%)',
  grafikSerapan: 'Budget absorption per program (%)',
  garisTarget: 'Solid line: target 100 %',
  dipotong: (batas) => `▸ above ${batas} %: bar cut short, the figure is the real one`,

  demo: {
    judulHalaman: 'SAKIP Excel — browser demo',
    judul: 'SAKIP Excel — demo',
    pengantar:
      'Open an .xlsx workbook or try one of the samples. Nothing is uploaded: everything is processed in this browser.',
    pilihBerkas: 'Choose an .xlsx file',
    contoh: 'Samples',
    berkas: (nama) => `File: ${nama}`,
    membacaBerkas: (nama) => `Reading ${nama}…`,
    membukaWorkbook: (nama) => `Opening workbook ${nama}…`,
    gagalBuka: (nama) => `${nama} could not be opened`,
    mulai: 'Choose a workbook to start.',
    pratinjau: 'Cell preview',
    pratinjauKosong:
      'Click a finding: its cell shows here, highlighted in the middle. Choose a table under "How each table was read": its range shows with its column roles in colour.',
    wilayahTabel: (ref) => `Preview of table ${ref}`,
    peranDiPratinjau: 'Column colours by role',
    pilihanPratinjau: (ref) => `Selected: ${ref} (for "This is a table")`,
    petunjukPilih: 'Drag over cells to select a range for "This is a table".',
    wilayahPratinjau: (ref) => `Worksheet preview around ${ref}`,
    panel: 'SAKIP pane',
    workbook: 'Workbook',
    unduh: 'Download result',
    unduhJudul: 'Download result',
    unduhIsi:
      'What you download: a copy of this workbook (.xlsx) with everything the pane wrote: colour marks and notes on finding cells, ratings and completed cells, the "Temuan SAKIP" worksheet if you created it, and the settings and corrections of how tables are read (on a hidden sheet, used again by the pane and by sakip periksa). Your original file is not changed.',
    unduhBelumDitandai: (n) =>
      `${jamak(n, 'finding is', 'findings are')} not marked in the copy yet. Mark them first so their cells are coloured and annotated?`,
    unduhTandaiDulu: 'Mark, then download',
    unduhSaja: 'Download without marking',
    unduhSekarang: 'Download',
  },
};
