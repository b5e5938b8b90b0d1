/** The "Temuan SAKIP" report sheet, shared by the Excel adapter and the ExcelJS writer: headers and rows. */
import type { Severity, Temuan } from './model';
import type { Bahasa } from './pesan/bahasa';
import { pesanHost } from './pesan/host';
import { ATURAN } from './aturan/meta';

export { LEMBAR_TEMUAN as NAMA_LEMBAR_TEMUAN } from './lembarSendiri';

export function judulLaporan(bahasa: Bahasa): string[] {
  const pesan = pesanHost(bahasa);
  return [
    pesan.kolomNo,
    pesan.kolomAturan,
    pesan.kolomPemeriksaan,
    pesan.kolomTingkat,
    pesan.kolomLembar,
    pesan.kolomSel,
    pesan.kolomPesan,
    pesan.kolomTertulis,
    pesan.kolomSeharusnya,
  ];
}

/** Column of the cell link in {@link judulLaporan} (0-based). */
export const KOLOM_SEL_LAPORAN = 5;

export function judulGrafik(bahasa: Bahasa): string[] {
  const pesan = pesanHost(bahasa);
  return [pesan.kolomIndikator, pesan.kolomCapaian, pesan.kolomPredikat];
}

export function labelTingkat(s: Severity, bahasa: Bahasa): string {
  const pesan = pesanHost(bahasa);
  return { error: pesan.tingkatError, warning: pesan.tingkatWarning, info: pesan.tingkatInfo }[s];
}

/** A stated/expected value on the report sheet: a real number (with the format to show it in) or text. */
export interface NilaiLaporan {
  nilai: number | string;
  /** Excel number format for a number: "0.00%" for a percent cell's stored fraction, "#,##0.##" otherwise. */
  format?: string;
}

const MESIN = /^-?\d+(\.\d+)?$/;

/**
 * A finding's value as a number the reader can compute with, when it is one JS can hold exactly enough
 * (15 significant digits, Excel's own precision); else its text.
 */
export function nilaiLaporan(teks: string | null, persen: boolean | undefined): NilaiLaporan {
  if (teks === null) return { nilai: '' };
  const t = teks.trim();
  if (!MESIN.test(t) || t.replace(/^-|\.|^0+/g, '').length > 15) return { nilai: teks };
  const n = Number(t);
  if (persen) return { nilai: n, format: '0.00%' };
  const desimal = t.includes('.') ? t.length - t.indexOf('.') - 1 : 0;
  return { nilai: n, format: desimal ? `#,##0.${'0'.repeat(Math.min(desimal, 4))}` : '#,##0' };
}

export interface BarisLaporan {
  no: number;
  aturan: string;
  pemeriksaan: string;
  tingkat: string;
  lembar: string;
  sel: string;
  pesan: string;
  tertulis: NilaiLaporan;
  seharusnya: NilaiLaporan;
}

/** One finding as a report row; the rule's label comes from the rule registry (aturan/meta.ts). */
export function barisTemuan(f: Temuan, i: number, bahasa: Bahasa): BarisLaporan {
  return {
    no: i + 1,
    aturan: f.rule,
    pemeriksaan: ATURAN[f.rule]?.label[bahasa] ?? f.rule,
    tingkat: labelTingkat(f.severity, bahasa),
    lembar: f.sheet,
    sel: f.cell,
    pesan: f.message,
    tertulis: nilaiLaporan(f.stated, f.persen),
    seharusnya: nilaiLaporan(f.expected, f.persen),
  };
}
