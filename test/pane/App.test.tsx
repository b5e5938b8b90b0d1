/**
 * The pane in each state, over a recording Host (no Excel): initial, busy, error, results with filters,
 * nothing wrong, clicking a finding, language switch, and the overwrite confirmation of "Tulis predikat".
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { Host, HasilTulis } from '../../src/taskpane/host';
import type { WorkbookGrid } from '../../src/core/grid';
import type { RencanaTulis } from '../../src/core/tulis/rencana';
import { gridSampel } from '../helpers/sampel';
import type { Pengaturan } from '../../src/core/pengaturan';

class HostRekam implements Host {
  readonly jenis = 'demo' as const;
  panggilan: string[] = [];
  tulisan: { rencana: RencanaTulis[]; timpa: boolean }[] = [];
  constructor(private grid: () => Promise<WorkbookGrid>) {}
  async bacaWorkbook(progres?: (p: number) => void) {
    this.panggilan.push('baca');
    progres?.(0.5);
    return this.grid();
  }
  async pilihSel(l: string, s: string) {
    this.panggilan.push(`pilih ${l}!${s}`);
  }
  async tandai() {
    this.panggilan.push('tandai');
    return 3;
  }
  async hapusTanda() {
    this.panggilan.push('hapus');
    return 3;
  }
  async tulis(rencana: RencanaTulis[], timpa: boolean): Promise<HasilTulis> {
    this.tulisan.push({ rencana, timpa });
    return { ditulis: rencana.length, dilewati: 0 };
  }
  async buatLaporan() {
    this.panggilan.push('laporan');
  }
  async simpanPengaturan(_p: Pengaturan) {
    this.panggilan.push('simpan');
  }
  async muatPengaturan() {
    return null;
  }
}

const gridKosong: WorkbookGrid = { lembar: [{ nama: 'Kosong', baris: [], gabung: [] }] };
const gridBersih: WorkbookGrid = {
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
};

test('initial state says what to do', () => {
  render(<App host={new HostRekam(async () => gridKosong)} />);
  expect(screen.getByRole('heading', { name: 'Periksa SAKIP' })).toBeInTheDocument();
  expect(screen.getByText(/Tekan "Periksa workbook"/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Tandai' })).toBeDisabled();
});

test('busy state shows progress, then results grouped by sheet; clicking a finding selects its cell', async () => {
  let lepas!: () => void;
  const tunggu = new Promise<void>((r) => (lepas = r));
  const host = new HostRekam(async () => {
    await tunggu;
    return gridSampel('lumajang-2024-tw1.xlsx');
  });
  render(<App host={host} />);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  expect(await screen.findByRole('status')).toHaveTextContent('Membaca lembar kerja');
  expect(screen.getByRole('progressbar')).toBeInTheDocument();
  await act(async () => lepas());
  const daftar = await screen.findByRole('list', { name: /Daftar temuan/ });
  expect(screen.getByRole('heading', { name: /Temuan \(47\)/ })).toBeInTheDocument();
  expect(screen.getByTestId('ringkasan-tingkat')).toHaveTextContent('16 Galat');
  const bisma = within(daftar).getByRole('button', { name: /Bisma Kuat G10, Galat, Jumlah \/ total: TOTAL 599/ });
  fireEvent.click(bisma);
  await waitFor(() => expect(host.panggilan).toContain('pilih Bisma Kuat!G10'));
  // findings are focusable buttons inside one arrow-key group, in sheet order
  expect(within(daftar).getAllByRole('button').length).toBe(47);
});

test('filters narrow the list', async () => {
  render(<App host={new HostRekam(() => gridSampel('sumenep-2023.xlsx'))} />);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  await screen.findByRole('heading', { name: /Temuan \(26\)/ });
  fireEvent.click(screen.getByRole('combobox', { name: 'Tingkat' }));
  fireEvent.click(await screen.findByRole('option', { name: 'Galat' }));
  expect(await screen.findByRole('heading', { name: /Temuan \(8\)/ })).toBeInTheDocument();
});

test('nothing wrong: says what was checked', async () => {
  render(<App host={new HostRekam(async () => gridBersih)} />);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  expect(await screen.findByText('Tidak ada yang salah')).toBeInTheDocument();
  expect(screen.getByText(/1 tabel diperiksa \(1 anggaran\)/)).toBeInTheDocument();
});

test('error state: a clear message when the workbook cannot be read', async () => {
  render(<App host={new HostRekam(async () => Promise.reject(new Error('Lembar "RA" tidak dapat dibaca')))} />);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  expect(await screen.findByText('Workbook tidak dapat diperiksa')).toBeInTheDocument();
  expect(screen.getByText(/Lembar "RA" tidak dapat dibaca/)).toBeInTheDocument();
});

test('English switch', async () => {
  render(<App host={new HostRekam(async () => gridBersih)} />);
  fireEvent.click(screen.getByRole('switch', { name: 'English' }));
  expect(screen.getByRole('button', { name: 'Check workbook' })).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
  expect(await screen.findByText('Nothing is wrong')).toBeInTheDocument();
});

test('Tulis predikat asks before overwriting non-empty cells', async () => {
  const host = new HostRekam(() => gridSampel('sumenep-2023.xlsx'));
  render(<App host={host} />);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  await screen.findByRole('heading', { name: /Temuan/ });
  fireEvent.click(screen.getByRole('button', { name: 'Tulis predikat' }));
  expect(await screen.findByText(/1 sel sudah berisi\. Timpa juga\?/)).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Hanya sel kosong' }));
  await waitFor(() => expect(host.tulisan).toHaveLength(1));
  expect(host.tulisan[0].timpa).toBe(false);
  expect(await screen.findByText(/sel ditulis/)).toBeInTheDocument();
});

test('mark, remove marks and report go to the host', async () => {
  const host = new HostRekam(() => gridSampel('lumajang-2020.xlsx'));
  render(<App host={host} />);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  await screen.findByRole('heading', { name: /Temuan/ });
  fireEvent.click(screen.getByRole('button', { name: 'Tandai' }));
  expect(await screen.findByText('3 sel ditandai.')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Hapus tanda' }));
  expect(await screen.findByText('3 sel dipulihkan seperti semula.')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Buat laporan' }));
  expect(await screen.findByText('Lembar "Temuan SAKIP" dibuat.')).toBeInTheDocument();
  expect(host.panggilan).toEqual(['baca', 'tandai', 'hapus', 'laporan']);
});

test('settings: per-indikator polarity is saved to the workbook and used by the next check', async () => {
  const host = new HostRekam(() => gridSampel('lumajang-2024-tw1.xlsx'));
  const disimpan: unknown[] = [];
  host.simpanPengaturan = async (p: Pengaturan) => void disimpan.push(p);
  render(<App host={host} />);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  await screen.findByRole('heading', { name: /Temuan \(47\)/ });
  fireEvent.click(screen.getByRole('button', { name: 'Pengaturan' }));
  const nama = 'Rasio kekerasan terhadap perempuan, termasuk TPPO (per 100.000 penduduk perempuan)';
  fireEvent.click(screen.getByRole('combobox', { name: `Polaritas indikator: ${nama}` }));
  fireEvent.click(await screen.findByRole('option', { name: /^Positif/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Simpan ke workbook' }));
  await waitFor(() => expect(disimpan).toHaveLength(1));
  expect((disimpan[0] as { polaritas: Record<string, string> }).polaritas).toEqual({ [nama]: 'positif' });
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  // both polaritas findings (Capaian Kinerja!G12 and Efisiensi!J13, the same indikator) are gone
  await waitFor(
    () => expect(screen.getByRole('heading', { name: /^Temuan \(\d+\)$/ })).toHaveTextContent('Temuan (45)'),
    { timeout: 10000 },
  );
  expect(screen.queryByRole('button', { name: /Polaritas:/ })).toBeNull();
}, 30000);
