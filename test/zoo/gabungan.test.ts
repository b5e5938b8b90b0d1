/**
 * The zoo's mixed tables: combined indikator + program tables, separate PROGRAM and KEGIATAN columns, the
 * "Nilai Akuntabilitas Kinerja" total, efisiensi. Clean ones are read and consistent; one planted error is
 * found alone.
 */
import {
  arbEfisiensi,
  arbGabungan,
  arbKomponen,
  arbProgKeg,
  bangunEfisiensi,
  bangunGabungan,
  bangunKomponen,
  bangunProgKeg,
} from './gabungan';
import { Bentuk, ujiBentuk } from './ujiBentuk';

jest.setTimeout(120_000);

const bentuk: Bentuk[] = [
  ['combined indikator + program/kegiatan tables', arbGabungan, bangunGabungan],
  ['separate PROGRAM and KEGIATAN columns', arbProgKeg, bangunProgKeg],
  ['an evaluation table totalled as "Nilai Akuntabilitas Kinerja"', arbKomponen, bangunKomponen],
  ['efisiensi tables', arbEfisiensi, bangunEfisiensi],
];

ujiBentuk(bentuk);
