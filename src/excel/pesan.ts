/** What the Excel host tells the user after an operation, in Bahasa Indonesia or English. */
import type { Bahasa } from '../core/pesan/bahasa';
import { pesanHost } from '../core/pesan/host';

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
  const pesan = pesanHost(bahasa);
  switch (pemberitahuan.jenis) {
    case 'lembarHilang':
      return pesan.lembarHilang(pemberitahuan.lembar, pemberitahuan.jumlah, pemberitahuan.disimpan);
    case 'diubah':
      return pesan.selDiubah(pemberitahuan.sel.length, pemberitahuan.lembar, daftar(pemberitahuan.sel));
    case 'tidakPasti':
      return pesan.selTidakPasti(pemberitahuan.sel.length, pemberitahuan.lembar, daftar(pemberitahuan.sel));
    case 'tanpaCatatan':
      return pesan.tanpaCatatanSel(pemberitahuan.jumlah);
  }
}
