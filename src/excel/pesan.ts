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

export function teksPemberitahuan(pemberitahuan: Pemberitahuan, bahasa: Bahasa): string {
  const en = bahasa === 'en';
  switch (pemberitahuan.jenis) {
    case 'lembarHilang':
      return en
        ? `Sheet "${pemberitahuan.lembar}" was not found (renamed or deleted): ${pemberitahuan.jumlah} cell(s) not restored${pemberitahuan.disimpan ? '; the journal keeps them, so restoring the name and removing marks again restores them' : ''}.`
        : `Lembar "${pemberitahuan.lembar}" tidak ditemukan (diganti nama atau dihapus): ${pemberitahuan.jumlah} sel tidak dipulihkan${pemberitahuan.disimpan ? '; jurnal menyimpannya, jadi kembalikan nama lembar lalu Hapus tanda lagi' : ''}.`;
    case 'diubah':
      return en
        ? `${pemberitahuan.sel.length} cell(s) in "${pemberitahuan.lembar}" were changed after the add-in wrote them and were left as they are: ${daftar(pemberitahuan.sel)}.`
        : `${pemberitahuan.sel.length} sel di "${pemberitahuan.lembar}" sudah diubah setelah ditulis add-in dan dibiarkan: ${daftar(pemberitahuan.sel)}.`;
    case 'tidakPasti':
      return en
        ? `${pemberitahuan.sel.length} cell(s) in "${pemberitahuan.lembar}" come from an older journal that does not say what the add-in wrote; they were left as they are: ${daftar(pemberitahuan.sel)}.`
        : `${pemberitahuan.sel.length} sel di "${pemberitahuan.lembar}" berasal dari jurnal versi lama yang tidak mencatat isi tulisan add-in; sel itu dibiarkan: ${daftar(pemberitahuan.sel)}.`;
    case 'tanpaCatatan':
      return en
        ? `${pemberitahuan.jumlah} cell(s) marked by colour only: this Excel version has no cell notes (ExcelApi 1.18).`
        : `${pemberitahuan.jumlah} sel hanya diwarnai: versi Excel ini belum mendukung catatan sel (ExcelApi 1.18).`;
  }
}
