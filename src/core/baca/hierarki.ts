/**
 * Which rows are parents of which: the table's hierarchy, read from evidence and kept only when the
 * figures bear it out. Candidate readings come from
 *   - kode rekening (one or several kode columns, or a code at the start of the name: "4101. Pajak Daerah"),
 *   - numbering (I / 1 / a / 1.1),
 *   - the fill colour of the name cell,
 *   - formatting of the name cell (indent, leading spaces, bold, ALL CAPS),
 *   - the parents' own formulas (`=SUM(K14+K22+K27)` names its children),
 *   - names (URUSAN / PROGRAM / KEGIATAN / SUB KEGIATAN, BELANJA ...), the weakest.
 * Each candidate is scored by how many parent cells it explains exactly (sum or mean of the children) and
 * how many parent formulas name exactly its children; the best one that explains most is kept.
 */
import type { Baris, Kolom, SumberHierarki } from '../model';
import { PERAN_ANGKA } from '../model';
import { Angka, adaNilai, angkaNol } from '../angka';
import type { Desimal } from '../desimal';
import { Akumulasi } from '../agregasi';
import { polaRumus } from '../rumus/urai';
import type { BacaLembar } from './lembar';
import type { NilaiSel } from './nilai';
import { norm } from './kosakata';

/** Parent of each node row (sheet row → sheet row of its parent, null at the top). */
export type PetaInduk = Map<number, number | null>;

export interface Calon {
  sumber: SumberHierarki;
  induk: PetaInduk;
}

export interface SkorKolom {
  k: Kolom;
  relasi: number;
  jumlah: number;
  rata: number;
  /** Parent cells holding an aggregate formula: SUM/+ and AVERAGE, and row formulas. */
  rumusJumlah: number;
  rumusRata: number;
  rumusBaris: number;
  /** Parents with a single child (or all zeros): they equal it or not, but say nothing about sum or mean. */
  trivial: number;
  trivialCocok: number;
}

export interface HasilHierarki {
  sumber: SumberHierarki | null;
  induk: PetaInduk;
  skor: number;
  kolom: SkorKolom[];
  /** The readings considered, with their scores (for the reading view). */
  calon: { sumber: SumberHierarki; skor: number }[];
  /** The other readings' parents (a total that fits one of them is no error: the reading is uncertain). */
  petaCalon?: PetaInduk[];
}

// ---------------------------------------------------------------- candidate readings

/** Parents from levels: each row's parent is the nearest row above with a smaller level. */
function dariLevel(node: Baris[], level: (b: Baris) => number | null): PetaInduk {
  const induk: PetaInduk = new Map();
  const tumpukan: { r: number; lv: number }[] = [];
  for (const b of node) {
    const lv = level(b);
    if (lv === null) {
      induk.set(b.r, tumpukan.length ? tumpukan[tumpukan.length - 1].r : null);
      continue;
    }
    while (tumpukan.length && tumpukan[tumpukan.length - 1].lv >= lv) tumpukan.pop();
    induk.set(b.r, tumpukan.length ? tumpukan[tumpukan.length - 1].r : null);
    tumpukan.push({ r: b.r, lv });
  }
  return induk;
}

/** A code as a comparable key: dotted codes by segment ("1.02." is an ancestor of "1.02.01."), plain digits by prefix. */
function kunciKode(t: string): string | null {
  const s = t.trim().replace(/\.$/, '');
  if (/^\d+(\.\d+)+$/.test(s)) return s + '.';
  if (/^\d{1,12}$/.test(s)) return s;
  if (/^[A-Z]{2,8}\d{1,6}(\.\d+)*$/i.test(s)) return s.toUpperCase();
  return null;
}

/** A leading code in a name: "4101. Pajak Daerah", "1.3.2.01 Alat Besar". */
function kodeDiNama(t: string): string | null {
  const m = /^\s*(\d{1,12}(?:\.\d{1,6})*)\.?\s+\S/.exec(t);
  return m ? m[1] : null;
}

/** Composite key of a row over several kode columns (urusan | organisasi | program | rekening). */
function kunciBaris(b: BacaLembar, r: number, kodeKol: Kolom[], labelKol: Kolom | undefined): string | null {
  let kunci = '';
  let ada = false;
  for (const k of kodeKol) {
    const t = b.teks(r, k.c);
    if (!t) continue;
    // a kode column may hold the code with its name ("4. Pendapatan Daerah")
    const x = kunciKode(t) ?? (kodeDiNama(t) !== null ? kunciKode(kodeDiNama(t) as string) : null);
    if (x === null) return null;
    kunci += (ada ? '|' : '') + `${k.c}:` + x;
    ada = true;
  }
  if (!ada && labelKol) {
    const raw = b.sel(r, labelKol.c)?.v;
    const x = typeof raw === 'string' ? kodeDiNama(raw) : null;
    if (x) return `${labelKol.c}:` + kunciKode(x);
  }
  return ada ? kunci : null;
}

/** `anak` extends `induk`: the same columns up to the parent's last, and more after it. */
function keturunan(induk: string, anak: string): boolean {
  if (anak.length <= induk.length || !anak.startsWith(induk)) return false;
  const lanjut = anak[induk.length];
  // dotted keys end in "."; plain digit keys extend digit by digit; a new column starts with "|"
  return induk.endsWith('.') || lanjut === '|' || /\d/.test(lanjut);
}

/** Each row's kode as a comparable key (rows without one are left out). */
function kunciKodeBaris(
  b: BacaLembar,
  node: Baris[],
  kolom: Kolom[],
  labelKol: Kolom | undefined,
): Map<number, string> {
  const kodeKol = kolom.filter((k) => k.peran === 'kode');
  const kunci = new Map<number, string>();
  for (const x of node) {
    const k = kunciBaris(b, x.r, kodeKol, labelKol);
    if (k) kunci.set(x.r, k);
  }
  return kunci;
}

function calonKode(
  node: Baris[],
  kunci: Map<number, string>,
  /** A row without a kode: its own top-level row, or a sibling of the row above it (same parent). */
  tanpaKode: 'atas' | 'saudara',
): PetaInduk | null {
  if (kunci.size * 2 < node.length || kunci.size < 2) return null;
  const induk: PetaInduk = new Map();
  const tumpukan: { r: number; k: string }[] = [];
  let bersarang = 0;
  let sebelum: number | null = null;
  let kunciSebelum: string | undefined;
  for (const x of node) {
    const k = kunci.get(x.r);
    // a row without a kode is not a child of the row above: it stays out of the hierarchy, or (the other
    // reading, which the figures decide) sits beside the row above, under the same parent. In that reading a
    // row whose only kode is the context the rows above it share (SIPD's Kode Urusan | Kode Organisasi with
    // the program's kode left blank) has no kode of its own either: a parent never comes after its children
    const tanpa =
      k === undefined || (tanpaKode === 'saudara' && kunciSebelum !== undefined && keturunan(k, kunciSebelum));
    if (k !== undefined) kunciSebelum = k;
    if (tanpa) {
      induk.set(x.r, tanpaKode === 'saudara' && sebelum !== null ? (induk.get(sebelum) ?? null) : null);
      sebelum = x.r;
      continue;
    }
    sebelum = x.r;
    while (tumpukan.length && !keturunan(tumpukan[tumpukan.length - 1].k, k)) tumpukan.pop();
    const p = tumpukan.length ? tumpukan[tumpukan.length - 1].r : null;
    if (p !== null) bersarang++;
    induk.set(x.r, p);
    tumpukan.push({ r: x.r, k });
  }
  return bersarang > 0 ? induk : null;
}

type GayaNomor = 'romawi' | 'angka' | 'besar' | 'kecil' | 'kurung-angka' | 'kurung-huruf' | `titik${number}`;

function gayaNomor(t: string): GayaNomor | null {
  const s = t.trim();
  if (/^\d{1,3}(\.\d{1,3})+\.?$/.test(s)) return `titik${s.replace(/\.$/, '').split('.').length}`;
  if (/^\(?[IVXL]{1,5}\)?\.?$/.test(s)) return 'romawi';
  if (/^\d{1,3}\.?$/.test(s)) return 'angka';
  if (/^\d{1,3}\)$|^\(\d{1,3}\)$/.test(s)) return 'kurung-angka';
  if (/^[A-Z][.)]?$/.test(s)) return 'besar';
  if (/^[a-z][.)]?$|^\([a-z]\)$/.test(s)) return s.includes(')') ? 'kurung-huruf' : 'kecil';
  return null;
}

function calonNomor(b: BacaLembar, node: Baris[], kolom: Kolom[]): PetaInduk | null {
  const noKol = kolom.filter((k) => k.peran === 'no' && k.nilai !== 'nomor');
  const kol = noKol.length ? noKol : kolom.slice(0, 1);
  const gaya = new Map<number, GayaNomor>();
  for (const x of node) {
    for (const k of kol) {
      const g = gayaNomor(b.teks(x.r, k.c));
      if (g) {
        gaya.set(x.r, g);
        break;
      }
    }
  }
  const urutan: GayaNomor[] = [];
  for (const x of node) {
    const g = gaya.get(x.r);
    if (g && !urutan.includes(g)) urutan.push(g);
  }
  if (urutan.length < 2 || gaya.size * 2 < node.length) return null;
  // dotted numbering: depth is the level; otherwise the order styles first appear in
  const level = (x: Baris) => {
    const g = gaya.get(x.r);
    if (!g) return urutan.length;
    if (g.startsWith('titik'))
      return Number(g.slice(5)) + (urutan.includes('besar') || urutan.includes('romawi') ? 1 : 0);
    return urutan.indexOf(g);
  };
  return dariLevel(node, level);
}

function warnaTanpa(w: string | undefined): string {
  return !w || w === 'FFFFFF' ? '-' : w;
}

/** The column holding a row's name: its first name column with text. */
export type SelNama = (r: number) => number | null;

function calonWarna(b: BacaLembar, node: Baris[], selNama: SelNama): PetaInduk | null {
  const warna = new Map<number, string>();
  for (const x of node) {
    const c = selNama(x.r);
    warna.set(x.r, warnaTanpa(c === null ? undefined : b.sel(x.r, c)?.isi));
  }
  const urutan: string[] = [];
  for (const x of node) {
    const w = warna.get(x.r)!;
    if (!urutan.includes(w)) urutan.push(w);
  }
  if (urutan.length < 2 || urutan.length > 8) return null;
  // unfilled rows are the deepest level unless they come first
  if (urutan[0] !== '-' && urutan.includes('-')) {
    urutan.splice(urutan.indexOf('-'), 1);
    urutan.push('-');
  }
  return dariLevel(node, (x) => urutan.indexOf(warna.get(x.r)!));
}

function hurufBesar(t: string): boolean {
  // (most names have a lowercase letter: no capitals heading, without building anything)
  if (/[a-z]/.test(t)) return false;
  const huruf = t.replace(/[^a-zA-Z]/g, '');
  const kata = t.split(/\s+/).filter((w) => /[a-zA-Z]{2}/.test(w)).length;
  // a heading in capitals ("PERLINDUNGAN SOSIAL"), not an acronym ("SKPD") or a code
  return ((huruf.length >= 12 && kata >= 2) || (huruf.length >= 8 && kata >= 2)) && huruf === huruf.toUpperCase();
}

function spasiDepan(t: string): number {
  let i = 0;
  while (i < t.length && (t[i] === ' ' || t[i] === '\u00a0')) i++;
  return i;
}

function calonFormat(b: BacaLembar, node: Baris[], selNama: SelNama): PetaInduk | null {
  // each row's style as one number: indent, then bold, then capitals (smaller = higher level)
  const gaya = new Map<number, number>();
  const jenis = new Set<number>();
  for (const x of node) {
    const c = selNama(x.r);
    const s = c === null ? null : b.sel(x.r, c);
    const raw = typeof s?.v === 'string' ? s.v : '';
    const indent = (s?.indent ?? 0) * 4 + spasiDepan(raw);
    const g = indent * 4 + (s?.tebal ? 0 : 2) + (hurufBesar(raw) ? 0 : 1);
    gaya.set(x.r, g);
    jenis.add(g);
    if (jenis.size > 8) return null;
  }
  if (jenis.size < 2) return null;
  const urut = new Map([...jenis].sort((p, q) => p - q).map((g, i) => [g, i]));
  return dariLevel(node, (x) => urut.get(gaya.get(x.r)!)!);
}

/** Separate name columns (PROGRAM | KEGIATAN, KOMPONEN | SUB-KOMPONEN): the column a row's name sits in is its level. */
function calonKolom(node: Baris[], selNama: SelNama): PetaInduk | null {
  const kol = new Set<number>();
  for (const x of node) {
    const c = selNama(x.r);
    if (c !== null) kol.add(c);
  }
  if (kol.size < 2) return null;
  const urut = [...kol].sort((p, q) => p - q);
  return dariLevel(node, (x) => {
    const c = selNama(x.r);
    return c === null ? null : urut.indexOf(c);
  });
}

const TINGKAT_NAMA: [RegExp, number][] = [
  [/^belanja daerah\b|^pendapatan daerah\b|^pembiayaan daerah\b/, 0],
  [/^urusan\b/, 1],
  [/^bidang urusan\b|^bidang\b/, 2],
  [/^program\b/, 3],
  [/^sub[\s-]*kegiatan\b/, 5],
  [/^kegiatan\b/, 4],
];

function calonNama(node: Baris[], namaSendiri: (x: Baris) => string = (x) => x.uraian ?? x.nama): PetaInduk | null {
  const level = new Map<number, number>();
  for (const x of node) {
    const asli = namaSendiri(x);
    // only names that start with a level word need normalising
    if (!/^\s*(belanja|pendapatan|pembiayaan|urusan|bidang|program|sub|kegiatan)/i.test(asli)) continue;
    const t = norm(asli);
    for (const [re, lv] of TINGKAT_NAMA)
      if (re.test(t)) {
        level.set(x.r, lv);
        break;
      }
  }
  if (level.size < 2) return null;
  return dariLevel(node, (x) => level.get(x.r) ?? 6);
}

/** Parents named by the rows' own aggregate formulas: the row set most of a row's formulas sum or average. */
function calonRumus(b: BacaLembar, node: Baris[], kolom: Kolom[]): PetaInduk | null {
  const diNode = new Set(node.map((x) => x.r));
  const anakDari = new Map<number, number[]>();
  for (const x of node) {
    const suara = new Map<string, number[]>();
    for (const k of kolom) {
      const f = b.sel(x.r, k.c)?.f;
      if (!f) continue;
      const p = polaRumus(b.urai(f), x.r, k.c);
      if (p.pola !== 'agregat' || p.fungsi === 'SUBTOTAL') continue;
      const rs = [...new Set(p.baris.map((y) => y.r))].filter((r) => diNode.has(r)).sort((m, n) => m - n);
      if (rs.length === 0) continue;
      const kunci = rs.join(',');
      suara.set(kunci, rs);
      suara.set('#' + kunci, [...(suara.get('#' + kunci) ?? []), k.c]);
    }
    let terbaik: number[] | null = null;
    let n = 0;
    for (const [kunci, rs] of suara) {
      if (kunci.startsWith('#')) continue;
      const m = suara.get('#' + kunci)!.length;
      if (m > n) {
        n = m;
        terbaik = rs;
      }
    }
    if (terbaik) anakDari.set(x.r, terbaik);
  }
  if (anakDari.size === 0) return null;
  // a row between a parent and the children its formula names, claimed by no formula, is one of them too
  // (=SUM(B6) under a parent whose rows are 5 and 6 leaves row 5 out: the check then says so)
  const diklaim = new Set([...anakDari.values()].flat());
  for (const [p, anak] of anakDari) {
    if (anak.some((a) => a < p)) continue;
    const maks = Math.max(...anak);
    for (const x of node)
      if (x.r > p && x.r < maks && !diklaim.has(x.r) && !anakDari.has(x.r)) {
        anak.push(x.r);
        diklaim.add(x.r);
      }
  }
  const induk: PetaInduk = new Map(node.map((x) => [x.r, null]));
  // the nearest parent wins when a row is named by several (a grand total names the subtotals' rows too)
  const urut = [...anakDari].sort((p, q) => p[1].length - q[1].length);
  for (const [p, anak] of urut) for (const a of anak) if (induk.get(a) === null && a !== p) induk.set(a, p);
  return induk;
}

// ---------------------------------------------------------------- scoring

function anakDari(induk: PetaInduk): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const [r, p] of induk) {
    if (p === null) continue;
    const l = out.get(p);
    if (l) l.push(r);
    else out.set(p, [r]);
  }
  return out;
}

/** The same rows in the same order (a parent's leaves against its children). */
export function barisSama(p: readonly number[], q: readonly number[]): boolean {
  return p.length === q.length && p.every((x, i) => x === q[i]);
}

/** The rows without children under p, at any depth. */
export function daunDari(anak: Map<number, number[]>, p: number): number[] {
  const out: number[] = [];
  const jalan = (x: number) => {
    const cs = anak.get(x);
    if (!cs || cs.length === 0) out.push(x);
    else for (const c of cs) jalan(c);
  };
  for (const c of anak.get(p) ?? []) jalan(c);
  return out;
}

/** Numeric columns whose parents may aggregate their children (never row numbers, codes or years). */
export function kolomAgregat(kolom: Kolom[]): Kolom[] {
  return kolom.filter((k) => PERAN_ANGKA.has(k.peran) && k.nilai !== 'nomor' && k.nilai !== 'kode');
}

/** How each column's parent cells relate to the children under a reading. */
export function skorKolom(b: BacaLembar, nilai: NilaiSel, induk: PetaInduk, kolom: Kolom[]): SkorKolom[] {
  const anak = anakDari(induk);
  return kolom.map((k) => {
    const s: SkorKolom = {
      k,
      relasi: 0,
      jumlah: 0,
      rata: 0,
      rumusJumlah: 0,
      rumusRata: 0,
      rumusBaris: 0,
      trivial: 0,
      trivialCocok: 0,
    };
    for (const [p, cs] of anak) {
      const f = b.sel(p, k.c)?.f;
      // a parent's own + / − chain over exactly its children gives each child's sign (6 = 61 − 62)
      let tanda: Map<number, 1 | -1> | null = null;
      if (f) {
        const pola = polaRumus(b.urai(f), p, k.c);
        if (pola.pola === 'agregat') {
          if (pola.fungsi === 'AVERAGE') s.rumusRata++;
          else if (pola.fungsi !== 'SUBTOTAL') s.rumusJumlah++;
          if (pola.fungsi === 'PLUS' && pola.baris.some((x) => x.tanda < 0)) {
            const rs = new Set(pola.baris.map((x) => x.r));
            if (rs.size === cs.length && cs.every((c) => rs.has(c)))
              tanda = new Map(pola.baris.map((x) => [x.r, x.tanda]));
          }
        } else if (pola.pola === 'baris') s.rumusBaris++;
      }
      const a = nilai.angka(p, k);
      if (!adaNilai(a) || a.status === 'strip') continue;
      const jumlah = new Akumulasi();
      for (const c of cs) {
        const x = nilai.angka(c, k);
        jumlah.tambah(tanda?.get(c) === -1 && adaNilai(x) ? dibalik(x) : x);
      }
      if (jumlah.banyak === 0 || jumlah.takTerbaca > 0) continue;
      // a single child or all zeros explains nothing about how the column aggregates
      if (cs.length < 2 || (angkaNol(a) && jumlah.nol)) {
        s.trivial++;
        if (jumlah.cocokDengan(a, false)) s.trivialCocok++;
        continue;
      }
      s.relasi++;
      const cocokJumlah = jumlah.cocokDengan(a, false);
      if (cocokJumlah) s.jumlah++;
      else if (!tanda) {
        // the sum of the leaves under it is a reading too (intermediate rows that restate a subtotal)
        const dd = daunDari(anak, p);
        if (!barisSama(dd, cs)) {
          const d = new Akumulasi();
          for (const c of dd) d.tambah(nilai.angka(c, k));
          if (d.cocokDengan(a, false)) s.jumlah++;
        }
      }
      if (jumlah.cocokDengan(a, true)) s.rata++;
    }
    return s;
  });
}

/** A value with its sign turned, for a child subtracted by its parent's formula. */
export function dibalik(a: Angka & { nilai: Desimal }): Angka {
  const n = a.nilai.neg();
  return {
    status: a.status,
    nilai: n,
    desimal: a.desimal,
    persen: a.persen,
    catatan: a.catatan,
    ...(a.bulat !== undefined ? { bulat: -a.bulat } : {}),
    ...(a.tersimpan ? { tersimpan: a.tersimpan.neg() } : {}),
  };
}

/** Agreement of the parents' own formulas with a reading: +1 for each that names exactly the children. */
function skorRumus(b: BacaLembar, induk: PetaInduk, kolom: Kolom[]): number {
  const anak = anakDari(induk);
  let skor = 0;
  for (const x of induk.keys()) {
    const cs = new Set(anak.get(x) ?? []);
    for (const k of kolom) {
      const f = b.sel(x, k.c)?.f;
      if (!f) continue;
      const p = polaRumus(b.urai(f), x, k.c);
      if (p.pola !== 'agregat' || p.fungsi === 'SUBTOTAL') continue;
      const rs = new Set(p.baris.map((y) => y.r).filter((r) => induk.has(r)));
      if (rs.size === 0) continue;
      const sama = rs.size === cs.size && [...rs].every((r) => cs.has(r));
      skor += sama ? 1 : -1;
    }
  }
  return skor;
}

function petaSama(p: PetaInduk, q: PetaInduk): boolean {
  if (p.size !== q.size) return false;
  for (const [r, x] of p) if (q.get(r) !== x) return false;
  return true;
}

const PRIORITAS: SumberHierarki[] = ['kode', 'rumus', 'kolom', 'warna', 'nomor', 'format', 'nama'];

function skorCalon(sk: SkorKolom[], rumus: number): number {
  let skor = rumus;
  for (const s of sk) {
    // single children equal to their parent are weak support; a single child that differs is against
    if (s.trivial > 0 && s.trivialCocok * 10 >= s.trivial * 9) skor += 0.1 * s.trivialCocok;
    const terbaik = Math.max(s.jumlah, s.rata);
    if (s.relasi === 0 || terbaik * 10 < s.relasi * 6) continue;
    skor += terbaik - 3 * (s.relasi - terbaik);
  }
  return skor;
}

/**
 * The hierarchy of a table's node rows (data rows with a name of their own), or none when no reading
 * explains the figures. `labelKol` is the column whose cells carry the names (and their colour, format).
 */
export function bacaHierarki(
  b: BacaLembar,
  nilai: NilaiSel,
  node: Baris[],
  kolom: Kolom[],
  labelKol: Kolom | undefined,
  selNama: SelNama,
  /** The user's own reading (corrections): taken as it is, its columns scored for their aggregation. */
  paksa?: PetaInduk | null,
  /** The deepest name column with text on a row (PROGRAM | KEGIATAN: a row naming both is a kegiatan). */
  selNamaAkhir: SelNama = selNama,
): HasilHierarki {
  const angka = kolomAgregat(kolom);
  if (paksa) return { sumber: 'pengguna', induk: paksa, skor: 0, kolom: skorKolom(b, nilai, paksa, angka), calon: [] };
  const calon: Calon[] = [];
  const tambah = (sumber: SumberHierarki, induk: PetaInduk | null) => {
    if (induk && [...induk.values()].some((p) => p !== null)) calon.push({ sumber, induk });
  };
  const kunci = kunciKodeBaris(b, node, kolom, labelKol);
  tambah('kode', calonKode(node, kunci, 'atas'));
  // (the same parents as the first when every row has a kode of its own: scored once)
  tambah('kode', calonKode(node, kunci, 'saudara'));
  tambah('rumus', calonRumus(b, node, angka));
  tambah('warna', calonWarna(b, node, selNama));
  tambah('kolom', calonKolom(node, selNamaAkhir));
  tambah('nomor', calonNomor(b, node, kolom));
  tambah('format', calonFormat(b, node, selNama));
  // a row naming its program and its kegiatan in two columns is named by the deeper one (the program is context)
  const namaDalam = (x: Baris) => {
    const c = selNamaAkhir(x.r);
    return c !== null && c !== selNama(x.r) ? b.teks(x.r, c) : (x.uraian ?? x.nama);
  };
  tambah('nama', calonNama(node, selNamaAkhir === selNama ? undefined : namaDalam));

  let terbaik: HasilHierarki = {
    sumber: null,
    induk: new Map(node.map((x) => [x.r, null])),
    skor: 0,
    kolom: [],
    calon: [],
  };
  const semua: { sumber: SumberHierarki; skor: number }[] = [];
  const dinilai: { induk: PetaInduk; sk: SkorKolom[] }[] = [];
  for (const c of calon) {
    // readings that give the same parents (kode and names often do) are scored once
    const sama = dinilai.find((x) => petaSama(x.induk, c.induk));
    const sk = sama ? sama.sk : skorKolom(b, nilai, c.induk, angka);
    if (!sama) dinilai.push({ induk: c.induk, sk });
    // a reading taken from the formulas agrees with them by construction: it is judged by the figures only
    const skor = skorCalon(sk, c.sumber === 'rumus' ? 0 : skorRumus(b, c.induk, angka));
    semua.push({ sumber: c.sumber, skor });
    // scores are sums of fractions: equal within rounding is a tie, decided by the strength of the evidence
    const lebihBaik =
      skor > terbaik.skor + 1e-9 ||
      (Math.abs(skor - terbaik.skor) <= 1e-9 &&
        terbaik.sumber !== null &&
        PRIORITAS.indexOf(c.sumber) < PRIORITAS.indexOf(terbaik.sumber));
    if (skor > 0 && lebihBaik) terbaik = { sumber: c.sumber, induk: c.induk, skor, kolom: sk, calon: [] };
  }
  terbaik.calon = semua;
  terbaik.petaCalon = dinilai.map((x) => x.induk).filter((m) => m !== terbaik.induk);
  return terbaik;
}
