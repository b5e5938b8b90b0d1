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
  const l = wb.tambah('RA');
  l.sel(0, 0).value = 'Uraian';
  l.sel(1, 0).value = 5;
  const { h } = PALSU.mulai(wb, { versi: '1.12' });
  await h.tandai([
    { rule: 'jumlah', severity: 'error', sheet: 'RA', cell: 'A2', message: 'x', stated: '1', expected: '2' },
  ]);
  l.sel(1, 0).fill = { color: '#00FF00', pattern: 'Solid' };
  render(<App host={h} />);
  expect(screen.getByText(/Sel gabungan tidak terbaca/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Hapus tanda' }));
  await waitFor(() => expect(screen.getByText(/sudah diubah setelah ditulis add-in dan dibiarkan: A2/)).toBeTruthy());
  expect(l.lihat('A2')!.fill).toEqual({ color: '#00FF00', pattern: 'Solid' });
});
