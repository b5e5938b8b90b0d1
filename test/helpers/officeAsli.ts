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
  const g: Record<string, unknown> = {
    console: { log: () => undefined, warn: () => undefined, error: console.error, info: () => undefined },
    setTimeout,
    clearTimeout,
    // the client keeps timers of its own; they must not keep the test process alive
    setInterval: (f: () => void, ms?: number) => {
      const t = setInterval(f, ms);
      t.unref();
      return t;
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
  g.window = g;
  g.self = g;
  vm.createContext(g);
  vm.runInContext(fs.readFileSync(KLIEN, 'utf8'), g, { filename: 'excel-web-16.00.debug.js' });
  const k = g as unknown as Kotak;
  // the host bridge: where the web client hands its request to Excel
  k.OSF.DDA.RichApi.executeRichApiRequestAsync = (pesan: unknown[], selesai: (r: unknown) => void) => {
    const s = layanan;
    setTimeout(() => {
      if (!s) selesai({ status: 'failed', error: { code: 5001, message: 'No document' } });
      else selesai(s.proses(pesan));
    }, 0);
  };
  // the host information Office.js gets at initialisation: requirement sets, settings, UI language
  // (office.js's loader creates OSF._OfficeAppFactory when Office initialises; Office.context reads it)
  k.OSF._OfficeAppFactory = { getContext: () => layanan?.konteksOffice };
  kotak = k;
  return k;
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
  run: <T>(f: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
  stat: Statistik;
  isSetSupported: (nama: string, versi?: string) => boolean;
  Excel: typeof Excel;
  pengaturan: Map<string, unknown>;
}

/** Excel.run of the real client over `wb`. */
export function excelAsli(wb: WorkbookPalsu, opsi: OpsiAsli = {}): ExcelAsli {
  const k = muatKlien();
  const server = new ServerRichApi(wb, opsi);
  // the document the client talks to: the latest one created, and whichever run() was called last
  layanan = server;
  return {
    run: async <T>(f: (ctx: Excel.RequestContext) => Promise<T>) => {
      layanan = server;
      return k.Excel.run(f);
    },
    stat: server.stat,
    isSetSupported: (n, v) => server.didukung(n, v ?? '1.1'),
    Excel: k.Excel,
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

function bandingVersi(a: string, b: string): number {
  const [x1, y1] = a.split('.').map(Number);
  const [x2, y2] = b.split('.').map(Number);
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
  constructor(readonly d: Dok) {
    super();
  }
  navigasi(nama: string): ObjekServer {
    if (nama === 'worksheets') return new KoleksiLembarServer(this.d);
    return super.navigasi(nama);
  }
}

class KoleksiLembarServer extends ObjekServer {
  readonly kelas = 'WorksheetCollection';
  constructor(readonly d: Dok) {
    super();
  }
  butir(): ObjekServer[] {
    return this.d.wb.sheets.map((l) => new LembarServer(this.d, l));
  }
  cari(kunci: unknown): LembarPalsu | undefined {
    const k = String(kunci);
    return this.d.wb.sheets.find((l) => l.id === k) ?? this.d.wb.lembar(k);
  }
  indeks(kunci: unknown): ObjekServer {
    const l = this.cari(kunci);
    if (!l) throw new GalatOffice('ItemNotFound', `The requested resource doesn't exist.`);
    return new LembarServer(this.d, l);
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'getItem') return this.indeks(args[0]);
    if (nama === 'getItemOrNullObject') {
      const l = this.cari(args[0]);
      return l ? new LembarServer(this.d, l) : new ObjekNull('Worksheet');
    }
    if (nama === 'add') {
      const l = this.d.wb.tambahLembar(String(args[0] ?? `Sheet${this.d.wb.sheets.length + 1}`));
      return new LembarServer(this.d, l);
    }
    if (nama === 'getItemAt') return new LembarServer(this.d, this.d.wb.sheets[Number(args[0])]);
    return super.metode(nama, args);
  }
}

class LembarServer extends ObjekServer {
  readonly kelas = 'Worksheet';
  constructor(
    readonly d: Dok,
    readonly l: LembarPalsu,
  ) {
    super();
  }
  ada(): LembarPalsu {
    if (!this.d.wb.sheets.includes(this.l)) throw new GalatOffice('ItemNotFound', `The worksheet no longer exists.`);
    return this.l;
  }
  skalar(): string[] {
    return ['name', 'id', 'position', 'visibility'];
  }
  idButir(): string {
    return this.l.id;
  }
  baca(nama: string): unknown {
    const l = this.ada();
    if (nama === 'name') return l.name;
    if (nama === 'id') return l.id;
    if (nama === 'position') return this.d.wb.sheets.indexOf(l);
    if (nama === 'visibility') return l.visibility;
    return super.baca(nama);
  }
  tulis(nama: string, v: unknown): void {
    const l = this.ada();
    if (nama === 'visibility') return this.d.wb.aturVisibilitas(l, String(v));
    if (nama === 'name') {
      const lain = this.d.wb.lembar(String(v));
      if (lain && lain !== l) throw new GalatOffice('ItemAlreadyExists', 'The name is already used.');
      l.name = String(v);
      return;
    }
    super.tulis(nama, v);
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
    const l = this.ada();
    if (nama === 'getRange') {
      const a = args[0] === undefined || args[0] === null ? null : String(args[0]);
      if (a === null) return new RangeServer(this, { r1: 0, c1: 0, r2: 1048575, c2: 16383 });
      return new RangeServer(this, rentangDari(a));
    }
    if (nama === 'getRangeByIndexes') {
      const [r, c, n, m] = args.map(Number);
      if (!(n > 0 && m > 0 && r >= 0 && c >= 0))
        throw new GalatOffice('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      return new RangeServer(this, { r1: r, c1: c, r2: r + n - 1, c2: c + m - 1 });
    }
    if (nama === 'getUsedRangeOrNullObject' || nama === 'getUsedRange') {
      const u = l.used(args[0] === true);
      if (u) return new RangeServer(this, u);
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
      this.d.wb.hapusLembar(l);
      return null;
    }
    if (nama === 'activate') {
      if (l.visibility !== 'Visible') throw new GalatOffice('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.d.wb.active = l.name;
      return null;
    }
    return super.metode(nama, args);
  }
}

function rentangDari(a: string): Rentang {
  const tanpaLembar = a.includes('!') ? a.slice(a.lastIndexOf('!') + 1) : a;
  try {
    return parseRentang(tanpaLembar.replace(/\$/g, ''));
  } catch {
    throw new GalatOffice('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${a}`);
  }
}

function selBaca(l: LembarPalsu, r: number, c: number): SelPalsu | undefined {
  return l.cells.get(`${r},${c}`);
}

function nilaiSel(l: LembarPalsu, s: SelPalsu | undefined): unknown {
  if (!s) return '';
  if (s.error) return s.error;
  if (s.formula !== undefined) return s.value !== undefined ? s.value : nilaiRumus(l, s.formula);
  return s.value ?? '';
}

function tipeSel(l: LembarPalsu, s: SelPalsu | undefined): string {
  if (!s) return 'Empty';
  if (s.error) return 'Error';
  const v = nilaiSel(l, s);
  if (v === '' || v === undefined) return 'Empty';
  return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
}

function isiSel(s: SelPalsu | undefined): Required<Pick<SelPalsu, 'fill'>>['fill'] {
  return s?.fill ?? { color: '#FFFFFF', pattern: 'None' };
}

class RangeServer extends ObjekServer {
  readonly kelas: string = 'Range';
  constructor(
    readonly ws: LembarServer,
    readonly x: Rentang,
  ) {
    super();
  }
  get l(): LembarPalsu {
    return this.ws.ada();
  }
  matriks<T>(f: (s: SelPalsu | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.x.r1; r <= this.x.r2; r++) {
      const row: T[] = [];
      for (let c = this.x.c1; c <= this.x.c2; c++) row.push(f(selBaca(this.l, r, c), r, c));
      out.push(row);
    }
    return out;
  }
  setiap(f: (s: SelPalsu, r: number, c: number) => void): void {
    for (let r = this.x.r1; r <= this.x.r2; r++)
      for (let c = this.x.c1; c <= this.x.c2; c++) f(this.l.sel(r, c), r - this.x.r1, c - this.x.c1);
  }
  skalar(): string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'formulas', 'numberFormat'];
  }
  baca(nama: string): unknown {
    const l = this.l;
    const x = this.x;
    switch (nama) {
      case 'address':
        return `${kutipNama(l.name)}!${alamatRentang(x)}`;
      case 'rowIndex':
        return x.r1;
      case 'columnIndex':
        return x.c1;
      case 'rowCount':
        return x.r2 - x.r1 + 1;
      case 'columnCount':
        return x.c2 - x.c1 + 1;
      case 'cellCount':
        return (x.r2 - x.r1 + 1) * (x.c2 - x.c1 + 1);
      case 'values':
        return this.matriks((s) => nilaiSel(l, s));
      case 'formulas':
        return this.matriks((s) =>
          s?.formula !== undefined ? `=${s.formula}` : s?.error ? s.error : (s?.value ?? ''),
        );
      case 'numberFormat':
        return this.matriks((s) => s?.numberFormat ?? 'General');
      case 'valueTypes':
        return this.matriks((s) => tipeSel(l, s));
      case 'text':
        return this.matriks((s) => String(nilaiSel(l, s)));
      case 'hyperlink': {
        const h = selBaca(l, x.r1, x.c1)?.hyperlink;
        return h ? { ...h } : null;
      }
    }
    return super.baca(nama);
  }
  tulis(nama: string, v: unknown): void {
    if (nama === 'values' || nama === 'formulas') {
      const m = periksaBentuk(v, this.x, `Range.${nama}`);
      this.setiap((s, r, c) => tulisMasukan(s, m[r][c]));
      return;
    }
    if (nama === 'numberFormat') {
      const m = periksaBentuk(v, this.x, 'Range.numberFormat');
      this.setiap((s, r, c) => {
        if (m[r][c] !== null) s.numberFormat = String(m[r][c]);
      });
      return;
    }
    if (nama === 'hyperlink') {
      const h = v as { documentReference?: string; textToDisplay?: string };
      this.setiap((s) => {
        s.hyperlink = { ...h };
        if (h.textToDisplay !== undefined) tulisMasukan(s, h.textToDisplay);
      });
      return;
    }
    super.tulis(nama, v);
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
        const m = periksaBentuk(args[0], this.x, 'Range.setCellProperties');
        this.setiap((s, r, c) => aturPropertiSel(s, m[r][c] as Record<string, unknown>));
        return null;
      }
      case 'getRowProperties': {
        const out = [];
        for (let r = this.x.r1; r <= this.x.r2; r++)
          out.push({ rowIndex: r, rowHidden: this.l.barisTersembunyi.has(r) });
        return out;
      }
      case 'getMergedAreasOrNullObject': {
        const m = this.l.merges.filter(
          (g) => g.r1 <= this.x.r2 && g.r2 >= this.x.r1 && g.c1 <= this.x.c2 && g.c2 >= this.x.c1,
        );
        return m.length === 0 ? new ObjekNull('RangeAreas') : new AreaServer(this.ws, m);
      }
      case 'select':
        this.ws.d.wb.selected = `${this.l.name}!${alamatRentang(this.x)}`;
        return null;
      case 'clear':
        this.setiap((s, r, c) => this.l.cells.delete(`${this.x.r1 + r},${this.x.c1 + c}`));
        return null;
      case '_ValidateArraySize':
        // the client checks a large array against the range before sending it in 1 500-cell slices
        if (Number(args[0]) !== this.x.r2 - this.x.r1 + 1 || Number(args[1]) !== this.x.c2 - this.x.c1 + 1)
          throw new GalatOffice('InvalidArgument', "The array's size doesn't match the range.");
        return null;
      case 'getRow':
        return new RangeServer(this.ws, {
          ...this.x,
          r1: this.x.r1 + Number(args[0]),
          r2: this.x.r1 + Number(args[0]),
        });
      case 'getColumn':
        return new RangeServer(this.ws, {
          ...this.x,
          c1: this.x.c1 + Number(args[0]),
          c2: this.x.c1 + Number(args[0]),
        });
      case 'getBoundingRect': {
        const y = (args[0] as RangeServer).x;
        return new RangeServer(this.ws, {
          r1: Math.min(this.x.r1, y.r1),
          c1: Math.min(this.x.c1, y.c1),
          r2: Math.max(this.x.r2, y.r2),
          c2: Math.max(this.x.c2, y.c2),
        });
      }
      case 'getCell':
        return new RangeServer(this.ws, {
          r1: this.x.r1 + Number(args[0]),
          c1: this.x.c1 + Number(args[1]),
          r2: this.x.r1 + Number(args[0]),
          c2: this.x.c1 + Number(args[1]),
        });
    }
    return super.metode(nama, args);
  }
}

function kutipNama(n: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(n) ? n : `'${n.replace(/'/g, "''")}'`;
}

/** getCellProperties: only the requested properties, in the shape asked for. */
function propertiSel(s: SelPalsu | undefined, minta: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const fmt = (minta?.format ?? {}) as Record<string, unknown>;
  if (minta?.address) out.address = '';
  const f: Record<string, unknown> = {};
  if (fmt.font) {
    const mf = fmt.font as Record<string, unknown>;
    const font: Record<string, unknown> = {};
    if (mf.bold) font.bold = !!s?.bold;
    f.font = font;
  }
  if (fmt.indentLevel) f.indentLevel = s?.indent ?? 0;
  if (fmt.fill) {
    const mi = fmt.fill as Record<string, unknown>;
    const isi = isiSel(s);
    const fill: Record<string, unknown> = {};
    if (mi.color) fill.color = isi.color;
    if (mi.pattern) fill.pattern = isi.pattern;
    if (mi.patternColor) fill.patternColor = isi.patternColor ?? '#000000';
    if (mi.tintAndShade) fill.tintAndShade = isi.tintAndShade ?? 0;
    if (mi.patternTintAndShade) fill.patternTintAndShade = isi.patternTintAndShade ?? 0;
    f.fill = fill;
  }
  if (Object.keys(f).length) out.format = f;
  return out;
}

function aturPropertiSel(s: SelPalsu, p: Record<string, unknown> | null): void {
  const fmt = (p?.format ?? {}) as Record<string, unknown>;
  if (fmt.font) {
    const font = fmt.font as Record<string, unknown>;
    if (font.bold !== undefined) s.bold = !!font.bold;
  }
  if (fmt.fill) {
    const fill = fmt.fill as Partial<Record<string, unknown>>;
    if (fill.pattern === 'None') delete s.fill;
    else {
      const lama = s.fill ?? { color: '#FFFFFF', pattern: 'None' };
      const baru = { ...lama };
      if (typeof fill.color === 'string') baru.color = fill.color.toUpperCase();
      if (typeof fill.pattern === 'string') baru.pattern = fill.pattern;
      else if (baru.pattern === 'None') baru.pattern = 'Solid';
      if (typeof fill.patternColor === 'string') baru.patternColor = fill.patternColor;
      if (typeof fill.tintAndShade === 'number') baru.tintAndShade = fill.tintAndShade;
      if (typeof fill.patternTintAndShade === 'number') baru.patternTintAndShade = fill.patternTintAndShade;
      s.fill = baru;
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
    if (nama === 'address') return this.xs.map((x) => `${kutipNama(this.ws.l.name)}!${alamatRentang(x)}`).join(', ');
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
  constructor(readonly r: RangeServer[]) {
    super();
  }
  butir(): ObjekServer[] {
    return this.r;
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'getItemAt') return this.r[Number(args[0])];
    return super.metode(nama, args);
  }
}

class FormatServer extends ObjekServer {
  readonly kelas = 'RangeFormat';
  constructor(readonly r: RangeServer[]) {
    super();
  }
  navigasi(nama: string): ObjekServer {
    if (nama === 'fill') return new FillServer(this.r);
    if (nama === 'font') return new FontServer(this.r);
    return super.navigasi(nama);
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'autofitColumns') return null;
    return super.metode(nama, args);
  }
}

class FillServer extends ObjekServer {
  readonly kelas = 'RangeFill';
  constructor(readonly r: RangeServer[]) {
    super();
  }
  skalar(): string[] {
    return ['color'];
  }
  pertama(): SelPalsu | undefined {
    const x = this.r[0].x;
    return selBaca(this.r[0].l, x.r1, x.c1);
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
  tulis(nama: string, v: unknown): void {
    for (const r of this.r)
      r.setiap((s) => {
        const lama = s.fill ?? { color: '#FFFFFF', pattern: 'None' };
        if (nama === 'color')
          s.fill = {
            ...lama,
            color: String(v).toUpperCase(),
            pattern: lama.pattern === 'None' ? 'Solid' : lama.pattern,
          };
        else if (nama === 'pattern') {
          if (v === 'None') delete s.fill;
          else s.fill = { ...lama, pattern: String(v) };
        } else if (nama === 'patternColor') s.fill = { ...lama, patternColor: String(v) };
        else if (nama === 'tintAndShade') s.fill = { ...lama, tintAndShade: Number(v) };
        else if (nama === 'patternTintAndShade') s.fill = { ...lama, patternTintAndShade: Number(v) };
        else throw new GalatOffice('InvalidArgument', `RangeFill.${nama} cannot be set`);
      });
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'clear') {
      for (const r of this.r) r.setiap((s) => delete s.fill);
      return null;
    }
    return super.metode(nama, args);
  }
}

class FontServer extends ObjekServer {
  readonly kelas = 'RangeFont';
  constructor(readonly r: RangeServer[]) {
    super();
  }
  skalar(): string[] {
    return ['bold'];
  }
  baca(nama: string): unknown {
    if (nama === 'bold') {
      const x = this.r[0].x;
      return !!selBaca(this.r[0].l, x.r1, x.c1)?.bold;
    }
    return super.baca(nama);
  }
  tulis(nama: string, v: unknown): void {
    if (nama === 'bold') {
      for (const r of this.r) r.setiap((s) => (s.bold = !!v));
      return;
    }
    super.tulis(nama, v);
  }
}

class AutoFilterServer extends ObjekServer {
  readonly kelas = 'AutoFilter';
  constructor(readonly ws: LembarServer) {
    super();
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'getRangeOrNullObject') {
      const f = this.ws.l.autoFilter;
      return f ? new RangeServer(this.ws, f) : new ObjekNull('Range');
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
      this.ws.l.frozenRows = Number(args[0] ?? 1);
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
      const c = { type: String(args[0]), source: alamatRentang(sumber.x), seriesBy: String(args[2] ?? 'Auto') };
      this.ws.l.charts.push(c);
      return new GrafikServer(c);
    }
    return super.metode(nama, args);
  }
}

type Grafik = LembarPalsu['charts'][number];

class GrafikServer extends ObjekServer {
  readonly kelas = 'Chart';
  constructor(readonly c: Grafik) {
    super();
  }
  navigasi(nama: string): ObjekServer {
    if (nama === 'title') return new BagianGrafik('ChartTitle', this.c);
    if (nama === 'legend') return new BagianGrafik('ChartLegend', this.c);
    return super.navigasi(nama);
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'setPosition') {
      const [a, b] = args as RangeServer[];
      this.c.posisi = `${alamatRentang(a.x)}:${alamatRentang(b.x)}`;
      return null;
    }
    return super.metode(nama, args);
  }
}

class BagianGrafik extends ObjekServer {
  constructor(
    readonly kelas: string,
    readonly c: Grafik,
  ) {
    super();
  }
  tulis(nama: string, v: unknown): void {
    if (this.kelas === 'ChartTitle' && nama === 'text') this.c.title = String(v);
    else if (this.kelas === 'ChartLegend' && nama === 'visible') this.c.legend = !!v;
    else super.tulis(nama, v);
  }
}

class KoleksiCatatanServer extends ObjekServer {
  readonly kelas = 'NoteCollection';
  constructor(readonly ws: LembarServer) {
    super();
  }
  metode(nama: string, args: unknown[]): unknown {
    const l = this.ws.l;
    const kunci = (a: unknown) =>
      a instanceof RangeServer ? alamatRentang(a.x) : String(a).replace(/\$/g, '').toUpperCase();
    if (nama === 'add') {
      const k = kunci(args[0]);
      if (l.notes.has(k)) throw new GalatOffice('InvalidArgument', `A note already exists at ${k}.`);
      l.notes.set(k, String(args[1] ?? ''));
      return new CatatanServer(this.ws, k);
    }
    if (nama === 'getItem' || nama === 'getItemOrNullObject') {
      const k = kunci(args[0]);
      if (l.notes.has(k)) return new CatatanServer(this.ws, k);
      if (nama === 'getItem') throw new GalatOffice('ItemNotFound', `No note at ${k}.`);
      return new ObjekNull('Note');
    }
    return super.metode(nama, args);
  }
}

class CatatanServer extends ObjekServer {
  readonly kelas = 'Note';
  constructor(
    readonly ws: LembarServer,
    readonly k: string,
  ) {
    super();
  }
  skalar(): string[] {
    return ['content'];
  }
  baca(nama: string): unknown {
    if (nama === 'content') return this.ws.l.notes.get(this.k);
    return super.baca(nama);
  }
  tulis(nama: string, v: unknown): void {
    if (nama === 'content') this.ws.l.notes.set(this.k, String(v));
    else super.tulis(nama, v);
  }
  metode(nama: string, args: unknown[]): unknown {
    if (nama === 'delete') {
      this.ws.l.notes.delete(this.k);
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
  private readonly d: Dok;
  private readonly batas: number;
  private readonly referensi = new Map<string, ObjekServer>();
  private refBerikut = 1;
  readonly konteksOffice: unknown;
  constructor(
    wb: WorkbookPalsu,
    private readonly opsi: OpsiAsli,
  ) {
    this.d = new Dok(wb, opsi.versi ?? '1.15');
    this.batas = opsi.batasBytes ?? BATAS_5MB;
    const settings = this.pengaturan;
    this.konteksOffice = {
      displayLanguage: opsi.bahasa ?? 'id-ID',
      requirements: { isSetSupported: (n: string, v?: string) => this.didukung(n, v ?? '1.1') },
      document: {
        settings: {
          get: (k: string) => settings.get(k) ?? null,
          set: (k: string, v: unknown) => settings.set(k, v),
          saveAsync: (cb: (r: unknown) => void) => setTimeout(() => cb({ status: 'succeeded' }), 0),
        },
      },
    };
  }

  didukung(nama: string, versi: string): boolean {
    if (nama === 'ExcelApi') return bandingVersi(versi, this.d.versi) <= 0;
    if (nama === 'SharedRuntime') return bandingVersi(versi, '1.1') <= 0;
    if (nama === 'CustomFunctionsRuntime') return bandingVersi(versi, '1.3') <= 0;
    if (nama === 'RichApiRuntimeFlag') return false;
    return false;
  }

  private wajib(kelas: string, anggota: string): void {
    const v = VERSI[`${kelas}.${anggota}`] ?? VERSI[`${kelas}.*`];
    if (v && bandingVersi(v, this.d.versi) > 0)
      throw new GalatOffice(
        'ApiNotFound',
        `The API you are trying to use could not be found. It may be available in a newer version of Excel (${kelas}.${anggota}: ExcelApi ${v}).`,
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
      const p = body.ObjectPaths[String(id)];
      if (!p) throw new GalatOffice('InvalidRequest', `Unknown object path ${id}`);
      let o: ObjekServer;
      const args = () => argumen(p.ArgumentInfo, selesaikan);
      switch (p.ObjectPathType) {
        case 1:
          o = new WorkbookServer(this.d);
          break;
        case 4:
        case 3: {
          const induk = selesaikan(p.ParentObjectPathId!);
          const n = camel(p.Name);
          // what Excel does with a member of a null object is not documented: the stand-in refuses it, so
          // the adapter is known never to rely on it
          if (induk instanceof ObjekNull)
            throw new GalatOffice('InvalidObjectPath', `${n} on a null ${induk.kelas} (an *OrNullObject result)`);
          this.wajib(induk.kelas, n);
          o = p.ObjectPathType === 4 ? induk.navigasi(n) : (induk.metode(n, args()) as ObjekServer);
          break;
        }
        case 5: {
          const induk = selesaikan(p.ParentObjectPathId!);
          o = induk.indeks(args()[0]);
          break;
        }
        case 6: {
          const r = this.referensi.get(p.Name);
          if (!r) throw new GalatOffice('InvalidObjectPath', `Reference ${p.Name} is not valid.`);
          o = r;
          break;
        }
        case 7:
          o = new ObjekNull('null');
          break;
        default:
          throw new GalatOffice('InvalidRequest', `Object path type ${p.ObjectPathType}`);
      }
      cache.set(id, o);
      return o;
    };
    for (let i = 0; i < body.Actions.length; i++) {
      const a = body.Actions[i];
      try {
        const o = selesaikan(a.ObjectPathId);
        switch (a.ActionType) {
          case 1: {
            if (o instanceof ObjekNull) hasil.push({ ActionId: a.Id, Value: null });
            else if (dijaga.has(a.ObjectPathId))
              hasil.push({ ActionId: a.Id, Value: { _ReferenceId: dijaga.get(a.ObjectPathId) } });
            break;
          }
          case 2:
            hasil.push({ ActionId: a.Id, Value: o instanceof ObjekNull ? null : this.kueri(o, a.QueryInfo) });
            break;
          case 3: {
            const n = camel(a.Name);
            if (n === '_RemoveReference') {
              for (const r of argumen(a.ArgumentInfo, selesaikan)) if (typeof r === 'string') this.referensi.delete(r);
              break;
            }
            if (n === '_KeepReference') {
              if (!(o instanceof ObjekNull)) {
                const ref = `ref${this.refBerikut++}`;
                this.referensi.set(ref, o);
                dijaga.set(a.ObjectPathId, ref);
              }
              break;
            }
            if (o instanceof ObjekNull) throw new GalatOffice('InvalidObjectPath', `${n} on a null object`);
            this.wajib(o.kelas, n);
            const v = o.metode(n, argumen(a.ArgumentInfo, selesaikan));
            hasil.push({ ActionId: a.Id, Value: v instanceof ObjekServer ? null : (v ?? null) });
            break;
          }
          case 4: {
            const n = camel(a.Name);
            if (o instanceof ObjekNull) break;
            this.wajib(o.kelas, `${n}=`);
            this.wajib(o.kelas, n);
            o.tulis(n, argumen(a.ArgumentInfo, selesaikan)[0]);
            break;
          }
          case 5:
          case 6:
            break;
          default:
            throw new GalatOffice('InvalidRequest', `Action type ${a.ActionType} is not supported by the stand-in`);
        }
      } catch (e) {
        const g = e instanceof GalatOffice ? e : new GalatOffice('GeneralException', String(e));
        this.stat.gagal.push(`${g.code}: ${g.message} @${a.Name || body.ObjectPaths[String(a.ObjectPathId)]?.Name}`);
        return {
          Results: hasil,
          Error: { Code: g.code, Message: g.message, ActionIndex: i, HttpStatusCode: 400, Location: a.Name },
        };
      }
    }
    return { Results: hasil };
  }

  /** A Query action: the selected scalar properties (Pascal case) and expanded navigation properties. */
  private kueri(o: ObjekServer, q?: { Select?: string[]; Expand?: string[] }): unknown {
    const pilih = q?.Select && q.Select.length ? q.Select : null;
    const luaskan = q?.Expand ?? [];
    const butir = o.butir();
    if (butir) {
      const semua = pilih?.includes('*');
      return {
        _Items: butir.map((b) => {
          const x = this.nilaiObjek(b, semua ? null : pilih, luaskan) as Record<string, unknown>;
          const id = b.idButir();
          if (id !== undefined) x._Id = id;
          return x;
        }),
      };
    }
    return this.nilaiObjek(o, pilih, luaskan);
  }

  private nilaiObjek(o: ObjekServer, pilih: string[] | null, luaskan: string[]): unknown {
    if (o instanceof ObjekNull) return null;
    const out: Record<string, unknown> = {};
    const nama = pilih ?? o.skalar();
    const anak = new Map<string, string[]>();
    for (const n of nama) {
      const i = n.indexOf('/');
      if (i >= 0) {
        const k = n.slice(0, i);
        anak.set(k, [...(anak.get(k) ?? []), n.slice(i + 1)]);
        continue;
      }
      if (n === '*' || n === '$all') {
        for (const s of o.skalar()) out[pascal(s)] = o.baca(s);
        continue;
      }
      this.wajib(o.kelas, n);
      out[pascal(n)] = o.baca(n);
    }
    for (const e of luaskan) if (!anak.has(e)) anak.set(e, []);
    for (const [k, sub] of anak) {
      this.wajib(o.kelas, k);
      const nav = o.navigasi(k);
      const b = nav.butir();
      if (b) out[pascal(k)] = { _Items: b.map((x) => this.nilaiObjek(x, sub.length ? sub : null, [])) };
      else out[pascal(k)] = this.nilaiObjek(nav, sub.length ? sub : null, []);
    }
    return out;
  }
}

function argumen(
  info: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] } | undefined,
  selesaikan: (id: number) => ObjekServer,
): unknown[] {
  const a = info?.Arguments ?? [];
  const ref = info?.ReferencedObjectPathIds;
  return a.map((x, i) => (ref && ref[i] ? selesaikan(ref[i]) : x));
}
