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

function lebihBaru(versiPerlu: string, versi: string): boolean {
  const [mayorPerlu, minorPerlu] = versiPerlu.split('.').map(Number);
  const [mayor, minor] = versi.split('.').map(Number);
  return mayorPerlu !== mayor ? mayorPerlu > mayor : minorPerlu > minor;
}

function ukuranJson(nilai: unknown): number {
  try {
    return JSON.stringify(nilai, (_k, v) => (v instanceof RangeProksi ? 'range' : v))?.length ?? 4;
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
  readonly workbook: { worksheets: KoleksiLembar; getSelectedRange: () => RangeProksi };
  constructor(readonly wb: WorkbookPalsu) {
    this.workbook = {
      worksheets: new KoleksiLembar(this),
      // resolved when the batch runs, like Excel: a selection of several areas fails the sync
      getSelectedRange: () =>
        new RangeProksi(this, new LembarProksi(this, () => this.wb.pilihan().lembar), () => this.wb.pilihan().rentang),
    };
  }
  wajib(versiPerlu: string, api: string): void {
    if (lebihBaru(versiPerlu, this.versi))
      throw new GalatOffice(
        'ApiNotFound',
        `${api} needs ExcelApi ${versiPerlu}; this build has ExcelApi ${this.versi}.`,
      );
  }
  antre(aksi: Aksi, sel = 0, argumen?: unknown): void {
    this.antrean.push(aksi);
    this.selDibaca += sel;
    this.bytesMinta += 120 + (argumen === undefined ? 0 : ukuranJson(argumen));
  }
  async sync(): Promise<void> {
    this.syncs++;
    const daftarAksi = this.antrean;
    const jumlah = this.selDibaca;
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
      if (jumlah > this.batasSel)
        throw new GalatOffice(
          'ResponsePayloadSizeLimitExceeded',
          `The response payload size has exceeded the limit (${jumlah} cells).`,
        );
      for (const aksi of daftarAksi) aksi();
      if (this.bytesJawab > this.batasBytes)
        throw new GalatOffice('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit.`);
    } catch (galat) {
      this.gagal.push((galat as GalatOffice).code ?? String(galat));
      throw galat;
    }
  }
}

/** A sheet name as Excel writes it in an address: quoted unless it is a plain name. */
function kutipNama(nama: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(nama) ? nama : `'${nama.replace(/'/g, "''")}'`;
}

/** Base of all proxies: loaded properties become readable only after sync. */
class Proksi {
  protected dimuat = new Map<string, unknown>();
  protected nullObj: boolean | undefined;
  /** load() was called: Excel answers isNullObject only for loaded objects */
  protected dimintaMuat = false;
  constructor(protected readonly ctx: KonteksPalsu) {}
  protected baca<T>(nama: string): T {
    if (!this.dimuat.has(nama))
      throw new GalatOffice(
        'PropertyNotLoaded',
        `The property '${nama}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.dimuat.get(nama) as T;
  }
  protected simpan(nama: string, nilai: unknown): void {
    this.dimuat.set(nama, nilai);
    this.ctx.bytesJawab += ukuranJson(nilai);
  }
  tetapkanNull(kosong: boolean): void {
    this.nullObj = kosong;
  }
  get isNullObject(): boolean {
    if (this.nullObj === undefined)
      throw new GalatOffice('PropertyNotLoaded', "The property 'isNullObject' is not available before context.sync().");
    // as in Excel: an object that was never loaded has no readable isNullObject, even after a sync
    if (!this.dimintaMuat && this.dimuat.size === 0)
      throw new GalatOffice(
        'PropertyNotLoaded',
        "The property 'isNullObject' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
    return this.nullObj;
  }
}

class KoleksiLembar extends Proksi {
  load(properti: string): this {
    this.dimintaMuat = true;
    const minta = properti.split(',').map((x) => x.trim().replace(/^items\//, ''));
    this.ctx.antre(() => {
      this.simpan(
        'items',
        this.ctx.wb.sheets.map((lembar) => {
          const proksi = new LembarProksi(this.ctx, () => lembar, true);
          for (const namaProperti of minta)
            proksi.tetapkan(
              namaProperti,
              namaProperti === 'name' ? lembar.name : namaProperti === 'visibility' ? lembar.visibility : undefined,
            );
          return proksi;
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
      const lembar = this.ctx.wb.lembar(nama);
      if (!lembar) throw new GalatOffice('ItemNotFound', `The requested resource doesn't exist: ${nama}`);
      return lembar;
    });
  }
  getItemOrNullObject(nama: string): LembarProksi {
    const proksi = new LembarProksi(this.ctx, () => this.ctx.wb.lembar(nama)!);
    this.ctx.antre(() => proksi.tetapkanNull(!this.ctx.wb.lembar(nama)));
    return proksi;
  }
  add(nama: string): LembarProksi {
    this.ctx.antre(() => this.ctx.wb.tambahLembar(nama), 0, nama);
    return new LembarProksi(this.ctx, () => this.ctx.wb.lembar(nama)!);
  }
}

export class LembarProksi extends Proksi {
  readonly notes: KoleksiCatatan;
  readonly freezePanes: { freezeRows: (angka: number) => void };
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
      freezeRows: (angka) => {
        ctx.wajib('1.7', 'Worksheet.freezePanes');
        ctx.antre(() => (this.ambil().frozenRows = angka));
      },
    };
    this.autoFilter = {
      getRangeOrNullObject: () => {
        ctx.wajib('1.9', 'Worksheet.autoFilter');
        let filter: Rentang | null = null;
        const proksi = new RangeProksi(ctx, this, () => filter!);
        ctx.antre(() => {
          filter = this.nullObj ? null : this.ambil().autoFilter;
          proksi.tetapkanNull(filter === null);
        });
        return proksi;
      },
    };
    this.charts = {
      add: (type, source, seriesBy = 'Auto') => {
        const grafik: LembarPalsu['charts'][number] = { type, source: '', seriesBy };
        ctx.antre(() => {
          grafik.source = alamatRentang(source.rentang());
          this.ambil().charts.push(grafik);
        });
        return {
          title: {
            set text(teks: string) {
              ctx.antre(() => (grafik.title = teks));
            },
          },
          legend: {
            set visible(terlihat: boolean) {
              ctx.antre(() => (grafik.legend = terlihat));
            },
          },
          setPosition: (a: RangeProksi, b: RangeProksi) =>
            ctx.antre(() => (grafik.posisi = `${alamatRentang(a.rentang())}:${alamatRentang(b.rentang())}`)),
        };
      },
    };
  }
  tetapkan(nama: string, nilai: unknown): void {
    this.dimuat.set(nama, nilai);
  }
  load(properti: string): this {
    this.dimintaMuat = true;
    this.ctx.antre(() => {
      if (this.nullObj) return;
      const lembar = this.ambil();
      for (const nama of properti.split(',').map((y) => y.trim()))
        this.simpan(
          nama,
          nama === 'position'
            ? this.ctx.wb.sheets.indexOf(lembar)
            : (lembar as unknown as Record<string, unknown>)[nama],
        );
    });
    return this;
  }
  get name(): string {
    return this.baca('name');
  }
  get visibility(): string {
    return this.baca('visibility');
  }
  set visibility(visibilitas: string) {
    this.ctx.wajib('1.2', 'Worksheet.visibility');
    this.ctx.antre(() => this.ctx.wb.aturVisibilitas(this.ambil(), visibilitas));
  }
  activate(): void {
    this.ctx.antre(() => {
      const lembar = this.ambil();
      if (lembar.visibility !== 'Visible')
        throw new GalatOffice('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.ctx.wb.active = lembar.name;
    });
  }
  delete(): void {
    this.ctx.antre(() => this.ctx.wb.hapusLembar(this.ambil()));
  }
  getRange(alamat: string): RangeProksi {
    const rentang = parseRentang(alamat.replace(/\$/g, ''));
    return new RangeProksi(this.ctx, this, () => rentang);
  }
  getRangeByIndexes(baris: number, kolom: number, rows: number, cols: number): RangeProksi {
    this.ctx.wajib('1.7', 'Worksheet.getRangeByIndexes');
    return new RangeProksi(this.ctx, this, () => ({
      r1: baris,
      c1: kolom,
      r2: baris + rows - 1,
      c2: kolom + cols - 1,
    }));
  }
  getRanges(alamat: string): AreaProksi {
    this.ctx.wajib('1.9', 'Worksheet.getRanges');
    const xs = alamat
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)
      .map((x) => parseRentang(x.replace(/\$/g, '')));
    return new AreaProksi(this.ctx, this, () => xs);
  }
  getUsedRangeOrNullObject(hanyaNilai?: boolean): RangeProksi {
    this.ctx.wajib('1.4', 'Worksheet.getUsedRangeOrNullObject');
    let used: Rentang | null = null;
    const proksi = new RangeProksi(this.ctx, this, () => used!);
    this.ctx.antre(() => {
      const lembar = this.nullObj ? null : this.ambil();
      used = lembar ? lembar.used(hanyaNilai === true) : null;
      proksi.tetapkanNull(used === null);
    });
    return proksi;
  }
}

class KoleksiCatatan {
  constructor(
    private readonly ctx: KonteksPalsu,
    private readonly ws: LembarProksi,
  ) {}
  getItemOrNullObject(alamat: string): CatatanProksi {
    this.ctx.wajib('1.18', 'Worksheet.notes');
    const kunci = alamat.toUpperCase();
    const proksi = new CatatanProksi(this.ctx, this.ws, kunci);
    this.ctx.antre(() => proksi.tetapkanNull(!this.ws.ambil().notes.has(kunci)));
    return proksi;
  }
  getItem(alamat: string): CatatanProksi {
    this.ctx.wajib('1.18', 'Worksheet.notes');
    const kunci = alamat.toUpperCase();
    this.ctx.antre(() => {
      if (!this.ws.ambil().notes.has(kunci)) throw new GalatOffice('ItemNotFound', `No note at ${kunci}`);
    });
    return new CatatanProksi(this.ctx, this.ws, kunci);
  }
  add(target: RangeProksi | string, isi: string): CatatanProksi {
    this.ctx.wajib('1.18', 'Worksheet.notes');
    const alamatTarget = typeof target === 'string' ? target.toUpperCase() : null;
    this.ctx.antre(
      () => {
        const kunci =
          alamatTarget ?? alamat((target as RangeProksi).rentang().r1, (target as RangeProksi).rentang().c1);
        const lembar = this.ws.ambil();
        if (lembar.notes.has(kunci)) throw new GalatOffice('InvalidArgument', `A note already exists at ${kunci}`);
        lembar.notes.set(kunci, isi);
      },
      0,
      isi,
    );
    return new CatatanProksi(this.ctx, this.ws, alamatTarget ?? '');
  }
}

class CatatanProksi extends Proksi {
  constructor(
    ctx: KonteksPalsu,
    private readonly ws: LembarProksi,
    private readonly alamat: string,
  ) {
    super(ctx);
  }
  load(_p: string): this {
    this.dimintaMuat = true;
    this.ctx.antre(() => {
      if (!this.nullObj) this.simpan('content', this.ws.ambil().notes.get(this.alamat));
    });
    return this;
  }
  get content(): string {
    return this.baca('content');
  }
  set content(isi: string) {
    this.ctx.antre(() => this.ws.ambil().notes.set(this.alamat, isi), 0, isi);
  }
  delete(): void {
    this.ctx.antre(() => {
      if (!this.ws.ambil().notes.delete(this.alamat))
        throw new GalatOffice('ItemNotFound', `No note at ${this.alamat}`);
    });
  }
}

function nilai(lembar: LembarPalsu, sel: SelPalsu | undefined): unknown {
  if (!sel) return '';
  if (sel.error) return sel.error;
  if (sel.formula !== undefined) return sel.value !== undefined ? sel.value : nilaiRumus(lembar, sel.formula);
  return sel.value ?? '';
}

function tipe(lembar: LembarPalsu, sel: SelPalsu | undefined): string {
  if (!sel) return 'Empty';
  if (sel.error) return 'Error';
  const nilaiSel = nilai(lembar, sel);
  if (nilaiSel === '' || nilaiSel === undefined) return 'Empty';
  return typeof nilaiSel === 'number' ? 'Double' : typeof nilaiSel === 'boolean' ? 'Boolean' : 'String';
}

function isiSel(sel: SelPalsu | undefined): IsiPalsu {
  return sel?.fill ?? { color: '#FFFFFF', pattern: 'None' };
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
  setiapSel(langkah: (sel: SelPalsu, baris: number, kolom: number) => void, argumen?: unknown): void {
    this.ctx.antre(
      () => {
        const rentang = this.rentang();
        const lembar = this.ws.ambil();
        for (let baris = rentang.r1; baris <= rentang.r2; baris++)
          for (let kolom = rentang.c1; kolom <= rentang.c2; kolom++)
            langkah(lembar.sel(baris, kolom), baris - rentang.r1, kolom - rentang.c1);
      },
      0,
      argumen,
    );
  }
  private matriks<T>(langkah: (sel: SelPalsu | undefined, baris: number, kolom: number) => T): T[][] {
    const rentang = this.rentang();
    const lembar = this.ws.ambil();
    const out: T[][] = [];
    for (let baris = rentang.r1; baris <= rentang.r2; baris++) {
      const row: T[] = [];
      for (let kolom = rentang.c1; kolom <= rentang.c2; kolom++)
        row.push(langkah(lembar.cells.get(`${baris},${kolom}`), baris, kolom));
      out.push(row);
    }
    return out;
  }
  load(properti: string): this {
    this.dimintaMuat = true;
    const nama = properti.split(',').map((x) => x.trim());
    const butuhSel = nama.some((x) => ['values', 'formulas', 'numberFormat', 'valueTypes'].includes(x));
    this.ctx.antre(
      () => {
        if (this.nullObj) return;
        const rentang = this.rentang();
        const lembar = this.ws.ambil();
        for (const kunci of nama) {
          if (kunci === 'values')
            this.simpan(
              kunci,
              this.matriks((s) => nilai(lembar, s)),
            );
          if (kunci === 'formulas')
            this.simpan(
              kunci,
              this.matriks((s) => (s?.formula !== undefined ? `=${s.formula}` : s?.error ? s.error : (s?.value ?? ''))),
            );
          if (kunci === 'numberFormat')
            this.simpan(
              kunci,
              this.matriks((s) => s?.numberFormat ?? 'General'),
            );
          if (kunci === 'valueTypes')
            this.simpan(
              kunci,
              this.matriks((s) => tipe(lembar, s)),
            );
          if (kunci === 'rowIndex') this.simpan(kunci, rentang.r1);
          if (kunci === 'columnIndex') this.simpan(kunci, rentang.c1);
          if (kunci === 'rowCount') this.simpan(kunci, rentang.r2 - rentang.r1 + 1);
          if (kunci === 'columnCount') this.simpan(kunci, rentang.c2 - rentang.c1 + 1);
          if (kunci === 'address') this.simpan(kunci, `${kutipNama(lembar.name)}!${alamatRentang(rentang)}`);
        }
      },
      butuhSel ? this.ukuran() : 0,
    );
    return this;
  }
  private ukuran(): number {
    try {
      const rentang = this.rentang();
      return (rentang.r2 - rentang.r1 + 1) * (rentang.c2 - rentang.c1 + 1);
    } catch {
      return 0;
    }
  }
  get address(): string {
    return this.baca('address');
  }
  get values(): unknown[][] {
    return this.baca('values');
  }
  set values(nilai: unknown[][]) {
    this.ctx.antre(
      () => {
        const matriks = periksaBentuk(nilai, this.rentang(), 'Range.values');
        this.tulisSemua((s, r, c) => tulisMasukan(s, matriks[r][c]));
      },
      0,
      nilai,
    );
  }
  get formulas(): unknown[][] {
    return this.baca('formulas');
  }
  set formulas(nilai: unknown[][]) {
    this.ctx.antre(
      () => {
        const matriks = periksaBentuk(nilai, this.rentang(), 'Range.formulas');
        this.tulisSemua((s, r, c) => tulisMasukan(s, matriks[r][c]));
      },
      0,
      nilai,
    );
  }
  set numberFormat(nilai: unknown[][]) {
    this.ctx.antre(
      () => {
        const matriks = periksaBentuk(nilai, this.rentang(), 'Range.numberFormat');
        this.tulisSemua((sel, baris, kolom) => {
          if (matriks[baris][kolom] !== null) sel.numberFormat = String(matriks[baris][kolom]);
        });
      },
      0,
      nilai,
    );
  }
  private tulisSemua(langkah: (sel: SelPalsu, baris: number, kolom: number) => void): void {
    const rentang = this.rentang();
    const lembar = this.ws.ambil();
    for (let baris = rentang.r1; baris <= rentang.r2; baris++)
      for (let kolom = rentang.c1; kolom <= rentang.c2; kolom++)
        langkah(lembar.sel(baris, kolom), baris - rentang.r1, kolom - rentang.c1);
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
  set hyperlink(tautan: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.wajib('1.7', 'Range.hyperlink');
    this.setiapSel((sel) => {
      sel.hyperlink = { ...tautan };
      if (tautan.textToDisplay !== undefined) tulisMasukan(sel, tautan.textToDisplay);
    }, tautan);
  }
  select(): void {
    this.ctx.antre(() => (this.ctx.wb.selected = `${this.ws.ambil().name}!${alamatRentang(this.rentang())}`));
  }
  clear(): void {
    this.ctx.antre(() => {
      const rentang = this.rentang();
      const lembar = this.ws.ambil();
      for (let baris = rentang.r1; baris <= rentang.r2; baris++)
        for (let kolom = rentang.c1; kolom <= rentang.c2; kolom++) lembar.cells.delete(`${baris},${kolom}`);
    });
  }
  getCellProperties(minta: {
    format?: { font?: { bold?: boolean }; indentLevel?: boolean; fill?: Record<string, boolean> };
  }): { value: unknown[][] } {
    this.ctx.wajib('1.9', 'Range.getCellProperties');
    const hasil: { v?: unknown[][] } = {};
    this.ctx.antre(
      () => {
        hasil.v = this.matriks((sel) => {
          const format: Record<string, unknown> = {};
          if (minta.format?.font) format.font = { bold: !!sel?.bold };
          if (minta.format?.indentLevel) format.indentLevel = sel?.indent ?? 0;
          if (minta.format?.fill) {
            const isi = isiSel(sel);
            const out: Record<string, unknown> = {};
            const mintaIsi = minta.format.fill;
            if (mintaIsi.color) out.color = isi.color;
            if (mintaIsi.pattern) out.pattern = isi.pattern;
            if (mintaIsi.patternColor) out.patternColor = isi.patternColor ?? '#000000';
            if (mintaIsi.tintAndShade) out.tintAndShade = isi.tintAndShade ?? 0;
            if (mintaIsi.patternTintAndShade) out.patternTintAndShade = isi.patternTintAndShade ?? 0;
            format.fill = out;
          }
          return { format };
        });
        this.ctx.bytesJawab += ukuranJson(hasil.v);
      },
      this.ukuran(),
      minta,
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
        const matriks = periksaBentuk(data, this.rentang(), 'Range.setCellProperties') as typeof data;
        this.tulisSemua((sel, baris, kolom) => {
          const fill = matriks[baris][kolom]?.format?.fill;
          if (!fill) return;
          if (fill.pattern === 'None') delete sel.fill;
          else {
            const lama = sel.fill ?? { color: '#FFFFFF', pattern: 'None' };
            sel.fill = {
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
      const rentang = this.rentang();
      const lembar = this.ws.ambil();
      hasil.v = [];
      for (let baris = rentang.r1; baris <= rentang.r2; baris++)
        hasil.v.push({ rowIndex: baris, rowHidden: lembar.barisTersembunyi.has(baris) });
    });
    return {
      get value() {
        if (!hasil.v) throw new GalatOffice('PropertyNotLoaded', 'ClientResult.value before sync');
        return hasil.v;
      },
    };
  }
  getMergedAreasOrNullObject(): {
    load: (properti: string) => void;
    readonly isNullObject: boolean;
    readonly areas: { items: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[] };
  } {
    this.ctx.wajib('1.13', 'Range.getMergedAreasOrNullObject');
    let gabungan: Rentang[] | undefined;
    this.ctx.antre(() => {
      const rentangIni = this.rentang();
      gabungan = this.ws
        .ambil()
        .merges.filter(
          (g) => g.r1 <= rentangIni.r2 && g.r2 >= rentangIni.r1 && g.c1 <= rentangIni.c2 && g.c2 >= rentangIni.c1,
        );
    });
    return {
      load: () => undefined,
      get isNullObject() {
        if (gabungan === undefined) throw new GalatOffice('PropertyNotLoaded', 'isNullObject before sync');
        return gabungan.length === 0;
      },
      get areas() {
        if (gabungan === undefined) throw new GalatOffice('PropertyNotLoaded', 'areas before sync');
        return {
          items: gabungan.map((g) => ({
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
  private setiap(langkah: (sel: SelPalsu) => void, argumen?: unknown): void {
    this.ctx.antre(
      () => {
        const lembar = this.ws.ambil();
        for (const rentang of this.xs())
          for (let baris = rentang.r1; baris <= rentang.r2; baris++)
            for (let kolom = rentang.c1; kolom <= rentang.c2; kolom++) langkah(lembar.sel(baris, kolom));
      },
      0,
      argumen,
    );
  }
  load(_p: string): this {
    this.dimintaMuat = true;
    this.ctx.antre(() => {
      const rentang = this.xs()[0];
      const isi = isiSel(this.ws.ambil().cells.get(`${rentang.r1},${rentang.c1}`));
      this.simpan('color', isi.pattern === 'None' ? '#FFFFFF' : isi.color);
      this.simpan('pattern', isi.pattern);
    });
    return this;
  }
  get color(): string {
    return this.baca('color');
  }
  set color(warna: string) {
    this.setiap((sel) => {
      const lama = isiSel(sel);
      sel.fill = { ...lama, color: warna.toUpperCase(), pattern: lama.pattern === 'None' ? 'Solid' : lama.pattern };
    }, warna);
  }
  get pattern(): string {
    return this.baca('pattern');
  }
  set pattern(pola: string) {
    this.ctx.wajib('1.9', 'RangeFill.pattern');
    this.setiap((sel) => {
      if (pola === 'None') delete sel.fill;
      else sel.fill = { ...isiSel(sel), pattern: pola };
    }, pola);
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
    this.dimintaMuat = true;
    this.ctx.antre(() => {
      const rentang = this.xs()[0];
      this.simpan('bold', !!this.ws.ambil().cells.get(`${rentang.r1},${rentang.c1}`)?.bold);
    });
    return this;
  }
  get bold(): boolean {
    return this.baca('bold');
  }
  set bold(tebal: boolean) {
    this.ctx.antre(() => {
      const lembar = this.ws.ambil();
      for (const rentang of this.xs())
        for (let baris = rentang.r1; baris <= rentang.r2; baris++)
          for (let kolom = rentang.c1; kolom <= rentang.c2; kolom++) lembar.sel(baris, kolom).bold = tebal;
    });
  }
}

/** Build a fake workbook from an ExcelJS workbook (sample files); with `catatan`, cell notes as text too. */
export function dariExcelJS(wbJs: import('exceljs').Workbook, opsi: { catatan?: boolean } = {}): WorkbookPalsu {
  const wb = new WorkbookPalsu();
  wbJs.eachSheet((ws) => {
    const lembar = wb.tambah(ws.name);
    ws.eachRow({ includeEmpty: true }, (row, rn) => {
      if (row.hidden) lembar.barisTersembunyi.add(rn - 1);
      row.eachCell({ includeEmpty: false }, (cell, cn) => {
        if (cell.isMerged && cell.master !== cell) return;
        const sel = lembar.sel(rn - 1, cn - 1);
        const nilai = cell.value as unknown;
        if (nilai && typeof nilai === 'object' && 'formula' in nilai) {
          const fv = nilai as { formula: string; result?: number | string };
          sel.formula = fv.formula;
          sel.value = fv.result;
        } else if (nilai && typeof nilai === 'object' && 'richText' in nilai)
          sel.value = (nilai as { richText: { text: string }[] }).richText.map((x) => x.text).join('');
        else if (nilai && typeof nilai === 'object' && 'error' in nilai) sel.error = (nilai as { error: string }).error;
        else if (nilai instanceof Date) sel.value = Math.round((nilai.getTime() - Date.UTC(1899, 11, 30)) / 86400000);
        else if (nilai !== null && nilai !== undefined) sel.value = nilai as number | string | boolean;
        if (cell.numFmt) sel.numberFormat = cell.numFmt;
        if (cell.font?.bold) sel.bold = true;
        if (cell.alignment?.indent) sel.indent = cell.alignment.indent;
        const isi = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
        if (
          isi?.type === 'pattern' &&
          isi.pattern === 'solid' &&
          isi.fgColor?.argb &&
          /^[0-9A-F]{8}$/i.test(isi.fgColor.argb)
        )
          sel.fill = { color: `#${isi.fgColor.argb.slice(2).toUpperCase()}`, pattern: 'Solid' };
        const catatan = cell.note;
        if (opsi.catatan && catatan !== undefined && catatan !== null)
          lembar.notes.set(
            cell.address,
            typeof catatan === 'string' ? catatan : (catatan.texts ?? []).map((x) => x.text).join(''),
          );
      });
    });
    lembar.merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map(parseRentang);
    if (ws.state === 'hidden') lembar.visibility = 'Hidden';
    if (ws.state === 'veryHidden') lembar.visibility = 'VeryHidden';
  });
  return wb;
}
