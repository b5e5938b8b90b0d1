/**
 * The real Excel web client (node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js) loaded in a
 * Node vm context, answered by an in-process stand-in for Excel's document side.
 *
 * The seam is the one the client itself defines for the host: `OSF.DDA.RichApi.executeRichApiRequestAsync`,
 * which receives the request message the client built (a RichApi "ProcessQuery" body of ObjectPaths and
 * Actions, as JSON) and calls back with the host's response ([status, headers, body]) or an Office error
 * code. Everything above it is Microsoft's code: the proxy objects, queuing, object-path building,
 * `_KeepReference` / `_ReferenceId` tracking, null objects, PropertyNotLoaded, client-side requirement-set
 * checks, error construction. The stand-in (RichApi server below) executes the actions in order against
 * the document model of dokumenExcel.ts and enforces what Excel documents:
 * - requests and responses over 5 MB fail (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded;
 *   an oversize request is refused whole, an oversize response comes after its actions ran);
 * - an action that fails stops the batch: actions before it stay applied (Excel is not transactional);
 * - members of a requirement set newer than the build's answer ApiNotFound; `Office.context.requirements`
 *   reports the same versions to the client;
 * - plus the document rules of dokumenExcel.ts (VeryHidden sheets, parsing of written strings, shapes).
 *
 * The npm package's client knows ExcelApi up to about 1.15 (it has no `worksheet.notes`), so this harness
 * models such a build by default (`versi: '1.15'`).
 */
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import { alamatRentang, parseRentang, Rentang } from '../../src/core/grid';
import {
  GalatOffice,
  LembarPalsu,
  SelPalsu,
  WorkbookPalsu,
  nilaiRumus,
  periksaBentuk,
  tulisMasukan,
} from './dokumenExcel';

const KLIEN = path.resolve(__dirname, '../../node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js');
export const BATAS_5MB = 5 * 1024 * 1024;

interface Kotak {
  Excel: typeof Excel;
  Office: typeof Office;
  OSF: { DDA: { RichApi: Record<string, unknown> }; _OfficeAppFactory: { getContext: () => unknown } };
}

let kotak: Kotak | null = null;
let layanan: ServerRichApi | null = null;

/** The client, loaded once per test file (jest gives each file its own module registry). */
function muatKlien(): Kotak {
  if (kotak) return kotak;
  const global: Record<string, unknown> = {
    console: { log: () => undefined, warn: () => undefined, error: console.error, info: () => undefined },
    setTimeout,
    clearTimeout,
    // the client keeps timers of its own; they must not keep the test process alive
    setInterval: (langkah: () => void, ms?: number) => {
      const pewaktu = setInterval(langkah, ms);
      pewaktu.unref();
      return pewaktu;
    },
    clearInterval,
    navigator: { userAgent: 'Mozilla/5.0 (node) Excel-stand-in' },
    location: { href: 'https://localhost:3000/taskpane.html', search: '', hash: '', protocol: 'https:' },
    document: {
      readyState: 'complete',
      cookie: '',
      addEventListener: () => undefined,
      getElementsByTagName: () => [],
      createElement: () => ({ style: {}, setAttribute: () => undefined, appendChild: () => undefined }),
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  global.window = global;
  global.self = global;
  vm.createContext(global);
  vm.runInContext(fs.readFileSync(KLIEN, 'utf8'), global, { filename: 'excel-web-16.00.debug.js' });
  const kotakKlien = global as unknown as Kotak;
  // the host bridge: where the web client hands its request to Excel
  kotakKlien.OSF.DDA.RichApi.executeRichApiRequestAsync = (pesan: unknown[], selesai: (jawaban: unknown) => void) => {
    const server = layanan;
    setTimeout(() => {
      if (!server) selesai({ status: 'failed', error: { code: 5001, message: 'No document' } });
      else selesai(server.proses(pesan));
    }, 0);
  };
  // the host information Office.js gets at initialisation: requirement sets, settings, UI language
  // (office.js's loader creates OSF._OfficeAppFactory when Office initialises; Office.context reads it)
  kotakKlien.OSF._OfficeAppFactory = { getContext: () => layanan?.konteksOffice };
  kotak = kotakKlien;
  return kotakKlien;
}

export interface OpsiAsli {
  /** Highest ExcelApi version the build supports (default 1.15, what the npm client knows). */
  versi?: string;
  /** Request and response limit in bytes (Excel on the web: 5 MB). */
  batasBytes?: number;
  bahasa?: string;
}

export interface Statistik {
  /** Requests the add-in's syncs sent (the client's own clean-up requests, only _RemoveReference, not counted). */
  permintaan: number;
  /** Clean-up requests the client sends when Excel.run ends (releasing tracked ranges). */
  pembersihan: number;
  bytesPermintaanTerbesar: number;
  bytesJawabanTerbesar: number;
  gagal: string[];
}

export interface ExcelAsli {
  run: <T>(kerja: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
  stat: Statistik;
  isSetSupported: (nama: string, versi?: string) => boolean;
  Excel: typeof Excel;
  pengaturan: Map<string, unknown>;
}

/** Excel.run of the real client over `wb`. */
export function excelAsli(wb: WorkbookPalsu, opsi: OpsiAsli = {}): ExcelAsli {
  const klien = muatKlien();
  const server = new ServerRichApi(wb, opsi);
  // the document the client talks to: the latest one created, and whichever run() was called last
  layanan = server;
  return {
    run: async <T>(kerja: (ctx: Excel.RequestContext) => Promise<T>) => {
      layanan = server;
      return klien.Excel.run(kerja);
    },
    stat: server.stat,
    isSetSupported: (n, v) => server.didukung(n, v ?? '1.1'),
    Excel: klien.Excel,
    pengaturan: server.pengaturan,
  };
}

// ------------------------------------------------------------------------------------------- requirement sets

/** Members newer than ExcelApi 1.1, by class and member (as the API reference lists them). */
const VERSI: Record<string, string> = {
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.getRanges': '1.9',
  'Worksheet.autoFilter': '1.9',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.notes': '1.18',
  'Worksheet.visibility=': '1.2',
  'Range.getCellProperties': '1.9',
  'Range.setCellProperties': '1.9',
  'Range.getRowProperties': '1.9',
  'Range.getMergedAreasOrNullObject': '1.13',
  'Range.hyperlink': '1.7',
  'Range.hyperlink=': '1.7',
  'RangeFill.pattern': '1.9',
  'RangeFill.pattern=': '1.9',
  'RangeFormat.autofitColumns': '1.2',
  'AutoFilter.getRangeOrNullObject': '1.9',
  'RangeAreas.*': '1.9',
  'RangeCollection.*': '1.9',
  'NoteCollection.*': '1.18',
  'Note.*': '1.18',
};

function bandingVersi(kiri: string, kanan: string): number {
  const [x1, y1] = kiri.split('.').map(Number);
  const [x2, y2] = kanan.split('.').map(Number);
  return x1 !== x2 ? x1 - x2 : y1 - y2;
}

// ------------------------------------------------------------------------------------------- server objects

const camel = (s: string) => (s.startsWith('_') ? s : s[0].toLowerCase() + s.slice(1));
const pascal = (s: string) => s[0].toUpperCase() + s.slice(1);

abstract class ObjekServer {
  abstract readonly kelas: string;
  /** Scalar properties reported for a query without a selection. */
  skalar(): string[] {
    return [];
  }
  baca(nama: string): unknown {
    throw new GalatOffice('InvalidArgument', `Unknown property ${this.kelas}.${nama}`);
  }
  tulis(nama: string, _v: unknown): void {
    throw new GalatOffice('InvalidArgument', `Property ${this.kelas}.${nama} cannot be set`);
  }
  navigasi(nama: string): ObjekServer {
    throw new GalatOffice('InvalidArgument', `Unknown navigation ${this.kelas}.${nama}`);
  }
  metode(nama: string, _args: unknown[]): unknown {
    throw new GalatOffice('InvalidArgument', `Unknown method ${this.kelas}.${nama}`);
  }
  indeks(_kunci: unknown): ObjekServer {
    throw new GalatOffice('InvalidArgument', `${this.kelas} has no indexer`);
  }
  /** Collections: the items and the id each one is addressed by. */
  butir(): ObjekServer[] | null {
    return null;
  }
  idButir(): string | number | undefined {
    return undefined;
  }
}

class ObjekNull extends ObjekServer {
  constructor(readonly kelas: string) {
    super();
  }
}

class Dok {
  constructor(
    readonly wb: WorkbookPalsu,
    readonly versi: string,
  ) {}
}

class WorkbookServer extends ObjekServer {
  readonly kelas = 'Workbook';
  constructor(readonly dok: Dok) {
    super();
  }
  navigasi(nama: string): ObjekServer {
    if (nama === 'worksheets') return new KoleksiLembarServer(this.dok);
    return super.navigasi(nama);
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'getSelectedRange') {
      const pilihan = this.dok.wb.pilihan();
      return new RangeServer(new LembarServer(this.dok, pilihan.lembar), pilihan.rentang);
    }
    return super.metode(nama, args);
  }
}

class KoleksiLembarServer extends ObjekServer {
  readonly kelas = 'WorksheetCollection';
  constructor(readonly dok: Dok) {
    super();
  }
  butir(): ObjekServer[] {
    return this.dok.wb.sheets.map((l) => new LembarServer(this.dok, l));
  }
  cari(kunci: unknown): LembarPalsu | undefined {
    const kunciTeks = String(kunci);
    return this.dok.wb.sheets.find((l) => l.id === kunciTeks) ?? this.dok.wb.lembar(kunciTeks);
  }
  indeks(kunci: unknown): ObjekServer {
    const lembar = this.cari(kunci);
    if (!lembar) throw new GalatOffice('ItemNotFound', `The requested resource doesn't exist.`);
    return new LembarServer(this.dok, lembar);
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'getItem') return this.indeks(args[0]);
    if (nama === 'getItemOrNullObject') {
      const lembar = this.cari(args[0]);
      return lembar ? new LembarServer(this.dok, lembar) : new ObjekNull('Worksheet');
    }
    if (nama === 'add') {
      const lembar = this.dok.wb.tambahLembar(String(args[0] ?? `Sheet${this.dok.wb.sheets.length + 1}`));
      return new LembarServer(this.dok, lembar);
    }
    if (nama === 'getItemAt') return new LembarServer(this.dok, this.dok.wb.sheets[Number(args[0])]);
    return super.metode(nama, args);
  }
}

class LembarServer extends ObjekServer {
  readonly kelas = 'Worksheet';
  constructor(
    readonly dok: Dok,
    readonly lembar: LembarPalsu,
  ) {
    super();
  }
  ada(): LembarPalsu {
    if (!this.dok.wb.sheets.includes(this.lembar))
      throw new GalatOffice('ItemNotFound', `The worksheet no longer exists.`);
    return this.lembar;
  }
  skalar(): string[] {
    return ['name', 'id', 'position', 'visibility'];
  }
  idButir(): string {
    return this.lembar.id;
  }
  baca(nama: string): unknown {
    const lembar = this.ada();
    if (nama === 'name') return lembar.name;
    if (nama === 'id') return lembar.id;
    if (nama === 'position') return this.dok.wb.sheets.indexOf(lembar);
    if (nama === 'visibility') return lembar.visibility;
    return super.baca(nama);
  }
  tulis(nama: string, nilai: unknown): void {
    const lembar = this.ada();
    if (nama === 'visibility') return this.dok.wb.aturVisibilitas(lembar, String(nilai));
    if (nama === 'name') {
      const lain = this.dok.wb.lembar(String(nilai));
      if (lain && lain !== lembar) throw new GalatOffice('ItemAlreadyExists', 'The name is already used.');
      lembar.name = String(nilai);
      return;
    }
    super.tulis(nama, nilai);
  }
  navigasi(nama: string): ObjekServer {
    this.ada();
    if (nama === 'autoFilter') return new AutoFilterServer(this);
    if (nama === 'freezePanes') return new BekuServer(this);
    if (nama === 'charts') return new KoleksiGrafikServer(this);
    if (nama === 'notes') return new KoleksiCatatanServer(this);
    return super.navigasi(nama);
  }
  metode(nama: string, args: unknown[]): unknown {
    const lembar = this.ada();
    if (nama === 'getRange') {
      const alamat = args[0] === undefined || args[0] === null ? null : String(args[0]);
      if (alamat === null) return new RangeServer(this, { r1: 0, c1: 0, r2: 1048575, c2: 16383 });
      return new RangeServer(this, rentangDari(alamat));
    }
    if (nama === 'getRangeByIndexes') {
      const [baris, kolom, jumlahBaris, jumlahKolom] = args.map(Number);
      if (!(jumlahBaris > 0 && jumlahKolom > 0 && baris >= 0 && kolom >= 0))
        throw new GalatOffice('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      return new RangeServer(this, { r1: baris, c1: kolom, r2: baris + jumlahBaris - 1, c2: kolom + jumlahKolom - 1 });
    }
    if (nama === 'getUsedRangeOrNullObject' || nama === 'getUsedRange') {
      const terpakai = lembar.used(args[0] === true);
      if (terpakai) return new RangeServer(this, terpakai);
      if (nama === 'getUsedRange') return new RangeServer(this, { r1: 0, c1: 0, r2: 0, c2: 0 });
      return new ObjekNull('Range');
    }
    if (nama === 'getRanges') {
      const bagian = String(args[0] ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
      if (bagian.length === 0) throw new GalatOffice('InvalidArgument', 'The argument is invalid: no address.');
      return new AreaServer(this, bagian.map(rentangDari));
    }
    if (nama === 'delete') {
      this.dok.wb.hapusLembar(lembar);
      return null;
    }
    if (nama === 'activate') {
      if (lembar.visibility !== 'Visible')
        throw new GalatOffice('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.dok.wb.active = lembar.name;
      return null;
    }
    return super.metode(nama, args);
  }
}

function rentangDari(alamat: string): Rentang {
  const tanpaLembar = alamat.includes('!') ? alamat.slice(alamat.lastIndexOf('!') + 1) : alamat;
  try {
    return parseRentang(tanpaLembar.replace(/\$/g, ''));
  } catch {
    throw new GalatOffice(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format: ${alamat}`,
    );
  }
}

function selBaca(lembar: LembarPalsu, baris: number, kolom: number): SelPalsu | undefined {
  return lembar.cells.get(`${baris},${kolom}`);
}

function nilaiSel(lembar: LembarPalsu, sel: SelPalsu | undefined): unknown {
  if (!sel) return '';
  if (sel.error) return sel.error;
  if (sel.formula !== undefined) return sel.value !== undefined ? sel.value : nilaiRumus(lembar, sel.formula);
  return sel.value ?? '';
}

function tipeSel(lembar: LembarPalsu, sel: SelPalsu | undefined): string {
  if (!sel) return 'Empty';
  if (sel.error) return 'Error';
  const nilai = nilaiSel(lembar, sel);
  if (nilai === '' || nilai === undefined) return 'Empty';
  return typeof nilai === 'number' ? 'Double' : typeof nilai === 'boolean' ? 'Boolean' : 'String';
}

function isiSel(sel: SelPalsu | undefined): Required<Pick<SelPalsu, 'fill'>>['fill'] {
  return sel?.fill ?? { color: '#FFFFFF', pattern: 'None' };
}

class RangeServer extends ObjekServer {
  readonly kelas: string = 'Range';
  constructor(
    readonly ws: LembarServer,
    readonly rentang: Rentang,
  ) {
    super();
  }
  get l(): LembarPalsu {
    return this.ws.ada();
  }
  matriks<T>(langkah: (sel: SelPalsu | undefined, baris: number, kolom: number) => T): T[][] {
    const out: T[][] = [];
    for (let baris = this.rentang.r1; baris <= this.rentang.r2; baris++) {
      const row: T[] = [];
      for (let kolom = this.rentang.c1; kolom <= this.rentang.c2; kolom++)
        row.push(langkah(selBaca(this.l, baris, kolom), baris, kolom));
      out.push(row);
    }
    return out;
  }
  setiap(langkah: (sel: SelPalsu, baris: number, kolom: number) => void): void {
    for (let baris = this.rentang.r1; baris <= this.rentang.r2; baris++)
      for (let kolom = this.rentang.c1; kolom <= this.rentang.c2; kolom++)
        langkah(this.l.sel(baris, kolom), baris - this.rentang.r1, kolom - this.rentang.c1);
  }
  skalar(): string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'formulas', 'numberFormat'];
  }
  baca(nama: string): unknown {
    const lembar = this.l;
    const rentang = this.rentang;
    switch (nama) {
      case 'address':
        return `${kutipNama(lembar.name)}!${alamatRentang(rentang)}`;
      case 'rowIndex':
        return rentang.r1;
      case 'columnIndex':
        return rentang.c1;
      case 'rowCount':
        return rentang.r2 - rentang.r1 + 1;
      case 'columnCount':
        return rentang.c2 - rentang.c1 + 1;
      case 'cellCount':
        return (rentang.r2 - rentang.r1 + 1) * (rentang.c2 - rentang.c1 + 1);
      case 'values':
        return this.matriks((s) => nilaiSel(lembar, s));
      case 'formulas':
        return this.matriks((s) =>
          s?.formula !== undefined ? `=${s.formula}` : s?.error ? s.error : (s?.value ?? ''),
        );
      case 'numberFormat':
        return this.matriks((s) => s?.numberFormat ?? 'General');
      case 'valueTypes':
        return this.matriks((s) => tipeSel(lembar, s));
      case 'text':
        return this.matriks((s) => String(nilaiSel(lembar, s)));
      case 'hyperlink': {
        const tautan = selBaca(lembar, rentang.r1, rentang.c1)?.hyperlink;
        return tautan ? { ...tautan } : null;
      }
    }
    return super.baca(nama);
  }
  tulis(nama: string, nilai: unknown): void {
    if (nama === 'values' || nama === 'formulas') {
      const matriks = periksaBentuk(nilai, this.rentang, `Range.${nama}`);
      this.setiap((s, r, c) => tulisMasukan(s, matriks[r][c]));
      return;
    }
    if (nama === 'numberFormat') {
      const matriks = periksaBentuk(nilai, this.rentang, 'Range.numberFormat');
      this.setiap((sel, baris, kolom) => {
        if (matriks[baris][kolom] !== null) sel.numberFormat = String(matriks[baris][kolom]);
      });
      return;
    }
    if (nama === 'hyperlink') {
      const tautan = nilai as { documentReference?: string; textToDisplay?: string };
      this.setiap((sel) => {
        sel.hyperlink = { ...tautan };
        if (tautan.textToDisplay !== undefined) tulisMasukan(sel, tautan.textToDisplay);
      });
      return;
    }
    super.tulis(nama, nilai);
  }
  navigasi(nama: string): ObjekServer {
    if (nama === 'format') return new FormatServer([this]);
    if (nama === 'worksheet') return this.ws;
    return super.navigasi(nama);
  }
  metode(nama: string, args: unknown[]): unknown {
    switch (nama) {
      case 'getCellProperties':
        return this.matriks((s) => propertiSel(s, args[0] as Record<string, unknown>));
      case 'setCellProperties': {
        const matriks = periksaBentuk(args[0], this.rentang, 'Range.setCellProperties');
        this.setiap((s, r, c) => aturPropertiSel(s, matriks[r][c] as Record<string, unknown>));
        return null;
      }
      case 'getRowProperties': {
        const out = [];
        for (let baris = this.rentang.r1; baris <= this.rentang.r2; baris++)
          out.push({ rowIndex: baris, rowHidden: this.l.barisTersembunyi.has(baris) });
        return out;
      }
      case 'getMergedAreasOrNullObject': {
        const gabungan = this.l.merges.filter(
          (g) =>
            g.r1 <= this.rentang.r2 && g.r2 >= this.rentang.r1 && g.c1 <= this.rentang.c2 && g.c2 >= this.rentang.c1,
        );
        return gabungan.length === 0 ? new ObjekNull('RangeAreas') : new AreaServer(this.ws, gabungan);
      }
      case 'select':
        this.ws.dok.wb.selected = `${this.l.name}!${alamatRentang(this.rentang)}`;
        return null;
      case 'clear':
        this.setiap((s, r, c) => this.l.cells.delete(`${this.rentang.r1 + r},${this.rentang.c1 + c}`));
        return null;
      case '_ValidateArraySize':
        // the client checks a large array against the range before sending it in 1 500-cell slices
        if (
          Number(args[0]) !== this.rentang.r2 - this.rentang.r1 + 1 ||
          Number(args[1]) !== this.rentang.c2 - this.rentang.c1 + 1
        )
          throw new GalatOffice('InvalidArgument', "The array's size doesn't match the range.");
        return null;
      case 'getRow':
        return new RangeServer(this.ws, {
          ...this.rentang,
          r1: this.rentang.r1 + Number(args[0]),
          r2: this.rentang.r1 + Number(args[0]),
        });
      case 'getColumn':
        return new RangeServer(this.ws, {
          ...this.rentang,
          c1: this.rentang.c1 + Number(args[0]),
          c2: this.rentang.c1 + Number(args[0]),
        });
      case 'getBoundingRect': {
        const rentangLain = (args[0] as RangeServer).rentang;
        return new RangeServer(this.ws, {
          r1: Math.min(this.rentang.r1, rentangLain.r1),
          c1: Math.min(this.rentang.c1, rentangLain.c1),
          r2: Math.max(this.rentang.r2, rentangLain.r2),
          c2: Math.max(this.rentang.c2, rentangLain.c2),
        });
      }
      case 'getCell':
        return new RangeServer(this.ws, {
          r1: this.rentang.r1 + Number(args[0]),
          c1: this.rentang.c1 + Number(args[1]),
          r2: this.rentang.r1 + Number(args[0]),
          c2: this.rentang.c1 + Number(args[1]),
        });
    }
    return super.metode(nama, args);
  }
}

function kutipNama(nama: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(nama) ? nama : `'${nama.replace(/'/g, "''")}'`;
}

/** getCellProperties: only the requested properties, in the shape asked for. */
function propertiSel(sel: SelPalsu | undefined, minta: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const fmt = (minta?.format ?? {}) as Record<string, unknown>;
  if (minta?.address) out.address = '';
  const format: Record<string, unknown> = {};
  if (fmt.font) {
    const mf = fmt.font as Record<string, unknown>;
    const font: Record<string, unknown> = {};
    if (mf.bold) font.bold = !!sel?.bold;
    format.font = font;
  }
  if (fmt.indentLevel) format.indentLevel = sel?.indent ?? 0;
  if (fmt.fill) {
    const mi = fmt.fill as Record<string, unknown>;
    const isi = isiSel(sel);
    const fill: Record<string, unknown> = {};
    if (mi.color) fill.color = isi.color;
    if (mi.pattern) fill.pattern = isi.pattern;
    if (mi.patternColor) fill.patternColor = isi.patternColor ?? '#000000';
    if (mi.tintAndShade) fill.tintAndShade = isi.tintAndShade ?? 0;
    if (mi.patternTintAndShade) fill.patternTintAndShade = isi.patternTintAndShade ?? 0;
    format.fill = fill;
  }
  if (Object.keys(format).length) out.format = format;
  return out;
}

function aturPropertiSel(sel: SelPalsu, properti: Record<string, unknown> | null): void {
  const fmt = (properti?.format ?? {}) as Record<string, unknown>;
  if (fmt.font) {
    const font = fmt.font as Record<string, unknown>;
    if (font.bold !== undefined) sel.bold = !!font.bold;
  }
  if (fmt.fill) {
    const fill = fmt.fill as Partial<Record<string, unknown>>;
    if (fill.pattern === 'None') delete sel.fill;
    else {
      const lama = sel.fill ?? { color: '#FFFFFF', pattern: 'None' };
      const baru = { ...lama };
      if (typeof fill.color === 'string') baru.color = fill.color.toUpperCase();
      if (typeof fill.pattern === 'string') baru.pattern = fill.pattern;
      else if (baru.pattern === 'None') baru.pattern = 'Solid';
      if (typeof fill.patternColor === 'string') baru.patternColor = fill.patternColor;
      if (typeof fill.tintAndShade === 'number') baru.tintAndShade = fill.tintAndShade;
      if (typeof fill.patternTintAndShade === 'number') baru.patternTintAndShade = fill.patternTintAndShade;
      sel.fill = baru;
    }
  }
}

class AreaServer extends ObjekServer {
  readonly kelas = 'RangeAreas';
  constructor(
    readonly ws: LembarServer,
    readonly xs: Rentang[],
  ) {
    super();
  }
  skalar(): string[] {
    return ['address', 'areaCount', 'cellCount'];
  }
  baca(nama: string): unknown {
    if (nama === 'address')
      return this.xs.map((x) => `${kutipNama(this.ws.lembar.name)}!${alamatRentang(x)}`).join(', ');
    if (nama === 'areaCount') return this.xs.length;
    if (nama === 'cellCount') return this.xs.reduce((a, x) => a + (x.r2 - x.r1 + 1) * (x.c2 - x.c1 + 1), 0);
    return super.baca(nama);
  }
  navigasi(nama: string): ObjekServer {
    if (nama === 'areas') return new KoleksiRangeServer(this.xs.map((x) => new RangeServer(this.ws, x)));
    if (nama === 'format') return new FormatServer(this.xs.map((x) => new RangeServer(this.ws, x)));
    return super.navigasi(nama);
  }
}

class KoleksiRangeServer extends ObjekServer {
  readonly kelas = 'RangeCollection';
  constructor(readonly ranges: RangeServer[]) {
    super();
  }
  butir(): ObjekServer[] {
    return this.ranges;
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'getItemAt') return this.ranges[Number(args[0])];
    return super.metode(nama, args);
  }
}

class FormatServer extends ObjekServer {
  readonly kelas = 'RangeFormat';
  constructor(readonly ranges: RangeServer[]) {
    super();
  }
  navigasi(nama: string): ObjekServer {
    if (nama === 'fill') return new FillServer(this.ranges);
    if (nama === 'font') return new FontServer(this.ranges);
    return super.navigasi(nama);
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'autofitColumns') return null;
    return super.metode(nama, args);
  }
}

class FillServer extends ObjekServer {
  readonly kelas = 'RangeFill';
  constructor(readonly ranges: RangeServer[]) {
    super();
  }
  skalar(): string[] {
    return ['color'];
  }
  pertama(): SelPalsu | undefined {
    const rentang = this.ranges[0].rentang;
    return selBaca(this.ranges[0].l, rentang.r1, rentang.c1);
  }
  baca(nama: string): unknown {
    const isi = isiSel(this.pertama());
    if (nama === 'color') return isi.pattern === 'None' ? '#FFFFFF' : isi.color;
    if (nama === 'pattern') return isi.pattern;
    if (nama === 'patternColor') return isi.patternColor ?? '#000000';
    if (nama === 'tintAndShade') return isi.tintAndShade ?? 0;
    if (nama === 'patternTintAndShade') return isi.patternTintAndShade ?? 0;
    return super.baca(nama);
  }
  tulis(nama: string, nilai: unknown): void {
    for (const range of this.ranges)
      range.setiap((sel) => {
        const lama = sel.fill ?? { color: '#FFFFFF', pattern: 'None' };
        if (nama === 'color')
          sel.fill = {
            ...lama,
            color: String(nilai).toUpperCase(),
            pattern: lama.pattern === 'None' ? 'Solid' : lama.pattern,
          };
        else if (nama === 'pattern') {
          if (nilai === 'None') delete sel.fill;
          else sel.fill = { ...lama, pattern: String(nilai) };
        } else if (nama === 'patternColor') sel.fill = { ...lama, patternColor: String(nilai) };
        else if (nama === 'tintAndShade') sel.fill = { ...lama, tintAndShade: Number(nilai) };
        else if (nama === 'patternTintAndShade') sel.fill = { ...lama, patternTintAndShade: Number(nilai) };
        else throw new GalatOffice('InvalidArgument', `RangeFill.${nama} cannot be set`);
      });
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'clear') {
      for (const range of this.ranges) range.setiap((s) => delete s.fill);
      return null;
    }
    return super.metode(nama, args);
  }
}

class FontServer extends ObjekServer {
  readonly kelas = 'RangeFont';
  constructor(readonly ranges: RangeServer[]) {
    super();
  }
  skalar(): string[] {
    return ['bold'];
  }
  baca(nama: string): unknown {
    if (nama === 'bold') {
      const rentang = this.ranges[0].rentang;
      return !!selBaca(this.ranges[0].l, rentang.r1, rentang.c1)?.bold;
    }
    return super.baca(nama);
  }
  tulis(nama: string, nilai: unknown): void {
    if (nama === 'bold') {
      for (const range of this.ranges) range.setiap((s) => (s.bold = !!nilai));
      return;
    }
    super.tulis(nama, nilai);
  }
}

class AutoFilterServer extends ObjekServer {
  readonly kelas = 'AutoFilter';
  constructor(readonly ws: LembarServer) {
    super();
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'getRangeOrNullObject') {
      const filter = this.ws.lembar.autoFilter;
      return filter ? new RangeServer(this.ws, filter) : new ObjekNull('Range');
    }
    return super.metode(nama, args);
  }
}

class BekuServer extends ObjekServer {
  readonly kelas = 'WorksheetFreezePanes';
  constructor(readonly ws: LembarServer) {
    super();
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'freezeRows') {
      this.ws.lembar.frozenRows = Number(args[0] ?? 1);
      return null;
    }
    return super.metode(nama, args);
  }
}

class KoleksiGrafikServer extends ObjekServer {
  readonly kelas = 'ChartCollection';
  constructor(readonly ws: LembarServer) {
    super();
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'add') {
      const sumber = args[1] as RangeServer;
      const grafik = {
        type: String(args[0]),
        source: alamatRentang(sumber.rentang),
        seriesBy: String(args[2] ?? 'Auto'),
      };
      this.ws.lembar.charts.push(grafik);
      return new GrafikServer(grafik);
    }
    return super.metode(nama, args);
  }
}

type Grafik = LembarPalsu['charts'][number];

class GrafikServer extends ObjekServer {
  readonly kelas = 'Chart';
  constructor(readonly grafik: Grafik) {
    super();
  }
  navigasi(nama: string): ObjekServer {
    if (nama === 'title') return new BagianGrafik('ChartTitle', this.grafik);
    if (nama === 'legend') return new BagianGrafik('ChartLegend', this.grafik);
    return super.navigasi(nama);
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'setPosition') {
      const [pertama, kedua] = args as RangeServer[];
      this.grafik.posisi = `${alamatRentang(pertama.rentang)}:${alamatRentang(kedua.rentang)}`;
      return null;
    }
    return super.metode(nama, args);
  }
}

class BagianGrafik extends ObjekServer {
  constructor(
    readonly kelas: string,
    readonly grafik: Grafik,
  ) {
    super();
  }
  tulis(nama: string, nilai: unknown): void {
    if (this.kelas === 'ChartTitle' && nama === 'text') this.grafik.title = String(nilai);
    else if (this.kelas === 'ChartLegend' && nama === 'visible') this.grafik.legend = !!nilai;
    else super.tulis(nama, nilai);
  }
}

class KoleksiCatatanServer extends ObjekServer {
  readonly kelas = 'NoteCollection';
  constructor(readonly ws: LembarServer) {
    super();
  }
  metode(nama: string, args: unknown[]): unknown {
    const lembar = this.ws.lembar;
    const kunci = (a: unknown) =>
      a instanceof RangeServer ? alamatRentang(a.rentang) : String(a).replace(/\$/g, '').toUpperCase();
    if (nama === 'add') {
      const kunciCatatan = kunci(args[0]);
      if (lembar.notes.has(kunciCatatan))
        throw new GalatOffice('InvalidArgument', `A note already exists at ${kunciCatatan}.`);
      lembar.notes.set(kunciCatatan, String(args[1] ?? ''));
      return new CatatanServer(this.ws, kunciCatatan);
    }
    if (nama === 'getItem' || nama === 'getItemOrNullObject') {
      const kunciCatatan = kunci(args[0]);
      if (lembar.notes.has(kunciCatatan)) return new CatatanServer(this.ws, kunciCatatan);
      if (nama === 'getItem') throw new GalatOffice('ItemNotFound', `No note at ${kunciCatatan}.`);
      return new ObjekNull('Note');
    }
    return super.metode(nama, args);
  }
}

class CatatanServer extends ObjekServer {
  readonly kelas = 'Note';
  constructor(
    readonly ws: LembarServer,
    readonly kunci: string,
  ) {
    super();
  }
  skalar(): string[] {
    return ['content'];
  }
  baca(nama: string): unknown {
    if (nama === 'content') return this.ws.lembar.notes.get(this.kunci);
    return super.baca(nama);
  }
  tulis(nama: string, nilai: unknown): void {
    if (nama === 'content') this.ws.lembar.notes.set(this.kunci, String(nilai));
    else super.tulis(nama, nilai);
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'delete') {
      this.ws.lembar.notes.delete(this.kunci);
      return null;
    }
    return super.metode(nama, args);
  }
}

// ------------------------------------------------------------------------------------------------ protocol

interface InfoJalur {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}

interface Aksi {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

class ServerRichApi {
  readonly stat: Statistik = {
    permintaan: 0,
    pembersihan: 0,
    bytesPermintaanTerbesar: 0,
    bytesJawabanTerbesar: 0,
    gagal: [],
  };
  readonly pengaturan = new Map<string, unknown>();
  private readonly dok: Dok;
  private readonly batas: number;
  private readonly referensi = new Map<string, ObjekServer>();
  private refBerikut = 1;
  readonly konteksOffice: unknown;
  constructor(
    wb: WorkbookPalsu,
    private readonly opsi: OpsiAsli,
  ) {
    this.dok = new Dok(wb, opsi.versi ?? '1.15');
    this.batas = opsi.batasBytes ?? BATAS_5MB;
    const settings = this.pengaturan;
    this.konteksOffice = {
      displayLanguage: opsi.bahasa ?? 'id-ID',
      requirements: { isSetSupported: (n: string, v?: string) => this.didukung(n, v ?? '1.1') },
      document: {
        settings: {
          get: (k: string) => settings.get(k) ?? null,
          set: (k: string, v: unknown) => settings.set(k, v),
          saveAsync: (cb: (hasil: unknown) => void) => setTimeout(() => cb({ status: 'succeeded' }), 0),
        },
      },
    };
  }

  didukung(nama: string, versi: string): boolean {
    if (nama === 'ExcelApi') return bandingVersi(versi, this.dok.versi) <= 0;
    if (nama === 'SharedRuntime') return bandingVersi(versi, '1.1') <= 0;
    if (nama === 'CustomFunctionsRuntime') return bandingVersi(versi, '1.3') <= 0;
    if (nama === 'RichApiRuntimeFlag') return false;
    return false;
  }

  private wajib(kelas: string, anggota: string): void {
    const versiPerlu = VERSI[`${kelas}.${anggota}`] ?? VERSI[`${kelas}.*`];
    if (versiPerlu && bandingVersi(versiPerlu, this.dok.versi) > 0)
      throw new GalatOffice(
        'ApiNotFound',
        `The API you are trying to use could not be found. It may be available in a newer version of Excel (${kelas}.${anggota}: ExcelApi ${versiPerlu}).`,
      );
  }

  proses(pesan: unknown[]): unknown {
    const teks = String(pesan[4]);
    let diurai: { Actions?: Aksi[] } = {};
    try {
      diurai = JSON.parse(teks);
    } catch {
      // measured and refused below like any request
    }
    const aksi = diurai.Actions ?? [];
    if (aksi.length > 0 && aksi.every((a) => a.ActionType === 1 || a.Name === '_RemoveReference'))
      this.stat.pembersihan++;
    else this.stat.permintaan++;
    const bytes = Buffer.byteLength(teks, 'utf8');
    this.stat.bytesPermintaanTerbesar = Math.max(this.stat.bytesPermintaanTerbesar, bytes);
    if (bytes > this.batas) {
      this.stat.gagal.push('RequestPayloadSizeLimitExceeded');
      return { status: 'failed', error: { code: 5103, message: 'The request payload size has exceeded the limit.' } };
    }
    const body = diurai as { Actions: Aksi[]; ObjectPaths: Record<string, InfoJalur> };
    const jawab = this.jalankan(body);
    const keluar = JSON.stringify(jawab);
    const bytesJawab = Buffer.byteLength(keluar, 'utf8');
    this.stat.bytesJawabanTerbesar = Math.max(this.stat.bytesJawabanTerbesar, bytesJawab);
    if (bytesJawab > this.batas) {
      this.stat.gagal.push('ResponsePayloadSizeLimitExceeded');
      return { status: 'failed', error: { code: 5104, message: 'The response payload size has exceeded the limit.' } };
    }
    return { status: 'succeeded', value: { data: [200, [], keluar] } };
  }

  private jalankan(body: { Actions: Aksi[]; ObjectPaths: Record<string, InfoJalur> }): unknown {
    const hasil: { ActionId: number; Value: unknown }[] = [];
    const cache = new Map<number, ObjekServer>();
    const dijaga = new Map<number, string>();
    const selesaikan = (id: number): ObjekServer => {
      const ada = cache.get(id);
      if (ada) return ada;
      const infoJalur = body.ObjectPaths[String(id)];
      if (!infoJalur) throw new GalatOffice('InvalidRequest', `Unknown object path ${id}`);
      let objek: ObjekServer;
      const args = () => argumen(infoJalur.ArgumentInfo, selesaikan);
      switch (infoJalur.ObjectPathType) {
        case 1:
          objek = new WorkbookServer(this.dok);
          break;
        case 4:
        case 3: {
          const induk = selesaikan(infoJalur.ParentObjectPathId!);
          const nama = camel(infoJalur.Name);
          // what Excel does with a member of a null object is not documented: the stand-in refuses it, so
          // the adapter is known never to rely on it
          if (induk instanceof ObjekNull)
            throw new GalatOffice('InvalidObjectPath', `${nama} on a null ${induk.kelas} (an *OrNullObject result)`);
          this.wajib(induk.kelas, nama);
          objek = infoJalur.ObjectPathType === 4 ? induk.navigasi(nama) : (induk.metode(nama, args()) as ObjekServer);
          break;
        }
        case 5: {
          const induk = selesaikan(infoJalur.ParentObjectPathId!);
          objek = induk.indeks(args()[0]);
          break;
        }
        case 6: {
          const rujukan = this.referensi.get(infoJalur.Name);
          if (!rujukan) throw new GalatOffice('InvalidObjectPath', `Reference ${infoJalur.Name} is not valid.`);
          objek = rujukan;
          break;
        }
        case 7:
          objek = new ObjekNull('null');
          break;
        default:
          throw new GalatOffice('InvalidRequest', `Object path type ${infoJalur.ObjectPathType}`);
      }
      cache.set(id, objek);
      return objek;
    };
    for (let indeks = 0; indeks < body.Actions.length; indeks++) {
      const aksi = body.Actions[indeks];
      try {
        const objek = selesaikan(aksi.ObjectPathId);
        switch (aksi.ActionType) {
          case 1: {
            if (objek instanceof ObjekNull) hasil.push({ ActionId: aksi.Id, Value: null });
            else if (dijaga.has(aksi.ObjectPathId))
              hasil.push({ ActionId: aksi.Id, Value: { _ReferenceId: dijaga.get(aksi.ObjectPathId) } });
            break;
          }
          case 2:
            hasil.push({
              ActionId: aksi.Id,
              Value: objek instanceof ObjekNull ? null : this.kueri(objek, aksi.QueryInfo),
            });
            break;
          case 3: {
            const nama = camel(aksi.Name);
            if (nama === '_RemoveReference') {
              for (const argumenIni of argumen(aksi.ArgumentInfo, selesaikan))
                if (typeof argumenIni === 'string') this.referensi.delete(argumenIni);
              break;
            }
            if (nama === '_KeepReference') {
              if (!(objek instanceof ObjekNull)) {
                const ref = `ref${this.refBerikut++}`;
                this.referensi.set(ref, objek);
                dijaga.set(aksi.ObjectPathId, ref);
              }
              break;
            }
            if (objek instanceof ObjekNull) throw new GalatOffice('InvalidObjectPath', `${nama} on a null object`);
            this.wajib(objek.kelas, nama);
            const nilai = objek.metode(nama, argumen(aksi.ArgumentInfo, selesaikan));
            hasil.push({ ActionId: aksi.Id, Value: nilai instanceof ObjekServer ? null : (nilai ?? null) });
            break;
          }
          case 4: {
            const nama = camel(aksi.Name);
            if (objek instanceof ObjekNull) break;
            this.wajib(objek.kelas, `${nama}=`);
            this.wajib(objek.kelas, nama);
            objek.tulis(nama, argumen(aksi.ArgumentInfo, selesaikan)[0]);
            break;
          }
          case 5:
          case 6:
            break;
          default:
            throw new GalatOffice('InvalidRequest', `Action type ${aksi.ActionType} is not supported by the stand-in`);
        }
      } catch (galat) {
        const galatOffice = galat instanceof GalatOffice ? galat : new GalatOffice('GeneralException', String(galat));
        this.stat.gagal.push(
          `${galatOffice.code}: ${galatOffice.message} @${aksi.Name || body.ObjectPaths[String(aksi.ObjectPathId)]?.Name}`,
        );
        return {
          Results: hasil,
          Error: {
            Code: galatOffice.code,
            Message: galatOffice.message,
            ActionIndex: indeks,
            HttpStatusCode: 400,
            Location: aksi.Name,
          },
        };
      }
    }
    return { Results: hasil };
  }

  /** A Query action: the selected scalar properties (Pascal case) and expanded navigation properties. */
  private kueri(objek: ObjekServer, kueri?: { Select?: string[]; Expand?: string[] }): unknown {
    const pilih = kueri?.Select && kueri.Select.length ? kueri.Select : null;
    const luaskan = kueri?.Expand ?? [];
    const butir = objek.butir();
    if (butir) {
      const semua = pilih?.includes('*');
      return {
        _Items: butir.map((butirIni) => {
          const nilaiButir = this.nilaiObjek(butirIni, semua ? null : pilih, luaskan) as Record<string, unknown>;
          const id = butirIni.idButir();
          if (id !== undefined) nilaiButir._Id = id;
          return nilaiButir;
        }),
      };
    }
    return this.nilaiObjek(objek, pilih, luaskan);
  }

  private nilaiObjek(objek: ObjekServer, pilih: string[] | null, luaskan: string[]): unknown {
    if (objek instanceof ObjekNull) return null;
    const out: Record<string, unknown> = {};
    const nama = pilih ?? objek.skalar();
    const anak = new Map<string, string[]>();
    for (const namaProperti of nama) {
      const indeks = namaProperti.indexOf('/');
      if (indeks >= 0) {
        const kunci = namaProperti.slice(0, indeks);
        anak.set(kunci, [...(anak.get(kunci) ?? []), namaProperti.slice(indeks + 1)]);
        continue;
      }
      if (namaProperti === '*' || namaProperti === '$all') {
        for (const teks of objek.skalar()) out[pascal(teks)] = objek.baca(teks);
        continue;
      }
      this.wajib(objek.kelas, namaProperti);
      out[pascal(namaProperti)] = objek.baca(namaProperti);
    }
    for (const namaAnak of luaskan) if (!anak.has(namaAnak)) anak.set(namaAnak, []);
    for (const [kunci, sub] of anak) {
      this.wajib(objek.kelas, kunci);
      const nav = objek.navigasi(kunci);
      const daftarButir = nav.butir();
      if (daftarButir)
        out[pascal(kunci)] = { _Items: daftarButir.map((x) => this.nilaiObjek(x, sub.length ? sub : null, [])) };
      else out[pascal(kunci)] = this.nilaiObjek(nav, sub.length ? sub : null, []);
    }
    return out;
  }
}

function argumen(
  info: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] } | undefined,
  selesaikan: (id: number) => ObjekServer,
): unknown[] {
  const daftarArgumen = info?.Arguments ?? [];
  const ref = info?.ReferencedObjectPathIds;
  return daftarArgumen.map((x, i) => (ref && ref[i] ? selesaikan(ref[i]) : x));
}
