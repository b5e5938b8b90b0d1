/**
 * An in-memory fake of the Excel JavaScript API subset the adapter uses, with Office.js semantics:
 * - every object is a proxy; methods and property writes are queued and run at `context.sync()`, in order;
 * - reading a property that was not loaded and synced throws PropertyNotLoaded, like Office.js;
 * - *OrNullObject methods give objects whose `isNullObject` is known after sync;
 * - `values` written as "=..." become formulas (as in Excel), "'..." stays text;
 * - every sync is counted, and a sync can fail with a resource-limit error when it reads too many cells.
 */
import { parseAlamat, parseRentang, alamat, alamatRentang, Rentang } from '../../src/core/grid';

export interface SelPalsu {
  value?: number | string | boolean;
  formula?: string;
  numberFormat?: string;
  fill?: { color: string; pattern: string };
  bold?: boolean;
  indent?: number;
  error?: string;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
}

export class LembarPalsu {
  cells = new Map<string, SelPalsu>();
  merges: Rentang[] = [];
  visibility = 'Visible';
  notes = new Map<string, string>();
  frozenRows = 0;
  charts: { type: string; source: string; seriesBy: string; title?: string; legend?: boolean; posisi?: string }[] = [];
  constructor(public name: string) {}
  sel(r: number, c: number): SelPalsu {
    const k = `${r},${c}`;
    let s = this.cells.get(k);
    if (!s) {
      s = {};
      this.cells.set(k, s);
    }
    return s;
  }
  lihat(a: string): SelPalsu | undefined {
    const { r, c } = parseAlamat(a);
    return this.cells.get(`${r},${c}`);
  }
  used(): Rentang | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const [k, s] of this.cells) {
      if (s.value === undefined && s.formula === undefined && s.error === undefined) continue;
      const [r, c] = k.split(',').map(Number);
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    return r2 < 0 ? null : { r1, c1, r2, c2 };
  }
}

export class WorkbookPalsu {
  sheets: LembarPalsu[] = [];
  active = '';
  selected = '';
  lembar(nama: string): LembarPalsu | undefined {
    return this.sheets.find((s) => s.name === nama);
  }
  tambah(nama: string): LembarPalsu {
    const l = new LembarPalsu(nama);
    this.sheets.push(l);
    return l;
  }
}

class GalatOffice extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

type Aksi = () => void;

export class KonteksPalsu {
  syncs = 0;
  /** Fail a sync that reads more than this many cells (like RichApi's payload limit). */
  batasSel = Infinity;
  private antrean: Aksi[] = [];
  private selDibaca = 0;
  readonly workbook: { worksheets: KoleksiLembar };
  constructor(readonly wb: WorkbookPalsu) {
    this.workbook = { worksheets: new KoleksiLembar(this) };
  }
  antre(a: Aksi, sel = 0): void {
    this.antrean.push(a);
    this.selDibaca += sel;
  }
  async sync(): Promise<void> {
    this.syncs++;
    const q = this.antrean;
    const n = this.selDibaca;
    this.antrean = [];
    this.selDibaca = 0;
    await Promise.resolve();
    if (n > this.batasSel)
      throw new GalatOffice(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${n} cells).`,
      );
    for (const a of q) a();
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
  get isNullObject(): boolean {
    if (this.nullObj === undefined)
      throw new GalatOffice('PropertyNotLoaded', "The property 'isNullObject' is not available before context.sync().");
    return this.nullObj;
  }
}

class KoleksiLembar extends Proksi {
  load(_p: string): this {
    this.ctx.antre(() => {
      this.dimuat.set(
        'items',
        this.ctx.wb.sheets.map((s) => new LembarProksi(this.ctx, () => s, s.name, true)),
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
    this.ctx.antre(() => {
      if (this.ctx.wb.lembar(nama)) throw new GalatOffice('ItemAlreadyExists', nama);
      this.ctx.wb.tambah(nama);
    });
    return new LembarProksi(this.ctx, () => this.ctx.wb.lembar(nama)!);
  }
}

export class LembarProksi extends Proksi {
  readonly notes: KoleksiCatatan;
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly charts: { add: (type: string, source: RangeProksi, seriesBy?: string) => unknown };
  constructor(
    ctx: KonteksPalsu,
    readonly ambil: () => LembarPalsu,
    nama?: string,
    ada = false,
  ) {
    super(ctx);
    if (nama) this.dimuat.set('name', nama);
    if (ada) this.nullObj = false;
    this.notes = new KoleksiCatatan(ctx, this);
    this.freezePanes = { freezeRows: (n) => this.ctx.antre(() => (this.ambil().frozenRows = n)) };
    this.charts = {
      add: (type, source, seriesBy = 'Auto') => {
        const c: LembarPalsu['charts'][number] = { type, source: '', seriesBy };
        this.ctx.antre(() => {
          c.source = alamatRentang(source.rentang());
          this.ambil().charts.push(c);
        });
        const ctx = this.ctx;
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
  tetapkanNull(x: boolean): void {
    this.nullObj = x;
  }
  load(p: string): this {
    this.ctx.antre(() => {
      if (this.nullObj) return;
      const s = this.ambil();
      for (const x of p.split(',')) this.dimuat.set(x.trim(), (s as unknown as Record<string, unknown>)[x.trim()]);
    });
    return this;
  }
  get name(): string {
    return this.baca('name');
  }
  set visibility(v: string) {
    this.ctx.antre(() => (this.ambil().visibility = v));
  }
  activate(): void {
    this.ctx.antre(() => (this.ctx.wb.active = this.ambil().name));
  }
  delete(): void {
    this.ctx.antre(() => (this.ctx.wb.sheets = this.ctx.wb.sheets.filter((s) => s !== this.ambil())));
  }
  getRange(a: string): RangeProksi {
    const r = parseRentang(a);
    return new RangeProksi(this.ctx, this, () => r);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): RangeProksi {
    return new RangeProksi(this.ctx, this, () => ({ r1: r, c1: c, r2: r + rows - 1, c2: c + cols - 1 }));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProksi {
    let used: Rentang | null = null;
    const p = new RangeProksi(this.ctx, this, () => used!);
    this.ctx.antre(() => {
      const s = this.nullObj ? null : this.ambil();
      used = s ? s.used() : null;
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
    const n = new CatatanProksi(this.ctx, this.ws, a.toUpperCase());
    this.ctx.antre(() => n.tetapkanNull(!this.ws.ambil().notes.has(a.toUpperCase())));
    return n;
  }
  add(target: RangeProksi | string, isi: string): CatatanProksi {
    const a = typeof target === 'string' ? target.toUpperCase() : null;
    this.ctx.antre(() => {
      const kunci =
        a ??
        alamat(
          target instanceof RangeProksi ? target.rentang().r1 : 0,
          target instanceof RangeProksi ? target.rentang().c1 : 0,
        );
      const s = this.ws.ambil();
      if (s.notes.has(kunci)) throw new GalatOffice('InvalidArgument', `A note already exists at ${kunci}`);
      s.notes.set(kunci, isi);
    });
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
  tetapkanNull(x: boolean): void {
    this.nullObj = x;
  }
  load(_p: string): this {
    this.ctx.antre(() => {
      if (!this.nullObj) this.dimuat.set('content', this.ws.ambil().notes.get(this.a));
    });
    return this;
  }
  get content(): string {
    return this.baca('content');
  }
  set content(v: string) {
    this.ctx.antre(() => this.ws.ambil().notes.set(this.a, v));
  }
  delete(): void {
    this.ctx.antre(() => {
      if (!this.ws.ambil().notes.delete(this.a)) throw new GalatOffice('ItemNotFound', `No note at ${this.a}`);
    });
  }
}

function tipe(s: SelPalsu | undefined): string {
  if (!s) return 'Empty';
  if (s.error) return 'Error';
  if (s.value === undefined || s.value === '') return 'Empty';
  return typeof s.value === 'number' ? 'Double' : typeof s.value === 'boolean' ? 'Boolean' : 'String';
}

export class RangeProksi extends Proksi {
  readonly format: { fill: IsiProksi; font: { bold: boolean }; autofitColumns: () => void };
  constructor(
    ctx: KonteksPalsu,
    readonly ws: LembarProksi,
    readonly rentang: () => Rentang,
  ) {
    super(ctx);
    const self = this;
    this.format = {
      fill: new IsiProksi(ctx, this),
      font: {
        set bold(v: boolean) {
          self.setiapSel((s) => (s.bold = v));
        },
        get bold(): boolean {
          throw new GalatOffice('PropertyNotLoaded', 'format/font/bold not loaded');
        },
      },
      autofitColumns: () => this.ctx.antre(() => undefined),
    };
  }
  tetapkanNull(x: boolean): void {
    this.nullObj = x;
  }
  setiapSel(f: (s: SelPalsu, r: number, c: number) => void): void {
    this.ctx.antre(() => {
      const x = this.rentang();
      const l = this.ws.ambil();
      for (let r = x.r1; r <= x.r2; r++) for (let c = x.c1; c <= x.c2; c++) f(l.sel(r, c), r - x.r1, c - x.c1);
    });
  }
  private matriks<T>(f: (s: SelPalsu | undefined) => T): T[][] {
    const x = this.rentang();
    const l = this.ws.ambil();
    const out: T[][] = [];
    for (let r = x.r1; r <= x.r2; r++) {
      const row: T[] = [];
      for (let c = x.c1; c <= x.c2; c++) row.push(f(l.cells.get(`${r},${c}`)));
      out.push(row);
    }
    return out;
  }
  load(p: string): this {
    const nama = p.split(',').map((x) => x.trim());
    const butuhSel = nama.some((x) => ['values', 'formulas', 'numberFormat', 'valueTypes'].includes(x));
    let n = 0;
    if (butuhSel) {
      // counted when the sync runs: the range may only be known then (used ranges)
      n = 1;
    }
    this.ctx.antre(
      () => {
        if (this.nullObj) return;
        const x = this.rentang();
        for (const k of nama) {
          if (k === 'values')
            this.dimuat.set(
              k,
              this.matriks((s) => (s?.error ? s.error : (s?.value ?? ''))),
            );
          if (k === 'formulas')
            this.dimuat.set(
              k,
              this.matriks((s) => (s?.formula ? `=${s.formula}` : (s?.value ?? ''))),
            );
          if (k === 'numberFormat')
            this.dimuat.set(
              k,
              this.matriks((s) => s?.numberFormat ?? 'General'),
            );
          if (k === 'valueTypes') this.dimuat.set(k, this.matriks(tipe));
          if (k === 'rowIndex') this.dimuat.set(k, x.r1);
          if (k === 'columnIndex') this.dimuat.set(k, x.c1);
          if (k === 'rowCount') this.dimuat.set(k, x.r2 - x.r1 + 1);
          if (k === 'columnCount') this.dimuat.set(k, x.c2 - x.c1 + 1);
          if (k === 'address') this.dimuat.set(k, `${this.ws.ambil().name}!${alamatRentang(x)}`);
        }
      },
      butuhSel ? this.ukuran() : n,
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
    this.setiapSel((s, r, c) => {
      const x = v[r][c];
      delete s.formula;
      if (typeof x === 'string' && x.startsWith("'")) s.value = x.slice(1);
      else if (typeof x === 'string' && /^[=+\-@]/.test(x) && !/^[+-]?\d+([.,]\d+)?$/.test(x)) {
        s.formula = x.replace(/^[=+@]/, '');
        s.value = undefined;
      } else s.value = x === '' ? undefined : (x as number | string | boolean);
    });
  }
  get formulas(): unknown[][] {
    return this.baca('formulas');
  }
  set formulas(v: unknown[][]) {
    this.setiapSel((s, r, c) => {
      const x = v[r][c];
      if (typeof x === 'string' && x.startsWith('=')) {
        s.formula = x.slice(1);
        s.value = undefined;
      } else {
        delete s.formula;
        s.value = x === '' ? undefined : (x as number | string);
      }
    });
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
    this.setiapSel((s) => {
      s.hyperlink = h;
      if (h.textToDisplay !== undefined && s.value === undefined) s.value = h.textToDisplay;
    });
  }
  select(): void {
    this.ctx.antre(() => (this.ctx.wb.selected = `${this.ws.ambil().name}!${alamatRentang(this.rentang())}`));
  }
  getCellProperties(_o: unknown): { value: unknown[][] } {
    const hasil: { v?: unknown[][] } = {};
    this.ctx.antre(() => {
      hasil.v = this.matriks((s) => ({ format: { font: { bold: !!s?.bold }, indentLevel: s?.indent ?? 0 } }));
    });
    return {
      get value() {
        if (!hasil.v)
          throw new GalatOffice('PropertyNotLoaded', 'ClientResult.value is not available before context.sync().');
        return hasil.v;
      },
    };
  }
  getMergedAreasOrNullObject(): {
    load: (p: string) => void;
    readonly isNullObject: boolean;
    readonly address: string;
  } {
    let alamatGabung: string | undefined;
    let nul: boolean | undefined;
    this.ctx.antre(() => {
      const x = this.rentang();
      const l = this.ws.ambil();
      const m = l.merges.filter((g) => g.r1 >= x.r1 && g.r2 <= x.r2 && g.c1 >= x.c1 && g.c2 <= x.c2);
      nul = m.length === 0;
      alamatGabung = m.map((g) => `${l.name}!${alamatRentang(g)}`).join(', ');
    });
    return {
      load: () => undefined,
      get isNullObject() {
        if (nul === undefined) throw new GalatOffice('PropertyNotLoaded', 'isNullObject before sync');
        return nul;
      },
      get address() {
        if (alamatGabung === undefined) throw new GalatOffice('PropertyNotLoaded', 'address before sync');
        return alamatGabung;
      },
    };
  }
}

class IsiProksi extends Proksi {
  constructor(
    ctx: KonteksPalsu,
    private readonly range: RangeProksi,
  ) {
    super(ctx);
  }
  load(_p: string): this {
    this.ctx.antre(() => {
      const x = this.range.rentang();
      const s = this.range.ws.ambil().cells.get(`${x.r1},${x.c1}`);
      this.dimuat.set('color', s?.fill?.color ?? '#FFFFFF');
      this.dimuat.set('pattern', s?.fill?.pattern ?? 'None');
    });
    return this;
  }
  get color(): string {
    return this.baca('color');
  }
  set color(v: string) {
    this.range.setiapSel((s) => (s.fill = { color: v, pattern: 'Solid' }));
  }
  get pattern(): string {
    return this.baca('pattern');
  }
  clear(): void {
    this.range.setiapSel((s) => delete s.fill);
  }
}

/** Build a fake workbook from a core Grid-like description (used by tests from ExcelJS files). */
export function dariExcelJS(wbJs: import('exceljs').Workbook): WorkbookPalsu {
  const wb = new WorkbookPalsu();
  wbJs.eachSheet((ws) => {
    const l = wb.tambah(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, rn) => {
      row.eachCell({ includeEmpty: false }, (cell, cn) => {
        if (cell.isMerged && cell.master !== cell) return;
        const s = l.sel(rn - 1, cn - 1);
        const v = cell.value as unknown;
        if (v && typeof v === 'object' && 'formula' in (v as object)) {
          const fv = v as { formula: string; result?: number | string };
          s.formula = fv.formula;
          s.value = fv.result as number | string | undefined;
        } else if (v && typeof v === 'object' && 'richText' in (v as object))
          s.value = (v as { richText: { text: string }[] }).richText.map((x) => x.text).join('');
        else if (v && typeof v === 'object' && 'error' in (v as object)) s.error = (v as { error: string }).error;
        else if (v !== null && v !== undefined) s.value = v as number | string | boolean;
        if (cell.numFmt) s.numberFormat = cell.numFmt;
        if (cell.font?.bold) s.bold = true;
        if (cell.alignment?.indent) s.indent = cell.alignment.indent;
      });
    });
    l.merges = (((ws.model as unknown as { merges?: string[] }).merges ?? []) as string[]).map(parseRentang);
  });
  return wb;
}
