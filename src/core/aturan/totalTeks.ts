/**
 * A total restated as a line of text under (or at the end of) a table: "Total Anggaran : Rp 30.316.880.763",
 * "Jumlah realisasi: 1.158.498.355,-". The amount is compared with the table's own total in the column the
 * label names (realisasi, else pagu / anggaran / alokasi; a table with one money column needs no name): its
 * labelled total row when it has one, else the sum of its top-level rows.
 */
import type { Baris, Kolom } from '../model';
import { PERAN_UANG } from '../model';
import { adaNilai, parseTeks } from '../angka';
import { Akumulasi } from '../agregasi';
import { alamat, teksSel } from '../grid';
import type { TabelBacaan } from '../baca';
import { norm } from '../baca/kosakata';
import { Konteks, ref, teksDiharapkan } from './konteks';

const BARIS_TOTAL = /^(jumlah|total|grand total)\b([^:]{0,60}):\s*(.+)$/i;

function kolomDisebut(t: TabelBacaan, label: string): Kolom | null {
  const uang = t.kolom.filter((k) => PERAN_UANG.has(k.peran) && k.peran !== 'bulan' && k.agregasi === 'jumlah');
  const l = norm(label);
  const per = (peran: Kolom['peran']) => uang.filter((k) => k.peran === peran);
  if (/realisasi/.test(l)) return per('realisasi-anggaran').length === 1 ? per('realisasi-anggaran')[0] : null;
  if (/sisa/.test(l)) return per('sisa').length === 1 ? per('sisa')[0] : null;
  if (/pagu|anggaran|alokasi|dana|belanja/.test(l)) return per('pagu').length === 1 ? per('pagu')[0] : null;
  return uang.length === 1 ? uang[0] : null;
}

/** The table's own total in column k: its last labelled total row, else the sum of its top-level rows. */
function totalTabel(ctx: Konteks, t: TabelBacaan, k: Kolom): { nilai: Akumulasi; sel: string[] } | null {
  const total = [...t.baris].reverse().find((b) => b.jenis === 'jumlah' && adaNilai(ctx.angka(t, b.r, k)));
  const acc = new Akumulasi();
  if (total) {
    acc.tambah(ctx.angka(t, total.r, k));
    return { nilai: acc, sel: [ref(t.lembar, total.r, k.c)] };
  }
  const atas = t.baris.filter((b: Baris) => b.jenis === 'data' && (b.induk === null || b.induk === undefined));
  if (atas.length < 2) return null;
  for (const b of atas) acc.tambah(ctx.angka(t, b.r, k));
  return acc.banyak ? { nilai: acc, sel: atas.slice(0, 50).map((b) => ref(t.lembar, b.r, k.c)) } : null;
}

export function periksaTotalTeks(ctx: Konteks, t: TabelBacaan): void {
  const l = ctx.lembar(t.lembar);
  // the table's rows without figures (read as notes, or as totals by their "Jumlah" label) and the three under it
  const calon = [
    ...t.baris.filter((b) => b.jenis === 'catatan' || b.jenis === 'jumlah').map((b) => b.r),
    ...[1, 2, 3].map((d) => t.rentang.r2 + d),
  ];
  for (const r of calon) {
    const isi = (l.baris[r] ?? []).map((s, c) => ({ s, c })).filter((x) => x.s && teksSel(x.s) !== '');
    if (isi.length !== 1 || typeof isi[0].s!.v !== 'string') continue;
    const teks = teksSel(isi[0].s);
    const m = BARIS_TOTAL.exec(teks);
    if (!m) continue;
    const k = kolomDisebut(t, m[1] + m[2]);
    if (!k) continue;
    const a = parseTeks(m[3].trim(), k.sistem ?? 'id');
    if (!adaNilai(a) || a.status !== 'teks-angka') continue;
    const acuan = totalTabel(ctx, t, k);
    if (!acuan) continue;
    const label = ctx.pesan.barisTotalTeks();
    const c = acuan.nilai.cocokDengan(a, false);
    if (c === null) continue;
    if (c) {
      ctx.catat(t, 'jumlah', label, true);
      continue;
    }
    const harap = acuan.nilai.hasil(false)!;
    ctx.catat(t, 'jumlah', label, false, {
      rule: 'jumlah',
      r,
      c: isi[0].c,
      pesan: ctx.pesan.totalTeksBeda(teks, ctx.fmt(a.nilai), ctx.fmt(harap), acuan.sel[0] ?? alamat(r, k.c)),
      stated: a.nilai.toFixed(),
      expected: teksDiharapkan(harap, a.desimal),
      related: acuan.sel,
    });
  }
}
