/**
 * The user's corrections to the reading: a column's role, a row's kind, parents marked by hand, a table left
 * out, a range declared a table. Each changes what is checked, and only that.
 */
import type { Sel, WorkbookGrid } from '../../src/core/grid';
import { periksaWorkbook } from '../../src/core/periksa';
import { bacaKoreksi, ubahKoreksi, type Koreksi } from '../../src/core/koreksi';
import { bacaPengaturan, opsiDariPengaturan } from '../../src/core/pengaturan';

const n = (v: Sel['v']): Sel => ({ v });

function grid(rows: (string | number | null)[][]): WorkbookGrid {
  return { lembar: [{ nama: 'S', baris: rows.map((r) => r.map((v) => (v === null ? null : n(v)))), gabung: [] }] };
}

const galat = (g: WorkbookGrid, koreksi?: Koreksi) =>
  periksaWorkbook(g, koreksi ? { koreksi } : {})
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule} ${f.cell}`);

const k = (tabel: Koreksi['tabel'], tabelBaru: Koreksi['tabelBaru'] = []): Koreksi => ({ tabel, tabelBaru });

describe('stored corrections are validated', () => {
  test('well-formed entries are kept, anything else is dropped', () => {
    const x = bacaKoreksi({
      tabel: [
        {
          lembar: 'S',
          sel: 'A1',
          kolom: { C: 'pagu', D: 'bukan-peran', c: 'pagu' },
          baris: { '5': 'induk', x: 'data' },
        },
        { lembar: 'S', sel: 'A0', abaikan: true },
        { lembar: 'S', sel: 'B2' },
        { lembar: 3, sel: 'A1', abaikan: true },
        { lembar: 'T', sel: 'B3', abaikan: true },
      ],
      tabelBaru: [
        { lembar: 'S', rentang: 'A1:D9' },
        { lembar: 'S', rentang: 'nope' },
        { lembar: 'S', rentang: 'A1:D1' },
      ],
    });
    expect(x).toEqual({
      tabel: [
        { lembar: 'S', sel: 'A1', kolom: { C: 'pagu' }, baris: { '5': 'induk' } },
        { lembar: 'T', sel: 'B3', abaikan: true },
      ],
      tabelBaru: [{ lembar: 'S', rentang: 'A1:D9' }],
    });
    expect(bacaKoreksi('rusak')).toEqual({ tabel: [], tabelBaru: [] });
  });

  test('settings carry the corrections into the check options, and an emptied entry is removed', () => {
    const p = bacaPengaturan({ koreksi: { tabel: [{ lembar: 'S', sel: 'A1', abaikan: true }] } });
    expect(opsiDariPengaturan(p).koreksi).toEqual({
      tabel: [{ lembar: 'S', sel: 'A1', abaikan: true }],
      tabelBaru: [],
    });
    expect(opsiDariPengaturan(bacaPengaturan({})).koreksi).toBeUndefined();
    const lagi = ubahKoreksi(p.koreksi, 'S', 'A1', (x) => ({ ...x, abaikan: undefined }));
    expect(lagi.tabel).toEqual([]);
  });
});

describe('corrections change the reading', () => {
  const anggaran = [
    ['Uraian', 'Pagu', 'Realisasi', 'Sisa'],
    ['Program A', 1000, 400, 600],
    ['Program B', 500, 500, 0],
    ['Program C', 800, 200, 600],
    ['JUMLAH', 2300, 1100, 1250],
  ];

  test('a table left out is listed with the reason and not checked', () => {
    expect(galat(grid(anggaran))).toEqual(['jumlah D5', 'sisa D5']);
    const h = periksaWorkbook(grid(anggaran), { koreksi: k([{ lembar: 'S', sel: 'A1', abaikan: true }]) });
    expect(h.findings).toEqual([]);
    expect(h.tables[0]).toMatchObject({ checked: false, reason: 'dikecualikan dari pemeriksaan oleh pengguna' });
  });

  test('a row the user says is not part of the table is not summed', () => {
    const rapat = [
      ['Uraian', 'Pagu', 'Realisasi', 'Sisa'],
      ['Penyediaan jasa kebersihan', 1000, 400, 600],
      ['Penyediaan alat tulis', 500, 500, 0],
      ['Pemeliharaan kendaraan', 800, 200, 600],
    ];
    const g = grid([...rapat, ['Dana cadangan di luar pagu', 50, null, null], ['JUMLAH', 2300, 1100, 1200]]);
    expect(galat(g)).toContain('jumlah B6');
    expect(galat(g, k([{ lembar: 'S', sel: 'A1', baris: { '5': 'bukan' } }]))).toEqual([]);
  });

  test('a column the user says is text is not checked', () => {
    expect(galat(grid(anggaran), k([{ lembar: 'S', sel: 'A1', kolom: { D: 'teks' } }]))).toEqual([]);
  });

  test('an unlabelled row the user marks as a total is checked as one', () => {
    const g = grid([...anggaran.slice(0, 4), ['Lain-lain', 2400, 1100, 1300]]);
    expect(galat(g)).toEqual([]);
    // the typed pagu total is off by 100, and so the sisa computed against it
    expect(galat(g, k([{ lembar: 'S', sel: 'A1', baris: { '5': 'jumlah' } }]))).toEqual(['jumlah B5', 'jumlah D5']);
  });

  test('parents marked by hand take the rows under them, up to the next parent', () => {
    const g = grid([
      ['Uraian', 'Pagu', 'Realisasi'],
      ['Urusan satu', 300, 100],
      ['Kegiatan a', 100, 50],
      ['Kegiatan b', 200, 50],
      ['Urusan dua', 90, 40],
      ['Kegiatan c', 50, 20],
      ['Kegiatan d', 50, 20],
    ]);
    const koreksi = k([{ lembar: 'S', sel: 'A1', baris: { '2': 'induk', '5': 'induk' } }]);
    const h = periksaWorkbook(g, { koreksi });
    expect(h.tabel[0].hierarki).toBe('pengguna');
    expect(galat(g, koreksi)).toEqual(['jumlah B5']);
  });

  test('a range the user declares a table is read as one, even where the reader saw no header', () => {
    const rows = [
      ['Laporan triwulan', null, null, null],
      [null, null, null, null],
      ['Kegiatan', 'Dana', 'Terpakai', 'Selisih'],
      ['Rapat', 1000, 400, 600],
      ['Survei', 500, 500, 0],
      ['Pelatihan', 800, 200, 500],
    ];
    const g = grid(rows);
    const koreksi = k(
      [{ lembar: 'S', sel: 'A3', kolom: { B: 'pagu', C: 'realisasi-anggaran', D: 'sisa' } }],
      [{ lembar: 'S', rentang: 'A3:D6' }],
    );
    const h = periksaWorkbook(g, { koreksi });
    expect(h.tables.map((t) => t.range)).toEqual(['A3:D6']);
    expect(galat(g, koreksi)).toEqual(['sisa D6']);
  });
});
