/**
 * Rule `predikat`: a stated rating differs from the scale applied to capaian. The scale is the workbook's
 * own scale table when it has one whose labels are used, else the chosen/default scale (Permendagri 86).
 */
import type { Kolom } from '../model';
import { adaNilai } from '../angka';
import type { Desimal } from '../desimal';
import { PERMENDAGRI_86, Skala, labelSama, nilaiPredikat } from '../skala';
import type { TabelBacaan } from '../baca';
import { Konteks, ref } from './konteks';
import { labelKolom } from './jumlah';

interface Dinyatakan {
  t: TabelBacaan;
  r: number;
  k: Kolom;
  label: string;
  nilai: Desimal;
  /** The stored value when the cell shows it rounded (90,625 shown 91): a rating of either is accepted. */
  tersimpan?: Desimal;
  sumber: string;
}

function kumpulkan(ctx: Konteks): Dinyatakan[] {
  const out: Dinyatakan[] = [];
  for (const t of ctx.tabel) {
    if (t.jenis === 'skala') continue;
    const cap = t.kolom.filter((k) => k.peran === 'capaian');
    const pred = t.kolom.find((k) => k.peran === 'predikat');
    t.baris.forEach((b, i) => {
      if (pred && cap.length > 0 && b.jenis !== 'header-ulang') {
        const a = ctx.angka(t, b.r, cap[cap.length - 1]);
        const label = ctx.teks(t, b.r, pred.c);
        if (adaNilai(a) && /[a-z]/i.test(label))
          out.push({
            t,
            r: b.r,
            k: pred,
            label,
            nilai: a.nilai,
            ...(a.tersimpan ? { tersimpan: a.tersimpan } : {}),
            sumber: ref(t.lembar, b.r, cap[cap.length - 1].c),
          });
      }
      // a "Kriteria/Predikat" row under an average row: the label sits in the capaian column
      if (/kriteria|predikat|kategori/i.test(b.label)) {
        const atas = t.baris[i - 1];
        if (!atas) return;
        for (const k of cap) {
          const label = ctx.teks(t, b.r, k.c);
          const a = ctx.angka(t, atas.r, k);
          if (adaNilai(a) && /^[a-z][a-z\s()]*$/i.test(label))
            out.push({ t, r: b.r, k, label, nilai: a.nilai, sumber: ref(t.lembar, atas.r, k.c) });
        }
      }
    });
  }
  return out;
}

/** The scale to rate with: forced, else the workbook's scale whose labels the stated ratings use, else the chosen/default. */
export function pilihSkala(ctx: Pick<Konteks, 'opsi' | 'tabel'>, label: string[]): Skala {
  if (ctx.opsi.skala && ctx.opsi.paksaSkala) return ctx.opsi.skala;
  const dariWorkbook = ctx.tabel.map((t) => t.skala).filter((s): s is Skala => !!s);
  const calon = [...dariWorkbook, ...(ctx.opsi.skala ? [ctx.opsi.skala] : []), PERMENDAGRI_86];
  let terbaik = calon[0];
  let skor = -1;
  for (const s of calon) {
    const n = label.filter((l) => s.pita.some((p) => labelSama(p, l))).length;
    if (n > skor) {
      skor = n;
      terbaik = s;
    }
  }
  if (skor > 0) return terbaik;
  return dariWorkbook[0] ?? ctx.opsi.skala ?? PERMENDAGRI_86;
}

export function periksaPredikat(ctx: Konteks): void {
  const semua = kumpulkan(ctx);
  if (semua.length === 0) return;
  const skala = pilihSkala(
    ctx,
    semua.map((x) => x.label),
  );
  ctx.inferensi.skala = {
    nama: skala.nama,
    sumber: ctx.tabel.some((t) => t.skala === skala) ? 'workbook' : skala === ctx.opsi.skala ? 'pengaturan' : 'bawaan',
  };
  for (const x of semua) {
    const p = nilaiPredikat(skala, x.nilai);
    if (!p) continue;
    const label = labelKolom(ctx, x.k);
    // the rating of the stored value is what the workbook's own formula gives (=IF(F2>=91; ...) sees 90,625)
    const pTersimpan = x.tersimpan ? nilaiPredikat(skala, x.tersimpan) : null;
    if (labelSama(p.pita, x.label) || (pTersimpan && labelSama(pTersimpan.pita, x.label))) {
      ctx.catat(x.t, 'predikat', label, true);
      continue;
    }
    ctx.catat(x.t, 'predikat', label, false, {
      rule: 'predikat',
      r: x.r,
      c: x.k.c,
      pesan: ctx.pesan.predikatBeda(x.label, p.pita.label, ctx.fmt(x.nilai), skala.nama, !!p.diCelah),
      stated: x.label,
      expected: p.pita.label,
      related: [x.sumber],
    });
  }
}
