/**
 * The zoo's matrices and budget exports: accounts × regions, jenis belanja column groups, monthly columns,
 * perubahan. Clean ones are read and consistent (a matrix in every column); one planted error is found alone.
 */
import {
  arbBulanan,
  arbJenisBelanja,
  arbMatriks,
  arbPerubahan,
  bangunBulanan,
  bangunJenisBelanja,
  bangunMatriks,
  bangunPerubahan,
} from './ekspor';
import { Bentuk, ujiBentuk } from './ujiBentuk';

jest.setTimeout(120_000);

const bentuk: Bentuk[] = [
  ['matrices: accounts as rows, one column per region', arbMatriks, bangunMatriks],
  ['column groups per jenis belanja under a two-level header', arbJenisBelanja, bangunJenisBelanja],
  ['monthly columns with a Jumlah column', arbBulanan, bangunBulanan],
  ['before / after perubahan with the difference and its percent', arbPerubahan, bangunPerubahan],
];

ujiBentuk(bentuk);
