/** What the Excel host tells the user after an operation, in Bahasa Indonesia or English. */
import type { Bahasa } from '../core/pesan/bahasa';

export type Pemberitahuan =
  /** Cells of a sheet that no longer exists under that name (renamed or deleted). */
  | { jenis: 'lembarHilang'; lembar: string; jumlah: number; disimpan: boolean }
  /** Cells the user changed after the add-in wrote them: left as the user made them. */
  | { jenis: 'diubah'; lembar: string; sel: string[] }
  /** Cells whose journal entry (from an older version) cannot show what the add-in wrote: left alone. */
  | { jenis: 'tidakPasti'; lembar: string; sel: string[] }
  /** Marked without notes: this Excel has no cell notes API. */
  | { jenis: 'tanpaCatatan'; jumlah: number };

function daftar(sel: string[]): string {
  return sel.length <= 8 ? sel.join(', ') : `${sel.slice(0, 8).join(', ')} …`;
}

export function teksPemberitahuan(p: Pemberitahuan, bahasa: Bahasa): string {
  const en = bahasa === 'en';
  switch (p.jenis) {
    case 'lembarHilang':
      return en
        ? `Sheet "${p.lembar}" was not found (renamed or deleted): ${p.jumlah} cell(s) not restored${p.disimpan ? '; the journal keeps them, so restoring the name and removing marks again restores them' : ''}.`
        : `Lembar "${p.lembar}" tidak ditemukan (diganti nama atau dihapus): ${p.jumlah} sel tidak dipulihkan${p.disimpan ? '; jurnal menyimpannya, jadi kembalikan nama lembar lalu Hapus tanda lagi' : ''}.`;
    case 'diubah':
      return en
        ? `${p.sel.length} cell(s) in "${p.lembar}" were changed after the add-in wrote them and were left as they are: ${daftar(p.sel)}.`
        : `${p.sel.length} sel di "${p.lembar}" sudah diubah setelah ditulis add-in dan dibiarkan: ${daftar(p.sel)}.`;
    case 'tidakPasti':
      return en
        ? `${p.sel.length} cell(s) in "${p.lembar}" come from an older journal that does not say what the add-in wrote; they were left as they are: ${daftar(p.sel)}.`
        : `${p.sel.length} sel di "${p.lembar}" berasal dari jurnal versi lama yang tidak mencatat isi tulisan add-in; sel itu dibiarkan: ${daftar(p.sel)}.`;
    case 'tanpaCatatan':
      return en
        ? `${p.jumlah} cell(s) marked by colour only: this Excel version has no cell notes (ExcelApi 1.18).`
        : `${p.jumlah} sel hanya diwarnai: versi Excel ini belum mendukung catatan sel (ExcelApi 1.18).`;
  }
}
