/**
 * A user's corrections applied to the reading (core/koreksi.ts holds what they are): a range declared a
 * table, a column's role, a row's kind, a row made the parent of the rows under it. Every corrected item says
 * so in its evidence ("koreksi pengguna"), and the reading view shows it.
 */
import type { LembarGrid, Rentang } from '../grid';
import type { Baris, Kolom } from '../model';
import { PERAN_PERSEN, PERAN_UANG } from '../model';
import type { KoreksiTabel } from '../koreksi';
import { jenisBarisKoreksi } from '../koreksi';
import { namaKolom } from '../grid';
import { BacaLembar } from './lembar';
import { cariSegmen, Segmen } from './segmen';
import type { PetaInduk } from './hierarki';

export const BUKTI_KOREKSI = 'koreksi pengguna';

function tumpang(a: Rentang, b: Rentang): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

/** The sheet with only the cells of `r` (the same row and column numbers, so addresses stay). */
function potong(l: LembarGrid, r: Rentang): LembarGrid {
  const baris: LembarGrid['baris'] = [];
  for (let i = r.r1; i <= r.r2 && i < l.baris.length; i++) {
    const b = l.baris[i];
    if (!b) continue;
    const x: LembarGrid['baris'][number] = [];
    for (let c = r.c1; c <= r.c2 && c < b.length; c++) x[c] = b[c];
    baris[i] = x;
  }
  return {
    ...l,
    baris,
    gabung: l.gabung.filter((g) => g.r1 >= r.r1 && g.r2 <= r.r2 && g.c1 >= r.c1 && g.c2 <= r.c2),
  };
}

/**
 * The segment of a range the user declared a table: its header block as the reader finds it inside the
 * range (else the first non-empty row), and every non-empty row below it down to the range's end.
 */
export function segmenPengguna(b: BacaLembar, r: Rentang): Segmen {
  const dalam = new BacaLembar(potong(b.l, r));
  const calon = cariSegmen(dalam).sort((p, q) => q.isi.length - p.isi.length)[0];
  const kosong = (x: number) => dalam.kosong(x);
  let header: number[];
  let barisJudul: number[] = [];
  let nomor: number | null = null;
  let satuan: number | null = null;
  if (calon) {
    ({ header, barisJudul, nomor, satuan } = calon);
  } else {
    let h = r.r1;
    while (h < r.r2 && kosong(h)) h++;
    header = [h];
  }
  const akhirHeader = Math.max(...header, nomor ?? -1, satuan ?? -1);
  const headerUlang = calon?.headerUlang ?? [];
  const isi: number[] = [];
  for (let x = akhirHeader + 1; x <= r.r2 && x < b.n; x++) if (!kosong(x) && !headerUlang.includes(x)) isi.push(x);
  return { barisJudul, header, nomor, satuan, isi, headerUlang, c1: r.c1, c2: r.c2 };
}

/** The sheet's segments with the user's declared ranges in place of whatever the reader found there. */
export function segmenDenganPengguna(b: BacaLembar, dariPengguna: Rentang[]): { seg: Segmen; pengguna: boolean }[] {
  const rentang = (s: Segmen): Rentang => ({
    r1: Math.min(s.barisJudul[0] ?? s.header[0], s.header[0]),
    r2: s.isi[s.isi.length - 1] ?? s.header[s.header.length - 1],
    c1: s.c1,
    c2: s.c2,
  });
  const dibaca = cariSegmen(b).filter((s) => !dariPengguna.some((r) => tumpang(rentang(s), r)));
  const out = [
    ...dibaca.map((seg) => ({ seg, pengguna: false })),
    ...dariPengguna.map((r) => ({ seg: segmenPengguna(b, r), pengguna: true })),
  ].filter((x) => x.seg.header.length > 0);
  return out.sort((p, q) => p.seg.header[0] - q.seg.header[0] || p.seg.c1 - q.seg.c1);
}

/** Column roles the user set; the kind of values follows the role. */
export function koreksiKolom(kolom: Kolom[], k: KoreksiTabel | undefined): void {
  if (!k?.kolom) return;
  for (const x of kolom) {
    const peran = k.kolom[namaKolom(x.c)];
    if (!peran) continue;
    x.peran = peran;
    x.nilai = PERAN_UANG.has(peran)
      ? 'uang'
      : PERAN_PERSEN.has(peran)
        ? 'persen'
        : peran === 'teks' || peran === 'uraian' || peran === 'indikator' || peran === 'sasaran'
          ? 'teks'
          : peran === 'no'
            ? 'nomor'
            : peran === 'kode'
              ? 'kode'
              : x.nilai;
    (x.bukti ??= []).unshift(BUKTI_KOREKSI);
  }
}

/** Row kinds the user set (rows marked "not part of the table" become notes, which no rule reads). */
export function koreksiBaris(baris: Baris[], k: KoreksiTabel | undefined): void {
  if (!k?.baris) return;
  for (const x of baris) {
    const j = k.baris[String(x.r + 1)];
    if (!j) continue;
    x.jenis = jenisBarisKoreksi(j);
    (x.bukti ??= []).unshift(BUKTI_KOREKSI);
  }
}

/**
 * Rows the user made parents: each takes the data rows under it, up to the next parent the user marked or
 * the next total; the rows before the first one stay at the top. This reading replaces the inferred one.
 */
export function indukKoreksi(node: Baris[], semua: Baris[], k: KoreksiTabel | undefined): PetaInduk | null {
  const induk = new Set(
    Object.entries(k?.baris ?? {})
      .filter(([, j]) => j === 'induk')
      .map(([r]) => Number(r) - 1),
  );
  if (!induk.size) return null;
  const batas = semua
    .filter((x) => x.jenis === 'jumlah' || x.jenis === 'rata')
    .map((x) => x.r)
    .sort((p, q) => p - q);
  const peta: PetaInduk = new Map();
  let kini: number | null = null;
  let i = 0;
  for (const x of [...node].sort((p, q) => p.r - q.r)) {
    // a total between the parent and this row closes the parent's group
    while (i < batas.length && batas[i] < x.r) {
      if (kini !== null && batas[i] > kini) kini = null;
      i++;
    }
    if (induk.has(x.r)) {
      peta.set(x.r, null);
      kini = x.r;
    } else peta.set(x.r, kini);
  }
  return peta;
}
