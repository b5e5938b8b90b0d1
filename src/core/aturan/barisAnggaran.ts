/**
 * Budget written as label rows inside a table (often a capaian table, per sasaran): "Alokasi anggaran …",
 * "Realisasi anggaran …", "Persentase penyerapan …", each row holding its figure in the same columns. The
 * percent row is checked as penyerapan (realisasi / alokasi × 100) in every column where all three rows have a
 * figure. The three rows must follow one another closely (at most one other row between them), so a label
 * far away in another block is never paired.
 */
import type { Baris, Kolom } from '../model';
import { adaNilai, nilaiTersimpan } from '../angka';
import { cocok } from '../desimal';
import { penyerapan } from '../anggaran';
import type { TabelBacaan } from '../baca';
import { norm } from '../baca/kosakata';
import { Konteks, ref, teksDiharapkan } from './konteks';

const ALOKASI = /^(alokasi|pagu)\b.*\b(anggaran|dana)\b|^(alokasi|pagu) anggaran\b|^anggaran\b(?!.*realisasi)/;
const REALISASI = /^realisasi\b.*\b(anggaran|keuangan|dana)\b/;
const PERSEN =
  /^(persentase|%|tingkat)\s*(penyerapan|realisasi|serapan)\b.*\b(anggaran|keuangan|dana)?|^penyerapan anggaran\b/;

/** The text a label row is known by: its first words (the name columns, else the first label). */
function teksLabel(b: Baris): string {
  return norm(b.nama || b.label || '');
}

/** Columns with a figure on every one of the rows. */
function kolomBersama(ctx: Konteks, t: TabelBacaan, rs: number[]): Kolom[] {
  return t.kolom.filter((k) => rs.every((r) => adaNilai(ctx.angka(t, r, k))));
}

export function periksaBarisAnggaran(ctx: Konteks, t: TabelBacaan): void {
  const baris = t.baris.filter((b) => b.jenis === 'data' || b.jenis === 'ringkasan' || b.jenis === 'bagian');
  for (let i = 0; i < baris.length; i++) {
    if (!ALOKASI.test(teksLabel(baris[i]))) continue;
    // the realisasi row within the next two rows, the percent row within two rows after it
    const j = [i + 1, i + 2].find((x) => x < baris.length && REALISASI.test(teksLabel(baris[x])));
    if (j === undefined) continue;
    const m = [j + 1, j + 2].find((x) => x < baris.length && PERSEN.test(teksLabel(baris[x])));
    if (m === undefined) continue;
    const [p, r, s] = [baris[i], baris[j], baris[m]];
    if (s.r - p.r > 4) continue;
    for (const k of kolomBersama(ctx, t, [p.r, r.r, s.r])) {
      const ap = ctx.angka(t, p.r, k);
      const ar = ctx.angka(t, r.r, k);
      const as = ctx.angka(t, s.r, k);
      if (!adaNilai(ap) || !adaNilai(ar) || !adaNilai(as) || ap.nilai.isZero()) continue;
      const harap = penyerapan(nilaiTersimpan(ap), nilaiTersimpan(ar));
      const label = ctx.pesan.barisAnggaran();
      if (cocok(as.nilai, as.desimal, harap) || (as.tersimpan && cocok(as.tersimpan, 6, harap))) {
        ctx.catat(t, 'penyerapan', label, true);
        continue;
      }
      ctx.catat(t, 'penyerapan', label, false, {
        rule: 'penyerapan',
        r: s.r,
        c: k.c,
        pesan: ctx.pesan.penyerapanBeda(
          ctx.fmt(as.nilai),
          ctx.fmt(ar.nilai),
          ctx.fmt(ap.nilai),
          ctx.fmt(harap, as.desimal),
        ),
        stated: ctx.dinyatakan(t, s.r, k),
        expected: teksDiharapkan(harap, as.desimal),
        related: [ref(t.lembar, p.r, k.c), ref(t.lembar, r.r, k.c)],
        hitungan: { operator: '/', bagian: [ctx.fmtSel(ar), ctx.fmtSel(ap)], hasil: ctx.fmt(harap, as.desimal) },
      });
    }
  }
}
