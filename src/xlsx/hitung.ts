/**
 * Cached results for the formulas the add-in writes into an ExcelJS workbook (`=SAKIP.PREDIKAT(E5)`,
 * `=SAKIP.PENYERAPAN(D7,E7)`, `=SUM(F4:F9)`): ExcelJS does not calculate, and a formula saved without a
 * cached result shows nothing (or `#NAME?` once recalculated) wherever the add-in is not installed. The
 * result is what the custom function itself computes (src/functions/logika.ts), on the values the
 * referenced cells hold, so the file shows the same value Excel with the add-in would.
 * Only a call of one known function on cell references, ranges and literals is evaluated; anything else
 * gives undefined (no cached result is invented).
 */
import type ExcelJS from 'exceljs';
import { definisiFungsi, Galat, jalankan, jumlahArgumen, Keluaran, Masukan } from '../functions/logika';
import type { KodeGalat } from '../functions/logika';
import { parseAlamat } from '../core/grid';
import { rumusExcelJs } from './baca';
import { serialDari } from './tanggal';
import type { Bahasa } from '../core/pesan/bahasa';
import { pesanHost } from '../core/pesan/host';

/** A cached result as ExcelJS stores it. */
export type HasilRumus = number | string | boolean | { error: string };

const KODE: Record<KodeGalat, string> = {
  divisionByZero: '#DIV/0!',
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
};

/** An error value met in an argument: the function is not called and the error is the result, as in Excel. */
class GalatSel {
  constructor(readonly kode: string) {}
}

type Argumen =
  | { jenis: 'teks'; nilai: string }
  | { jenis: 'angka'; nilai: number }
  | { jenis: 'ref'; lembar?: string; r1: number; c1: number; r2: number; c2: number };

/** `NAME(arg, ...)`: the function's name and its arguments, or null for any other formula. */
export function uraiRumus(rumus: string): { nama: string; arg: Argumen[] } | null {
  const teksRumus = rumus.trim().replace(/^=/, '');
  const cocok = /^([A-Za-z_][\w.]*)\s*\(([\s\S]*)\)$/.exec(teksRumus);
  if (!cocok) return null;
  const arg: Argumen[] = [];
  let indeks = 0;
  const isi = cocok[2];
  const lewatiSpasi = () => {
    while (indeks < isi.length && /\s/.test(isi[indeks])) indeks++;
  };
  lewatiSpasi();
  if (indeks >= isi.length) return { nama: cocok[1].toUpperCase(), arg };
  for (;;) {
    lewatiSpasi();
    const sisaTeks = isi.slice(indeks);
    let token: RegExpExecArray | null;
    if (isi[indeks] === '"') {
      let teks = '';
      let akhir = indeks + 1;
      for (;;) {
        if (akhir >= isi.length) return null;
        if (isi[akhir] === '"') {
          if (isi[akhir + 1] === '"') {
            teks += '"';
            akhir += 2;
            continue;
          }
          break;
        }
        teks += isi[akhir++];
      }
      arg.push({ jenis: 'teks', nilai: teks });
      indeks = akhir + 1;
    } else if ((token = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?(?![\w.:!])/.exec(sisaTeks))) {
      arg.push({ jenis: 'angka', nilai: Number(token[0]) });
      indeks += token[0].length;
    } else if (
      (token = /^(?:'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?/.exec(
        sisaTeks,
      ))
    ) {
      const lembar = token[1] !== undefined ? token[1].replace(/''/g, "'") : token[2];
      let awal: { r: number; c: number };
      let ujung: { r: number; c: number };
      try {
        awal = parseAlamat(token[3]);
        ujung = token[4] ? parseAlamat(token[4]) : awal;
      } catch {
        return null;
      }
      arg.push({
        jenis: 'ref',
        ...(lembar !== undefined ? { lembar } : {}),
        r1: Math.min(awal.r, ujung.r),
        c1: Math.min(awal.c, ujung.c),
        r2: Math.max(awal.r, ujung.r),
        c2: Math.max(awal.c, ujung.c),
      });
      indeks += token[0].length;
    } else return null;
    lewatiSpasi();
    if (indeks >= isi.length) break;
    if (isi[indeks] !== ',') return null;
    indeks++;
  }
  return { nama: cocok[1].toUpperCase(), arg };
}

/** What a cell gives a formula that refers to it: a formula's cached result, a date's serial number. */
function nilaiUntukRumus(sel: ExcelJS.Cell, tahun1904: boolean): unknown {
  // the other cells of a merge are empty in Excel (ExcelJS answers with the first cell's value)
  if (sel.isMerged && sel.master !== sel) return null;
  let nilai: unknown = sel.value;
  if (rumusExcelJs(nilai as ExcelJS.CellValue)) {
    nilai = sel.result;
    if (nilai === undefined) return undefined;
  }
  if (nilai === null || nilai === undefined) return null;
  if (nilai instanceof Date) return serialDari(nilai, tahun1904);
  if (typeof nilai === 'object') {
    const objek = nilai as { error?: string; richText?: { text: string }[]; text?: unknown };
    if (objek.error) return new GalatSel(String(objek.error));
    if (Array.isArray(objek.richText)) return objek.richText.map((x) => x.text).join('');
    if ('text' in objek) return typeof objek.text === 'string' ? objek.text : null;
    return undefined;
  }
  return nilai;
}

/** The functions evaluated: the SAKIP.* custom functions and the SUM the add-in writes in JUMLAH rows. */
const FUNGSI: ReadonlySet<string> = new Set([
  'SUM',
  'SAKIP.CAPAIAN',
  'SAKIP.PENYERAPAN',
  'SAKIP.SISA',
  'SAKIP.EFISIENSI',
  'SAKIP.PREDIKAT',
  'SAKIP.ANGKA',
]);

/** Too many cells for one argument of a formula the add-in writes: not evaluated. */
const SEL_MAKS = 100000;

/**
 * The cached result `rumus` would get in sheet `ws` of `wb`, or undefined when it is not a formula this
 * evaluates (or a referenced formula has no cached result either).
 */
export function hitungRumus(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, rumus: string): HasilRumus | undefined {
  const urai = uraiRumus(rumus);
  if (!urai || !FUNGSI.has(urai.nama)) return undefined;
  const tahun1904 = !!(wb.properties as { date1904?: boolean } | undefined)?.date1904;
  const larik: (Masukan | undefined)[] = urai.arg.map((argumen) => {
    if (argumen.jenis !== 'ref') return [[argumen.nilai]];
    const lembar = argumen.lembar === undefined ? ws : wb.getWorksheet(argumen.lembar);
    if (!lembar || (argumen.r2 - argumen.r1 + 1) * (argumen.c2 - argumen.c1 + 1) > SEL_MAKS) return undefined;
    const out: unknown[][] = [];
    for (let nomorBaris = argumen.r1; nomorBaris <= argumen.r2; nomorBaris++) {
      const baris: unknown[] = [];
      for (let kolom = argumen.c1; kolom <= argumen.c2; kolom++)
        baris.push(nilaiUntukRumus(lembar.getCell(nomorBaris + 1, kolom + 1), tahun1904));
      out.push(baris);
    }
    return out;
  });
  if (larik.some((x) => x === undefined || x.some((b) => b.some((v) => v === undefined)))) return undefined;
  const masukan = larik as Masukan[];
  // an error value in an argument is the result (Excel does not call the function)
  for (const rentang of masukan)
    for (const baris of rentang) for (const nilai of baris) if (nilai instanceof GalatSel) return { error: nilai.kode };
  if (urai.nama === 'SUM') {
    let jumlah = 0;
    urai.arg.forEach((argumen, indeks) => {
      for (const baris of masukan[indeks])
        for (const nilai of baris) {
          // a range adds only its numbers; a literal argument is a number already
          if (typeof nilai === 'number') jumlah += nilai;
        }
    });
    return Number(jumlah.toPrecision(15));
  }
  const satu = (keluaran: Keluaran): HasilRumus | undefined => {
    const hasil = keluaran[0]?.[0];
    if (hasil === undefined) return undefined;
    return hasil instanceof Galat ? { error: KODE[hasil.kode] } : hasil;
  };
  const id = /^SAKIP\.(.+)$/.exec(urai.nama)?.[1];
  const definisi = id === undefined ? undefined : definisiFungsi(id);
  if (!definisi) return undefined;
  const { wajib, paling } = jumlahArgumen(definisi);
  return masukan.length >= wajib && masukan.length <= paling ? satu(jalankan(definisi, masukan)) : undefined;
}

/** The SAKIP.* custom functions, as formula text names them. */
export const RUMUS_SAKIP = /(^|[^\w.])SAKIP\.[A-Z]+\s*\(/i;

/**
 * Before a workbook is saved: every SAKIP.* formula without a cached result gets the one it computes.
 * Returns how many got one and how many could not be evaluated (and stay without).
 */
export function isiHasilRumusSakip(wb: ExcelJS.Workbook): { dihitung: number; tanpaHasil: number } {
  let tunda: { ws: ExcelJS.Worksheet; sel: ExcelJS.Cell; teks: string }[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow((row) =>
      row.eachCell((sel) => {
        if (!rumusExcelJs(sel.value) || sel.result !== undefined) return;
        const teks = sel.formula;
        if (teks && RUMUS_SAKIP.test(teks)) tunda.push({ ws, sel, teks });
      }),
    );
  });
  let dihitung = 0;
  // a formula may refer to another one still without a result: again while a pass makes progress
  for (let maju = true; maju && tunda.length > 0;) {
    maju = false;
    const lagi: typeof tunda = [];
    for (const rumusTunda of tunda) {
      const hasil = hitungRumus(wb, rumusTunda.ws, rumusTunda.teks);
      if (hasil === undefined) {
        lagi.push(rumusTunda);
        continue;
      }
      rumusTunda.sel.value = { ...(rumusTunda.sel.value as object), result: hasil } as ExcelJS.CellValue;
      dihitung++;
      maju = true;
    }
    tunda = lagi;
  }
  return { dihitung, tanpaHasil: tunda.length };
}

/** SAKIP.* formulas in the workbook, and how many of them have a cached result. */
export function hitungRumusSakip(wb: ExcelJS.Workbook): { jumlah: number; denganHasil: number } {
  let jumlah = 0;
  let denganHasil = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((sel) => {
        if (!rumusExcelJs(sel.value)) return;
        const teks = sel.formula;
        if (!teks || !RUMUS_SAKIP.test(teks)) return;
        jumlah++;
        if (sel.result !== undefined) denganHasil++;
      }),
    ),
  );
  return { jumlah, denganHasil };
}

/**
 * What a copy with SAKIP.* formulas shows where the add-in is not installed, in a sentence for the user;
 * null when there are none.
 */
export function pesanRumusSakip(jumlahRumus: { jumlah: number; denganHasil: number }, bahasa: Bahasa): string | null {
  if (jumlahRumus.jumlah === 0) return null;
  const tanpa = jumlahRumus.jumlah - jumlahRumus.denganHasil;
  return pesanHost(bahasa).rumusSakip(jumlahRumus.jumlah, jumlahRumus.denganHasil, tanpa);
}
