/**
 * Plan for "Tulis predikat": for each capaian table, fill its existing predikat/kategori column, or add a
 * "Predikat" column right of the table, from the scale the checker uses. Values or live formulas
 * (=SAKIP.PREDIKAT(E5) or =SAKIP.PREDIKAT(E5,'Skala'!$B$3:$C$7) when the workbook has its own scale table).
 * A capaian the check itself flags as wrong (a `capaian` or `polaritas` finding) is never rated as written:
 * the rating is of the correct value the finding gives, written as a value (a formula would rate the wrong
 * figure) and said so in `alasan`; when the finding gives no correct value the row is skipped and listed.
 */
import { terbesar, terkecil } from '../desimal';
import type { WorkbookGrid } from '../grid';
import { alamat, alamatRentang, refLembar } from '../grid';
import { Konteks, OpsiPeriksa } from '../aturan/konteks';
import { deteksiWorkbook } from '../periksa';
import { pilihSkala } from '../aturan/predikat';
import { adaNilai } from '../angka';
import { nilaiPredikat, SKALA_BAWAAN } from '../skala';
import type { RencanaTulis } from './rencana';
import type { SkalaTabel } from '../baca/skalaTabel';
import type { RuleId, Temuan } from '../model';
import { periksaWorkbook } from '../periksa';
import { koreksiCapaian } from '../grafik';
import { pesanHost } from '../pesan/host';

/** A row "Tulis predikat" leaves alone, and why. */
export interface BarisDilewati {
  lembar: string;
  sel: string;
  alasan: string;
  /** The capaian cell it would rate, and the (wrong) value written there: for a pane to say it its way. */
  selCapaian: string;
  tertulis: number;
}

/** A row rated by the corrected capaian a finding gives, not by what the workbook holds. */
export interface BarisDikoreksi extends BarisDilewati {
  /** The correct capaian, the one rated. */
  benar: number;
  /** The finding's rule that gives it (capaian, polaritas). */
  aturan: RuleId;
}

export function rencanaPredikat(
  grid: WorkbookGrid,
  opsi: OpsiPeriksa,
  mode: 'nilai' | 'rumus',
  temuan?: readonly Temuan[],
): RencanaTulis[] {
  return rencanaPredikatRinci(grid, opsi, mode, temuan).rencana;
}

/**
 * The plan and the rows it skips. `temuan`: the findings of a check of this grid with these options (the
 * pane has them); checked here when not given.
 */
export function rencanaPredikatRinci(
  grid: WorkbookGrid,
  opsi: OpsiPeriksa,
  mode: 'nilai' | 'rumus',
  temuan?: readonly Temuan[],
): { rencana: RencanaTulis[]; dilewati: BarisDilewati[]; dikoreksi: BarisDikoreksi[] } {
  const tabel = deteksiWorkbook(grid, opsi);
  const ctx = new Konteks(grid, tabel, opsi);
  const pesan = pesanHost(ctx.bahasa);
  const koreksi = koreksiCapaian(temuan ?? periksaWorkbook(grid, opsi).findings);
  const dilewati: BarisDilewati[] = [];
  const dikoreksi: BarisDikoreksi[] = [];
  const skala = pilihSkala(ctx, []);
  // a live formula can point at the workbook's own scale table (interval + label columns)
  const tabelSkala = tabel.find((t) => t.skala && t.skala.nama === skala.nama);
  let argSkala = '';
  if (tabelSkala?.skala) {
    const st = tabelSkala.skala as SkalaTabel;
    const label = tabelSkala.kolom.find((k) => k.peran === 'predikat');
    const r1 = terkecil(st.sel.map((x) => x.r));
    const r2 = terbesar(st.sel.map((x) => x.r));
    const c1 = st.sel[0]?.c;
    if (label && c1 !== undefined && label.c === c1 + 1)
      argSkala = `,${refLembar(tabelSkala.lembar)}!${alamatRentang({ r1, c1, r2, c2: label.c }).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
  } else {
    const nama = Object.entries(SKALA_BAWAAN).find(([, s]) => s === skala)?.[0];
    if (nama && nama !== 'permendagri86') argSkala = `,"${nama}"`;
  }
  const out: RencanaTulis[] = [];
  for (const t of tabel) {
    if (t.jenis === 'skala') continue;
    const cap = t.kolom.filter((k) => k.peran === 'capaian' && !k.rataRata);
    if (cap.length === 0) continue;
    const capK = cap.find((k) => k.tahun === t.tahunJudul) ?? cap[cap.length - 1];
    const pred = t.kolom.find((k) => k.peran === 'predikat');
    const kolomTulis = pred ? pred.c : t.rentang.c2 + 1;
    const baris = t.baris.filter((b) => b.jenis === 'data' || b.jenis === 'rata' || b.jenis === 'ringkasan');
    const isi: RencanaTulis[] = [];
    for (const b of baris) {
      const a = ctx.angka(t, b.r, capK);
      if (!adaNilai(a) || a.status === 'strip') continue;
      const selCap = alamat(b.r, capK.c);
      const sel = alamat(b.r, kolomTulis);
      const benar = koreksi.get(`${t.lembar}\u0000${selCap}`);
      if (benar === null) {
        dilewati.push({
          lembar: t.lembar,
          sel,
          alasan: pesan.predikatTanpaNilaiBenar(ctx.fmt(a.nilai), selCap),
          selCapaian: selCap,
          tertulis: a.nilai.toNumber(),
        });
        continue;
      }
      const nilai = benar ? benar.nilai : a.nilai;
      const p = nilaiPredikat(skala, nilai);
      if (!p) continue;
      if (benar) {
        // the corrected value, as a value: =SAKIP.PREDIKAT(selCap) would rate the wrong figure
        const alasan = pesan.predikatDikoreksi(ctx.fmt(nilai), benar.rule, selCap, ctx.fmt(a.nilai), mode === 'rumus');
        isi.push({ lembar: t.lembar, sel, nilai: p.pita.label, alasan });
        dikoreksi.push({
          lembar: t.lembar,
          sel,
          alasan,
          selCapaian: selCap,
          tertulis: a.nilai.toNumber(),
          benar: nilai.toNumber(),
          aturan: benar.rule,
        });
        continue;
      }
      const alasan = pesan.predikatUntuk(ctx.fmt(a.nilai), selCap);
      if (mode === 'rumus') isi.push({ lembar: t.lembar, sel, rumus: `=SAKIP.PREDIKAT(${selCap}${argSkala})`, alasan });
      else isi.push({ lembar: t.lembar, sel, nilai: p.pita.label, alasan });
    }
    if (isi.length === 0) continue;
    if (!pred) {
      const rHeader = t.barisHeader[0];
      out.push({
        lembar: t.lembar,
        sel: alamat(rHeader, kolomTulis),
        nilai: 'Predikat',
        alasan: pesan.kolomPredikatBaru(t.judul || t.id),
        judul: true,
      });
    }
    for (const x of isi) out.push(x);
  }
  return { rencana: out, dilewati, dikoreksi };
}
