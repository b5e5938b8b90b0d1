/**
 * One worksheet's XML -> LembarGrid, as a saxes event handler (fed chunk by chunk). Values follow what
 * the ExcelJS reader gives (src/xlsx/baca.ts): cached formula results, dates as ISO dates, errors in
 * `galat`, merged cells other than the top-left one left empty.
 */
import { SaxesParser } from 'saxes';
import type { LembarGrid, NilaiSel, Rentang, Sel } from '../../core/grid';
import { parseRentang } from '../../core/grid';
import type { GayaSel } from './gaya';
import { geserRumus } from './rumusBersama';
import { namaLokal } from './xml';
import { tanggalIso } from '../tanggal';

const GAYA_KOSONG: GayaSel = { tanggal: false };

/** "AB12" -> row 11, column 27 (0-based); null when it is not a cell reference. */
export function posisiSel(ref: string): { r: number; c: number } | null {
  let kolom = 0;
  let indeks = 0;
  for (; indeks < ref.length; indeks++) {
    const huruf = ref.charCodeAt(indeks) | 0x20;
    if (huruf < 97 || huruf > 122) break;
    kolom = kolom * 26 + (huruf - 96);
  }
  if (indeks === 0 || indeks === ref.length) return null;
  let baris = 0;
  for (; indeks < ref.length; indeks++) {
    const angka = ref.charCodeAt(indeks) - 48;
    if (angka < 0 || angka > 9) return null;
    baris = baris * 10 + angka;
  }
  return baris > 0 ? { r: baris - 1, c: kolom - 1 } : null;
}

export { tanggalIso } from '../tanggal';

/** Where the text inside the element being read goes: nowhere, the cell's value (<v>, <t>), its formula (<f>). */
const TEKS_LAIN = 0;
const TEKS_NILAI = 1;
const TEKS_RUMUS = 2;
type TujuanTeks = typeof TEKS_LAIN | typeof TEKS_NILAI | typeof TEKS_RUMUS;

/** An empty value element is no value, except an inline string, whose empty text is the empty string. */
function isiKosongBukanNilai(jenis: string | undefined): boolean {
  return jenis !== 'inlineStr';
}

export interface OpsiLembar {
  nama: string;
  teksBersama: readonly string[];
  gaya: readonly GayaSel[];
  tahun1904: boolean;
  status?: 'hidden' | 'veryHidden';
}

type Atribut = Record<string, string>;

/**
 * The reading state of one sheet: the rows so far, the sheet-level elements, and the cell being read (its
 * place, type, style and the text of its <v>/<t> and <f> elements). Plain fields, no object per cell.
 */
class PembacaLembar {
  private readonly baris: (Sel | null)[][] = [];
  private readonly gabung: string[] = [];
  private readonly barisTersembunyi: number[] = [];
  private filter: string | undefined;
  /** The formula text of each shared formula's master cell, by its `si`. */
  private readonly rumusInduk = new Map<string, { rumus: string; baris: number; kolom: number }>();

  private barisSel = -1;
  private kolomSel = -1;
  /** The cell's `t` attribute: s (shared string), str, inlineStr, b, e, d, or none (a number). */
  private jenis: string | undefined;
  private gaya: GayaSel = GAYA_KOSONG;
  private teksNilai = '';
  private adaNilai = false;
  private teksRumus = '';
  private adaRumus = false;
  private rumusBersama: { si: string; ref?: string } | null = null;
  private tujuanTeks: TujuanTeks = TEKS_LAIN;
  /** Depth inside phonetic runs (<rPh>), whose text is not the cell's. */
  private kedalamanFonetik = 0;

  /** The closed cell's value and error text, set by bacaNilai(). */
  private nilai: NilaiSel = null;
  private galat: string | undefined;

  constructor(private readonly opsi: OpsiLembar) {}

  buka(nama: string, atribut: Atribut): void {
    switch (nama) {
      case 'row':
        this.bukaBaris(atribut);
        break;
      case 'c':
        this.bukaSel(atribut);
        break;
      case 'v':
        this.tujuanTeks = TEKS_NILAI;
        this.adaNilai = true;
        break;
      case 'f':
        this.tujuanTeks = TEKS_RUMUS;
        this.adaRumus = true;
        if (atribut.t === 'shared' && atribut.si !== undefined)
          this.rumusBersama = { si: atribut.si, ref: atribut.ref };
        break;
      case 't':
        if (this.kedalamanFonetik === 0) {
          this.tujuanTeks = TEKS_NILAI;
          this.adaNilai = true;
        }
        break;
      case 'rPh':
        this.kedalamanFonetik++;
        break;
      case 'mergeCell':
        if (atribut.ref) this.gabung.push(atribut.ref);
        break;
      case 'autoFilter':
        if (atribut.ref) this.filter = atribut.ref;
        break;
    }
  }

  teks(teks: string): void {
    if (this.tujuanTeks === TEKS_NILAI) this.teksNilai += teks;
    else if (this.tujuanTeks === TEKS_RUMUS) this.teksRumus += teks;
  }

  tutup(nama: string): void {
    switch (nama) {
      case 'v':
      case 'f':
      case 't':
        this.tujuanTeks = TEKS_LAIN;
        break;
      case 'rPh':
        this.kedalamanFonetik--;
        break;
      case 'c':
        this.tutupSel();
        break;
    }
  }

  private bukaBaris(atribut: Atribut): void {
    const nomor = atribut.r ? parseInt(atribut.r, 10) - 1 : this.barisSel + 1;
    this.barisSel = nomor >= 0 ? nomor : this.barisSel + 1;
    this.kolomSel = -1;
    if (atribut.hidden === '1' || atribut.hidden === 'true') this.barisTersembunyi.push(this.barisSel);
  }

  private bukaSel(atribut: Atribut): void {
    const posisi = atribut.r ? posisiSel(atribut.r) : null;
    if (posisi) {
      this.barisSel = posisi.r;
      this.kolomSel = posisi.c;
    } else this.kolomSel++;
    if (this.barisSel < 0) this.barisSel = 0;
    this.jenis = atribut.t;
    this.gaya = (atribut.s && this.opsi.gaya[parseInt(atribut.s, 10)]) || this.opsi.gaya[0] || GAYA_KOSONG;
    this.teksNilai = '';
    this.adaNilai = false;
    this.teksRumus = '';
    this.adaRumus = false;
    this.rumusBersama = null;
  }

  /** The value of the cell being closed, from its type and the text of its value element. */
  private bacaNilai(): void {
    this.galat = undefined;
    const teks = this.teksNilai;
    switch (this.jenis) {
      case 's': {
        const teksBersama = this.opsi.teksBersama[Number(teks)];
        this.nilai = teksBersama === undefined ? null : teksBersama;
        return;
      }
      case 'str':
      case 'inlineStr':
        this.nilai = teks;
        return;
      case 'b':
        this.nilai = parseInt(teks, 10) !== 0;
        return;
      case 'e':
        this.nilai = null;
        this.galat = teks;
        return;
      case 'd':
        this.nilai = teks.slice(0, 10);
        return;
      default: {
        const angka = parseFloat(teks);
        // a number Excel cannot show as a date (beyond 9999-12-31, negative) stays a number, as Excel shows
        // it (#####) rather than a made-up date; text that is no number is no value
        if (!Number.isFinite(angka)) this.nilai = null;
        else this.nilai = this.gaya.tanggal ? (tanggalIso(angka, this.opsi.tahun1904) ?? angka) : angka;
      }
    }
  }

  /** The formula of the cell being closed; a shared formula's other cells get the master's, shifted. */
  private rumusSel(): string | undefined {
    const rumus = this.teksRumus || undefined;
    const bersama = this.rumusBersama;
    if (!bersama) return rumus;
    if (rumus) {
      this.rumusInduk.set(bersama.si, { rumus, baris: this.barisSel, kolom: this.kolomSel });
      return rumus;
    }
    const induk = this.rumusInduk.get(bersama.si);
    return induk ? geserRumus(induk.rumus, this.barisSel - induk.baris, this.kolomSel - induk.kolom) : undefined;
  }

  private tutupSel(): void {
    // an empty <v/> (openpyxl writes one for every formula) holds no cached value
    if (this.adaNilai && this.teksNilai === '' && isiKosongBukanNilai(this.jenis)) this.adaNilai = false;
    let rumus: string | undefined;
    if (this.adaRumus || this.rumusBersama) {
      rumus = this.rumusSel();
      if (this.adaNilai) this.bacaNilai();
      else {
        this.nilai = null;
        this.galat = undefined;
      }
    } else if (this.adaNilai) this.bacaNilai();
    else return;
    (this.baris[this.barisSel] ??= [])[this.kolomSel] = this.buatSel(rumus);
  }

  private buatSel(rumus: string | undefined): Sel {
    const gaya = this.gaya;
    // most cells are a value with a number format: built as one literal, both properties inside the object
    // (adding one later moves it to a separate store, tens of bytes more per cell on large sheets)
    if (rumus === undefined && this.galat === undefined && !gaya.tebal && !gaya.indent && !gaya.isi)
      return gaya.fmt ? { v: this.nilai, fmt: gaya.fmt } : { v: this.nilai };
    const sel: Sel = { v: this.nilai };
    if (this.galat !== undefined) sel.galat = this.galat;
    if (rumus !== undefined) sel.f = rumus;
    if (gaya.fmt) sel.fmt = gaya.fmt;
    if (gaya.tebal) sel.tebal = true;
    if (gaya.indent) sel.indent = gaya.indent;
    if (gaya.isi) sel.isi = gaya.isi;
    return sel;
  }

  selesai(): LembarGrid {
    const gabung = rentangGabung(this.gabung);
    kosongkanSelGabung(this.baris, gabung);
    const lembar: LembarGrid = { nama: this.opsi.nama, baris: this.baris, gabung };
    if (this.barisTersembunyi.length)
      lembar.barisTersembunyi = [...new Set(this.barisTersembunyi)].sort((x, y) => x - y);
    const filter = rentangFilter(this.filter);
    if (filter) lembar.filter = filter;
    if (this.opsi.status) lembar.status = this.opsi.status;
    return lembar;
  }
}

/** The merged areas in reading order (top row first, then left to right), whatever order the file lists them in. */
function rentangGabung(referensi: readonly string[]): Rentang[] {
  return referensi
    .flatMap((ref) => {
      try {
        return [parseRentang(ref)];
      } catch {
        return [];
      }
    })
    .sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
}

/** Merged cells other than the top-left one are empty, as Excel shows them. */
function kosongkanSelGabung(baris: (Sel | null)[][], gabung: readonly Rentang[]): void {
  for (const rentang of gabung) {
    for (let nomorBaris = rentang.r1; nomorBaris <= Math.min(rentang.r2, baris.length - 1); nomorBaris++) {
      const isiBaris = baris[nomorBaris];
      if (!isiBaris) continue;
      for (let kolom = rentang.c1; kolom <= Math.min(rentang.c2, isiBaris.length - 1); kolom++)
        if ((nomorBaris !== rentang.r1 || kolom !== rentang.c1) && isiBaris[kolom]) isiBaris[kolom] = null;
    }
  }
}

/** The autofilter's range; a malformed reference reads as unfiltered. */
function rentangFilter(ref: string | undefined): Rentang | undefined {
  if (!ref) return undefined;
  try {
    return parseRentang(ref);
  } catch {
    return undefined;
  }
}

/** A parser that fills a LembarGrid; call `selesai()` after the last chunk. */
export function pembacaLembar(opsi: OpsiLembar): { parser: SaxesParser; selesai: () => LembarGrid } {
  const pembaca = new PembacaLembar(opsi);
  const parser = new SaxesParser();
  parser.on('opentag', (node) => pembaca.buka(namaLokal(node.name), node.attributes));
  parser.on('text', (teks) => pembaca.teks(teks));
  parser.on('closetag', (node) => pembaca.tutup(namaLokal(node.name)));
  return { parser, selesai: () => pembaca.selesai() };
}
