/**
 * Dates in SpreadsheetML, one rule for both .xlsx readers: which number formats show a date, which serial
 * numbers Excel can show as a date, and the ISO text the grid keeps for them.
 */

/** The last serial Excel shows as a date: 9999-12-31 in the 1900 date system. */
export const SERIAL_MAKS = 2958465;

/** Days between the 1900 and the 1904 date systems. */
const SELISIH_1904 = 1462;

/**
 * A format code with its literal text removed: [..] sections (colours, locales, conditions), "quoted"
 * text, backslash-escaped characters (`\h`), and the character after `_` (a space as wide as it) or `*`
 * (repeated to fill the cell).
 */
function tanpaLiteral(fmt: string): string {
  return fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*]/g, '');
}

/**
 * True when a number format displays a date or time. Date and time letters are case-insensitive in
 * Excel (LibreOffice writes `DD/MM/YYYY`); `b` is the Buddhist year. Sections such as `[h]` are elapsed
 * time and count too, through their `:mm`/`:ss`.
 */
export function formatTanggal(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhsYMDHS]|b/.test(tanpaLiteral(fmt));
}

/** True when a serial number is one Excel can show as a date (0 to 9999-12-31, in either date system). */
export function serialTanggal(serial: number, tahun1904: boolean): boolean {
  if (!Number.isFinite(serial) || serial < 0) return false;
  return serial + (tahun1904 ? SELISIH_1904 : 0) < SERIAL_MAKS + 1;
}

/** An Excel serial date as YYYY-MM-DD (1900 or 1904 system); null when Excel cannot show it as a date. */
export function tanggalIso(serial: number, tahun1904: boolean): string | null {
  if (!serialTanggal(serial, tahun1904)) return null;
  const tanggal = new Date(Math.round((serial - 25569 + (tahun1904 ? SELISIH_1904 : 0)) * 86400000));
  return Number.isNaN(tanggal.getTime()) ? null : tanggal.toISOString().slice(0, 10);
}

/**
 * The serial number of a JS date made from one (ExcelJS turns numbers under a date format into Dates):
 * exact for whole days, within a millisecond otherwise, so it is rounded to what a millisecond resolves.
 */
export function serialDari(tanggal: Date, tahun1904: boolean): number {
  const serial = tanggal.getTime() / 86400000 + 25569 - (tahun1904 ? SELISIH_1904 : 0);
  return Number(serial.toFixed(8));
}

/**
 * A backslash-escaped format code rewritten with quoted literals (`#,##0.00\ \h\a` -> `#,##0.00" ha"`),
 * which Excel displays the same way. Returns the code unchanged when it escapes nothing.
 */
export function kutipLiteral(fmt: string): string {
  let out = '';
  let literal = '';
  let indeks = 0;
  const tutup = () => {
    if (literal) out += `"${literal}"`;
    literal = '';
  };
  while (indeks < fmt.length) {
    const ch = fmt[indeks];
    if (ch === '\\' && indeks + 1 < fmt.length && fmt[indeks + 1] !== '"') {
      literal += fmt[indeks + 1];
      indeks += 2;
      continue;
    }
    tutup();
    if (ch === '"') {
      const tutup = fmt.indexOf('"', indeks + 1);
      const akhir = tutup < 0 ? fmt.length : tutup + 1;
      out += fmt.slice(indeks, akhir);
      indeks = akhir;
    } else if (ch === '[') {
      const tutup = fmt.indexOf(']', indeks + 1);
      const akhir = tutup < 0 ? fmt.length : tutup + 1;
      out += fmt.slice(indeks, akhir);
      indeks = akhir;
    } else if ((ch === '_' || ch === '*') && indeks + 1 < fmt.length) {
      out += fmt.slice(indeks, indeks + 2);
      indeks += 2;
    } else {
      out += ch;
      indeks++;
    }
  }
  tutup();
  return out;
}
