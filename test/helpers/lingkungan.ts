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
  h: ExcelHost;
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

function versiLebih(a: string, b: string): boolean {
  const [x, y] = a.split('.').map(Number);
  const [p, q] = b.split('.').map(Number);
  return x !== p ? x > p : y > q;
}

class SettingsPalsu {
  private m = new Map<string, unknown>();
  get(k: string) {
    return this.m.get(k) ?? null;
  }
  set(k: string, v: unknown) {
    this.m.set(k, v);
  }
  saveAsync(cb: (r: { status: string }) => void) {
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
    const jalankan = async <T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const ctx = konteks();
      try {
        return await f(ctx as unknown as Excel.RequestContext);
      } finally {
        total += ctx.syncs;
        bytesMinta = Math.max(bytesMinta, ctx.bytesMintaTerbesar);
        gagal.push(...ctx.gagal);
      }
    };
    const settings = new SettingsPalsu();
    const h = new ExcelHost(jalankan, {
      cekSet,
      bytesPerPermintaan: opsi.bytesPerPermintaan,
      settings: () => settings as unknown as Office.Settings,
    });
    return {
      h,
      syncs: () => total,
      stat: () => ({ bytesPermintaanTerbesar: bytesMinta, bytesJawabanTerbesar: 0, gagal }),
      baca: (o = {}) => jalankan((ctx) => bacaWorkbookExcel(ctx, { ...o, kemampuan: bacaKemampuan(cekSet) })),
    };
  },
};

export const ASLI: Lingkungan = {
  nama: 'real office.js client',
  mulai(wb, opsi = {}) {
    const x = excelAsli(wb, { versi: opsi.versi, batasBytes: opsi.batasBytes });
    const settings = new SettingsPalsu();
    const h = new ExcelHost(x.run, {
      cekSet: x.isSetSupported,
      bytesPerPermintaan: opsi.bytesPerPermintaan,
      settings: () => settings as unknown as Office.Settings,
    });
    return {
      h,
      syncs: () => x.stat.permintaan,
      stat: () => x.stat,
      baca: (o = {}) => x.run((ctx) => bacaWorkbookExcel(ctx, { ...o, kemampuan: bacaKemampuan(x.isSetSupported) })),
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
          .map(([k, c]) => {
            const isi: Record<string, unknown> = {};
            if (c.value !== undefined && c.value !== '') isi.v = c.value;
            if (c.formula !== undefined) isi.f = c.formula;
            if (c.error) isi.e = c.error;
            if (c.fill && c.fill.pattern !== 'None') isi.fill = c.fill;
            if (c.bold) isi.b = true;
            if (c.numberFormat && c.numberFormat !== 'General') isi.nf = c.numberFormat;
            return [k, isi] as const;
          })
          .filter(([, isi]) => Object.keys(isi).length > 0)
          .sort(([a], [b]) => (a < b ? -1 : 1)),
        [...s.notes].sort(),
      ]),
  );
}
