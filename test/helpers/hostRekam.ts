/**
 * A Host for component tests: records what the pane asks of it, hands out one grid (written into as a
 * workbook would be), keeps the settings it is given, and has a selection a test can set.
 */
import type { Host, HasilTulis, RentangTerpilih } from '../../src/taskpane/host';
import type { WorkbookGrid } from '../../src/core/grid';
import { parseAlamat } from '../../src/core/grid';
import type { RencanaTulis } from '../../src/core/tulis/rencana';
import type { Pengaturan } from '../../src/core/pengaturan';
import type { Temuan } from '../../src/core/model';
import type { Bahasa } from '../../src/core/pesan/bahasa';

export class HostRekam implements Host {
  readonly jenis = 'demo' as const;
  panggilan: string[] = [];
  tulisan: { rencana: RencanaTulis[]; timpa: boolean }[] = [];
  /** Every settings object saved, in order. */
  disimpan: Pengaturan[] = [];
  /** What bacaPilihan answers. */
  pilihan: RentangTerpilih | null = null;
  private simpanan: WorkbookGrid | null = null;
  constructor(
    private grid: () => Promise<WorkbookGrid>,
    private pengaturanAwal: Pengaturan | null = null,
  ) {}
  async bacaWorkbook(progres?: (bagian: number) => void) {
    this.panggilan.push('baca');
    progres?.(0.5);
    this.simpanan ??= await this.grid();
    return this.simpanan;
  }
  async pilihSel(lembar: string, sel: string) {
    this.panggilan.push(`pilih ${lembar}!${sel}`);
  }
  async pilihRentang(lembar: string, rentang: string) {
    this.panggilan.push(`rentang ${lembar}!${rentang}`);
  }
  async bacaPilihan() {
    this.panggilan.push('bacaPilihan');
    return this.pilihan;
  }
  /** The language of each Tandai. */
  bahasaTanda: Bahasa[] = [];
  async tandai(_temuan: Temuan[], bahasa: Bahasa) {
    this.panggilan.push('tandai');
    this.bahasaTanda.push(bahasa);
    return 3;
  }
  async hapusTanda() {
    this.panggilan.push('hapus');
    return 3;
  }
  /** Writes into the grid it hands out, as a workbook would hold them. */
  async tulis(rencana: RencanaTulis[], timpa: boolean): Promise<HasilTulis> {
    this.tulisan.push({ rencana, timpa });
    const grid = this.simpanan!;
    let ditulis = 0;
    for (const rencanaSel of rencana) {
      const lembar = grid.lembar.find((x) => x.nama === rencanaSel.lembar)!;
      const { r: baris, c: kolom } = parseAlamat(rencanaSel.sel);
      const ada = lembar.baris[baris]?.[kolom];
      if (ada && ada.v !== null && !timpa) continue;
      (lembar.baris[baris] ??= [])[kolom] = rencanaSel.rumus
        ? { v: null, f: rencanaSel.rumus.replace(/^=/, '') }
        : { v: rencanaSel.nilai ?? null };
      ditulis++;
    }
    return { ditulis, dilewati: rencana.length - ditulis };
  }
  async buatLaporan() {
    this.panggilan.push('laporan');
  }
  async simpanPengaturan(pengaturan: Pengaturan) {
    this.panggilan.push('simpan');
    this.disimpan.push(pengaturan);
  }
  async muatPengaturan() {
    return this.pengaturanAwal;
  }
}
