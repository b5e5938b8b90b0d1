/**
 * Reading a workbook: every table of every sheet with its columns (role, unit, kind), its rows (kind,
 * name, parent) and how it was read, from evidence (formulas, kode, numbering, fill, formatting, names),
 * keeping the reading that explains the most figures. The rules (src/core/aturan) check only what this
 * reading accepted; the pane shows it and lets the user correct it.
 */
import type { LembarGrid, WorkbookGrid } from '../grid';
import { alamatRentang } from '../grid';
import type { Baris, JenisTabel, Kolom, Tabel } from '../model';
import { PERAN_ANGKA } from '../model';
import { BacaLembar } from './lembar';
import { cariSegmen, rentangSegmen, Segmen } from './segmen';
import { bacaKolom } from './kolom';
import { bacaBaris } from './baris';
import { bacaHierarki, HasilHierarki, kolomAgregat } from './hierarki';
import { agregasiKolom } from './agregasi';
import { NilaiSel } from './nilai';
import { bacaSkalaTabel } from './skalaTabel';
import { tahunDari } from './kosakata';
import type { Koreksi } from '../koreksi';
import { koreksiUntuk, tabelPenggunaDi } from '../koreksi';
import { indukKoreksi, koreksiBaris, koreksiKolom, segmenDenganPengguna } from './koreksi';

export interface TabelBacaan extends Tabel {
  /** Cell values of the table, parsed once and shared with the rules. */
  readonly nilaiSel: NilaiSel;
  /** How the hierarchy was read (readings considered, columns scored). */
  readonly bacaanHierarki: HasilHierarki;
  /** The sheet reader (row contents, merges, hidden rows). */
  readonly lembarBaca: BacaLembar;
}

function jenisTabel(kolom: Kolom[], adaSkala: boolean): JenisTabel {
  const ada = (p: string) => kolom.some((k) => k.peran === p);
  if (adaSkala) return 'skala';
  if (ada('efisiensi')) return 'efisiensi';
  if (ada('pagu') && ada('realisasi-anggaran') && !ada('target')) return 'anggaran';
  if (ada('capaian') || (ada('target') && ada('realisasi'))) return 'capaian';
  if (ada('pagu') || ada('realisasi-anggaran') || ada('bulan')) return 'anggaran';
  return 'lain';
}

/** The column whose cells carry the rows' names (and their colour and formatting). */
function kolomNama(kolom: Kolom[], baris: Baris[], b: BacaLembar): Kolom | undefined {
  const data = baris.filter((x) => x.jenis === 'data');
  const terisi = (k: Kolom) => data.filter((x) => /[a-z]{3}/i.test(b.teks(x.r, k.c))).length;
  const uraian = kolom.filter((k) => k.peran === 'uraian');
  if (uraian.length) return uraian.sort((p, q) => terisi(q) - terisi(p))[0];
  const lain = kolom.filter((k) => k.peran === 'indikator' || k.peran === 'sasaran' || k.peran === 'teks');
  return lain.sort((p, q) => terisi(q) - terisi(p))[0];
}

/**
 * Hidden rows after the table's last visible data row, on a sheet without an autofilter: a leftover block
 * (a half-filled copy, a draft), not part of the report's hierarchy.
 */
function ekorTersembunyi(b: BacaLembar, baris: Baris[]): Set<number> {
  const out = new Set<number>();
  if (b.l.filter) return out;
  const data = baris.filter((x) => x.jenis === 'data');
  let i = data.length - 1;
  // totals and other unnamed rows at the very end are not part of the block
  while (i >= 0 && !data[i].tersembunyi && !data[i].namaAsli) i--;
  const akhir = i;
  while (i >= 0 && data[i].tersembunyi) out.add(data[i--].r);
  return i >= 0 && i < akhir ? out : new Set();
}

function bacaSegmen(b: BacaLembar, seg: Segmen, koreksi?: Koreksi, pengguna = false): TabelBacaan {
  const rentang = rentangSegmen(seg);
  const kt = koreksiUntuk(koreksi, b.l.nama, rentang);
  const kolom = bacaKolom(b, seg);
  koreksiKolom(kolom, kt);
  const baris = bacaBaris(b, seg, kolom);
  koreksiBaris(baris, kt);
  const nilai = new NilaiSel(b.l, rentang.r1, rentang.r2, b.format);
  const labelKol = kolomNama(kolom, baris, b);
  const namaKol = kolom.filter((k) => k.peran === 'uraian');
  if (namaKol.length === 0 && labelKol) namaKol.push(labelKol);
  const selNama = (r: number) => namaKol.find((k) => /[a-z]{2}/i.test(b.teks(r, k.c)))?.c ?? null;
  const ekor = ekorTersembunyi(b, baris);
  for (const x of baris) if (ekor.has(x.r)) x.bukti = ['tersembunyi di akhir tabel'];
  // node rows: data rows with a name of their own (a row continuing a merged name is not a node)
  const node = baris.filter(
    (x) => x.jenis === 'data' && !ekor.has(x.r) && (namaKol.length === 0 || selNama(x.r) !== null),
  );
  // (with one name column the deepest is the first)
  const namaTerbalik = [...namaKol].reverse();
  const selNamaAkhir =
    namaKol.length > 1 ? (r: number) => namaTerbalik.find((k) => /[a-z]{2}/i.test(b.teks(r, k.c)))?.c ?? null : selNama;
  const hierarki = bacaHierarki(b, nilai, node, kolom, labelKol, selNama, indukKoreksi(node, baris, kt), selNamaAkhir);
  const level = new Map<number, number>();
  for (const x of node) {
    const p = hierarki.induk.get(x.r) ?? null;
    x.induk = p;
    x.level = hierarki.sumber ? (p === null ? 0 : (level.get(p) ?? 0) + 1) : null;
    if (x.level !== null) level.set(x.r, x.level);
  }
  for (const k of kolomAgregat(kolom)) {
    const a = agregasiKolom(
      k,
      hierarki.kolom.find((s) => s.k === k),
    );
    k.agregasi = a.agregasi;
    (k.bukti ??= []).push(`agregasi: ${a.bukti}`);
  }
  const judul = seg.barisJudul
    .map((r) =>
      b
        .baris(r)
        .map((x) => x.teks)
        .join(' '),
    )
    .join(' ')
    .trim();
  const skala = bacaSkalaTabel(b.l, kolom, baris, judul);
  const tJudul = tahunDari(judul);
  const adaAngka = kolom.some((k) => PERAN_ANGKA.has(k.peran));
  const jenis = jenisTabel(kolom, !!skala);
  const t: TabelBacaan = {
    id: `${b.l.nama}!${alamatRentang(rentang)}`,
    lembar: b.l.nama,
    judul,
    jenis,
    rentang,
    barisHeader: seg.header,
    barisPenomoran: seg.nomor,
    barisSatuan: seg.satuan,
    kolom,
    baris,
    tahunJudul: tJudul.length === 1 ? tJudul[0] : null,
    skala: skala ?? undefined,
    keyakinan: jenis === 'lain' ? (adaAngka ? 0.5 : 0.3) : 0.9,
    hierarki: hierarki.sumber,
    ...(kt?.abaikan ? { dikecualikan: true as const } : {}),
    ...(kt ? { dikoreksi: true as const } : {}),
    ...(pengguna ? { dariPengguna: true as const } : {}),
    nilaiSel: nilai,
    bacaanHierarki: hierarki,
    lembarBaca: b,
  };
  return t;
}

/** Runs of rows with figures that no table claimed: reported, unchecked, as kind 'lain' without a header. */
function blokTanpaHeader(b: BacaLembar, dipakai: boolean[]): TabelBacaan[] {
  const out: TabelBacaan[] = [];
  let r = 0;
  while (r < b.n) {
    if (dipakai[r] || b.kosong(r)) {
      r++;
      continue;
    }
    let s = r;
    let angka = 0;
    let c1 = Infinity;
    let c2 = -Infinity;
    while (s < b.n && !dipakai[s] && !b.kosong(s)) {
      if (b.berangka(s)) angka++;
      for (const x of b.baris(s)) {
        c1 = Math.min(c1, x.c);
        c2 = Math.max(c2, x.c);
      }
      s++;
    }
    if (angka >= 2) {
      const rentang = { r1: r, c1, r2: s - 1, c2 };
      out.push({
        id: `${b.l.nama}!${alamatRentang(rentang)}`,
        lembar: b.l.nama,
        judul: '',
        jenis: 'lain',
        rentang,
        barisHeader: [],
        barisPenomoran: null,
        kolom: [],
        baris: [],
        tahunJudul: null,
        keyakinan: 0.2,
        tanpaHeader: true,
        nilaiSel: new NilaiSel(b.l, rentang.r1, rentang.r2, b.format),
        bacaanHierarki: { sumber: null, induk: new Map(), skor: 0, kolom: [], calon: [] },
        lembarBaca: b,
      });
    }
    r = s;
  }
  return out;
}

export function bacaLembar(l: LembarGrid, koreksi?: Koreksi): TabelBacaan[] {
  const b = new BacaLembar(l);
  const pengguna = tabelPenggunaDi(koreksi, l.nama);
  const tabel = pengguna.length
    ? segmenDenganPengguna(b, pengguna).map((x) => bacaSegmen(b, x.seg, koreksi, x.pengguna))
    : cariSegmen(b).map((s) => bacaSegmen(b, s, koreksi));
  const dipakai = new Array<boolean>(b.n).fill(false);
  for (const t of tabel) for (let r = t.rentang.r1; r <= t.rentang.r2; r++) dipakai[r] = true;
  return [...tabel, ...blokTanpaHeader(b, dipakai)];
}

/** Every table of the workbook, read from evidence, with the user's corrections (if any) applied. */
export function bacaWorkbook(grid: WorkbookGrid, koreksi?: Koreksi): TabelBacaan[] {
  return grid.lembar.flatMap((l) => bacaLembar(l, koreksi));
}
