/**
 * The two ways the adapter is driven in tests, behind one interface so every scenario runs on both:
 * the hand-written fake (excelPalsu.ts) and the real office.js web client answered by the RichApi stand-in
 * (officeAsli.ts). Both work on the same document model (dokumenExcel.ts).
 */
import { ExcelHost } from '../../src/excel/host';
import { bacaWorkbookExcel } from '../../src/excel/baca';
import { bacaKemampuan } from '../../src/excel/kemampuan';
import type { WorkbookGrid } from '../../src/core/grid';
import { KonteksPalsu, WorkbookPalsu } from './excelPalsu';
import { excelAsli, Statistik } from './officeAsli';

export interface OpsiLingkungan {
  /** Highest ExcelApi version of the "build" (fake default 1.18, real client default 1.15). */
  versi?: string;
  batasBytes?: number;
  batasSel?: number;
  bytesPerPermintaan?: number;
}

export interface Jalan {
  host: ExcelHost;
  /** Syncs (requests) made so far. */
  syncs(): number;
  /** Largest request and response seen, in bytes (the fake estimates them). */
  stat(): Pick<Statistik, 'bytesPermintaanTerbesar' | 'bytesJawabanTerbesar' | 'gagal'>;
  baca(opsi?: { selPerSync?: number }): Promise<WorkbookGrid>;
}

export interface Lingkungan {
  nama: string;
  mulai(wb: WorkbookPalsu, opsi?: OpsiLingkungan): Jalan;
}

function versiLebih(versi: string, pembanding: string): boolean {
  const [mayor, minor] = versi.split('.').map(Number);
  const [mayorBanding, minorBanding] = pembanding.split('.').map(Number);
  return mayor !== mayorBanding ? mayor > mayorBanding : minor > minorBanding;
}

class SettingsPalsu {
  private peta = new Map<string, unknown>();
  get(kunci: string) {
    return this.peta.get(kunci) ?? null;
  }
  set(kunci: string, nilai: unknown) {
    this.peta.set(kunci, nilai);
  }
  saveAsync(cb: (hasil: { status: string }) => void) {
    setTimeout(() => cb({ status: 'succeeded' }), 0);
  }
}

export const PALSU: Lingkungan = {
  nama: 'fake (excelPalsu)',
  mulai(wb, opsi = {}) {
    const versi = opsi.versi ?? '1.18';
    let total = 0;
    let bytesMinta = 0;
    const gagal: string[] = [];
    const cekSet = (n: string, v: string) => n !== 'ExcelApi' || !versiLebih(v, versi);
    const konteks = () => {
      const ctx = new KonteksPalsu(wb);
      ctx.versi = versi;
      if (opsi.batasBytes) ctx.batasBytes = opsi.batasBytes;
      if (opsi.batasSel) ctx.batasSel = opsi.batasSel;
      return ctx;
    };
    const jalankan = async <T>(kerja: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const ctx = konteks();
      try {
        return await kerja(ctx as unknown as Excel.RequestContext);
      } finally {
        total += ctx.syncs;
        bytesMinta = Math.max(bytesMinta, ctx.bytesMintaTerbesar);
        gagal.push(...ctx.gagal);
      }
    };
    const settings = new SettingsPalsu();
    const host = new ExcelHost(jalankan, {
      cekSet,
      bytesPerPermintaan: opsi.bytesPerPermintaan,
      settings: () => settings as unknown as Office.Settings,
    });
    return {
      host,
      syncs: () => total,
      stat: () => ({ bytesPermintaanTerbesar: bytesMinta, bytesJawabanTerbesar: 0, gagal }),
      baca: (o = {}) => jalankan((ctx) => bacaWorkbookExcel(ctx, { ...o, kemampuan: bacaKemampuan(cekSet) })),
    };
  },
};

export const ASLI: Lingkungan = {
  nama: 'real office.js client',
  mulai(wb, opsi = {}) {
    const asli = excelAsli(wb, { versi: opsi.versi, batasBytes: opsi.batasBytes });
    const settings = new SettingsPalsu();
    const host = new ExcelHost(asli.run, {
      cekSet: asli.isSetSupported,
      bytesPerPermintaan: opsi.bytesPerPermintaan,
      settings: () => settings as unknown as Office.Settings,
    });
    return {
      host,
      syncs: () => asli.stat.permintaan,
      stat: () => asli.stat,
      baca: (o = {}) =>
        asli.run((ctx) => bacaWorkbookExcel(ctx, { ...o, kemampuan: bacaKemampuan(asli.isSetSupported) })),
    };
  },
};

export const SEMUA: Lingkungan[] = [PALSU, ASLI];

/** Everything a user could see in a sheet's cells: value, formula, fill, bold, note (for exact-restore checks). */
export function potret(wb: WorkbookPalsu, kecuali: string[] = ['_sakip_jurnal', 'Temuan SAKIP']): string {
  return JSON.stringify(
    wb.sheets
      .filter((s) => !kecuali.includes(s.name))
      .map((s) => [
        s.name,
        s.visibility,
        [...s.cells]
          .map(([kunci, sel]) => {
            const isi: Record<string, unknown> = {};
            if (sel.value !== undefined && sel.value !== '') isi.v = sel.value;
            if (sel.formula !== undefined) isi.f = sel.formula;
            if (sel.error) isi.e = sel.error;
            if (sel.fill && sel.fill.pattern !== 'None') isi.fill = sel.fill;
            if (sel.bold) isi.b = true;
            if (sel.numberFormat && sel.numberFormat !== 'General') isi.nf = sel.numberFormat;
            return [kunci, isi] as const;
          })
          .filter(([, isi]) => Object.keys(isi).length > 0)
          .sort(([a], [b]) => (a < b ? -1 : 1)),
        [...s.notes].sort(),
      ]),
  );
}
