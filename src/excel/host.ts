/* global Excel, Office */
/**
 * The pane's Host in Excel (Office.js). Every operation reads what it needs in bounded batches, then writes
 * in bounded batches (src/excel/batch.ts); the number of syncs grows only with those batches, never with
 * sheets, rows or findings. Every change to a user's cell is journaled first (very hidden sheet
 * `_sakip_jurnal`, stored as text) with what was there and what the add-in wrote, so "Hapus tanda" restores
 * exactly, also after a reload, and never overwrites what the user typed since.
 */
import type { Host, HasilTulis, RentangTerpilih } from '../taskpane/host';
import type { WorkbookGrid } from '../core/grid';
import type { Temuan } from '../core/model';
import type { RencanaTulis } from '../core/tulis/rencana';
import type { DataGrafik } from '../core/grafik';
import type { Bahasa } from '../core/pesan/bahasa';
import { Pengaturan, pengaturanDariTeks } from '../core/pengaturan';
import { rencanaTanda } from '../core/tulis/tanda';
import { selTerisi } from '../core/tulis/terisi';
import { KUNCI_PENGATURAN, LEMBAR_JURNAL, LEMBAR_PENGATURAN, LEMBAR_TEMUAN } from '../core/lembarSendiri';
import { bacaWorkbookExcel } from './baca';
import { barisLaporan, blokGrafik, teksTetap } from './laporan';
import { bytesJson, kirimBertahap } from './batch';
import { CekSet, Kemampuan, SEMUA_ADA, bacaKemampuan, pesanTidakTersedia } from './kemampuan';
import {
  EntriPulih,
  IsiJurnal,
  KOLOM_JURNAL,
  KOLOM_JURNAL_XLSX,
  KeadaanSel,
  bacaBarisJurnal,
  barisJurnal,
  perSel,
  putuskan,
} from '../core/tulis/jurnal';

import { Pemberitahuan, teksPemberitahuan } from './pesan';
import { pisahLembar } from '../taskpane/rujukan';
import { pesanHost } from '../core/pesan/host';

function tanpaBagianCatatan(keadaan: KeadaanSel): KeadaanSel {
  const { note: _note, ...lain } = keadaan;
  return lain;
}

/** An entry without its note part. */
function tanpaCatatan(entri: EntriPulih): EntriPulih {
  const hasil: EntriPulih = { ...entri, lama: tanpaBagianCatatan(entri.lama) };
  if (entri.baru) hasil.baru = tanpaBagianCatatan(entri.baru);
  return hasil;
}

/** Journal cells are text ('@'): a sheet name like "2024" or a JSON text is never parsed. */
const TEKS_JURNAL = Array.from({ length: KOLOM_JURNAL }, () => '@');

type Jalankan = <T>(kerja: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OpsiHost {
  /** Requirement-set check; default Office.context.requirements.isSetSupported. */
  cekSet?: CekSet;
  /** Force notes on or off (default: ExcelApi 1.18). */
  catatan?: boolean;
  /** Estimated bytes per request (default batch.ts BYTES_PER_PERMINTAAN). */
  bytesPerPermintaan?: number;
  /** Where settings live; default Office.context.document.settings. */
  settings?: () => Office.Settings;
}

/** Estimated request bytes of one cell's work (object paths, actions, the address). */
const BIAYA_SEL = 700;
const BIAYA_BARIS_JURNAL = 120;

interface Info {
  /** Existing sheets by lower-cased name: the name as Excel spells it and its visibility. */
  lembar: Map<string, { nama: string; visibility: string }>;
  jurnal: { ada: boolean; barisBerikut: number; visibility: string };
}

function cekBawaan(): CekSet {
  return (nama, versi) =>
    typeof Office !== 'undefined' && !!Office.context?.requirements
      ? Office.context.requirements.isSetSupported(nama, versi)
      : true;
}

/** A value from `values` / `formulas`: a formula only when Excel shows its text differently from its value. */
export function isiDari(nilai: unknown, rumus: unknown): Pick<KeadaanSel, 'v' | 'f'> {
  if (typeof rumus === 'string' && rumus.startsWith('=') && rumus !== nilai) return { f: rumus };
  return { v: (nilai ?? null) as KeadaanSel['v'] };
}

/**
 * An address as Excel gives it, "Sheet1!$A$1:$B$2" or "'Lembar ''dua''!'!B2", as its sheet and its range
 * without $; null without a sheet.
 */
export function pisahAlamat(alamat: string): RentangTerpilih | null {
  const { lembar, sisa } = pisahLembar(alamat);
  const rentang = sisa.replace(/\$/g, '');
  return lembar && rentang ? { lembar, rentang } : null;
}

const MINTA_FILL = { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true };

function isiDariProperti(fill: Partial<IsiJurnal> | undefined): IsiJurnal | null {
  if (!fill || !fill.pattern || fill.pattern === 'None') return null;
  const out: IsiJurnal = { color: String(fill.color ?? '#FFFFFF').toUpperCase(), pattern: fill.pattern };
  if (fill.pattern !== 'Solid' && fill.patternColor) out.patternColor = fill.patternColor;
  if (fill.tintAndShade) out.tintAndShade = fill.tintAndShade;
  if (fill.patternTintAndShade) out.patternTintAndShade = fill.patternTintAndShade;
  return out;
}

/** Reads of one cell queued in a batch: value, formula, fill, bold, note. */
interface BacaSel {
  range: Excel.Range;
  props?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  fill?: Excel.RangeFill;
  font?: Excel.RangeFont;
  note?: Excel.Note;
}

export class ExcelHost implements Host {
  readonly jenis = 'excel' as const;
  readonly kemampuan: Kemampuan;
  /** Notices of the last operation (cells left alone, sheets not found, features missing). */
  pemberitahuanTerakhir: Pemberitahuan[] = [];
  private readonly opsi: OpsiHost;

  constructor(
    private readonly run: Jalankan = (f) => Excel.run(f),
    opsi: boolean | OpsiHost = {},
  ) {
    this.opsi = typeof opsi === 'boolean' ? { catatan: opsi } : opsi;
    let kemampuan: Kemampuan;
    try {
      kemampuan = bacaKemampuan(this.opsi.cekSet ?? cekBawaan());
    } catch {
      kemampuan = { ...SEMUA_ADA };
    }
    if (this.opsi.catatan !== undefined) kemampuan.catatan = this.opsi.catatan && kemampuan.catatan;
    this.kemampuan = kemampuan;
  }

  /** What this Excel build cannot do for the add-in, one sentence each, for the pane to show. */
  fiturTidakTersedia(bahasa: Bahasa): string[] {
    return pesanTidakTersedia(this.kemampuan, bahasa);
  }

  /** The last operation's notices as sentences. */
  pemberitahuan(bahasa: Bahasa): string[] {
    return this.pemberitahuanTerakhir.map((p) => teksPemberitahuan(p, bahasa));
  }

  bacaWorkbook(progres?: (bagian: number) => void): Promise<WorkbookGrid> {
    return this.run((context) => bacaWorkbookExcel(context, { progres, kemampuan: this.kemampuan }));
  }

  pilihSel(lembar: string, sel: string): Promise<void> {
    return this.pilihRentang(lembar, sel);
  }

  /** One sync: activate the sheet, select the range. */
  pilihRentang(lembar: string, rentang: string): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(lembar);
      ws.activate();
      ws.getRange(rentang).select();
      await context.sync();
    });
  }

  /**
   * One sync: the selected range's address ("'Realisasi Anggaran'!$B$4:$H$31"), split into its sheet and
   * range. Excel refuses a selection of several areas (InvalidSelection), which the pane explains.
   */
  bacaPilihan(): Promise<RentangTerpilih | null> {
    return this.run(async (context) => {
      const terpilih = context.workbook.getSelectedRange();
      terpilih.load('address');
      await context.sync();
      return pisahAlamat(terpilih.address);
    });
  }

  // ------------------------------------------------------------------------------------------ shared steps

  /** One sync: the sheets that exist (the journal among them). */
  private async bacaInfo(context: Excel.RequestContext): Promise<Info> {
    const koleksi = context.workbook.worksheets;
    koleksi.load('items/name,items/visibility');
    await context.sync();
    const lembar = new Map(
      koleksi.items.map((w) => [w.name.toLowerCase(), { nama: w.name, visibility: String(w.visibility) }]),
    );
    const jl = lembar.get(LEMBAR_JURNAL.toLowerCase());
    return { lembar, jurnal: { ada: !!jl, barisBerikut: 0, visibility: jl?.visibility ?? 'VeryHidden' } };
  }

  /** Queue loading the journal's size; only an existing journal is asked, never a method on a null object. */
  private antreUkuranJurnal(context: Excel.RequestContext, info: Info): Excel.Range | null {
    if (!info.jurnal.ada) return null;
    const used = context.workbook.worksheets.getItem(LEMBAR_JURNAL).getUsedRangeOrNullObject(true);
    used.load('rowIndex,rowCount');
    return used;
  }

  /** After the sync: where the journal's next row goes. */
  private simpanUkuranJurnal(info: Info, ukuran: Excel.Range | null): void {
    info.jurnal.barisBerikut = !ukuran || ukuran.isNullObject ? 0 : ukuran.rowIndex + ukuran.rowCount;
  }

  /** The cells' reads in bounded batches; the journal's size rides along with the first batch. */
  private async bacaSel(
    context: Excel.RequestContext,
    info: Info,
    sel: readonly { ws: Excel.Worksheet; sel: string }[],
    denganNilai: boolean,
    denganCatatan: boolean,
    ukurJurnal = true,
  ): Promise<KeadaanSel[]> {
    const baca = new Map<number, BacaSel>();
    const kini: KeadaanSel[] = [];
    let ukuran: Excel.Range | null = null;
    await kirimBertahap(
      context,
      sel.map((_, i) => i),
      () => BIAYA_SEL,
      (batch, awal) => {
        if (awal === 0 && ukurJurnal) ukuran = this.antreUkuranJurnal(context, info);
        batch.forEach((i) => baca.set(i, this.antreBaca(sel[i].ws, sel[i].sel, denganNilai, denganCatatan)));
      },
      (batch, awal) => {
        if (awal === 0 && ukurJurnal) this.simpanUkuranJurnal(info, ukuran);
        batch.forEach((i) => (kini[i] = this.keadaan(baca.get(i)!, denganNilai)));
      },
      { bytesPerPermintaan: this.opsi.bytesPerPermintaan },
    );
    return kini;
  }

  /** One proxy per sheet for the whole operation. */
  private lembarProksi(context: Excel.RequestContext): (nama: string) => Excel.Worksheet {
    const peta = new Map<string, Excel.Worksheet>();
    return (nama) => {
      const kunci = nama.toLowerCase();
      let ws = peta.get(kunci);
      if (!ws) {
        ws = context.workbook.worksheets.getItem(nama);
        peta.set(kunci, ws);
      }
      return ws;
    };
  }

  /** Queue the reads of one cell; `denganNilai` adds values and formulas. */
  private antreBaca(ws: Excel.Worksheet, sel: string, denganNilai: boolean, denganCatatan: boolean): BacaSel {
    const range = ws.getRange(sel);
    if (denganNilai) range.load('values,formulas');
    const out: BacaSel = { range };
    if (this.kemampuan.format)
      out.props = range.getCellProperties({ format: { fill: MINTA_FILL, font: { bold: true } } });
    else {
      // builds before ExcelApi 1.9: fill colour and bold through the format objects
      out.fill = ws.getRange(sel).format.fill;
      out.fill.load('color');
      out.font = ws.getRange(sel).format.font;
      out.font.load('bold');
    }
    if (denganCatatan && this.kemampuan.catatan) {
      out.note = ws.notes.getItemOrNullObject(sel);
      out.note.load('content');
    }
    return out;
  }

  private keadaan(dibaca: BacaSel, denganNilai: boolean): KeadaanSel {
    const keadaan: KeadaanSel = {};
    if (denganNilai) Object.assign(keadaan, isiDari(dibaca.range.values[0][0], dibaca.range.formulas[0][0]));
    if (dibaca.props) {
      const format = dibaca.props.value[0][0]?.format;
      keadaan.fill = isiDariProperti(format?.fill);
      keadaan.b = !!format?.font?.bold;
    } else {
      const warna = String(dibaca.fill!.color ?? '#FFFFFF').toUpperCase();
      keadaan.fill = warna === '#FFFFFF' ? null : { color: warna, pattern: 'Solid' };
      keadaan.b = !!dibaca.font!.bold;
    }
    if (dibaca.note) keadaan.note = dibaca.note.isNullObject ? null : dibaca.note.content;
    return keadaan;
  }

  /** Queue journal rows starting at `baris` (text format first, so Excel keeps every entry as typed). */
  private antreJurnal(context: Excel.RequestContext, info: Info, baris: number, entri: readonly EntriPulih[]): void {
    if (entri.length === 0) return;
    if (!info.jurnal.ada) {
      const baru = context.workbook.worksheets.add(LEMBAR_JURNAL);
      baru.visibility = 'VeryHidden';
      info.jurnal.ada = true;
      info.jurnal.visibility = 'VeryHidden';
    }
    const rentangJurnal = context.workbook.worksheets
      .getItem(LEMBAR_JURNAL)
      .getRangeByIndexes(baris, 0, entri.length, KOLOM_JURNAL);
    rentangJurnal.numberFormat = entri.map(() => [...TEKS_JURNAL]);
    rentangJurnal.values = entri.map(barisJurnal);
  }

  /** Queue writing `keadaan` back into a cell. */
  private antreTulisKeadaan(ws: Excel.Worksheet, sel: string, keadaan: KeadaanSel, adaCatatan: boolean): void {
    const sasaran = ws.getRange(sel);
    if (keadaan.f !== undefined) sasaran.formulas = [[keadaan.f]];
    else if ('v' in keadaan)
      sasaran.values = [[typeof keadaan.v === 'string' ? teksTetap(keadaan.v) : (keadaan.v ?? '')]];
    if ('fill' in keadaan) {
      if (!keadaan.fill) sasaran.format.fill.clear();
      else if (this.kemampuan.format)
        sasaran.setCellProperties([[{ format: { fill: { ...keadaan.fill } as Excel.CellPropertiesFill } }]]);
      else sasaran.format.fill.color = keadaan.fill.color;
    }
    if ('b' in keadaan) sasaran.format.font.bold = !!keadaan.b;
    if ('note' in keadaan && this.kemampuan.catatan) {
      if (keadaan.note === null || keadaan.note === undefined) {
        if (adaCatatan) ws.notes.getItem(sel).delete();
      } else if (adaCatatan) ws.notes.getItem(sel).content = keadaan.note;
      else ws.notes.add(sel, keadaan.note);
    }
  }

  // ------------------------------------------------------------------------------------------------ marks

  tandai(temuan: Temuan[], bahasa: Bahasa = 'id'): Promise<number> {
    this.pemberitahuanTerakhir = [];
    const rencana = rencanaTanda(temuan, bahasa);
    return this.run(async (context) => {
      const info = await this.bacaInfo(context);
      const ws = this.lembarProksi(context);
      const ada = rencana.filter((t) => info.lembar.has(t.lembar.toLowerCase()));
      this.catatHilang(
        rencana.filter((t) => !info.lembar.has(t.lembar.toLowerCase())),
        false,
      );
      if (ada.length === 0) return 0;
      const kini = await this.bacaSel(
        context,
        info,
        ada.map((t) => ({ ws: ws(t.lembar), sel: t.sel })),
        false,
        true,
      );
      const catatan = this.kemampuan.catatan;
      const entri: EntriPulih[] = ada.map((t, i) => ({
        lembar: info.lembar.get(t.lembar.toLowerCase())!.nama,
        sel: t.sel.toUpperCase(),
        jenis: 'tanda',
        lama: catatan ? { fill: kini[i].fill ?? null, note: kini[i].note ?? null } : { fill: kini[i].fill ?? null },
        baru: catatan
          ? { fill: { color: t.warna, pattern: 'Solid' }, note: t.catatan }
          : { fill: { color: t.warna, pattern: 'Solid' } },
      }));
      const awal = info.jurnal.barisBerikut;
      await kirimBertahap(
        context,
        ada.map((_, i) => i),
        (i) =>
          BIAYA_SEL + BIAYA_BARIS_JURNAL + bytesJson(barisJurnal(entri[i])) + (catatan ? bytesJson(ada[i].catatan) : 0),
        (batch, mulai) => {
          this.antreJurnal(
            context,
            info,
            awal + mulai,
            batch.map((i) => entri[i]),
          );
          this.antreWarna(
            ws,
            batch.map((i) => ada[i]),
          );
          if (catatan)
            for (const indeks of batch) {
              const lembar = ws(ada[indeks].lembar);
              if (kini[indeks].note !== null && kini[indeks].note !== undefined)
                lembar.notes.getItem(ada[indeks].sel).content = ada[indeks].catatan;
              else lembar.notes.add(ada[indeks].sel, ada[indeks].catatan);
            }
        },
        undefined,
        { bytesPerPermintaan: this.opsi.bytesPerPermintaan },
      );
      if (!catatan) this.pemberitahuanTerakhir.push({ jenis: 'tanpaCatatan', jumlah: ada.length });
      return ada.length;
    });
  }

  /** Fill colour of many cells: one RangeAreas per sheet and colour (addresses chunked), else per cell. */
  private antreWarna(
    ws: (nama: string) => Excel.Worksheet,
    tanda: readonly { lembar: string; sel: string; warna: string }[],
  ): void {
    const grup = new Map<string, { lembar: string; warna: string; sel: string[] }>();
    for (const satuTanda of tanda) {
      const kunci = `${satuTanda.lembar.toLowerCase()}\u0000${satuTanda.warna}`;
      const grupWarna = grup.get(kunci) ?? { lembar: satuTanda.lembar, warna: satuTanda.warna, sel: [] };
      grupWarna.sel.push(satuTanda.sel);
      grup.set(kunci, grupWarna);
    }
    for (const grupWarna of grup.values()) {
      if (!this.kemampuan.banyakArea) {
        for (const alamat of grupWarna.sel) {
          const isi = ws(grupWarna.lembar).getRange(alamat).format.fill;
          isi.color = grupWarna.warna;
        }
        continue;
      }
      let potong: string[] = [];
      let panjang = 0;
      const kirim = () => {
        if (potong.length === 0) return;
        const isi = ws(grupWarna.lembar).getRanges(potong.join(',')).format.fill;
        isi.pattern = 'Solid';
        isi.color = grupWarna.warna;
        potong = [];
        panjang = 0;
      };
      for (const alamat of grupWarna.sel) {
        if (panjang + alamat.length + 1 > 2000) kirim();
        potong.push(alamat);
        panjang += alamat.length + 1;
      }
      kirim();
    }
  }

  private catatHilang(sel: readonly { lembar: string }[], disimpan: boolean): void {
    const perLembar = new Map<string, number>();
    for (const satuSel of sel) perLembar.set(satuSel.lembar, (perLembar.get(satuSel.lembar) ?? 0) + 1);
    for (const [lembar, jumlah] of perLembar)
      this.pemberitahuanTerakhir.push({ jenis: 'lembarHilang', lembar, jumlah, disimpan });
  }

  hapusTanda(): Promise<number> {
    this.pemberitahuanTerakhir = [];
    return this.run(async (context) => {
      const info = await this.bacaInfo(context);
      if (!info.jurnal.ada) return 0;
      const jws = context.workbook.worksheets.getItem(LEMBAR_JURNAL);
      // the journal: its size and its first rows in one sync, the rest (a long journal) in chunks of rows
      const POTONG = 500;
      const ukuran = this.antreUkuranJurnal(context, info);
      const awal = jws.getRangeByIndexes(0, 0, POTONG, KOLOM_JURNAL);
      awal.load('values');
      await context.sync();
      this.simpanUkuranJurnal(info, ukuran);
      const baris: unknown[][] = (awal.values as unknown[][]).slice(0, info.jurnal.barisBerikut);
      const potongan: number[] = [];
      for (let baris = POTONG; baris < info.jurnal.barisBerikut; baris += POTONG) potongan.push(baris);
      const rangeJurnal = new Map<number, Excel.Range>();
      await kirimBertahap(
        context,
        potongan,
        () => POTONG * 900,
        (batch) =>
          batch.forEach((baris) => {
            const range = jws.getRangeByIndexes(
              baris,
              0,
              Math.min(POTONG, info.jurnal.barisBerikut - baris),
              KOLOM_JURNAL,
            );
            range.load('values');
            rangeJurnal.set(baris, range);
          }),
        (batch) => batch.forEach((r) => baris.push(...(rangeJurnal.get(r)!.values as unknown[][]))),
        { bytesPerPermintaan: this.opsi.bytesPerPermintaan },
      );
      const entri = bacaBarisJurnal(baris).filter((e) => e.lembar.toLowerCase() !== LEMBAR_TEMUAN.toLowerCase());
      const grup = [...perSel(entri).values()];
      const adaGrup = grup.filter((g) => info.lembar.has(g[0].lembar.toLowerCase()));
      const simpan = grup.filter((g) => !info.lembar.has(g[0].lembar.toLowerCase()));
      this.catatHilang(
        simpan.map((g) => g[0]),
        true,
      );
      const ws = this.lembarProksi(context);
      const nama = (g: EntriPulih[]) => info.lembar.get(g[0].lembar.toLowerCase())!.nama;
      const idx = adaGrup.map((_, i) => i);
      const kini = await this.bacaSel(
        context,
        info,
        adaGrup.map((g) => ({ ws: ws(nama(g)), sel: g[0].sel })),
        true,
        true,
        false,
      );
      // without the notes API a note can be neither read nor written: the journal's notes are not decided here
      const bisaCatatan = this.kemampuan.catatan;
      const keputusan = adaGrup.map((g, i) => putuskan(bisaCatatan ? g : g.map(tanpaCatatan), kini[i]));
      const diubah = new Map<string, { biasa: string[]; lama: string[] }>();
      let jumlah = 0;
      keputusan.forEach((keputusan, indeks) => {
        const grup = adaGrup[indeks];
        if (Object.keys(keputusan.tulis).length > 0 || keputusan.sudah.length > 0) jumlah++;
        if (keputusan.diubah.length > 0) {
          const daftar = diubah.get(nama(grup)) ?? { biasa: [], lama: [] };
          const tanpaBaru = grup.every((e) => !e.baru);
          (tanpaBaru && grup.some((e) => e.jenis === 'tulis') ? daftar.lama : daftar.biasa).push(grup[0].sel);
          diubah.set(nama(grup), daftar);
        }
      });
      for (const [lembar, daftar] of diubah) {
        if (daftar.biasa.length) this.pemberitahuanTerakhir.push({ jenis: 'diubah', lembar, sel: daftar.biasa });
        if (daftar.lama.length) this.pemberitahuanTerakhir.push({ jenis: 'tidakPasti', lembar, sel: daftar.lama });
      }
      const tulis = idx.filter((i) => Object.keys(keputusan[i].tulis).length > 0);
      await kirimBertahap(
        context,
        tulis,
        (i) => BIAYA_SEL + bytesJson(keputusan[i].tulis),
        (batch) =>
          batch.forEach((i) =>
            this.antreTulisKeadaan(
              ws(nama(adaGrup[i])),
              adaGrup[i][0].sel,
              keputusan[i].tulis,
              kini[i].note !== null && kini[i].note !== undefined,
            ),
          ),
        undefined,
        { bytesPerPermintaan: this.opsi.bytesPerPermintaan },
      );
      // the journal goes once nothing in it can still be restored; a very hidden sheet cannot be deleted
      const tertinggal = simpan.flat();
      if (tertinggal.length === 0) {
        if (info.jurnal.visibility === 'VeryHidden') jws.visibility = 'Hidden';
        jws.delete();
        await context.sync();
      } else {
        // the .xlsx hosts' sixth column too: left behind, it would no longer match its row
        jws.getRangeByIndexes(0, 0, Math.max(1, info.jurnal.barisBerikut), KOLOM_JURNAL_XLSX).clear();
        await context.sync();
        await kirimBertahap(
          context,
          tertinggal.map((_, i) => i),
          (i) => BIAYA_BARIS_JURNAL + bytesJson(barisJurnal(tertinggal[i])),
          (batch, mulai) => {
            const range = jws.getRangeByIndexes(mulai, 0, batch.length, KOLOM_JURNAL);
            range.numberFormat = batch.map(() => [...TEKS_JURNAL]);
            range.values = batch.map((i) => barisJurnal(tertinggal[i]));
          },
          undefined,
          { bytesPerPermintaan: this.opsi.bytesPerPermintaan },
        );
      }
      return jumlah;
    });
  }

  // ----------------------------------------------------------------------------------------------- writes

  tulis(rencana: RencanaTulis[], timpa: boolean): Promise<HasilTulis> {
    this.pemberitahuanTerakhir = [];
    return this.run(async (context) => {
      const info = await this.bacaInfo(context);
      const ws = this.lembarProksi(context);
      const ada = rencana.filter((r) => info.lembar.has(r.lembar.toLowerCase()));
      this.catatHilang(
        rencana.filter((r) => !info.lembar.has(r.lembar.toLowerCase())),
        false,
      );
      const kini = await this.bacaSel(
        context,
        info,
        ada.map((r) => ({ ws: ws(r.lembar), sel: r.sel })),
        true,
        false,
      );
      const pilih: number[] = [];
      let dilewati = rencana.length - ada.length;
      ada.forEach((rencana, indeks) => {
        if (selTerisi(kini[indeks].v, kini[indeks].f) && !timpa) dilewati++;
        else pilih.push(indeks);
      });
      const entri = new Map<number, EntriPulih>();
      for (const indeks of pilih) {
        const rencana = ada[indeks];
        const lama: KeadaanSel = { ...isiDari(kini[indeks].v, kini[indeks].f) };
        const baru: KeadaanSel = rencana.rumus ? { f: rencana.rumus } : { v: rencana.nilai ?? null };
        if (rencana.judul) {
          lama.b = !!kini[indeks].b;
          baru.b = true;
        }
        entri.set(indeks, {
          lembar: info.lembar.get(rencana.lembar.toLowerCase())!.nama,
          sel: rencana.sel.toUpperCase(),
          jenis: 'tulis',
          lama,
          baru,
        });
      }
      const awal = info.jurnal.barisBerikut;
      await kirimBertahap(
        context,
        pilih,
        (i) => BIAYA_SEL + BIAYA_BARIS_JURNAL + bytesJson(barisJurnal(entri.get(i)!)) * 2,
        (batch, mulai) => {
          this.antreJurnal(
            context,
            info,
            awal + mulai,
            batch.map((i) => entri.get(i)!),
          );
          for (const indeks of batch) {
            const rencana = ada[indeks];
            const range = ws(rencana.lembar).getRange(rencana.sel);
            if (rencana.rumus) range.formulas = [[rencana.rumus]];
            else
              range.values = [[typeof rencana.nilai === 'string' ? teksTetap(rencana.nilai) : (rencana.nilai ?? '')]];
            if (rencana.judul) range.format.font.bold = true;
          }
        },
        undefined,
        { bytesPerPermintaan: this.opsi.bytesPerPermintaan },
      );
      return { ditulis: pilih.length, dilewati };
    });
  }

  buatLaporan(temuan: Temuan[], bahasa: Bahasa, grafik?: DataGrafik): Promise<void> {
    this.pemberitahuanTerakhir = [];
    return this.run(async (context) => {
      const lama = context.workbook.worksheets.getItemOrNullObject(LEMBAR_TEMUAN);
      lama.load('name,visibility');
      await context.sync();
      if (!lama.isNullObject) {
        if (lama.visibility === 'VeryHidden') lama.visibility = 'Hidden';
        lama.delete();
      }
      context.workbook.worksheets.add(LEMBAR_TEMUAN);
      await context.sync();
      const ws = context.workbook.worksheets.getItem(LEMBAR_TEMUAN);
      const { baris, format, tautan } = barisLaporan(temuan, bahasa);
      const kolom = baris[0].length;
      const urut = baris.map((_, i) => i);
      const tautanBaris = new Map(tautan.map((t) => [t.baris, t]));
      await kirimBertahap(
        context,
        urut,
        (i) => 200 + bytesJson(baris[i]) + (tautanBaris.has(i) ? 500 : 0),
        (batch, mulai) => {
          const rentang = ws.getRangeByIndexes(mulai, 0, batch.length, kolom);
          rentang.numberFormat = batch.map((i) => format[i]);
          rentang.values = batch.map((i) => baris[i]);
          for (const indeks of batch) {
            const tautan = tautanBaris.get(indeks);
            if (tautan)
              ws.getRangeByIndexes(tautan.baris, tautan.kolom, 1, 1).hyperlink = {
                documentReference: tautan.ke,
                textToDisplay: tautan.teks,
              };
          }
        },
        undefined,
        { bytesPerPermintaan: this.opsi.bytesPerPermintaan },
      );
      ws.getRangeByIndexes(0, 0, 1, kolom).format.font.bold = true;
      ws.freezePanes.freezeRows(1);
      ws.getRangeByIndexes(0, 0, baris.length, kolom).format.autofitColumns();
      const blok = blokGrafik(grafik, bahasa);
      if (blok) {
        // capaian per indikator as a native bar chart next to the findings
        const c0 = kolom + 1;
        ws.getRangeByIndexes(0, c0, blok.length, 3).values = blok;
        ws.getRangeByIndexes(0, c0, 1, 3).format.font.bold = true;
        const chart = ws.charts.add('BarClustered', ws.getRangeByIndexes(0, c0, blok.length, 2), 'Columns');
        chart.title.text = pesanHost(bahasa).judulGrafik;
        chart.legend.visible = false;
        chart.setPosition(
          ws.getRangeByIndexes(0, c0 + 4, 1, 1),
          ws.getRangeByIndexes(Math.max(18, blok.length + 2), c0 + 12, 1, 1),
        );
      }
      ws.activate();
      await context.sync();
    });
  }

  // --------------------------------------------------------------------------------------------- settings

  private settings(): Office.Settings {
    return this.opsi.settings ? this.opsi.settings() : Office.context.document.settings;
  }

  async simpanPengaturan(pengaturan: Pengaturan): Promise<void> {
    const settings = this.settings();
    settings.set(KUNCI_PENGATURAN, JSON.stringify(pengaturan));
    await new Promise<void>((ok, gagal) =>
      settings.saveAsync((r) =>
        String(r.status).toLowerCase() === 'succeeded'
          ? ok()
          : gagal(new Error(r.error?.message ?? 'Pengaturan tidak tersimpan')),
      ),
    );
  }

  /**
   * The document settings; for a workbook whose settings were saved by the browser demo or the CLI side
   * (the very hidden settings sheet), those, read in two syncs.
   */
  async muatPengaturan(): Promise<Pengaturan | null> {
    const tersimpan: unknown = this.settings().get(KUNCI_PENGATURAN);
    if (typeof tersimpan === 'string') return pengaturanDariTeks(tersimpan);
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(LEMBAR_PENGATURAN);
      ws.load('name');
      await context.sync();
      if (ws.isNullObject) return null;
      const terpakai = ws.getUsedRangeOrNullObject(true);
      terpakai.load('values');
      await context.sync();
      if (terpakai.isNullObject) return null;
      const potong = (terpakai.values as unknown[][]).map((baris) => (typeof baris[0] === 'string' ? baris[0] : ''));
      return pengaturanDariTeks(potong.join(''));
    });
  }
}
