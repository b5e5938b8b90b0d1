/**
 * A hand-written fake of the Excel JavaScript API subset the adapter uses, over the document model of
 * dokumenExcel.ts (the same model the real office.js client talks to in officeAsli.ts):
 * - every object is a proxy; methods and property writes are queued and run at `context.sync()`, in order;
 *   a failing action stops the batch, the actions before it stay applied;
 * - reading a property that was not loaded and synced throws PropertyNotLoaded, like Office.js;
 * - *OrNullObject methods give objects whose `isNullObject` is known after sync;
 * - written strings are parsed as Excel parses typed input, shapes must match (dokumenExcel.ts);
 * - APIs newer than `versi` throw ApiNotFound when called (as the client does);
 * - a sync fails with a resource-limit error when it reads more than `batasSel` cells, and with
 *   Request/ResponsePayloadSizeLimitExceeded past `batasBytes` (estimated JSON sizes);
 * - every sync is counted.
 * Scenarios in test/excel/skenario.test.ts run on this fake and on the real client alike.
 */
import { alamat, alamatRentang, parseRentang, Rentang } from '../../src/core/grid';
import {
  GalatOffice,
  IsiPalsu,
  LembarPalsu,
  SelPalsu,
  WorkbookPalsu,
  nilaiRumus,
  periksaBentuk,
  tulisMasukan,
} from './dokumenExcel';

export { GalatOffice, LembarPalsu, WorkbookPalsu };
export type { SelPalsu, IsiPalsu };

type Aksi = () => void;

function lebihBaru(v: string, versi: string): boolean {
  const [a, b] = v.split('.').map(Number);
  const [c, d] = versi.split('.').map(Number);
  return a !== c ? a > c : b > d;
}

function ukuranJson(x: unknown): number {
  try {
    return JSON.stringify(x, (_k, v) => (v instanceof RangeProksi ? 'range' : v))?.length ?? 4;
  } catch {
    return 100;
  }
}

export class KonteksPalsu {
  syncs = 0;
  /** Fail a sync that reads more than this many cells (like a resource-limit error). */
  batasSel = Infinity;
  /** Fail a request or response over this many bytes (Excel on the web: 5 MB). */
  batasBytes = 5 * 1024 * 1024;
  /** Highest ExcelApi version of this "build". */
  versi = '1.18';
  private antrean: Aksi[] = [];
  private selDibaca = 0;
  private bytesMinta = 0;
  /** Bytes loaded in the running sync (response estimate). */
  bytesJawab = 0;
  /** Largest request seen (estimated bytes). */
  bytesMintaTerbesar = 0;
  /** Codes of the syncs that failed. */
  gagal: string[] = [];
  readonly workbook: { worksheets: KoleksiLembar };
  constructor(readonly wb: WorkbookPalsu) {
    this.workbook = { worksheets: new KoleksiLembar(this) };
  }
  wajib(v: string, api: string): void {
    if (lebihBaru(v, this.versi))
      throw new GalatOffice('ApiNotFound', `${api} needs ExcelApi ${v}; this build has ExcelApi ${this.versi}.`);
  }
  antre(a: Aksi, sel = 0, argumen?: unknown): void {
    this.antrean.push(a);
    this.selDibaca += sel;
    this.bytesMinta += 120 + (argumen === undefined ? 0 : ukuranJson(argumen));
  }
  async sync(): Promise<void> {
    this.syncs++;
    const q = this.antrean;
    const n = this.selDibaca;
    const bytes = this.bytesMinta;
    this.antrean = [];
    this.selDibaca = 0;
    this.bytesMinta = 0;
    this.bytesJawab = 0;
    await Promise.resolve();
    this.bytesMintaTerbesar = Math.max(this.bytesMintaTerbesar, bytes);
    try {
      if (bytes > this.batasBytes)
        throw new GalatOffice('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit.`);
      if (n > this.batasSel)
        throw new GalatOffice(
          'ResponsePayloadSizeLimitExceeded',
          `The response payload size has exceeded the limit (${n} cells).`,
        );
      for (const a of q) a();
      if (this.bytesJawab > this.batasBytes)
        throw new GalatOffice('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit.`);
    } catch (e) {
      this.gagal.push((e as GalatOffice).code ?? String(e));
      throw e;
    }
  }
}

/** Base of all proxies: loaded properties become readable only after sync. */
class Proksi {
  protected dimuat = new Map<string, unknown>();
  protected nullObj: boolean | undefined;
  constructor(protected readonly ctx: KonteksPalsu) {}
  protected baca<T>(nama: string): T {
    if (!this.dimuat.has(nama))
      throw new GalatOffice(
        'PropertyNotLoaded',
        `The property '${nama}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.dimuat.get(nama) as T;
  }
  protected simpan(nama: string, v: unknown): void {
    this.dimuat.set(nama, v);
    this.ctx.bytesJawab += ukuranJson(v);
  }
  tetapkanNull(x: boolean): void {
    this.nullObj = x;
  }
  get isNullObject(): boolean {
    if (this.nullObj === undefined)
      throw new GalatOffice('PropertyNotLoaded', "The property 'isNullObject' is not available before context.sync().");
    return this.nullObj;
  }
}

class KoleksiLembar extends Proksi {
  load(p: string): this {
    const minta = p.split(',').map((x) => x.trim().replace(/^items\//, ''));
    this.ctx.antre(() => {
      this.simpan(
        'items',
        this.ctx.wb.sheets.map((s) => {
          const w = new LembarProksi(this.ctx, () => s, true);
          for (const m of minta) w.tetapkan(m, m === 'name' ? s.name : m === 'visibility' ? s.visibility : undefined);
          return w;
        }),
      );
    });
    return this;
  }
  get items(): LembarProksi[] {
    return this.baca('items');
  }
  getItem(nama: string): LembarProksi {
    return new LembarProksi(this.ctx, () => {
      const s = this.ctx.wb.lembar(nama);
      if (!s) throw new GalatOffice('ItemNotFound', `The requested resource doesn't exist: ${nama}`);
      return s;
    });
  }
  getItemOrNullObject(nama: string): LembarProksi {
    const p = new LembarProksi(this.ctx, () => this.ctx.wb.lembar(nama)!);
    this.ctx.antre(() => p.tetapkanNull(!this.ctx.wb.lembar(nama)));
    return p;
  }
  add(nama: string): LembarProksi {
    this.ctx.antre(() => this.ctx.wb.tambahLembar(nama), 0, nama);
    return new LembarProksi(this.ctx, () => this.ctx.wb.lembar(nama)!);
  }
}

export class LembarProksi extends Proksi {
  readonly notes: KoleksiCatatan;
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly charts: { add: (type: string, source: RangeProksi, seriesBy?: string) => unknown };
  readonly autoFilter: { getRangeOrNullObject: () => RangeProksi };
  constructor(
    ctx: KonteksPalsu,
    readonly ambil: () => LembarPalsu,
    ada = false,
  ) {
    super(ctx);
    if (ada) this.nullObj = false;
    this.notes = new KoleksiCatatan(ctx, this);
    this.freezePanes = {
      freezeRows: (n) => {
        ctx.wajib('1.7', 'Worksheet.freezePanes');
        ctx.antre(() => (this.ambil().frozenRows = n));
      },
    };
    this.autoFilter = {
      getRangeOrNullObject: () => {
        ctx.wajib('1.9', 'Worksheet.autoFilter');
        let f: Rentang | null = null;
        const p = new RangeProksi(ctx, this, () => f!);
        ctx.antre(() => {
          f = this.nullObj ? null : this.ambil().autoFilter;
          p.tetapkanNull(f === null);
        });
        return p;
      },
    };
    this.charts = {
      add: (type, source, seriesBy = 'Auto') => {
        const c: LembarPalsu['charts'][number] = { type, source: '', seriesBy };
        ctx.antre(() => {
          c.source = alamatRentang(source.rentang());
          this.ambil().charts.push(c);
        });
        return {
          title: {
            set text(t: string) {
              ctx.antre(() => (c.title = t));
            },
          },
          legend: {
            set visible(v: boolean) {
              ctx.antre(() => (c.legend = v));
            },
          },
          setPosition: (a: RangeProksi, b: RangeProksi) =>
            ctx.antre(() => (c.posisi = `${alamatRentang(a.rentang())}:${alamatRentang(b.rentang())}`)),
        };
      },
    };
  }
  tetapkan(nama: string, v: unknown): void {
    this.dimuat.set(nama, v);
  }
  load(p: string): this {
    this.ctx.antre(() => {
      if (this.nullObj) return;
      const s = this.ambil();
      for (const x of p.split(',').map((y) => y.trim()))
        this.simpan(x, x === 'position' ? this.ctx.wb.sheets.indexOf(s) : (s as unknown as Record<string, unknown>)[x]);
    });
    return this;
  }
  get name(): string {
    return this.baca('name');
  }
  get visibility(): string {
    return this.baca('visibility');
  }
  set visibility(v: string) {
    this.ctx.wajib('1.2', 'Worksheet.visibility');
    this.ctx.antre(() => this.ctx.wb.aturVisibilitas(this.ambil(), v));
  }
  activate(): void {
    this.ctx.antre(() => {
      const l = this.ambil();
      if (l.visibility !== 'Visible') throw new GalatOffice('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.ctx.wb.active = l.name;
    });
  }
  delete(): void {
    this.ctx.antre(() => this.ctx.wb.hapusLembar(this.ambil()));
  }
  getRange(a: string): RangeProksi {
    const r = parseRentang(a.replace(/\$/g, ''));
    return new RangeProksi(this.ctx, this, () => r);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): RangeProksi {
    this.ctx.wajib('1.7', 'Worksheet.getRangeByIndexes');
    return new RangeProksi(this.ctx, this, () => ({ r1: r, c1: c, r2: r + rows - 1, c2: c + cols - 1 }));
  }
  getRanges(a: string): AreaProksi {
    this.ctx.wajib('1.9', 'Worksheet.getRanges');
    const xs = a
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)
      .map((x) => parseRentang(x.replace(/\$/g, '')));
    return new AreaProksi(this.ctx, this, () => xs);
  }
  getUsedRangeOrNullObject(hanyaNilai?: boolean): RangeProksi {
    this.ctx.wajib('1.4', 'Worksheet.getUsedRangeOrNullObject');
    let used: Rentang | null = null;
    const p = new RangeProksi(this.ctx, this, () => used!);
    this.ctx.antre(() => {
      const s = this.nullObj ? null : this.ambil();
      used = s ? s.used(hanyaNilai === true) : null;
      p.tetapkanNull(used === null);
    });
    return p;
  }
}

class KoleksiCatatan {
  constructor(
    private readonly ctx: KonteksPalsu,
    private readonly ws: LembarProksi,
  ) {}
  getItemOrNullObject(a: string): CatatanProksi {
    this.ctx.wajib('1.18', 'Worksheet.notes');
    const k = a.toUpperCase();
    const n = new CatatanProksi(this.ctx, this.ws, k);
    this.ctx.antre(() => n.tetapkanNull(!this.ws.ambil().notes.has(k)));
    return n;
  }
  getItem(a: string): CatatanProksi {
    this.ctx.wajib('1.18', 'Worksheet.notes');
    const k = a.toUpperCase();
    this.ctx.antre(() => {
      if (!this.ws.ambil().notes.has(k)) throw new GalatOffice('ItemNotFound', `No note at ${k}`);
    });
    return new CatatanProksi(this.ctx, this.ws, k);
  }
  add(target: RangeProksi | string, isi: string): CatatanProksi {
    this.ctx.wajib('1.18', 'Worksheet.notes');
    const a = typeof target === 'string' ? target.toUpperCase() : null;
    this.ctx.antre(
      () => {
        const kunci = a ?? alamat((target as RangeProksi).rentang().r1, (target as RangeProksi).rentang().c1);
        const s = this.ws.ambil();
        if (s.notes.has(kunci)) throw new GalatOffice('InvalidArgument', `A note already exists at ${kunci}`);
        s.notes.set(kunci, isi);
      },
      0,
      isi,
    );
    return new CatatanProksi(this.ctx, this.ws, a ?? '');
  }
}

class CatatanProksi extends Proksi {
  constructor(
    ctx: KonteksPalsu,
    private readonly ws: LembarProksi,
    private readonly a: string,
  ) {
    super(ctx);
  }
  load(_p: string): this {
    this.ctx.antre(() => {
      if (!this.nullObj) this.simpan('content', this.ws.ambil().notes.get(this.a));
    });
    return this;
  }
  get content(): string {
    return this.baca('content');
  }
  set content(v: string) {
    this.ctx.antre(() => this.ws.ambil().notes.set(this.a, v), 0, v);
  }
  delete(): void {
    this.ctx.antre(() => {
      if (!this.ws.ambil().notes.delete(this.a)) throw new GalatOffice('ItemNotFound', `No note at ${this.a}`);
    });
  }
}

function nilai(l: LembarPalsu, s: SelPalsu | undefined): unknown {
  if (!s) return '';
  if (s.error) return s.error;
  if (s.formula !== undefined) return s.value !== undefined ? s.value : nilaiRumus(l, s.formula);
  return s.value ?? '';
}

function tipe(l: LembarPalsu, s: SelPalsu | undefined): string {
  if (!s) return 'Empty';
  if (s.error) return 'Error';
  const v = nilai(l, s);
  if (v === '' || v === undefined) return 'Empty';
  return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
}

function isiSel(s: SelPalsu | undefined): IsiPalsu {
  return s?.fill ?? { color: '#FFFFFF', pattern: 'None' };
}

export class RangeProksi extends Proksi {
  readonly format: {
    fill: IsiProksi;
    font: FontProksi;
    autofitColumns: () => void;
  };
  constructor(
    ctx: KonteksPalsu,
    readonly ws: LembarProksi,
    readonly rentang: () => Rentang,
  ) {
    super(ctx);
    const semua = () => [this.rentang()];
    this.format = {
      fill: new IsiProksi(ctx, ws, semua),
      font: new FontProksi(ctx, ws, semua),
      autofitColumns: () => {
        ctx.wajib('1.2', 'RangeFormat.autofitColumns');
        ctx.antre(() => undefined);
      },
    };
  }
  setiapSel(f: (s: SelPalsu, r: number, c: number) => void, argumen?: unknown): void {
    this.ctx.antre(
      () => {
        const x = this.rentang();
        const l = this.ws.ambil();
        for (let r = x.r1; r <= x.r2; r++) for (let c = x.c1; c <= x.c2; c++) f(l.sel(r, c), r - x.r1, c - x.c1);
      },
      0,
      argumen,
    );
  }
  private matriks<T>(f: (s: SelPalsu | undefined, r: number, c: number) => T): T[][] {
    const x = this.rentang();
    const l = this.ws.ambil();
    const out: T[][] = [];
    for (let r = x.r1; r <= x.r2; r++) {
      const row: T[] = [];
      for (let c = x.c1; c <= x.c2; c++) row.push(f(l.cells.get(`${r},${c}`), r, c));
      out.push(row);
    }
    return out;
  }
  load(p: string): this {
    const nama = p.split(',').map((x) => x.trim());
    const butuhSel = nama.some((x) => ['values', 'formulas', 'numberFormat', 'valueTypes'].includes(x));
    this.ctx.antre(
      () => {
        if (this.nullObj) return;
        const x = this.rentang();
        const l = this.ws.ambil();
        for (const k of nama) {
          if (k === 'values')
            this.simpan(
              k,
              this.matriks((s) => nilai(l, s)),
            );
          if (k === 'formulas')
            this.simpan(
              k,
              this.matriks((s) => (s?.formula !== undefined ? `=${s.formula}` : s?.error ? s.error : (s?.value ?? ''))),
            );
          if (k === 'numberFormat')
            this.simpan(
              k,
              this.matriks((s) => s?.numberFormat ?? 'General'),
            );
          if (k === 'valueTypes')
            this.simpan(
              k,
              this.matriks((s) => tipe(l, s)),
            );
          if (k === 'rowIndex') this.simpan(k, x.r1);
          if (k === 'columnIndex') this.simpan(k, x.c1);
          if (k === 'rowCount') this.simpan(k, x.r2 - x.r1 + 1);
          if (k === 'columnCount') this.simpan(k, x.c2 - x.c1 + 1);
          if (k === 'address') this.simpan(k, `${l.name}!${alamatRentang(x)}`);
        }
      },
      butuhSel ? this.ukuran() : 0,
    );
    return this;
  }
  private ukuran(): number {
    try {
      const x = this.rentang();
      return (x.r2 - x.r1 + 1) * (x.c2 - x.c1 + 1);
    } catch {
      return 0;
    }
  }
  get values(): unknown[][] {
    return this.baca('values');
  }
  set values(v: unknown[][]) {
    this.ctx.antre(
      () => {
        const m = periksaBentuk(v, this.rentang(), 'Range.values');
        this.tulisSemua((s, r, c) => tulisMasukan(s, m[r][c]));
      },
      0,
      v,
    );
  }
  get formulas(): unknown[][] {
    return this.baca('formulas');
  }
  set formulas(v: unknown[][]) {
    this.ctx.antre(
      () => {
        const m = periksaBentuk(v, this.rentang(), 'Range.formulas');
        this.tulisSemua((s, r, c) => tulisMasukan(s, m[r][c]));
      },
      0,
      v,
    );
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.antre(
      () => {
        const m = periksaBentuk(v, this.rentang(), 'Range.numberFormat');
        this.tulisSemua((s, r, c) => {
          if (m[r][c] !== null) s.numberFormat = String(m[r][c]);
        });
      },
      0,
      v,
    );
  }
  private tulisSemua(f: (s: SelPalsu, r: number, c: number) => void): void {
    const x = this.rentang();
    const l = this.ws.ambil();
    for (let r = x.r1; r <= x.r2; r++) for (let c = x.c1; c <= x.c2; c++) f(l.sel(r, c), r - x.r1, c - x.c1);
  }
  get numberFormat(): unknown[][] {
    return this.baca('numberFormat');
  }
  get valueTypes(): string[][] {
    return this.baca('valueTypes');
  }
  get rowIndex(): number {
    return this.baca('rowIndex');
  }
  get columnIndex(): number {
    return this.baca('columnIndex');
  }
  get rowCount(): number {
    return this.baca('rowCount');
  }
  get columnCount(): number {
    return this.baca('columnCount');
  }
  set hyperlink(h: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.wajib('1.7', 'Range.hyperlink');
    this.setiapSel((s) => {
      s.hyperlink = { ...h };
      if (h.textToDisplay !== undefined) tulisMasukan(s, h.textToDisplay);
    }, h);
  }
  select(): void {
    this.ctx.antre(() => (this.ctx.wb.selected = `${this.ws.ambil().name}!${alamatRentang(this.rentang())}`));
  }
  clear(): void {
    this.ctx.antre(() => {
      const x = this.rentang();
      const l = this.ws.ambil();
      for (let r = x.r1; r <= x.r2; r++) for (let c = x.c1; c <= x.c2; c++) l.cells.delete(`${r},${c}`);
    });
  }
  getCellProperties(o: {
    format?: { font?: { bold?: boolean }; indentLevel?: boolean; fill?: Record<string, boolean> };
  }): { value: unknown[][] } {
    this.ctx.wajib('1.9', 'Range.getCellProperties');
    const hasil: { v?: unknown[][] } = {};
    this.ctx.antre(
      () => {
        hasil.v = this.matriks((s) => {
          const f: Record<string, unknown> = {};
          if (o.format?.font) f.font = { bold: !!s?.bold };
          if (o.format?.indentLevel) f.indentLevel = s?.indent ?? 0;
          if (o.format?.fill) {
            const isi = isiSel(s);
            const out: Record<string, unknown> = {};
            const m = o.format.fill;
            if (m.color) out.color = isi.color;
            if (m.pattern) out.pattern = isi.pattern;
            if (m.patternColor) out.patternColor = isi.patternColor ?? '#000000';
            if (m.tintAndShade) out.tintAndShade = isi.tintAndShade ?? 0;
            if (m.patternTintAndShade) out.patternTintAndShade = isi.patternTintAndShade ?? 0;
            f.fill = out;
          }
          return { format: f };
        });
        this.ctx.bytesJawab += ukuranJson(hasil.v);
      },
      this.ukuran(),
      o,
    );
    return {
      get value() {
        if (!hasil.v)
          throw new GalatOffice('PropertyNotLoaded', 'ClientResult.value is not available before context.sync().');
        return hasil.v;
      },
    };
  }
  setCellProperties(data: { format?: { fill?: Partial<IsiPalsu> } }[][]): void {
    this.ctx.wajib('1.9', 'Range.setCellProperties');
    this.ctx.antre(
      () => {
        const m = periksaBentuk(data, this.rentang(), 'Range.setCellProperties') as typeof data;
        this.tulisSemua((s, r, c) => {
          const fill = m[r][c]?.format?.fill;
          if (!fill) return;
          if (fill.pattern === 'None') delete s.fill;
          else {
            const lama = s.fill ?? { color: '#FFFFFF', pattern: 'None' };
            s.fill = {
              ...lama,
              ...fill,
              color: (fill.color ?? lama.color).toUpperCase(),
              pattern: fill.pattern ?? (lama.pattern === 'None' ? 'Solid' : lama.pattern),
            };
          }
        });
      },
      0,
      data,
    );
  }
  getRowProperties(_o: unknown): { value: { rowIndex: number; rowHidden: boolean }[] } {
    this.ctx.wajib('1.9', 'Range.getRowProperties');
    const hasil: { v?: { rowIndex: number; rowHidden: boolean }[] } = {};
    this.ctx.antre(() => {
      const x = this.rentang();
      const l = this.ws.ambil();
      hasil.v = [];
      for (let r = x.r1; r <= x.r2; r++) hasil.v.push({ rowIndex: r, rowHidden: l.barisTersembunyi.has(r) });
    });
    return {
      get value() {
        if (!hasil.v) throw new GalatOffice('PropertyNotLoaded', 'ClientResult.value before sync');
        return hasil.v;
      },
    };
  }
  getMergedAreasOrNullObject(): {
    load: (p: string) => void;
    readonly isNullObject: boolean;
    readonly areas: { items: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[] };
  } {
    this.ctx.wajib('1.13', 'Range.getMergedAreasOrNullObject');
    let m: Rentang[] | undefined;
    this.ctx.antre(() => {
      const x = this.rentang();
      m = this.ws.ambil().merges.filter((g) => g.r1 <= x.r2 && g.r2 >= x.r1 && g.c1 <= x.c2 && g.c2 >= x.c1);
    });
    return {
      load: () => undefined,
      get isNullObject() {
        if (m === undefined) throw new GalatOffice('PropertyNotLoaded', 'isNullObject before sync');
        return m.length === 0;
      },
      get areas() {
        if (m === undefined) throw new GalatOffice('PropertyNotLoaded', 'areas before sync');
        return {
          items: m.map((g) => ({
            rowIndex: g.r1,
            columnIndex: g.c1,
            rowCount: g.r2 - g.r1 + 1,
            columnCount: g.c2 - g.c1 + 1,
          })),
        };
      },
    };
  }
}

class AreaProksi extends Proksi {
  readonly format: { fill: IsiProksi; font: FontProksi };
  constructor(ctx: KonteksPalsu, ws: LembarProksi, xs: () => Rentang[]) {
    super(ctx);
    this.format = { fill: new IsiProksi(ctx, ws, xs), font: new FontProksi(ctx, ws, xs) };
  }
}

class IsiProksi extends Proksi {
  constructor(
    ctx: KonteksPalsu,
    private readonly ws: LembarProksi,
    private readonly xs: () => Rentang[],
  ) {
    super(ctx);
  }
  private setiap(f: (s: SelPalsu) => void, argumen?: unknown): void {
    this.ctx.antre(
      () => {
        const l = this.ws.ambil();
        for (const x of this.xs()) for (let r = x.r1; r <= x.r2; r++) for (let c = x.c1; c <= x.c2; c++) f(l.sel(r, c));
      },
      0,
      argumen,
    );
  }
  load(_p: string): this {
    this.ctx.antre(() => {
      const x = this.xs()[0];
      const isi = isiSel(this.ws.ambil().cells.get(`${x.r1},${x.c1}`));
      this.simpan('color', isi.pattern === 'None' ? '#FFFFFF' : isi.color);
      this.simpan('pattern', isi.pattern);
    });
    return this;
  }
  get color(): string {
    return this.baca('color');
  }
  set color(v: string) {
    this.setiap((s) => {
      const lama = isiSel(s);
      s.fill = { ...lama, color: v.toUpperCase(), pattern: lama.pattern === 'None' ? 'Solid' : lama.pattern };
    }, v);
  }
  get pattern(): string {
    return this.baca('pattern');
  }
  set pattern(v: string) {
    this.ctx.wajib('1.9', 'RangeFill.pattern');
    this.setiap((s) => {
      if (v === 'None') delete s.fill;
      else s.fill = { ...isiSel(s), pattern: v };
    }, v);
  }
  clear(): void {
    this.setiap((s) => delete s.fill);
  }
}

class FontProksi extends Proksi {
  constructor(
    ctx: KonteksPalsu,
    private readonly ws: LembarProksi,
    private readonly xs: () => Rentang[],
  ) {
    super(ctx);
  }
  load(_p: string): this {
    this.ctx.antre(() => {
      const x = this.xs()[0];
      this.simpan('bold', !!this.ws.ambil().cells.get(`${x.r1},${x.c1}`)?.bold);
    });
    return this;
  }
  get bold(): boolean {
    return this.baca('bold');
  }
  set bold(v: boolean) {
    this.ctx.antre(() => {
      const l = this.ws.ambil();
      for (const x of this.xs())
        for (let r = x.r1; r <= x.r2; r++) for (let c = x.c1; c <= x.c2; c++) l.sel(r, c).bold = v;
    });
  }
}

/** Build a fake workbook from an ExcelJS workbook (sample files); with `catatan`, cell notes as text too. */
export function dariExcelJS(wbJs: import('exceljs').Workbook, opsi: { catatan?: boolean } = {}): WorkbookPalsu {
  const wb = new WorkbookPalsu();
  wbJs.eachSheet((ws) => {
    const l = wb.tambah(ws.name);
    ws.eachRow({ includeEmpty: true }, (row, rn) => {
      if (row.hidden) l.barisTersembunyi.add(rn - 1);
      row.eachCell({ includeEmpty: false }, (cell, cn) => {
        if (cell.isMerged && cell.master !== cell) return;
        const s = l.sel(rn - 1, cn - 1);
        const v = cell.value as unknown;
        if (v && typeof v === 'object' && 'formula' in v) {
          const fv = v as { formula: string; result?: number | string };
          s.formula = fv.formula;
          s.value = fv.result;
        } else if (v && typeof v === 'object' && 'richText' in v)
          s.value = (v as { richText: { text: string }[] }).richText.map((x) => x.text).join('');
        else if (v && typeof v === 'object' && 'error' in v) s.error = (v as { error: string }).error;
        else if (v instanceof Date) s.value = Math.round((v.getTime() - Date.UTC(1899, 11, 30)) / 86400000);
        else if (v !== null && v !== undefined) s.value = v as number | string | boolean;
        if (cell.numFmt) s.numberFormat = cell.numFmt;
        if (cell.font?.bold) s.bold = true;
        if (cell.alignment?.indent) s.indent = cell.alignment.indent;
        const f = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
        if (f?.type === 'pattern' && f.pattern === 'solid' && f.fgColor?.argb && /^[0-9A-F]{8}$/i.test(f.fgColor.argb))
          s.fill = { color: `#${f.fgColor.argb.slice(2).toUpperCase()}`, pattern: 'Solid' };
        const catatan = cell.note;
        if (opsi.catatan && catatan !== undefined && catatan !== null)
          l.notes.set(
            cell.address,
            typeof catatan === 'string' ? catatan : (catatan.texts ?? []).map((x) => x.text).join(''),
          );
      });
    });
    l.merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map(parseRentang);
    if (ws.state === 'hidden') l.visibility = 'Hidden';
    if (ws.state === 'veryHidden') l.visibility = 'VeryHidden';
  });
  return wb;
}
