/**
 * What each body row of a table is: data, a section heading, a note, a repeated header, a TOTAL or
 * rata-rata row by its label, an unlabelled helper row under the table; and the names a row goes by (the
 * program/kegiatan named on it, the indicator it belongs to, the sasaran above it). Totals without a label
 * and parents are found later from arithmetic and formulas (hierarki.ts, total.ts); the labels here are only
 * a first guess that arithmetic must confirm.
 */
import type { Baris, JenisBaris, Kolom } from '../model';
import { PERAN_ANGKA } from '../model';
import type { BacaLembar } from './lembar';
import { parseTeks } from '../angka';
import type { Segmen } from './segmen';
import { norm, teksPenomoran } from './kosakata';

/** A TOTAL-like label ("JUMLAH", "Total Belanja Daerah", "SUB TOTAL", "TOTAL (A+B)", "Jumlah Seluruh Program"). */
export const RE_LABEL_TOTAL =
  /^(sub[\s-]*)?(jumlah|total|grand total|jml\.?)\b(?!\s+(penduduk|pegawai|asn|pns|kasus|dokumen|laporan|peserta|keluarga|anak|orang|unit|kegiatan yang|ppks|psks|penerima|masyarakat|perangkat daerah yang|desa|siswa|sekolah|rumah|warga|korban|lembaga|kelompok|pengaduan|kunjungan|fasilitas|sarana|paket))/i;
/**
 * A rata-rata row label ("Rata-rata Capaian Kinerja", "Rata-rata"), not an indicator that is itself an
 * average ("Rata-rata Lama Sekolah").
 */
const RE_RATA =
  /^(nilai\s+)?(rata[\s-]*rata|rerata|average)(\s+(capaian|kinerja|nilai|persentase|realisasi|total|keseluruhan|seluruh|indikator|sasaran|program)\b.*)?\s*:?$/i;
/** A total phrase and nothing else: "JUMLAH", "Total (A+B)", "Sub Total", "Jumlah Keseluruhan :". */
const RE_TOTAL_MURNI =
  /^(sub[\s-]*)?(jumlah|total|grand total)(\s+(total|keseluruhan|seluruhnya|semua|akhir|umum))?\s*(\([^)]*\))?\s*:?$/i;
const RE_CATATAN = /^(sumber|catatan|keterangan|ket\s*[.:]|\*|note|ket\b)/i;
/** A total of scores: "Nilai Akuntabilitas Kinerja", "Nilai SAKIP", "Nilai Akhir" (an evaluation's components summed). */
const RE_TOTAL_NILAI = /^(nilai\s+(akuntabilitas(\s+kinerja)?|sakip|total|akhir|keseluruhan))\s*:?$/i;
/** A sasaran's (or program's) summary row named in the indicator column: "Capaian Sasaran", "Nilai Sasaran 2". */
const RE_RINGKASAN = /^(capaian|nilai|rata[\s-]*rata capaian)\s+(sasaran|tujuan|program|kegiatan)(\s+\d+)?\s*:?$/i;

/** The longest text with a word in it among the row's cells in `ks`. */
function terpanjang(b: BacaLembar, r: number, ks: Kolom[]): string | undefined {
  let best: string | undefined;
  for (const k of ks) {
    const t = b.teks(r, k.c);
    if ((best === undefined || t.length > best.length) && /[a-z]/i.test(t) && !teksPenomoran(t)) best = t;
  }
  return best;
}

/** The text in a column at row r, or the text of the merged area above it. */
function teksAtauGabung(b: BacaLembar, r: number, k: Kolom): string {
  const g = b.gabung(r, k.c);
  return g && g.r1 < r ? '' : b.teks(r, k.c);
}

const LABEL: ReadonlySet<string> = new Set(['no', 'kode', 'uraian', 'sasaran', 'indikator']);

export interface KolomLabel {
  label: Kolom[];
  indikator: Kolom[];
  uraian: Kolom[];
  sasaran: Kolom[];
  angka: Kolom[];
}

export function kolomLabel(kolom: Kolom[]): KolomLabel {
  const dari = (p: string) => kolom.filter((x) => x.peran === p);
  return {
    // the columns a row's label comes from: names, numbering, codes; never its unit, rating or remarks
    label: kolom.filter((x) => LABEL.has(x.peran)),
    indikator: dari('indikator'),
    uraian: dari('uraian'),
    sasaran: dari('sasaran'),
    angka: kolom.filter((x) => PERAN_ANGKA.has(x.peran) && x.nilai !== 'nomor'),
  };
}

/** The row holds a figure in one of the number columns (a "1.234" there is a number, not a code). */
function berangkaDi(b: BacaLembar, r: number, ks: Kolom[]): boolean {
  return ks.some((k) => {
    const x = b.baris(r).find((i) => i.c === k.c);
    if (!x) return false;
    if (x.jenis === 'angka' || x.jenis === 'galat' || (x.s.f !== undefined && x.jenis !== 'teks')) return true;
    if (x.jenis !== 'kode' && x.jenis !== 'nomor' && x.jenis !== 'tahun') return false;
    const a = parseTeks(x.teks);
    return a.status === 'teks-angka' || a.status === 'ambigu';
  });
}

/** The body rows of a table, classified, with their names; indicators carried down over blank or merged cells. */
export function bacaBaris(b: BacaLembar, seg: Segmen, kolom: Kolom[]): Baris[] {
  const kl = kolomLabel(kolom);
  const out: Baris[] = [];
  let indikatorAtas: string | undefined;
  let sasaranAtas: string | undefined;
  const akhirData = [...seg.isi].reverse().find((r) => berangkaDi(b, r, kl.angka)) ?? -1;
  for (const r of seg.isi) {
    const isi = b.baris(r).filter((x) => x.c >= seg.c1 && x.c <= seg.c2);
    let label = '';
    for (const k of kl.label) {
      const t = b.teks(r, k.c);
      if (t && /[a-z]/i.test(t) && !teksPenomoran(t)) {
        label = t;
        break;
      }
    }
    const uraian = terpanjang(b, r, kl.uraian);
    const indikatorSendiri = kl.indikator.length
      ? kl.indikator.map((k) => teksAtauGabung(b, r, k)).find((t) => /[a-z]{3}/i.test(t))
      : undefined;
    const sasaranSendiri = terpanjang(b, r, kl.sasaran);
    if (sasaranSendiri) sasaranAtas = sasaranSendiri;
    const angka = berangkaDi(b, r, kl.angka);
    let jenis: JenisBaris = 'data';
    const lbl = label.trim();
    // a total or rata-rata label decides even in the indicator column, and even before its figures are filled
    // in the indicator column only a bare total phrase is a total ("Jumlah PMKS" counts something there)
    // (both total patterns start with one of these words: other labels need no normalising)
    const awalTotal = /^(sub|jumlah|total|grand|jml)/i.test(lbl);
    const labelTotal =
      indikatorSendiri === label && indikatorSendiri
        ? awalTotal && RE_TOTAL_MURNI.test(norm(lbl))
        : ((awalTotal && RE_LABEL_TOTAL.test(norm(lbl))) || RE_TOTAL_NILAI.test(lbl)) && !indikatorSendiri;
    const labelRata = RE_RATA.test(lbl) && (!indikatorSendiri || indikatorSendiri === label);
    // a summary named like one, with a capaian and no operands of its own
    const labelRingkasan =
      RE_RINGKASAN.test(lbl) &&
      kolom.some((k) => k.peran === 'capaian' && isi.some((x) => x.c === k.c && x.jenis === 'angka')) &&
      !kolom.some(
        (k) => (k.peran === 'target' || k.peran === 'realisasi') && isi.some((x) => x.c === k.c && x.jenis === 'angka'),
      );
    if (isi.length === 0) jenis = 'catatan';
    else if (labelRata) jenis = 'rata';
    else if (labelRingkasan) jenis = 'ringkasan';
    else if (labelTotal) jenis = 'jumlah';
    else if (!angka) {
      const teks = isi.filter((x) => x.jenis === 'teks' || x.jenis === 'nomor').length;
      if (RE_CATATAN.test(lbl) || (akhirData >= 0 && r > akhirData && teks <= 1)) jenis = 'catatan';
      // a row of several texts is a row of a text table (a scale, a list of indicators)
      else if (teks >= 2 && (akhirData < 0 || isi.length >= 3)) jenis = 'data';
      else jenis = 'bagian';
    } else if (!lbl && isi.every((x) => x.jenis !== 'teks') && isi.some((x) => /SUBTOTAL\s*\(/i.test(x.s.f ?? '')))
      jenis = 'bantu';
    else if (kl.indikator.length && !indikatorSendiri && lbl && !uraian) {
      // a summary row: a label left of the indicator column, no indicator of its own, no row number
      const kiriIndikator = isi.some((x) => x.c < kl.indikator[0].c && x.jenis === 'teks');
      const bernomor = isi.some((x) => x.jenis === 'nomor' && kl.label.some((k) => k.c === x.c && k.peran === 'no'));
      const gabungAtas = kl.indikator.some((k) => (b.gabung(r, k.c)?.r1 ?? r) < r);
      if (kiriIndikator && !bernomor && !gabungAtas) jenis = 'ringkasan';
    }
    // a blank or merged indicator cell continues the group above; a new indicator starts a new group
    if (indikatorSendiri) indikatorAtas = indikatorSendiri;
    else if (jenis !== 'data') indikatorAtas = jenis === 'bagian' ? undefined : indikatorAtas;
    // carried down only to rows that name their program / kegiatan, or whose indicator cell is merged below it
    const lanjut =
      jenis === 'data' && (uraian !== undefined || kl.indikator.some((k) => (b.gabung(r, k.c)?.r1 ?? r) < r));
    const indikator = indikatorSendiri ?? (lanjut ? indikatorAtas : undefined);
    const asli = jenis === 'jumlah' || jenis === 'rata' ? undefined : (indikator ?? uraian ?? sasaranSendiri);
    const baris: Baris = {
      r,
      jenis,
      level: null,
      nama: asli ?? label,
      namaAsli: asli !== undefined,
      label,
      ...(sasaranAtas ? { sasaran: sasaranAtas } : {}),
      ...(uraian ? { uraian } : {}),
      ...(indikator ? { indikator } : {}),
    };
    if (b.tersembunyi.has(r)) baris.tersembunyi = true;
    out.push(baris);
  }
  for (const h of seg.headerUlang) out.push({ r: h, jenis: 'header-ulang', level: null, nama: '', label: '' });
  out.sort((a, c) => a.r - c.r);
  return out;
}
