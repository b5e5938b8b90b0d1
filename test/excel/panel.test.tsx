/**
 * The pane shows what the Excel host reports: notices after an operation (cells Hapus tanda left alone,
 * sheets not found) and the features an older Excel build lacks, in the pane's language. The host is the
 * real ExcelHost over the fake workbook.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { WorkbookPalsu } from '../helpers/excelPalsu';
import { PALSU } from '../helpers/lingkungan';

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
