/**
 * The engine's supporting modules, at the core level (the pane, the Excel adapter and the CLI use them too):
 * chart data, report-sheet vocabulary, settings read back from a workbook, the formula guard for text
 * written back, and the undo journal.
 */
import { dataGrafik } from '../../src/core/grafik';
import { Konteks } from '../../src/core/aturan/konteks';
import { deteksiWorkbook, periksaWorkbook } from '../../src/core/periksa';
import type { Sel, WorkbookGrid } from '../../src/core/grid';
import { PERMENDAGRI_86, SKALA_BAIK } from '../../src/core/skala';
import { judulGrafik, judulLaporan, labelTingkat, NAMA_LEMBAR_TEMUAN } from '../../src/core/laporan';
import {
  bacaPengaturan,
  opsiDariPengaturan,
  pengaturanDariTeks,
  PENGATURAN_BAWAAN,
  potongPengaturan,
  POTONG_PENGATURAN,
} from '../../src/core/pengaturan';
import { teksAman } from '../../src/core/teksAman';
import { asliPerSel, dariBaris, keBaris, EntriJurnal, LEMBAR_JURNAL, WARNA_TANDA } from '../../src/core/tulis/jurnal';

const v = (x: Sel['v']): Sel => ({ v: x });

/** A capaian table (indikator, target, realisasi, capaian) and a realisasi anggaran table with programs. */
function grid(): WorkbookGrid {
  const capaian: (Sel | null)[][] = [
    [v('No'), v('Indikator'), v('Target'), v('Realisasi'), v('Capaian')],
    [v(1), v('Persentase layanan A'), v(80), v(76), v(95)],
    [v(2), v('Persentase layanan B'), v(50), v(35), v(70)],
    [v(3), v('persentase  layanan a'), v(10), v(1), v(10)], // the same indikator again: one point only
    [v(4), v('Persentase layanan C'), v(100), v(40), v(40)],
    [v(5), v('Persentase layanan D'), v(20), v('-'), v('-')], // no value: no point
  ];
  const anggaran: (Sel | null)[][] = [
    [v('Uraian'), v('Pagu'), v('Realisasi'), v('Sisa')],
    [v('Program Pelayanan Sosial'), v(2000), v(1500), v(500)],
    [v('Kegiatan Penanganan'), v(2000), v(1500), v(500)],
    [v('Program Rehabilitasi'), v(3000), v(1000), v(2000)],
    [v('Program Kosong'), v(0), v(0), v(0)], // pagu 0: no penyerapan
    [v('Program Tanpa Realisasi'), v(1000), v('N/A'), null],
  ];
  return {
    lembar: [
      { nama: 'Capaian', baris: capaian, gabung: [] },
      { nama: 'Anggaran', baris: anggaran, gabung: [] },
    ],
  };
}

describe('dataGrafik', () => {
  test('one capaian point per indikator, with its predikat and its rank in the scale (0 = best)', () => {
    const g = grid();
    const ctx = new Konteks(g, deteksiWorkbook(g));
    const d = dataGrafik(ctx, PERMENDAGRI_86);
    expect(d.skala).toBe('Permendagri 86/2017');
    expect(d.capaian).toEqual([
      { nama: 'Persentase layanan A', nilai: 95, predikat: 'Sangat Tinggi', kode: 'ST', peringkat: 0 },
      { nama: 'Persentase layanan B', nilai: 70, predikat: 'Sedang', kode: 'S', peringkat: 2 },
      { nama: 'Persentase layanan C', nilai: 40, predikat: 'Sangat Rendah', kode: 'SR', peringkat: 4 },
    ]);
  });

  test('penyerapan per program row only, rounded to 2 decimals; pagu 0 or no realisasi gives no point', () => {
    const g = grid();
    const ctx = new Konteks(g, deteksiWorkbook(g));
    expect(dataGrafik(ctx, PERMENDAGRI_86).serapan).toEqual([
      { nama: 'Program Pelayanan Sosial', nilai: 75 },
      { nama: 'Program Rehabilitasi', nilai: 33.33 },
    ]);
  });

  test('another scale rates the same values with its own labels', () => {
    const g = grid();
    const d = dataGrafik(new Konteks(g, deteksiWorkbook(g)), SKALA_BAIK);
    expect(d.capaian.map((x) => [x.predikat, x.peringkat])).toEqual([
      ['Baik', 1],
      ['Cukup', 2],
      ['Kurang', 3],
    ]);
  });

  test('at most 30 points each, however many rows', () => {
    const baris: (Sel | null)[][] = [[v('No'), v('Indikator'), v('Target'), v('Realisasi'), v('Capaian')]];
    for (let i = 1; i <= 40; i++) baris.push([v(i), v(`Indikator nomor ${i}`), v(100), v(90), v(90)]);
    const g: WorkbookGrid = { lembar: [{ nama: 'C', baris, gabung: [] }] };
    expect(periksaWorkbook(g).grafik.capaian).toHaveLength(30);
  });
});

describe('report sheet vocabulary', () => {
  test('column titles and severity labels in both languages', () => {
    expect(NAMA_LEMBAR_TEMUAN).toBe('Temuan SAKIP');
    expect(judulLaporan('id')).toEqual([
      'No',
      'Aturan',
      'Pemeriksaan',
      'Tingkat',
      'Lembar',
      'Sel',
      'Pesan',
      'Tertulis',
      'Seharusnya',
    ]);
    expect(judulLaporan('en')).toEqual([
      'No',
      'Rule',
      'Check',
      'Severity',
      'Sheet',
      'Cell',
      'Message',
      'Stated',
      'Expected',
    ]);
    expect(judulGrafik('id')).toEqual(['Indikator', 'Capaian (%)', 'Predikat']);
    expect(judulGrafik('en')).toEqual(['Indicator', 'Achievement (%)', 'Rating']);
    expect(['error', 'warning', 'info'].map((s) => labelTingkat(s as 'error', 'id'))).toEqual([
      'galat',
      'peringatan',
      'info',
    ]);
    expect(labelTingkat('warning', 'en')).toBe('warning');
  });
});

describe('settings read back from a workbook', () => {
  test('nothing or garbage gives the defaults (a fresh copy every time)', () => {
    for (const x of [null, undefined, 42, 'teks', []]) expect(bacaPengaturan(x)).toEqual(PENGATURAN_BAWAAN);
    const a = bacaPengaturan(null);
    a.polaritas.x = 'negatif';
    expect(bacaPengaturan(null).polaritas).toEqual({});
    expect(PENGATURAN_BAWAAN.polaritas).toEqual({});
  });

  test('valid fields are kept, invalid ones fall back field by field', () => {
    const p = bacaPengaturan({
      skala: 'baik',
      paksaSkala: true,
      metodeEfisiensi: 'rasio-terbalik',
      bahasa: 'en',
      metodeNegatif: 'kebalikan',
      polaritas: { 'Angka kemiskinan': 'negatif', Lain: 'positif', Salah: 'naik' },
    });
    expect(p).toEqual({
      versi: 1,
      skala: 'baik',
      paksaSkala: true,
      metodeEfisiensi: 'rasio-terbalik',
      metodeNegatif: 'kebalikan',
      bahasa: 'en',
      polaritas: { 'Angka kemiskinan': 'negatif', Lain: 'positif' },
      koreksi: { tabel: [], tabelBaru: [] },
    });
    const q = bacaPengaturan({
      skala: 'tidak ada',
      paksaSkala: 'ya',
      metodeEfisiensi: 'rupiah',
      bahasa: 'fr',
      metodeNegatif: 'terbalik',
      polaritas: 'negatif',
    });
    expect(q).toEqual(PENGATURAN_BAWAAN);
    for (const m of ['otomatis', 'selisih', 'rasio'])
      expect(bacaPengaturan({ metodeEfisiensi: m }).metodeEfisiensi).toBe(m);
    expect(bacaPengaturan({ bahasa: 'id', paksaSkala: false }).bahasa).toBe('id');
  });

  test('what a host stored: its JSON text (in pieces under the cell limit) read back and validated; nothing or no JSON is null', () => {
    const p = { ...PENGATURAN_BAWAAN, skala: 'baik', polaritas: { 'Angka kemiskinan': 'negatif' as const } };
    expect(pengaturanDariTeks(potongPengaturan(p).join(''))).toEqual(p);
    const banyak = {
      ...p,
      polaritas: Object.fromEntries(
        Array.from({ length: 2000 }, (_, i) => [`Indikator nomor ${i}`, 'negatif' as const]),
      ),
    };
    const potong = potongPengaturan(banyak);
    expect(potong.length).toBeGreaterThan(1);
    expect(potong.every((x) => x.length <= POTONG_PENGATURAN)).toBe(true);
    expect(pengaturanDariTeks(potong.join(''))).toEqual(banyak);
    for (const x of [undefined, null, '', '{rusak', 'teks']) expect(pengaturanDariTeks(x)).toBeNull();
    expect(pengaturanDariTeks('{"skala":"tidak ada","bahasa":"en"}')).toEqual({ ...PENGATURAN_BAWAAN, bahasa: 'en' });
    expect(pengaturanDariTeks('[]')).toEqual(PENGATURAN_BAWAAN);
  });

  test('settings become check options: the named scale, forced or not, method, polarity and language', () => {
    const o = opsiDariPengaturan({
      ...PENGATURAN_BAWAAN,
      skala: 'berhasil',
      paksaSkala: true,
      metodeEfisiensi: 'selisih',
      bahasa: 'en',
      polaritas: { X: 'negatif' },
    });
    expect(o.skala?.nama).toBe('Sangat Berhasil – Kurang Berhasil');
    expect(o).toMatchObject({
      paksaSkala: true,
      metodeEfisiensi: 'selisih',
      bahasa: 'en',
      polaritas: { X: 'negatif' },
    });
    expect(opsiDariPengaturan(PENGATURAN_BAWAAN).skala).toBe(PERMENDAGRI_86);
  });
});

describe('teksAman', () => {
  test('text that Excel would read as a formula gets the hidden apostrophe; other text is unchanged', () => {
    for (const s of ['=HYPERLINK("x")', '+62 811', '-5 %', '@SUM(A1)']) expect(teksAman(s)).toBe(`'${s}`);
    for (const s of ['Sangat Tinggi', ' =spasi dulu', '', "'sudah", '1.234']) expect(teksAman(s)).toBe(s);
  });
});

describe('undo journal', () => {
  const e = (sel: string, jenis: 'tanda' | 'tulis', lama: EntriJurnal['lama']): EntriJurnal => ({
    lembar: 'Data',
    sel,
    jenis,
    lama,
  });

  test('an entry survives a round trip through a journal row', () => {
    const x = e('B2', 'tulis', { f: '=A1*2', fill: null, note: 'catatan' });
    expect(keBaris(x)).toEqual(['Data', 'B2', 'tulis', '{"f":"=A1*2","fill":null,"note":"catatan"}']);
    expect(dariBaris(keBaris(x))).toEqual(x);
    expect(LEMBAR_JURNAL).toBe('_sakip_jurnal');
  });

  test('rows that are not journal entries are refused, not guessed', () => {
    expect(dariBaris([1, 'B2', 'tanda', '{}'])).toBeNull();
    expect(dariBaris(['Data', 2, 'tanda', '{}'])).toBeNull();
    expect(dariBaris(['Data', 'B2', 'hapus', '{}'])).toBeNull();
    expect(dariBaris(['Data', 'B2', 'tanda', 5])).toBeNull();
    expect(dariBaris(['Data', 'B2', 'tanda', '{rusak'])).toBeNull();
    expect(dariBaris(['Data', 'B2', 'tanda', '{}'])).toEqual(e('B2', 'tanda', {}));
  });

  test('per cell, the oldest state of each part is the original (marked, then written, then marked again)', () => {
    const asli = asliPerSel([
      e('B2', 'tanda', { fill: null, note: null }),
      e('C3', 'tulis', { v: 'lama' }),
      e('B2', 'tulis', { v: 7, fill: { warna: WARNA_TANDA.error } }),
      { ...e('B2', 'tanda', { fill: 'x', note: 'y' }), lembar: 'Lain' },
    ]);
    expect(asli).toEqual([
      e('B2', 'tanda', { fill: null, note: null, v: 7 }),
      e('C3', 'tulis', { v: 'lama' }),
      { ...e('B2', 'tanda', { fill: 'x', note: 'y' }), lembar: 'Lain' },
    ]);
  });

  test('the merged original is a copy: the journal entries are not changed', () => {
    const a = e('B2', 'tanda', { fill: null });
    asliPerSel([a, e('B2', 'tulis', { v: 1 })]);
    expect(a.lama).toEqual({ fill: null });
  });

  test('mark colours by severity', () => {
    expect(WARNA_TANDA).toEqual({ error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' });
  });
});
