/**
 * Browser host for the pane: the workbook is an ExcelJS workbook loaded from a file the user picked (or a
 * bundled sample). Selecting a cell shows it in the preview; "Unduh hasil" downloads the annotated copy.
 * Every write-back is src/xlsx/tandai.ts (the same as the CLI's annotated copy): one mark per cell, exact
 * restore, formulas saved with their computed value as the cached result.
 */
import type ExcelJS from 'exceljs';
import type { Host, HasilTulis, RentangTerpilih } from '../taskpane/host';
import type { WorkbookGrid } from '../core/grid';
import type { Temuan } from '../core/model';
import type { RencanaTulis } from '../core/tulis/rencana';
import { Pengaturan, pengaturanDariTeks, potongPengaturan } from '../core/pengaturan';
import type { DataGrafik } from '../core/grafik';
import { workbookKeGrid } from '../xlsx/baca';
import { buatLembarTemuan, hapusTanda, HasilTulisXlsx, tandaiSel, tulisRencana } from '../xlsx/tandai';
import { hitungRumusSakip, isiHasilRumusSakip, pesanRumusSakip } from '../xlsx/hitung';
import type { Bahasa } from '../core/pesan/bahasa';
import { LEMBAR_PENGATURAN } from '../core/lembarSendiri';

export interface Pilihan {
  lembar: string;
  /** The cell to centre (a finding's cell, or a table's top-left cell). */
  sel: string;
  /** A range to highlight (a table chosen in the reading view), "B4:H31". */
  rentang?: string;
}

export class DemoHost implements Host {
  readonly jenis = 'demo' as const;
  private pendengar: ((pilihan: Pilihan) => void)[] = [];

  constructor(
    readonly wb: ExcelJS.Workbook,
    readonly namaBerkas: string,
  ) {}

  onPilih(pendengar: (pilihan: Pilihan) => void): () => void {
    this.pendengar.push(pendengar);
    return () => (this.pendengar = this.pendengar.filter((x) => x !== pendengar));
  }

  async bacaWorkbook(progres?: (bagian: number) => void): Promise<WorkbookGrid> {
    progres?.(0.5);
    const grid = workbookKeGrid(this.wb);
    progres?.(1);
    return grid;
  }

  /** What the preview shows (a finding's cell or a table); the range the user picked in it, if any. */
  private terakhir: Pilihan | null = null;
  private dipilihPengguna: RentangTerpilih | null = null;

  async pilihSel(lembar: string, sel: string): Promise<void> {
    this.kabari({ lembar, sel });
  }

  async pilihRentang(lembar: string, rentang: string): Promise<void> {
    this.kabari({ lembar, sel: rentang.split(':')[0], rentang });
  }

  /** The preview tells the host which range the user dragged over (the demo's "selection"). */
  pilihDiPratinjau(dipilih: RentangTerpilih | null): void {
    this.dipilihPengguna = dipilih;
  }

  /** The range picked in the preview, else what the preview shows (a table's range, a finding's cell). */
  async bacaPilihan(): Promise<RentangTerpilih | null> {
    if (this.dipilihPengguna) return this.dipilihPengguna;
    const ditampilkan = this.terakhir;
    return ditampilkan ? { lembar: ditampilkan.lembar, rentang: ditampilkan.rentang ?? ditampilkan.sel } : null;
  }

  private kabari(pilihan: Pilihan): void {
    this.terakhir = pilihan;
    this.dipilihPengguna = null;
    for (const dengar of this.pendengar) dengar(pilihan);
  }

  async tandai(temuan: Temuan[], bahasa: Bahasa = 'id'): Promise<number> {
    return tandaiSel(this.wb, temuan, bahasa);
  }

  async hapusTanda(): Promise<number> {
    return hapusTanda(this.wb, { laporan: true });
  }

  async tulis(rencana: RencanaTulis[], timpa: boolean): Promise<HasilTulis & HasilTulisXlsx> {
    return tulisRencana(this.wb, rencana, timpa);
  }

  async buatLaporan(temuan: Temuan[], bahasa: Bahasa, grafik?: DataGrafik): Promise<void> {
    buatLembarTemuan(this.wb, temuan, bahasa, grafik);
  }

  /** Settings on the very hidden settings sheet, column A (split under Excel's cell limit), as `sakip periksa` reads them. */
  async simpanPengaturan(pengaturan: Pengaturan): Promise<void> {
    const ws =
      this.wb.getWorksheet(LEMBAR_PENGATURAN) ?? this.wb.addWorksheet(LEMBAR_PENGATURAN, { state: 'veryHidden' });
    const potong = potongPengaturan(pengaturan);
    const barisLama = ws.rowCount;
    potong.forEach((x, i) => (ws.getCell(i + 1, 1).value = x));
    for (let baris = potong.length + 1; baris <= barisLama; baris++) ws.getCell(baris, 1).value = null;
  }

  async muatPengaturan(): Promise<Pengaturan | null> {
    const ws = this.wb.getWorksheet(LEMBAR_PENGATURAN);
    if (!ws) return null;
    const potong: string[] = [];
    ws.getColumn(1).eachCell((sel) => {
      if (typeof sel.value === 'string') potong.push(sel.value);
    });
    return pengaturanDariTeks(potong.join(''));
  }

  /** What the last download did to formulas (for the message shown with it). */
  rumusUnduhan = { dihitung: 0, tanpaHasil: 0 };

  /**
   * The annotated copy. SAKIP.* formulas still without a cached result get the value they compute, so the
   * file shows it where the add-in is not installed (until the workbook is recalculated there).
   */
  async unduh(): Promise<Blob> {
    this.rumusUnduhan = isiHasilRumusSakip(this.wb);
    const buf = await this.wb.xlsx.writeBuffer();
    return new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  }

  /** The sentence to show with a download, or null when it holds no SAKIP.* formulas. */
  pesanUnduhan(bahasa: Bahasa = 'id'): string | null {
    return pesanRumusSakip(hitungRumusSakip(this.wb), bahasa);
  }
}
