/**
 * Rule `angka` (info): numbers stored as text, Indonesian and US separators mixed in one column,
 * ambiguous separators, arithmetic or error values where a number is expected. Column-wide facts are
 * reported once, on the column's header cell; cell facts on the cell.
 */
import { PERAN_ANGKA } from '../model';
import { Konteks } from './konteks';

const BARIS = new Set(['data', 'jumlah', 'rata', 'ringkasan']);

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
        if (a.status === 'ambigu')
          ctx.tambah(
            'angka',
            t,
            b.r,
            k.c,
            ctx.t(
              `"${mentah}" ambigu: bisa ribuan atau desimal, dan kolom ini tidak memberi petunjuk — tulis sebagai angka`,
              `"${mentah}" is ambiguous: thousands or decimals, and this column gives no hint — enter it as a number`,
            ),
            mentah,
            null,
          );
        if (a.status === 'ekspresi')
          ctx.tambah(
            'angka',
            t,
            b.r,
            k.c,
            ctx.t(
              `Sel berisi perhitungan sebagai teks ("${mentah}"), bukan angka: tidak ikut diperiksa`,
              `The cell holds arithmetic as text ("${mentah}"), not a number: not checked`,
            ),
            mentah,
            null,
          );
        if (a.status === 'galat')
          ctx.tambah(
            'angka',
            t,
            b.r,
            k.c,
            ctx.t(`Sel berisi galat ${mentah} di kolom angka`, `The cell shows the error ${mentah} in a number column`),
            mentah,
            null,
          );
      }
      const judul = k.judul.join(' / ') || ctx.t('tanpa judul', 'untitled');
      if (teksAngka > 0 && (teksAngka >= 2 || angka > 0)) {
        const f =
          sistem.us > sistem.id
            ? ctx.t(' (format US 1,234.56)', ' (US format 1,234.56)')
            : sistem.id > 0
              ? ctx.t(' (format Indonesia 1.234,56)', ' (Indonesian format 1.234,56)')
              : '';
        ctx.tambah(
          'angka',
          t,
          rHeader,
          k.c,
          ctx.t(
            `Kolom "${judul}": ${teksAngka} angka disimpan sebagai teks${f}; Excel tidak bisa menjumlahkannya`,
            `Column "${judul}": ${teksAngka} numbers stored as text${f}; Excel cannot sum them`,
          ),
          null,
          null,
        );
      }
      if (sistem.id > 0 && sistem.us > 0)
        ctx.tambah(
          'angka',
          t,
          rHeader,
          k.c,
          ctx.t(
            `Kolom "${judul}" mencampur format Indonesia (${sistem.id} sel) dan US (${sistem.us} sel)`,
            `Column "${judul}" mixes Indonesian (${sistem.id} cells) and US (${sistem.us} cells) separators`,
          ),
          null,
          null,
        );
    }
  }
}
