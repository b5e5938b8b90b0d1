/**
 * The pane shows what the Excel host reports: notices after an operation (cells Hapus tanda left alone,
 * sheets not found) and the features an older Excel build lacks, in the pane's language. The host is the
 * real ExcelHost over the fake workbook. The reading view selects a table's range in Excel, reads the
 * selection for "Ini tabel", and stores corrections in the document settings.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { WorkbookPalsu } from '../helpers/excelPalsu';
import { PALSU } from '../helpers/lingkungan';
import { PemeriksaLatar } from '../../src/taskpane/periksaLatar';

// role queries over a whole pane are slow in jsdom on a shared machine
jest.setTimeout(60000);

test('after Hapus tanda the pane lists the cells left alone; missing features are shown', async () => {
  const wb = new WorkbookPalsu();
  const lembar = wb.tambah('RA');
  lembar.sel(0, 0).value = 'Uraian';
  lembar.sel(1, 0).value = 5;
  const { host } = PALSU.mulai(wb, { versi: '1.12' });
  await host.tandai([
    { rule: 'jumlah', severity: 'error', sheet: 'RA', cell: 'A2', message: 'x', stated: '1', expected: '2' },
  ]);
  lembar.sel(1, 0).fill = { color: '#00FF00', pattern: 'Solid' };
  render(<App host={host} />);
  expect(screen.getByText(/Sel gabungan tidak terbaca/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Hapus tanda' }));
  await waitFor(() => expect(screen.getByText(/sudah diubah setelah ditulis add-in dan dibiarkan: A2/)).toBeTruthy());
  expect(lembar.lihat('A2')!.fill).toEqual({ color: '#00FF00', pattern: 'Solid' });
});

test('in Excel: opening a table selects its range, "Ini tabel" uses the selection, corrections go to the document settings', async () => {
  const wb = new WorkbookPalsu();
  const lembar = wb.tambah('RA');
  [
    ['Uraian', 'Pagu', 'Realisasi', 'Sisa'],
    ['Program A', 1000, 400, 600],
    ['Program B', 500, 500, 0],
    ['JUMLAH', 1500, 900, 700],
  ].forEach((isiBaris, baris) => isiBaris.forEach((nilai, kolom) => (lembar.sel(baris, kolom).value = nilai)));
  const { host } = PALSU.mulai(wb);
  render(<App host={host} pemeriksa={new PemeriksaLatar({ buatPekerja: () => null })} />);
  fireEvent.click(screen.getByRole('button', { name: 'Periksa workbook' }));
  await screen.findByText('Ringkasan', { selector: 'h2' });
  const item = document.querySelector('[data-testid="tabel-dibaca"][data-tabel="RA!A1:D4"] button') as HTMLElement;
  fireEvent.click(item);
  await waitFor(() => expect(wb.selected).toBe('RA!A1:D4'));
  expect(wb.active).toBe('RA');
  // the user selects a range in Excel; the pane reads it for "Ini tabel"
  wb.selected = 'RA!A1:C3';
  fireEvent.click(screen.getByRole('button', { name: 'Pakai pilihan di Excel' }));
  await waitFor(() => expect(screen.getByLabelText('Rentang (mis. B4:H31)')).toHaveValue('A1:C3'));
  // several areas: Excel refuses, the pane says what to do
  wb.selected = 'RA!A1:B2, RA!D4';
  fireEvent.click(screen.getByRole('button', { name: 'Pakai pilihan di Excel' }));
  await waitFor(() => expect(screen.getByTestId('galat')).toHaveTextContent(/Pilih satu rentang saja/));
  // a correction is stored in the document settings, which the next pane reads back
  fireEvent.click(screen.getByRole('button', { name: 'Kecualikan dari pemeriksaan' }));
  await screen.findByText('Koreksi disimpan di workbook; tabel diperiksa ulang.');
  expect(await host.muatPengaturan()).toMatchObject({
    koreksi: { tabel: [{ lembar: 'RA', sel: 'A1', abaikan: true }], tabelBaru: [] },
  });
});
