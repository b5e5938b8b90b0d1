/** English pack: the same keys as the Indonesian one (./id.ts), checked by test/pane/teks.test.ts. */
import type { JenisTabel, RuleId, Severity } from '../../core/model';
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

  ditandai: (n) => `${jamak(n, 'cell', 'cells')} marked.`,
  dihapus: (n) => `${jamak(n, 'cell', 'cells')} restored as they were.`,
  laporanDibuat: 'Worksheet "Temuan SAKIP" created.',
  ditulis: (n, lewat) =>
    `${jamak(n, 'cell', 'cells')} written${lewat ? `, ${jamak(lewat, 'non-empty cell', 'non-empty cells')} skipped` : ''}.`,
  tidakAdaRencana: 'No empty cell to fill.',

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
    pratinjauKosong: 'Click a finding: its cell shows here, highlighted in the middle.',
    wilayahPratinjau: (ref) => `Worksheet preview around ${ref}`,
    panel: 'SAKIP pane',
    workbook: 'Workbook',
    unduh: 'Download result',
    unduhJudul: 'Download result',
    unduhIsi:
      'What you download: a copy of this workbook (.xlsx) with everything the pane wrote: colour marks and notes on finding cells, ratings and completed cells, and the "Temuan SAKIP" worksheet if you created it. Your original file is not changed.',
    unduhBelumDitandai: (n) =>
      `${jamak(n, 'finding is', 'findings are')} not marked in the copy yet. Mark them first so their cells are coloured and annotated?`,
    unduhTandaiDulu: 'Mark, then download',
    unduhSaja: 'Download without marking',
    unduhSekarang: 'Download',
  },
};
