/**
 * The write confirmation on its own: rows rated by a corrected capaian and rows skipped, with why, in each
 * language; with no filled cell it offers "Tulis" rather than "Timpa".
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { KonfirmasiTimpa } from '../../src/taskpane/KonfirmasiTimpa';
import { teks } from '../../src/taskpane/teks';
import type { Konfirmasi } from '../../src/taskpane/usePanel';

const konfirmasi = (modeRumus: boolean): Konfirmasi => ({
  rencana: [{ lembar: 'Capaian', sel: 'G3', nilai: 'Sangat Tinggi', alasan: 'x' }],
  terisi: [],
  periksaSetelah: false,
  modeRumus,
  dikoreksi: [
    {
      lembar: 'Capaian',
      sel: 'G3',
      alasan: 'x',
      selCapaian: 'F3',
      tertulis: 9.4,
      benar: 190.56,
      aturan: 'polaritas',
    },
  ],
  dilewati: [{ lembar: 'Capaian', sel: 'G2', alasan: 'x', selCapaian: 'F2', tertulis: 50 }],
});

test('corrected and skipped rows are listed with why; without filled cells the choice is Tulis or Batal', () => {
  const tulis = jest.fn();
  const timpa = jest.fn();
  render(
    <KonfirmasiTimpa
      katalog={teks('id')}
      konfirmasi={konfirmasi(true)}
      timpa={timpa}
      kosongSaja={tulis}
      batal={jest.fn()}
    />,
  );
  const dikoreksi = screen.getByTestId('predikat-dikoreksi');
  expect(dikoreksi).toHaveTextContent('1 baris dinilai dari capaian yang dibetulkan');
  expect(within(dikoreksi).getByRole('listitem')).toHaveTextContent(
    'Capaian!G3: predikat untuk capaian 190,56 menurut temuan Polaritas (F3 menulis 9,4); ditulis sebagai nilai',
  );
  const dilewati = screen.getByTestId('predikat-dilewati');
  expect(dilewati).toHaveTextContent('1 baris dilewati, tidak diberi predikat');
  expect(within(dilewati).getByRole('listitem')).toHaveTextContent(
    'Capaian!G2: capaian 50 di F2 salah (lihat temuannya) dan nilai benarnya tidak diketahui',
  );
  expect(screen.queryByRole('table')).toBeNull();
  expect(screen.queryByRole('button', { name: 'Timpa' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Tulis' }));
  expect(tulis).toHaveBeenCalled();
  expect(timpa).not.toHaveBeenCalled();
});

test('in English, numbers in English style', () => {
  render(
    <KonfirmasiTimpa
      katalog={teks('en')}
      konfirmasi={konfirmasi(false)}
      timpa={jest.fn()}
      kosongSaja={jest.fn()}
      batal={jest.fn()}
    />,
  );
  expect(screen.getByTestId('predikat-dikoreksi')).toHaveTextContent(
    'Capaian!G3: rating for achievement 190.56 per the Polarity finding (F3 states 9.4)',
  );
  expect(screen.getByTestId('predikat-dikoreksi')).not.toHaveTextContent('written as a value');
  expect(screen.getByTestId('predikat-dilewati')).toHaveTextContent('Capaian!G2: the achievement 50 in F2 is wrong');
  expect(screen.getByRole('button', { name: 'Write' })).toBeInTheDocument();
});
