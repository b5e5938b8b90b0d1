/**
 * Browser host for the pane: the workbook is an ExcelJS workbook loaded from a file the user picked (or a
 * bundled sample). Selecting a cell shows it in the preview; "Unduh hasil" downloads the annotated copy.
 */
import type ExcelJS from 'exceljs';
import type { Host, HasilTulis } from '../taskpane/host';
import type { WorkbookGrid } from '../core/grid';
import type { Temuan } from '../core/model';
import type { RencanaTulis } from '../core/tulis/rencana';
import { Pengaturan, bacaPengaturan } from '../core/pengaturan';
import type { DataGrafik } from '../core/grafik';
import { workbookKeGrid } from '../xlsx/baca';
import { buatLembarTemuan, hapusTanda, tandaiSel, tulisRencana } from '../xlsx/tandai';

import { LEMBAR_PENGATURAN, LEMBAR_TEMUAN } from '../core/lembarSendiri';

export interface Pilihan {
  lembar: string;
  sel: string;
}

export class DemoHost implements Host {
  readonly jenis = 'demo' as const;
  private pendengar: ((p: Pilihan) => void)[] = [];

  constructor(
    readonly wb: ExcelJS.Workbook,
    readonly namaBerkas: string,
  ) {}

  onPilih(f: (p: Pilihan) => void): () => void {
    this.pendengar.push(f);
    return () => (this.pendengar = this.pendengar.filter((x) => x !== f));
  }

  async bacaWorkbook(progres?: (p: number) => void): Promise<WorkbookGrid> {
    progres?.(0.5);
    const g = workbookKeGrid(this.wb);
    progres?.(1);
    return g;
  }

  async pilihSel(lembar: string, sel: string): Promise<void> {
    for (const f of this.pendengar) f({ lembar, sel });
  }

  async tandai(temuan: Temuan[]): Promise<number> {
    return tandaiSel(this.wb, temuan);
  }

  async hapusTanda(): Promise<number> {
    const n = hapusTanda(this.wb);
    const lap = this.wb.getWorksheet(LEMBAR_TEMUAN);
    if (lap) this.wb.removeWorksheet(lap.id);
    return n;
  }

  async tulis(rencana: RencanaTulis[], timpa: boolean): Promise<HasilTulis> {
    return tulisRencana(this.wb, rencana, timpa);
  }

  async buatLaporan(temuan: Temuan[], bahasa: 'id' | 'en', grafik?: DataGrafik): Promise<void> {
    buatLembarTemuan(this.wb, temuan, bahasa, grafik);
  }

  async simpanPengaturan(p: Pengaturan): Promise<void> {
    const ws =
      this.wb.getWorksheet(LEMBAR_PENGATURAN) ?? this.wb.addWorksheet(LEMBAR_PENGATURAN, { state: 'veryHidden' });
    ws.getCell('A1').value = JSON.stringify(p);
  }

  async muatPengaturan(): Promise<Pengaturan | null> {
    const v = this.wb.getWorksheet(LEMBAR_PENGATURAN)?.getCell('A1').value;
    if (typeof v !== 'string') return null;
    try {
      return bacaPengaturan(JSON.parse(v));
    } catch {
      return null;
    }
  }

  async unduh(): Promise<Blob> {
    const buf = await this.wb.xlsx.writeBuffer();
    return new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  }
}
