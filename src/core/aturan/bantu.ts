/** Small pieces several rules share: spelled-out arithmetic, row lists, names for messages, fixed formulas. */
import { alamat } from '../grid';
import type { Angka } from '../angka';
import { adaNilai, nilaiTersimpan } from '../angka';
import { NOL } from '../desimal';
import type { Konteks } from './konteks';

/** The first eight parts spelled out, the rest counted: "89+181+98+191" or "(…)/3" for a mean. */
export function rincian(ctx: Konteks, angka: Angka[], rata: boolean): string {
  const n = angka.length;
  const parts = angka.slice(0, 8).map((a) => ctx.fmt(adaNilai(a) ? nilaiTersimpan(a) : NOL));
  const teks = parts.join('+') + (n > 8 ? ctx.pesan.barisRingkas(n) : '');
  return rata ? `(${teks})/${n}` : teks;
}

/** "baris 91 dan 96" / "rows 91 and 96" (sheet rows, 1-based). */
export function daftarBaris(ctx: Konteks, rs: number[]): string {
  const n = [...rs].sort((a, b) => a - b).map((r) => String(r + 1));
  const teks = n.length <= 1 ? n.join('') : `${n.slice(0, -1).join(', ')} ${ctx.pesan.dan()} ${n[n.length - 1]}`;
  return ctx.pesan.baris(teks);
}

export function namaPendek(nama: string): string {
  return nama.length > 60 ? nama.slice(0, 57) + '…' : nama;
}

/**
 * A formula over `baris` of column c in the style of the original: `=SUM(K85:K90)` for a contiguous block,
 * `=SUM(R13+R55+R70)` or `=SUM(R13,R55,R70)` as the original separated them, `=AVERAGE(T56,T64,T67)`.
 * Long lists are split so no function gets more than 255 arguments.
 */
export function rumusAgregat(fungsi: 'SUM' | 'AVERAGE', baris: number[], c: number, asli?: string): string {
  const urut = [...baris].sort((a, b) => a - b);
  const kontigu = urut.every((r, i) => i === 0 || r === urut[i - 1] + 1);
  if (kontigu && urut.length > 1) return `=${fungsi}(${alamat(urut[0], c)}:${alamat(urut[urut.length - 1], c)})`;
  const plus = fungsi === 'SUM' && asli !== undefined && /\+/.test(asli) && !/,/.test(asli);
  const sel = urut.map((r) => alamat(r, c));
  if (plus) return `=SUM(${sel.join('+')})`;
  if (sel.length <= 255) return `=${fungsi}(${sel.join(',')})`;
  const potong: string[] = [];
  for (let i = 0; i < sel.length; i += 200) potong.push(`SUM(${sel.slice(i, i + 200).join(',')})`);
  return fungsi === 'SUM' ? `=SUM(${potong.join(',')})` : `=(${potong.join('+')})/${sel.length}`;
}
