/**
 * Rule `angka` (info): numbers stored as text, Indonesian and US separators mixed in one column,
 * ambiguous separators, arithmetic or error values where a number is expected (with the likely cause in
 * plain words). Column-wide facts are reported once, on the column's header cell; cell facts on the cell.
 */
import { PERAN_ANGKA } from '../model';
import { polaRumus } from '../rumus/urai';
import { alamat } from '../grid';
import { Konteks } from './konteks';
import type { TabelBacaan } from '../baca';

const BARIS: ReadonlySet<string> = new Set(['data', 'jumlah', 'rata', 'ringkasan', 'bantu']);

/** Why a computed cell shows an error value: the divisor of its formula, a deleted reference, text. */
function sebabGalat(ctx: Konteks, t: TabelBacaan, r: number, c: number, galat: string): string {
  const f = ctx.formula(t, r, c);
  if (galat === '#REF!') return ctx.pesan.sebabRef();
  if (galat === '#VALUE!') return ctx.pesan.sebabValue();
  if (galat === '#N/A') return ctx.pesan.sebabNa();
  if (galat === '#DIV/0!' && f) {
    const u = t.lembarBaca.urai(f);
    const p = polaRumus(u, r, c);
    const bagi = u.token.findIndex((x) => x.type === 'operator-infix' && x.value === '/');
    const pembagi = bagi >= 0 ? u.acuan.find((a) => a.token > bagi) : undefined;
    if (pembagi && p.pola === 'baris') {
      const k = t.kolom.find((x) => x.c === pembagi.c1);
      const nama = k ? k.judul.join(' / ') || alamat(r, pembagi.c1) : alamat(r, pembagi.c1);
      return ctx.pesan.sebabDiv0(nama);
    }
  }
  return f ? ctx.pesan.sebabLain() : '';
}

export function periksaAngka(ctx: Konteks): void {
  for (const t of ctx.tabel) {
    if (t.barisHeader.length === 0) continue;
    const rHeader = t.barisHeader[t.barisHeader.length - 1];
    for (const k of t.kolom) {
      if (!PERAN_ANGKA.has(k.peran)) continue;
      let teksAngka = 0;
      let angka = 0;
      const sistem = { id: 0, us: 0 };
      for (const b of t.baris) {
        if (!BARIS.has(b.jenis)) continue;
        const a = ctx.angka(t, b.r, k);
        if (a.status === 'angka') {
          angka++;
          continue;
        }
        const mentah =
          a.status === 'ambigu' || a.status === 'ekspresi' || a.status === 'galat' ? ctx.teks(t, b.r, k.c) : '';
        if (a.status === 'teks-angka') {
          teksAngka++;
          if (a.sistem) sistem[a.sistem]++;
        }
        const sel = { rule: 'angka' as const, r: b.r, c: k.c, stated: mentah, expected: null };
        if (a.status === 'ambigu') ctx.tambah('angka', t, { ...sel, pesan: ctx.pesan.angkaAmbigu(mentah) });
        if (a.status === 'ekspresi') ctx.tambah('angka', t, { ...sel, pesan: ctx.pesan.angkaEkspresi(mentah) });
        if (a.status === 'galat')
          ctx.tambah('angka', t, { ...sel, pesan: ctx.pesan.angkaGalat(mentah, sebabGalat(ctx, t, b.r, k.c, mentah)) });
      }
      const judul = k.judul.join(' / ') || ctx.pesan.tanpaJudul();
      if (teksAngka > 0 && (teksAngka >= 2 || angka > 0)) {
        const f = sistem.us > sistem.id ? ctx.pesan.formatUs() : sistem.id > 0 ? ctx.pesan.formatId() : '';
        ctx.tambah('angka', t, {
          rule: 'angka',
          r: rHeader,
          c: k.c,
          pesan: ctx.pesan.angkaTeks(judul, teksAngka, f),
          stated: null,
          expected: null,
        });
      }
      if (sistem.id > 0 && sistem.us > 0)
        ctx.tambah('angka', t, {
          rule: 'angka',
          r: rHeader,
          c: k.c,
          pesan: ctx.pesan.angkaCampur(judul, sistem.id, sistem.us),
          stated: null,
          expected: null,
        });
    }
  }
}
