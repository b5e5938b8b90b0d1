/**
 * What the pane needs from where the workbook lives: Excel (Office.js adapter, src/excel) or the browser
 * demo (ExcelJS, src/demo). The pane never touches Office.js or ExcelJS directly.
 */
import type { WorkbookGrid } from '../core/grid';
import type { Temuan } from '../core/model';
import type { RencanaTulis } from '../core/tulis/rencana';
import type { Pengaturan } from '../core/pengaturan';
import type { DataGrafik } from '../core/grafik';
import type { Bahasa } from '../core/pesan/bahasa';

export interface HasilTulis {
  ditulis: number;
  /** Cells left alone because they were not empty and overwriting was not confirmed. */
  dilewati: number;
}

/** A range on a sheet, as Excel shows it ("B4:H31", without the sheet and without $). */
export interface RentangTerpilih {
  lembar: string;
  rentang: string;
}

export interface Host {
  readonly jenis: 'excel' | 'demo';
  /** Read every sheet into a Grid; `progres` gets 0..1. */
  bacaWorkbook(progres?: (bagian: number) => void): Promise<WorkbookGrid>;
  /** Activate the sheet and select the cell. */
  pilihSel(lembar: string, sel: string): Promise<void>;
  /** Activate the sheet and select a range ("B4:H31"): a table chosen in the reading view. */
  pilihRentang(lembar: string, rentang: string): Promise<void>;
  /**
   * The range the user has selected (in Excel the current selection, in the demo the range picked in the
   * preview), for "this is a table"; null when there is none.
   */
  bacaPilihan(): Promise<RentangTerpilih | null>;
  /**
   * Fill + note on finding cells, remembering what was there before. `bahasa`: the pane's language, for the
   * words the host adds to a note ("Perbaikan" / "Fix"); the findings' own text is already in it.
   */
  tandai(temuan: Temuan[], bahasa: Bahasa): Promise<number>;
  /** Restore every cell this add-in marked or wrote to exactly what it was. */
  hapusTanda(): Promise<number>;
  /** Apply planned writes in one batch; non-empty cells only when `timpa`. */
  tulis(rencana: RencanaTulis[], timpa: boolean): Promise<HasilTulis>;
  /** Write the "Temuan SAKIP" report sheet (with the capaian chart data, and a native chart in Excel). */
  buatLaporan(temuan: Temuan[], bahasa: Bahasa, grafik?: DataGrafik): Promise<void>;
  simpanPengaturan(pengaturan: Pengaturan): Promise<void>;
  muatPengaturan(): Promise<Pengaturan | null>;
  /**
   * Notices about the last operation, one sentence each, e.g. cells "Hapus tanda" left alone because the
   * user changed them, or sheets no longer found (Excel host; optional).
   */
  pemberitahuan?(bahasa: Bahasa): string[];
  /** What this host cannot do, e.g. features an older Excel build lacks (optional). */
  fiturTidakTersedia?(bahasa: Bahasa): string[];
}
