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
  const s = rumus.trim().replace(/^=/, '');
  const m = /^([A-Za-z_][\w.]*)\s*\(([\s\S]*)\)$/.exec(s);
  if (!m) return null;
  const arg: Argumen[] = [];
  let i = 0;
  const isi = m[2];
  const lewatiSpasi = () => {
    while (i < isi.length && /\s/.test(isi[i])) i++;
  };
  lewatiSpasi();
  if (i >= isi.length) return { nama: m[1].toUpperCase(), arg };
  for (;;) {
    lewatiSpasi();
    const sisa = isi.slice(i);
    let t: RegExpExecArray | null;
    if (isi[i] === '"') {
      let teks = '';
      let j = i + 1;
      for (;;) {
        if (j >= isi.length) return null;
        if (isi[j] === '"') {
          if (isi[j + 1] === '"') {
            teks += '"';
            j += 2;
            continue;
          }
          break;
        }
        teks += isi[j++];
      }
      arg.push({ jenis: 'teks', nilai: teks });
      i = j + 1;
    } else if ((t = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?(?![\w.:!])/.exec(sisa))) {
      arg.push({ jenis: 'angka', nilai: Number(t[0]) });
      i += t[0].length;
    } else if (
      (t = /^(?:'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?/.exec(
        sisa,
      ))
    ) {
      const lembar = t[1] !== undefined ? t[1].replace(/''/g, "'") : t[2];
      let a: { r: number; c: number };
      let b: { r: number; c: number };
      try {
        a = parseAlamat(t[3]);
        b = t[4] ? parseAlamat(t[4]) : a;
      } catch {
        return null;
      }
      arg.push({
        jenis: 'ref',
        ...(lembar !== undefined ? { lembar } : {}),
        r1: Math.min(a.r, b.r),
        c1: Math.min(a.c, b.c),
        r2: Math.max(a.r, b.r),
        c2: Math.max(a.c, b.c),
      });
      i += t[0].length;
    } else return null;
    lewatiSpasi();
    if (i >= isi.length) break;
    if (isi[i] !== ',') return null;
    i++;
  }
  return { nama: m[1].toUpperCase(), arg };
}

/** What a cell gives a formula that refers to it: a formula's cached result, a date's serial number. */
function nilaiUntukRumus(c: ExcelJS.Cell, tahun1904: boolean): unknown {
  // the other cells of a merge are empty in Excel (ExcelJS answers with the first cell's value)
  if (c.isMerged && c.master !== c) return null;
  let v: unknown = c.value;
  if (rumusExcelJs(v as ExcelJS.CellValue)) {
    v = c.result;
    if (v === undefined) return undefined;
  }
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return serialDari(v, tahun1904);
  if (typeof v === 'object') {
    const o = v as { error?: string; richText?: { text: string }[]; text?: unknown };
    if (o.error) return new GalatSel(String(o.error));
    if (Array.isArray(o.richText)) return o.richText.map((x) => x.text).join('');
    if ('text' in o) return typeof o.text === 'string' ? o.text : null;
    return undefined;
  }
  return v;
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
  const u = uraiRumus(rumus);
  if (!u || !FUNGSI.has(u.nama)) return undefined;
  const tahun1904 = !!(wb.properties as { date1904?: boolean } | undefined)?.date1904;
  const larik: (Masukan | undefined)[] = u.arg.map((a) => {
    if (a.jenis !== 'ref') return [[a.nilai]];
    const lembar = a.lembar === undefined ? ws : wb.getWorksheet(a.lembar);
    if (!lembar || (a.r2 - a.r1 + 1) * (a.c2 - a.c1 + 1) > SEL_MAKS) return undefined;
    const out: unknown[][] = [];
    for (let r = a.r1; r <= a.r2; r++) {
      const baris: unknown[] = [];
      for (let c = a.c1; c <= a.c2; c++) baris.push(nilaiUntukRumus(lembar.getCell(r + 1, c + 1), tahun1904));
      out.push(baris);
    }
    return out;
  });
  if (larik.some((x) => x === undefined || x.some((b) => b.some((v) => v === undefined)))) return undefined;
  const m = larik as Masukan[];
  // an error value in an argument is the result (Excel does not call the function)
  for (const x of m) for (const b of x) for (const v of b) if (v instanceof GalatSel) return { error: v.kode };
  if (u.nama === 'SUM') {
    let jumlah = 0;
    u.arg.forEach((a, i) => {
      for (const b of m[i])
        for (const v of b) {
          // a range adds only its numbers; a literal argument is a number already
          if (typeof v === 'number') jumlah += v;
        }
    });
    return Number(jumlah.toPrecision(15));
  }
  const satu = (k: Keluaran): HasilRumus | undefined => {
    const x = k[0]?.[0];
    if (x === undefined) return undefined;
    return x instanceof Galat ? { error: KODE[x.kode] } : x;
  };
  const id = /^SAKIP\.(.+)$/.exec(u.nama)?.[1];
  const definisi = id === undefined ? undefined : definisiFungsi(id);
  if (!definisi) return undefined;
  const { wajib, paling } = jumlahArgumen(definisi);
  return m.length >= wajib && m.length <= paling ? satu(jalankan(definisi, m)) : undefined;
}

/** The SAKIP.* custom functions, as formula text names them. */
export const RUMUS_SAKIP = /(^|[^\w.])SAKIP\.[A-Z]+\s*\(/i;

/**
 * Before a workbook is saved: every SAKIP.* formula without a cached result gets the one it computes.
 * Returns how many got one and how many could not be evaluated (and stay without).
 */
export function isiHasilRumusSakip(wb: ExcelJS.Workbook): { dihitung: number; tanpaHasil: number } {
  let tunda: { ws: ExcelJS.Worksheet; c: ExcelJS.Cell; teks: string }[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (!rumusExcelJs(c.value) || c.result !== undefined) return;
        const teks = c.formula;
        if (teks && RUMUS_SAKIP.test(teks)) tunda.push({ ws, c, teks });
      }),
    );
  });
  let dihitung = 0;
  // a formula may refer to another one still without a result: again while a pass makes progress
  for (let maju = true; maju && tunda.length > 0;) {
    maju = false;
    const lagi: typeof tunda = [];
    for (const x of tunda) {
      const hasil = hitungRumus(wb, x.ws, x.teks);
      if (hasil === undefined) {
        lagi.push(x);
        continue;
      }
      x.c.value = { ...(x.c.value as object), result: hasil } as ExcelJS.CellValue;
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
      row.eachCell((c) => {
        if (!rumusExcelJs(c.value)) return;
        const teks = c.formula;
        if (!teks || !RUMUS_SAKIP.test(teks)) return;
        jumlah++;
        if (c.result !== undefined) denganHasil++;
      }),
    ),
  );
  return { jumlah, denganHasil };
}

/**
 * What a copy with SAKIP.* formulas shows where the add-in is not installed, in a sentence for the user;
 * null when there are none.
 */
export function pesanRumusSakip(r: { jumlah: number; denganHasil: number }, bahasa: 'id' | 'en'): string | null {
  if (r.jumlah === 0) return null;
  const tanpa = r.jumlah - r.denganHasil;
  if (bahasa === 'en')
    return (
      `The copy holds ${r.jumlah} SAKIP.* formula(s); ${r.denganHasil} are saved with their computed value as the cached result, ` +
      'so Excel and other programs without the SAKIP add-in show that value until they recalculate the workbook (then #NAME?).' +
      (tanpa > 0 ? ` ${tanpa} could not be computed and show no value there.` : '')
    );
  return (
    `Salinan berisi ${r.jumlah} rumus SAKIP.*; ${r.denganHasil} di antaranya disimpan dengan hasil terhitung, ` +
    'sehingga Excel dan aplikasi lain tanpa add-in SAKIP menampilkan nilai itu sampai workbook dihitung ulang di sana (lalu tampil #NAME?).' +
    (tanpa > 0 ? ` ${tanpa} rumus tidak dapat dihitung dan tampil kosong di sana.` : '')
  );
}
