/**
 * The pane in each state, over a recording Host (no Excel): initial, busy, error, results with filters,
 * nothing wrong, selecting a finding and its arithmetic, "Perbaiki", the language switch re-rendering the
 * findings, focus after a check, and the overwrite confirmation listing cells. Behaviour only: how many
 * findings a sample has belongs to the samples test.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { WorkbookGrid } from '../../src/core/grid';
import { gridSampel } from '../helpers/sampel';
import type { Pengaturan } from '../../src/core/pengaturan';
import { PemeriksaLatar } from '../../src/taskpane/periksaLatar';
import { HostRekam } from '../helpers/hostRekam';
import { periksaWorkbook } from '../../src/core/periksa';
import { teks } from '../../src/taskpane/teks';

// the engine runs for real on the sample workbooks, on a machine shared with other work
jest.setTimeout(60000);

/** Checks on the main thread (jsdom has no Worker): the worker path has its own tests. */
const diSini = () => new PemeriksaLatar({ buatPekerja: () => null });

const gridKosong: WorkbookGrid = { lembar: [{ nama: 'Kosong', baris: [], gabung: [] }] };
const gridBersih = (): WorkbookGrid => ({
  lembar: [
    {
      nama: 'RA',
      gabung: [],
      baris: [
        [{ v: 'Uraian' }, { v: 'Pagu' }, { v: 'Realisasi' }, { v: '%' }],
        [{ v: 'Program A' }, { v: 100 }, { v: 50 }, { v: 50 }],
        [{ v: 'Program B' }, { v: 200 }, { v: 50 }, { v: 25 }],
      ],
    },
  ],
});
const gridPredikat = (): WorkbookGrid => ({
  lembar: [
    {
      nama: 'Capaian',
      gabung: [],
      baris: [
        ['No', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian', 'Predikat'],
        [1, 'Persentase layanan A', '%', 100, 95, 95, 'Rendah'],
        [2, 'Persentase layanan B', '%', 80, 60, 75, 'Sedang'],
        [3, 'Persentase layanan C', '%', 50, 50, 100, 'Sangat Tinggi'],
      ].map((r) => r.map((v) => ({ v }))),
    },
  ],
});

function judulTemuan(): HTMLElement {
  return screen.getByText(/^Temuan \(/, { selector: 'h2' });
}
function daftar(): HTMLElement {
  return screen.getByTestId('daftar-temuan');
}
/** The finding buttons (a DOM query: role queries over a pane this size are slow in jsdom). */
function tombolTemuan(): HTMLElement[] {
  return [...daftar().querySelectorAll<HTMLElement>('button[data-sel]')];
}
/** A button by its exact visible text, without computing every accessible name on the page. */
function tombol(teks: string | RegExp): HTMLElement {
  return screen.getByText(teks, { selector: 'button, button *' }).closest('button')!;
}
async function periksa(): Promise<void> {
  fireEvent.click(tombol(/^Periksa (workbook|lagi)$/));
  await screen.findByText('Ringkasan', { selector: 'h2' });
}

test('initial state says what to do; the toolbar is named for what it does', () => {
  render(<App host={new HostRekam(async () => gridKosong)} pemeriksa={diSini()} />);
  expect(screen.getByRole('heading', { name: 'Periksa SAKIP' })).toBeInTheDocument();
  expect(screen.getByText(/Tekan "Periksa workbook"/)).toBeInTheDocument();
  expect(screen.getByRole('toolbar', { name: 'Tindakan pada workbook' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Tandai' })).toBeDisabled();
});

test('busy state shows progress, then the summary takes focus and findings are grouped by sheet', async () => {
  let lepas!: () => void;
  const tunggu = new Promise<void>((r) => (lepas = r));
  const host = new HostRekam(async () => {
    await tunggu;
    return gridSampel('lumajang-2024-tw1.xlsx');
  });
  render(<App host={host} pemeriksa={diSini()} />);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  expect(await screen.findByTestId('status')).toHaveTextContent('Membaca lembar kerja');
  expect(screen.getByRole('progressbar')).toBeInTheDocument();
  await act(async () => lepas());
  const ringkasan = await screen.findByText('Ringkasan', { selector: 'h2' });
  await waitFor(() => expect(ringkasan).toHaveFocus());
  // the heading's count is the number of findings listed, each one a button in one arrow-key group
  const jumlah = Number(/\((\d+)\)/.exec(judulTemuan().textContent)![1]);
  expect(jumlah).toBeGreaterThan(0);
  expect(tombolTemuan()).toHaveLength(jumlah);
  expect(screen.getByRole('heading', { name: 'Lembar kerja Bisma Kuat' })).toBeInTheDocument();
  // severities are named the way a bendahara says them
  expect(screen.getByTestId('ringkasan-tingkat')).toHaveTextContent(/\d+ kesalahan/);
  expect(screen.queryByText(/galat/i)).toBeNull();
});

test('clicking a finding selects its cell, marks it selected and shows the arithmetic by hand', async () => {
  const host = new HostRekam(() => gridSampel('lumajang-2024-tw1.xlsx'));
  render(<App host={host} pemeriksa={diSini()} />);
  await periksa();
  const bisma = tombolTemuan().find((b) => b.dataset.lembar === 'Bisma Kuat' && b.dataset.sel === 'G10')!;
  expect(bisma).toHaveTextContent('TOTAL 599');
  fireEvent.click(bisma);
  await waitFor(() => expect(host.panggilan).toContain('pilih Bisma Kuat!G10'));
  expect(bisma).toHaveAttribute('aria-current', 'true');
  expect(tombolTemuan().filter((b) => b.getAttribute('aria-current') === 'true')).toEqual([bisma]);
  expect(screen.getByTestId('hitungan')).toHaveTextContent('599 ≠ 89 + 181 + 98 + 191 + 0 = 559');
  // the evidence for the reading: the table's hierarchy source, the column's role and why, as the reading view has them
  const bacaan = periksaWorkbook(await gridSampel('lumajang-2024-tw1.xlsx')).tabel.find(
    (x) =>
      x.lembar === 'Bisma Kuat' && x.rentang.r1 <= 9 && x.rentang.r2 >= 9 && x.rentang.c1 <= 6 && x.rentang.c2 >= 6,
  )!;
  const kolomG = bacaan.kolom.find((x) => x.c === 6)!;
  const tb = teks('id').bacaan;
  const bukti = screen.getByTestId('bukti-pembacaan').textContent;
  expect(bukti).toMatch(/^Tabel Bisma Kuat![A-Z]+\d+:[A-Z]+\d+; hierarki dari /);
  expect(bukti).toContain(bacaan.hierarki ? tb.hierarkiNama[bacaan.hierarki] : tb.tanpaHierarki);
  expect(bukti).toContain(`kolom G: ${tb.peran[kolomG.peran]}`);
  for (const alasan of kolomG.bukti ?? []) expect(bukti).toContain(alasan);
  // money in Indonesian style, each figure with the decimals its cell shows
  const sisa = tombolTemuan().find((b) => b.dataset.sel === 'E61' && b.dataset.aturan === 'sisa')!;
  fireEvent.click(sisa);
  expect(await screen.findByTestId('hitungan')).toHaveTextContent('39.277.500,00 ≠ 32.617.500,00 − 0 = 32.617.500,00');
});

test('filters narrow the list and the heading says how many of all are shown', async () => {
  render(<App host={new HostRekam(() => gridSampel('sumenep-2023.xlsx'))} pemeriksa={diSini()} />);
  await periksa();
  const semua = tombolTemuan().length;
  fireEvent.click(screen.getByRole('combobox', { name: 'Tingkat' }));
  fireEvent.click(await screen.findByRole('option', { name: 'Kesalahan' }));
  await waitFor(() => expect(tombolTemuan().length).toBeLessThan(semua));
  for (const tombol of tombolTemuan()) expect(tombol).toHaveTextContent('Kesalahan');
  expect(judulTemuan()).toHaveTextContent(`Temuan (${tombolTemuan().length} dari ${semua})`);
  // rule labels, not ids
  fireEvent.click(screen.getByRole('combobox', { name: 'Aturan' }));
  expect(await screen.findByRole('option', { name: 'Jumlah' })).toBeInTheDocument();
  expect(screen.queryByRole('option', { name: 'jumlah' })).toBeNull();
});

test('nothing wrong: says what was checked', async () => {
  render(<App host={new HostRekam(async () => gridBersih())} pemeriksa={diSini()} />);
  await periksa();
  expect(await screen.findByText('Tidak ada yang salah')).toBeInTheDocument();
  expect(screen.getByText(/1 tabel diperiksa \(1 tabel anggaran\)/)).toBeInTheDocument();
});

test("errors: the host's own sentence is shown and announced; engine or library text never is", async () => {
  const { unmount } = render(
    <App
      host={new HostRekam(async () => Promise.reject(new Error('Lembar "RA" tidak dapat dibaca')))}
      pemeriksa={diSini()}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  const alert = await screen.findByRole('alert');
  await waitFor(() => expect(alert).toHaveTextContent('Workbook tidak dapat diperiksa'));
  expect(alert).toHaveTextContent('Lembar "RA" tidak dapat dibaca');
  unmount();
  const salah = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <App
      host={
        new HostRekam(async () => {
          throw new TypeError("Cannot set properties of undefined (setting 'x')");
        })
      }
      pemeriksa={diSini()}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  const a2 = await screen.findByRole('alert');
  await waitFor(() => expect(a2).toHaveTextContent('kesalahan yang tidak terduga'));
  expect(a2).not.toHaveTextContent(/Cannot|undefined/);
  salah.mockRestore();
});

test('switching language re-renders everything, findings included', async () => {
  render(<App host={new HostRekam(() => gridSampel('lumajang-2024-tw1.xlsx'))} pemeriksa={diSini()} />);
  await periksa();
  const bisma = () => tombolTemuan().find((b) => b.dataset.sel === 'G10' && b.dataset.lembar === 'Bisma Kuat')!;
  expect(bisma()).toHaveTextContent('jumlah baris');
  fireEvent.click(screen.getByRole('switch', { name: 'English' }));
  expect(await screen.findByText('Summary', { selector: 'h2' })).toBeInTheDocument();
  await waitFor(() => expect(bisma()).toHaveTextContent('sum of rows'), { timeout: 20000 });
  expect(bisma()).toHaveTextContent('Error');
  expect(screen.getByRole('button', { name: 'Check again' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: /^Findings \(\d+\)$/ })).toBeInTheDocument();
  expect(screen.getByRole('toolbar', { name: 'Workbook actions' })).toBeInTheDocument();
});

test('nothing wrong, in English', async () => {
  render(<App host={new HostRekam(async () => gridBersih())} pemeriksa={diSini()} />);
  fireEvent.click(screen.getByRole('switch', { name: 'English' }));
  fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
  expect(await screen.findByText('Nothing is wrong')).toBeInTheDocument();
});

test('a workbook saved without formula results says so in the summary; a calculated one does not', async () => {
  const belum = { ...gridBersih(), belumDihitung: true };
  const { unmount } = render(<App host={new HostRekam(async () => belum)} pemeriksa={diSini()} />);
  await periksa();
  const kabar = screen.getByTestId('belum-dihitung');
  expect(kabar).toHaveTextContent('Workbook ini belum dihitung Excel');
  expect(kabar).toHaveTextContent(/Buka dan simpan di Excel dulu/);
  fireEvent.click(screen.getByRole('switch', { name: 'English' }));
  await waitFor(() =>
    expect(screen.getByTestId('belum-dihitung')).toHaveTextContent(/Open and save it in Excel first/),
  );
  unmount();
  render(<App host={new HostRekam(async () => gridBersih())} pemeriksa={diSini()} />);
  await periksa();
  expect(screen.queryByTestId('belum-dihitung')).toBeNull();
});

test('Tulis predikat lists the filled cells and what they hold before overwriting', async () => {
  const host = new HostRekam(() => gridSampel('sumenep-2023.xlsx'));
  render(<App host={host} pemeriksa={diSini()} />);
  await periksa();
  fireEvent.click(tombol('Tulis predikat'));
  const dialog = await screen.findByTestId('konfirmasi-timpa');
  expect(dialog).toHaveTextContent(/\d+ sel sudah berisi/);
  const baris = within(dialog).getAllByRole('row').slice(1);
  expect(baris.length).toBeGreaterThan(0);
  for (const barisTabel of baris) {
    const [sel, sekarang, baru] = [...barisTabel.querySelectorAll('th, td')];
    expect(sel.textContent).toMatch(/^.+![A-Z]+\d+$/);
    expect(sekarang.textContent.trim()).not.toBe('');
    expect(baru.textContent.trim()).not.toBe('');
  }
  fireEvent.click(tombol('Hanya sel kosong'));
  await waitFor(() => expect(host.tulisan).toHaveLength(1));
  expect(host.tulisan[0].timpa).toBe(false);
  expect(await screen.findByText(/sel ditulis/)).toBeInTheDocument();
});

test('Tulis predikat says which rows it rates by a corrected capaian, in the language of the pane', async () => {
  const host = new HostRekam(() => gridSampel('lumajang-2024-tw1.xlsx'));
  render(<App host={host} pemeriksa={diSini()} />);
  await periksa();
  fireEvent.click(tombol('Tulis predikat'));
  const dikoreksi = await screen.findByTestId('predikat-dikoreksi');
  expect(dikoreksi).toHaveTextContent(/baris dinilai dari capaian yang dibetulkan/);
  const i12 = within(dikoreksi)
    .getAllByRole('listitem')
    .find((x) => x.textContent.startsWith('Capaian Kinerja!I12:'))!;
  expect(i12).toHaveTextContent(/predikat untuk capaian 190,56 menurut temuan .+ \(G12 menulis 9,4\)/);
  const dialog = screen.getByTestId('konfirmasi-timpa');
  fireEvent.click(within(dialog).getAllByRole('button')[0]);
  await waitFor(() => expect(host.tulisan).toHaveLength(1));
  expect(host.tulisan[0].rencana).toContainEqual(
    expect.objectContaining({ lembar: 'Capaian Kinerja', sel: 'I12', nilai: 'Sangat Tinggi' }),
  );
});

test('Perbaiki rewrites a wrong predikat after listing the cell, then checks again', async () => {
  const host = new HostRekam(async () => gridPredikat());
  render(<App host={host} pemeriksa={diSini()} />);
  await periksa();
  const tombol = tombolTemuan().find((b) => b.dataset.aturan === 'predikat')!;
  fireEvent.click(tombol);
  fireEvent.click(await screen.findByRole('button', { name: 'Perbaiki: Tulis "Sangat Tinggi"' }));
  const dialog = await screen.findByTestId('konfirmasi-timpa');
  expect(within(dialog).getByRole('rowheader')).toHaveTextContent('Capaian!G2');
  expect(dialog).toHaveTextContent('Rendah');
  expect(dialog).toHaveTextContent('Sangat Tinggi');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Timpa' }));
  expect(await screen.findByText('Tidak ada yang salah')).toBeInTheDocument();
  expect(host.tulisan[0]).toEqual({
    rencana: [expect.objectContaining({ lembar: 'Capaian', sel: 'G2', nilai: 'Sangat Tinggi' })],
    timpa: true,
  });
});

test('mark, remove marks and report go to the host', async () => {
  const host = new HostRekam(() => gridSampel('lumajang-2020.xlsx'));
  render(<App host={host} pemeriksa={diSini()} />);
  await periksa();
  fireEvent.click(tombol('Tandai'));
  expect(await screen.findByText('3 sel ditandai.')).toBeInTheDocument();
  fireEvent.click(tombol('Hapus tanda'));
  expect(await screen.findByText('3 sel dipulihkan seperti semula.')).toBeInTheDocument();
  fireEvent.click(tombol('Buat laporan'));
  expect(await screen.findByText('Lembar kerja "Temuan SAKIP" dibuat.')).toBeInTheDocument();
  expect(host.panggilan).toEqual(['baca', 'tandai', 'hapus', 'laporan']);
});

test('Tandai tells the host the language of the pane, for the words it adds to notes', async () => {
  const host = new HostRekam(() => gridSampel('lumajang-2020.xlsx'));
  render(<App host={host} pemeriksa={diSini()} />);
  await periksa();
  fireEvent.click(tombol('Tandai'));
  await screen.findByText('3 sel ditandai.');
  fireEvent.click(screen.getByRole('switch', { name: 'English' }));
  await screen.findByText(/^Findings \(/, { selector: 'h2' });
  await waitFor(() => expect(tombol('Mark')).toBeEnabled());
  fireEvent.click(tombol('Mark'));
  await waitFor(() => expect(host.bahasaTanda).toEqual(['id', 'en']));
});

test('charts: full indicator names in the tables order, figures in Indonesian style', async () => {
  render(<App host={new HostRekam(() => gridSampel('lumajang-2024-tw1.xlsx'))} pemeriksa={diSini()} />);
  await periksa();
  const grafik = screen.getByRole('figure', { name: 'Capaian per indikator (%)' });
  const titik = within(grafik).getAllByRole('listitem');
  expect(titik[0]).toHaveTextContent(/^1\. /);
  const nama = 'Rasio kekerasan terhadap perempuan, termasuk TPPO (per 100.000 penduduk perempuan)';
  expect(within(grafik).getByText(new RegExp(`^\\d+\\. ${nama.replace(/[()]/g, '\\$&')}$`))).toBeInTheDocument();
  for (const elemenTitik of titik) expect(elemenTitik.textContent).not.toMatch(/\d\.\d{2} %/);
  expect(grafik).toHaveTextContent(/\d,\d{2} %/);
  // nothing in a chart takes focus
  expect(grafik.querySelectorAll('button, a, [tabindex]')).toHaveLength(0);
});

test('settings: per-indikator polarity is saved to the workbook and used by the next check', async () => {
  const host = new HostRekam(() => gridSampel('lumajang-2024-tw1.xlsx'));
  const disimpan: unknown[] = [];
  host.simpanPengaturan = async (p: Pengaturan) => void disimpan.push(p);
  render(<App host={host} pemeriksa={diSini()} />);
  await periksa();
  const polaritas = () => tombolTemuan().filter((b) => b.dataset.aturan === 'polaritas');
  expect(polaritas().length).toBeGreaterThan(0);
  fireEvent.click(tombol('Pengaturan'));
  const nama = 'Rasio kekerasan terhadap perempuan, termasuk TPPO (per 100.000 penduduk perempuan)';
  fireEvent.change(screen.getByLabelText(`Polaritas indikator: ${nama}`), { target: { value: 'positif' } });
  fireEvent.click(tombol('Simpan ke workbook'));
  await waitFor(() => expect(disimpan).toHaveLength(1));
  expect((disimpan[0] as { polaritas: Record<string, string> }).polaritas).toEqual({ [nama]: 'positif' });
  fireEvent.click(tombol('Periksa lagi'));
  // the polaritas findings on that indikator are gone
  await waitFor(() => expect(polaritas()).toHaveLength(0));
});
