/**
 * "Cara membaca tabel" and the corrections made from it, over a recording Host: what each table shows is
 * what the engine read (compared with the engine's own result, not with today's numbers), opening a table
 * selects its range, a long table is paged, and each correction changes what is checked: a table left out
 * loses its findings and says "Dikecualikan", a column made text loses its findings, a row marked as a total
 * gets its arithmetic checked, a row that is not part of the table is not summed, parents marked by hand,
 * "Ini tabel" on a typed or selected range. Every correction is saved through the host and listed with
 * "Hapus"; a correction whose table is gone says so. The settings show what was inferred.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { Sel, WorkbookGrid } from '../../src/core/grid';
import { alamatRentang, namaKolom } from '../../src/core/grid';
import { PENGATURAN_BAWAAN, type Pengaturan } from '../../src/core/pengaturan';
import { PemeriksaLatar } from '../../src/taskpane/periksaLatar';
import { jalankanPemeriksaan } from '../../src/taskpane/pemeriksaan';
import { teks } from '../../src/taskpane/teks';
import { HostRekam } from '../helpers/hostRekam';
import { gridSampel } from '../helpers/sampel';

jest.setTimeout(60000);

const diSini = () => new PemeriksaLatar({ buatPekerja: () => null });
const katalog = teks('id');

function grid(rows: (string | number | null)[][], nama = 'S'): WorkbookGrid {
  return {
    lembar: [
      {
        nama,
        baris: rows.map((r) => r.map((v): Sel | null => (v === null ? null : { v }))),
        gabung: [],
      },
    ],
  };
}

const ANGGARAN = [
  ['Uraian', 'Pagu', 'Realisasi', 'Sisa'],
  ['Program A', 1000, 400, 600],
  ['Program B', 500, 500, 0],
  ['Program C', 800, 200, 600],
  ['JUMLAH', 2300, 1100, 1250],
];

function tombol(teks: string | RegExp): HTMLElement {
  return screen.getByText(teks, { selector: 'button, button *' }).closest('button')!;
}
function temuan(): HTMLElement[] {
  const daftar = screen.queryByTestId('daftar-temuan');
  return daftar ? [...daftar.querySelectorAll<HTMLElement>('button[data-sel]')] : [];
}
const selTemuan = () => temuan().map((b) => `${b.dataset.aturan} ${b.dataset.sel}`);
function itemTabel(id: string): HTMLElement {
  return document.querySelector<HTMLElement>(`[data-testid="tabel-dibaca"][data-tabel="${id}"]`)!;
}
function kepala(id: string): HTMLElement {
  return itemTabel(id).querySelector<HTMLElement>('button')!;
}
function pilihan(label: string): HTMLSelectElement {
  const select = document.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`);
  if (!select) throw new Error(`tidak ada pilihan "${label}"`);
  return select;
}
async function periksa(): Promise<void> {
  fireEvent.click(tombol(/^Periksa (workbook|lagi)$/));
  await screen.findByText('Ringkasan', { selector: 'h2' });
}
async function buka(id: string): Promise<HTMLElement> {
  fireEvent.click(kepala(id));
  return within(itemTabel(id)).findByTestId('rincian-tabel');
}
/** A correction ran: saved, checked again, announced. */
async function setelahKoreksi(host: HostRekam, kali: number): Promise<Pengaturan> {
  await waitFor(() => expect(host.disimpan).toHaveLength(kali));
  await screen.findByText(katalog.bacaan.disimpan);
  return host.disimpan[kali - 1];
}

test('every table as the engine read it: kind, range, title, checked or why not; opening one selects its range', async () => {
  const grid = await gridSampel('lumajang-2024-tw1.xlsx');
  const host = new HostRekam(async () => grid);
  render(<App host={host} pemeriksa={diSini()} />);
  await periksa();
  const hasil = jalankanPemeriksaan(grid, PENGATURAN_BAWAAN, 'id');
  expect(screen.getByText(katalog.bacaan.judulTabel(hasil.tabel.length), { selector: 'h2' })).toBeInTheDocument();
  expect(screen.getAllByTestId('tabel-dibaca')).toHaveLength(hasil.tabel.length);
  hasil.tabel.forEach((tabel, indeks) => {
    const header = kepala(tabel.id);
    const ringkasan = hasil.tables[indeks];
    expect(header).toHaveAttribute('aria-expanded', 'false');
    expect(header).toHaveTextContent(`${tabel.lembar}!${alamatRentang(tabel.rentang)} · ${katalog.jenis[tabel.jenis]}`);
    expect(header).toHaveTextContent(
      ringkasan.checked ? katalog.bacaan.diperiksa(ringkasan.verified!) : katalog.bacaan.tidakDiperiksa,
    );
  });

  // a table read with a hierarchy: the source, the readings considered with their scores, every column
  const tabel = hasil.tabel.find((x) => x.hierarki && (x.calonHierarki?.length ?? 0) > 1)!;
  const rincian = await buka(tabel.id);
  expect(kepala(tabel.id)).toHaveAttribute('aria-expanded', 'true');
  await waitFor(() => expect(host.panggilan).toContain(`rentang ${tabel.lembar}!${alamatRentang(tabel.rentang)}`));
  expect(within(rincian).getByTestId('hierarki')).toHaveTextContent(katalog.bacaan.hierarkiNama[tabel.hierarki!]);
  const calon = within(rincian).getByTestId('calon-hierarki');
  for (const bacaan of tabel.calonHierarki!)
    expect(calon).toHaveTextContent(katalog.bacaan.hierarkiNama[bacaan.sumber]);
  expect(calon).toHaveTextContent(/skor \d+(,\d)?/);
  expect(calon).toHaveTextContent(katalog.bacaan.dipakai);
  expect(rincian.querySelectorAll('li[data-kolom]')).toHaveLength(tabel.kolom.length);
  for (const kolom of tabel.kolom) {
    const huruf = namaKolom(kolom.c);
    const peran = pilihan(katalog.bacaan.peranKolom(huruf));
    expect(peran.value).toBe('');
    expect(peran.selectedOptions[0].textContent).toBe(katalog.bacaan.otomatis(katalog.bacaan.peran[kolom.peran]));
    const li = rincian.querySelector(`li[data-kolom="${huruf}"]`)!;
    if (kolom.agregasi) expect(li).toHaveTextContent(katalog.bacaan.agregasiNama[kolom.agregasi]);
    if (kolom.bukti?.length) expect(li).toHaveTextContent(kolom.bukti[0]);
  }
  // rows: kind and level; a parent row is named "Induk", its children point at it
  const anak = tabel.baris.find((x) => x.induk !== null && x.induk !== undefined)!;
  const liAnak = rincian.querySelector(`li[data-baris="${anak.r + 1}"]`)!;
  expect(liAnak).toHaveTextContent(katalog.bacaan.indukBaris(anak.induk! + 1));
  expect(rincian.querySelector(`li[data-baris="${anak.induk! + 1}"]`)).toHaveAttribute('data-jenis', 'induk');

  // a table that was not checked says why; a checked one lists what it left unchecked
  const tidak = hasil.tables.findIndex((x) => !x.checked);
  expect(tidak).toBeGreaterThanOrEqual(0);
  await buka(hasil.tabel[tidak].id);
  expect(kepala(tabel.id)).toHaveAttribute('aria-expanded', 'false');
  expect(screen.getByTestId('status-tabel')).toHaveTextContent(
    `${katalog.bacaan.tidakDiperiksa}: ${hasil.tables[tidak].reason}`,
  );
  const sebagian = hasil.tables.findIndex((x) => x.checked && x.unchecked?.length);
  expect(sebagian).toBeGreaterThanOrEqual(0);
  const rincianSebagian = await buka(hasil.tabel[sebagian].id);
  expect(rincianSebagian).toHaveTextContent(hasil.tables[sebagian].unchecked![0]);
});

test('a long table shows its first rows and the rows that are not plain data, then more on request', async () => {
  const rows: (string | number | null)[][] = [['Uraian', 'Pagu', 'Realisasi']];
  for (let nomor = 1; nomor <= 5000; nomor++) rows.push([`Kegiatan ${nomor}`, 100, 50]);
  rows.push(['JUMLAH', 500000, 250000]);
  render(<App host={new HostRekam(async () => grid(rows))} pemeriksa={diSini()} />);
  await periksa();
  const rincian = await buka('S!A1:C5002');
  const baris = () => rincian.querySelectorAll('li[data-baris]');
  // the first 20 rows and the total: not 5 001 rows
  expect(baris()).toHaveLength(21);
  expect(rincian.querySelector('li[data-baris="5002"]')).toHaveAttribute('data-jenis', 'jumlah');
  expect(screen.getByTestId('baris-ditampilkan')).toHaveTextContent('21 dari 5.001 baris ditampilkan');
  fireEvent.click(screen.getByRole('switch', { name: katalog.bacaan.semuaBaris }));
  await waitFor(() => expect(baris()).toHaveLength(60));
  fireEvent.click(tombol(katalog.bacaan.barisBerikut(60)));
  await waitFor(() => expect(baris()).toHaveLength(120));
  // every column is shown in full
  expect(rincian.querySelectorAll('li[data-kolom]')).toHaveLength(3);
});

test('leaving a table out removes its findings and it says "Dikecualikan"; including it again brings them back', async () => {
  const host = new HostRekam(async () => grid(ANGGARAN));
  render(<App host={host} pemeriksa={diSini()} />);
  await periksa();
  expect(temuan().length).toBeGreaterThan(0);
  await buka('S!A1:D5');
  fireEvent.click(tombol(katalog.bacaan.kecualikan));
  const tersimpan = await setelahKoreksi(host, 1);
  expect(tersimpan.koreksi).toEqual({ tabel: [{ lembar: 'S', sel: 'A1', abaikan: true }], tabelBaru: [] });
  expect(await screen.findByText('Tidak ada yang salah')).toBeInTheDocument();
  expect(temuan()).toHaveLength(0);
  expect(kepala('S!A1:D5')).toHaveTextContent(katalog.bacaan.dikecualikan);
  expect(screen.getByTestId('status-tabel')).toHaveTextContent(/dikecualikan/);
  // listed among the active corrections
  const aktif = screen.getByTestId('koreksi-aktif');
  expect(aktif).toHaveTextContent(katalog.bacaan.koreksiAbaikan('S!A1:D5'));
  // the same button includes it again
  fireEvent.click(tombol(katalog.bacaan.sertakan));
  await setelahKoreksi(host, 2);
  await waitFor(() => expect(temuan().length).toBeGreaterThan(0));
  expect(host.disimpan[1].koreksi).toEqual({ tabel: [], tabelBaru: [] });
  expect(kepala('S!A1:D5')).not.toHaveTextContent(katalog.bacaan.dikecualikan);
});

test('a column changed to text loses its findings; Hapus in the list undoes it', async () => {
  const host = new HostRekam(async () => grid(ANGGARAN));
  render(<App host={host} pemeriksa={diSini()} />);
  await periksa();
  const diD = () => temuan().filter((b) => /^D\d+$/.test(b.dataset.sel!));
  expect(diD().length).toBeGreaterThan(0);
  await buka('S!A1:D5');
  fireEvent.change(pilihan(katalog.bacaan.peranKolom('D')), { target: { value: 'teks' } });
  const tersimpan = await setelahKoreksi(host, 1);
  expect(tersimpan.koreksi.tabel).toEqual([{ lembar: 'S', sel: 'A1', kolom: { D: 'teks' } }]);
  await waitFor(() => expect(diD()).toHaveLength(0));
  // the reading view shows the corrected role and that it is a correction
  const peranD = pilihan(katalog.bacaan.peranKolom('D'));
  expect(peranD.value).toBe('teks');
  expect(peranD.closest('li')).toHaveTextContent(katalog.bacaan.dikoreksi);
  expect(kepala('S!A1:D5')).toHaveTextContent(katalog.bacaan.dikoreksi);
  const teksEntri = katalog.bacaan.koreksiKolom('S!A1:D5', 'D', katalog.bacaan.peran.teks);
  fireEvent.click(screen.getByRole('button', { name: katalog.bacaan.hapusKoreksi(teksEntri) }));
  await setelahKoreksi(host, 2);
  await waitFor(() => expect(diD().length).toBeGreaterThan(0));
  expect(host.disimpan[1].koreksi.tabel).toEqual([]);
  expect(screen.getByTestId('koreksi-aktif')).toHaveTextContent(katalog.bacaan.tanpaKoreksi);
});

test('a row marked as a total gets its arithmetic checked', async () => {
  const workbookGrid = grid([...ANGGARAN.slice(0, 4), ['Lain-lain', 2400, 1100, 1300]]);
  const host = new HostRekam(async () => workbookGrid);
  render(<App host={host} pemeriksa={diSini()} />);
  await periksa();
  expect(temuan().filter((b) => b.dataset.aturan === 'jumlah')).toHaveLength(0);
  const rincian = await buka('S!A1:D5');
  expect(rincian.querySelector('li[data-baris="5"]')).toHaveAttribute('data-jenis', 'data');
  fireEvent.change(pilihan(katalog.bacaan.jenisBaris(5)), { target: { value: 'jumlah' } });
  const tersimpan = await setelahKoreksi(host, 1);
  expect(tersimpan.koreksi.tabel).toEqual([{ lembar: 'S', sel: 'A1', baris: { '5': 'jumlah' } }]);
  // the typed pagu total is checked against the rows above it now
  await waitFor(() => expect(selTemuan()).toContain('jumlah B5'));
  const li = document.querySelector('[data-testid="rincian-tabel"] li[data-baris="5"]')!;
  expect(li).toHaveAttribute('data-jenis', 'jumlah');
  expect(li).toHaveTextContent(katalog.bacaan.dikoreksi);
});

test('a row that is not part of the table is not summed', async () => {
  const workbookGrid = grid([
    ...ANGGARAN.slice(0, 4),
    // a cancelled programme the JUMLAH row leaves out; read as data, it is summed
    ['Program D (dibatalkan)', 50, 0, 50],
    ['JUMLAH', 2300, 1100, 1200],
  ]);
  const host = new HostRekam(async () => workbookGrid);
  render(<App host={host} pemeriksa={diSini()} />);
  await periksa();
  expect(selTemuan()).toEqual(expect.arrayContaining(['jumlah B6', 'jumlah D6']));
  await buka('S!A1:D6');
  fireEvent.change(pilihan(katalog.bacaan.jenisBaris(5)), { target: { value: 'bukan' } });
  await setelahKoreksi(host, 1);
  await waitFor(() => expect(selTemuan()).not.toContain('jumlah B6'));
  expect(selTemuan()).not.toContain('jumlah D6');
  expect(screen.getByTestId('koreksi-aktif')).toHaveTextContent(
    katalog.bacaan.koreksiBaris('S!A1:D6', 5, katalog.bacaan.jenisKoreksi.bukan),
  );
});

test('parents marked by hand take the rows under them: the hierarchy says so and their sums are checked', async () => {
  const workbookGrid = grid([
    ['Uraian', 'Pagu', 'Realisasi'],
    ['Urusan satu', 300, 100],
    ['Kegiatan a', 100, 50],
    ['Kegiatan b', 200, 50],
    ['Urusan dua', 90, 40],
    ['Kegiatan c', 50, 20],
    ['Kegiatan d', 50, 20],
  ]);
  const host = new HostRekam(async () => workbookGrid);
  render(<App host={host} pemeriksa={diSini()} />);
  await periksa();
  await buka('S!A1:C7');
  expect(screen.getByTestId('hierarki')).not.toHaveTextContent(katalog.bacaan.hierarkiNama.pengguna);
  fireEvent.change(pilihan(katalog.bacaan.jenisBaris(2)), { target: { value: 'induk' } });
  await setelahKoreksi(host, 1);
  fireEvent.change(pilihan(katalog.bacaan.jenisBaris(5)), { target: { value: 'induk' } });
  const tersimpan = await setelahKoreksi(host, 2);
  // the second correction builds on the first
  expect(tersimpan.koreksi.tabel).toEqual([{ lembar: 'S', sel: 'A1', baris: { '2': 'induk', '5': 'induk' } }]);
  await waitFor(() => expect(selTemuan()).toContain('jumlah B5'));
  expect(screen.getByTestId('hierarki')).toHaveTextContent(katalog.bacaan.hierarkiNama.pengguna);
  const rincian = screen.getByTestId('rincian-tabel');
  expect(rincian.querySelector('li[data-baris="6"]')).toHaveTextContent(katalog.bacaan.indukBaris(5));
});

test('"Ini tabel" on a typed range, then on the selection; a range that is not one is refused', async () => {
  const workbookGrid = grid([
    ['Laporan triwulan', null, null, null],
    [null, null, null, null],
    ['Kegiatan', 'Dana', 'Terpakai', 'Selisih'],
    ['Rapat', 1000, 400, 600],
    ['Survei', 500, 500, 0],
    ['Pelatihan', 800, 200, 500],
  ]);
  const host = new HostRekam(async () => workbookGrid);
  render(<App host={host} pemeriksa={diSini()} />);
  await periksa();
  const form = screen.getByTestId('ini-tabel');
  const rentang = within(form).getByLabelText(katalog.bacaan.rentangMasukan);
  fireEvent.change(rentang, { target: { value: 'A3' } });
  fireEvent.click(within(form).getByRole('button', { name: katalog.bacaan.jadikanTabel }));
  expect(await within(form).findByText(katalog.bacaan.rentangSalah)).toBeInTheDocument();
  expect(host.disimpan).toHaveLength(0);

  // the selection (Excel's, or the range dragged over in the demo preview) fills the form
  host.pilihan = { lembar: 'S', rentang: 'A3:D6' };
  fireEvent.click(within(form).getByRole('button', { name: katalog.bacaan.pakaiPilihanDemo }));
  await waitFor(() => expect(rentang).toHaveValue('A3:D6'));
  expect(host.panggilan).toContain('bacaPilihan');
  fireEvent.click(within(form).getByRole('button', { name: katalog.bacaan.jadikanTabel }));
  const tersimpan = await setelahKoreksi(host, 1);
  expect(tersimpan.koreksi.tabelBaru).toEqual([{ lembar: 'S', rentang: 'A3:D6' }]);
  const item = await waitFor(() => {
    const ditemukan = document.querySelector<HTMLElement>('[data-testid="tabel-dibaca"][data-tabel^="S!A3"]');
    expect(ditemukan).not.toBeNull();
    return ditemukan!;
  });
  expect(item).toHaveTextContent(katalog.bacaan.dariPengguna);
  // its columns get their roles and its arithmetic is checked
  const id = item.dataset.tabel!;
  await buka(id);
  fireEvent.change(pilihan(katalog.bacaan.peranKolom('B')), { target: { value: 'pagu' } });
  await setelahKoreksi(host, 2);
  fireEvent.change(pilihan(katalog.bacaan.peranKolom('C')), { target: { value: 'realisasi-anggaran' } });
  await setelahKoreksi(host, 3);
  fireEvent.change(pilihan(katalog.bacaan.peranKolom('D')), { target: { value: 'sisa' } });
  await setelahKoreksi(host, 4);
  await waitFor(() => expect(selTemuan()).toContain('sisa D6'));
  // the same range twice is refused
  fireEvent.change(within(form).getByLabelText(katalog.bacaan.rentangMasukan), { target: { value: "'S'!$A$3:$D$6" } });
  fireEvent.click(within(form).getByRole('button', { name: katalog.bacaan.jadikanTabel }));
  expect(await within(form).findByText(katalog.bacaan.sudahAda)).toBeInTheDocument();
});

test('a stored correction whose table is gone is listed as such, and Hapus removes it', async () => {
  const tersimpan: Pengaturan = {
    ...PENGATURAN_BAWAAN,
    koreksi: {
      tabel: [
        { lembar: 'S', sel: 'A1', kolom: { D: 'teks' } },
        { lembar: 'S', sel: 'F20', abaikan: true },
      ],
      tabelBaru: [{ lembar: 'Hilang', rentang: 'B2:C9' }],
    },
  };
  const host = new HostRekam(async () => grid(ANGGARAN), tersimpan);
  render(<App host={host} pemeriksa={diSini()} />);
  await periksa();
  // the stored corrections apply to the first check: column D is text, so it has no findings
  expect(temuan().filter((b) => /^D/.test(b.dataset.sel!))).toHaveLength(0);
  const aktif = screen.getByTestId('koreksi-aktif');
  const entri = [...aktif.querySelectorAll('li')];
  expect(entri.map((x) => x.dataset.ditemukan)).toEqual(['true', 'false', 'false']);
  expect(within(aktif).getAllByTestId('koreksi-hilang')).toHaveLength(2);
  expect(entri[1]).toHaveTextContent(katalog.bacaan.koreksiAbaikan('S!F20'));
  expect(entri[1]).toHaveTextContent(katalog.bacaan.tidakDitemukan);
  expect(entri[2]).toHaveTextContent(katalog.bacaan.koreksiTabelBaru('Hilang!B2:C9'));
  fireEvent.click(within(entri[1]).getByRole('button'));
  const disimpan = await setelahKoreksi(host, 1);
  expect(disimpan.koreksi).toEqual({
    tabel: [{ lembar: 'S', sel: 'A1', kolom: { D: 'teks' } }],
    tabelBaru: tersimpan.koreksi.tabelBaru,
  });
});

test('settings show what was inferred and offer the negative-capaian method', async () => {
  const workbookGrid = await gridSampel('lumajang-2024-tw1.xlsx');
  const host = new HostRekam(async () => workbookGrid);
  render(<App host={host} pemeriksa={diSini()} />);
  fireEvent.click(tombol('Pengaturan'));
  const panel = screen.getByTestId('pengaturan');
  expect(panel).toHaveTextContent(katalog.periksaDulu);
  await periksa();
  const inf = jalankanPemeriksaan(workbookGrid, PENGATURAN_BAWAAN, 'id').inferensi;
  const ef = inf.metodeEfisiensi!;
  expect(panel).toHaveTextContent(katalog.terbacaMetode(ef.metode, ef.sumber, ef.cocok, ef.dari));
  const neg = inf.metodeNegatif!;
  expect(panel).toHaveTextContent(katalog.terbacaMetode(neg.metode, neg.sumber, neg.cocok, neg.dari));
  if (inf.skala) expect(panel).toHaveTextContent(katalog.skalaDipakai(inf.skala.nama, inf.skala.sumber));
  // each indicator's polarity with its evidence and cell
  const negatif = inf.polaritas.find((x) => x.polaritas === 'negatif')!;
  const baris = panel.querySelector(`[data-indikator="${CSS.escape(negatif.indikator)}"]`)!;
  expect(baris).toHaveTextContent(
    katalog.polaritasTerbaca(true, negatif.sumber, negatif.bukti, `${negatif.lembar}!${negatif.sel}`),
  );
  // the negative-capaian method is a choice saved with the settings and used by the next check
  fireEvent.change(within(panel).getByLabelText(katalog.metodeNegatif), { target: { value: 'kebalikan' } });
  fireEvent.click(tombol(katalog.simpan));
  await waitFor(() => expect(host.disimpan).toHaveLength(1));
  expect(host.disimpan[0].metodeNegatif).toBe('kebalikan');
  await periksa();
  await waitFor(() => expect(panel).toHaveTextContent(/Dipakai: kebalikan \(dari pengaturan\)/));
});

test('the reading view in English', async () => {
  render(<App host={new HostRekam(async () => grid(ANGGARAN))} pemeriksa={diSini()} bahasaAwal="en" />);
  fireEvent.click(tombol('Check workbook'));
  const en = teks('en');
  expect(await screen.findByText(en.bacaan.judulTabel(1), { selector: 'h2' })).toBeInTheDocument();
  await buka('S!A1:D5');
  expect(pilihan(en.bacaan.peranKolom('B')).selectedOptions[0].textContent).toBe(
    en.bacaan.otomatis(en.bacaan.peran.pagu),
  );
  expect(screen.getByTestId('koreksi-aktif')).toHaveTextContent(en.bacaan.tanpaKoreksi);
});
