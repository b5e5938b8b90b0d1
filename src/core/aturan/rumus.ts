/**
 * Rule `rumus`: the workbook's own formulas, compared with the reading and with their neighbours.
 *
 *  - Constants and odd formulas among formulas: in a column where most rows of the same kind (same level
 *    of the hierarchy) hold one formula in relative (R1C1) terms, a hard-coded number or a formula of
 *    another shape is evaluated against that formula. A different value is an error (with the corrected
 *    formula); the same value is latent (info). A formula that adds a column of another kind (a percent
 *    into rupiah) says so.
 *  - A helper =SUBTOTAL(9, …) counts only the rows the autofilter leaves visible: when the visible rows
 *    include parents and their children, every amount is counted several times.
 *  - A parent's formula that names rows other than its children but gives the same value today (latent).
 * Ranges against the hierarchy that change the value are reported by `jumlah` (the cell is a total).
 */
import type { Baris, Kolom } from '../model';
import { adaNilai } from '../angka';
import { cocok, D, dariAngkaJs } from '../desimal';
import { alamat } from '../grid';
import { bentukR1C1, polaRumus } from '../rumus/urai';
import { geserRumus } from '../rumus/geser';
import type { TabelBacaan } from '../baca';
import { kolomAgregat } from '../baca/hierarki';
import { kolomPersen } from '../baca/agregasi';
import { Konteks, ref, teksDiharapkan } from './konteks';
import { labelKolom } from './jumlah';
import { polaritasBaris } from './capaian';
import { Akumulasi } from '../agregasi';

interface Bentuk {
  n: number;
  r: number;
  teks: string;
}

function jenisKolom(k: Kolom | undefined): string {
  if (!k) return '?';
  if (kolomPersen(k)) return '%';
  if (k.nilai === 'uang') return 'Rp';
  return k.nilai ?? 'angka';
}

/** Columns referenced by a formula that are of another kind than the dominant formula's columns. */
function kolomLain(t: TabelBacaan, f: string, pola: string, r: number, c: number): Kolom | null {
  const ini = polaRumus(t.lembarBaca.urai(f), r, c);
  const lain = polaRumus(t.lembarBaca.urai(pola), r, c);
  if (ini.pola !== 'baris' || lain.pola !== 'baris') return null;
  const jenisLain = new Set(lain.kolom.map((x) => jenisKolom(t.kolom.find((k) => k.c === x))));
  for (const x of ini.kolom) {
    if (lain.kolom.includes(x)) continue;
    const k = t.kolom.find((y) => y.c === x);
    if (k && !jenisLain.has(jenisKolom(k))) return k;
  }
  return null;
}

const OPERAN_CAPAIAN: ReadonlySet<string> = new Set(['target', 'realisasi']);

function periksaTetangga(ctx: Konteks, t: TabelBacaan): void {
  const l = ctx.lembar(t.lembar);
  const kolom = kolomAgregat(t.kolom);
  const grup = new Map<string, Baris[]>();
  for (const b of t.baris) {
    if (b.jenis !== 'data' || b.tersembunyi || b.bukti?.length) continue;
    const kunci = String(b.level ?? '-');
    const g = grup.get(kunci);
    if (g) g.push(b);
    else grup.set(kunci, [b]);
  }
  for (const k of kolom) {
    const label = labelKolom(ctx, k);
    for (const rows of grup.values()) {
      const bentuk = new Map<string, Bentuk>();
      let nF = 0;
      let nK = 0;
      const isi: { b: Baris; bentuk: string | null }[] = [];
      for (const b of rows) {
        const s = l.baris[b.r]?.[k.c];
        if (!s) continue;
        if (s.f) {
          const x = bentukR1C1(t.lembarBaca.urai(s.f), b.r, k.c);
          const ada = bentuk.get(x);
          if (ada) ada.n++;
          else bentuk.set(x, { n: 1, r: b.r, teks: s.f });
          nF++;
          isi.push({ b, bentuk: x });
        } else if (typeof s.v === 'number') {
          nK++;
          isi.push({ b, bentuk: null });
        }
      }
      let dominan: [string, Bentuk] | null = null;
      for (const e of bentuk) if (!dominan || e[1].n > dominan[1].n) dominan = e;
      const total = nF + nK;
      if (!dominan || dominan[1].n < 3 || nF * 3 < total * 2 || dominan[1].n * 10 < total * 6) continue;
      const [kunciDominan, d] = dominan;
      // only formulas across the row: aggregates over rows are judged against the hierarchy (rule jumlah)
      if (polaRumus(t.lembarBaca.urai(d.teks), d.r, k.c).pola !== 'baris') continue;
      const capaian = k.peran === 'capaian' || k.peran === 'kemajuan';
      for (const x of isi) {
        // a cell with the column's formula follows the column (Excel computed it): it supports the reading
        if (x.bentuk === kunciDominan) {
          ctx.catat(t, 'rumus', label, true);
          continue;
        }
        // a negative indicator's capaian has a formula of its own (the capaian rule checks which)
        if (capaian && polaritasBaris(ctx, t, x.b, k).polaritas === 'negatif') continue;
        const fSel = l.baris[x.b.r]?.[k.c]?.f;
        const polaSel = fSel ? polaRumus(t.lembarBaca.urai(fSel), x.b.r, k.c) : null;
        if (polaSel?.pola === 'agregat') continue;
        // a capaian formula over its own row's target and realisasi only, of another form than the column's
        // (=D5/C5*100 among =(2*C5-D5)/C5*100): the other polarity's formula, which the capaian rule judges
        if (
          capaian &&
          polaSel?.pola === 'baris' &&
          polaSel.kolom.length > 0 &&
          polaSel.kolom.every((c) => OPERAN_CAPAIAN.has(t.kolom.find((y) => y.c === c)?.peran ?? 'angka'))
        )
          continue;
        const teks = geserRumus(d.teks, x.b.r - d.r, 0);
        const v = ctx.rumus.hitung(t.lembar, x.b.r, k.c, teks);
        if (!v || !('angka' in v)) continue;
        const a = ctx.angka(t, x.b.r, k);
        if (!adaNilai(a)) continue;
        const harap = dariAngkaJs(a.persen ? v.angka * 100 : v.angka);
        const sama = cocok(a.nilai, a.desimal, harap) || harap.minus(a.nilai).abs().lt(new D('1e-9'));
        const f = l.baris[x.b.r]?.[k.c]?.f;
        const harapTeks = ctx.fmt(harap, Math.min(a.desimal, 4));
        const pesan = f
          ? (() => {
              const lain = kolomLain(t, f, teks, x.b.r, k.c);
              return lain
                ? ctx.pesan.rumusJenisKolom(
                    f,
                    alamat(x.b.r, lain.c).replace(/\d+$/, ''),
                    jenisKolom(lain),
                    jenisKolom(k),
                    harapTeks,
                  )
                : ctx.pesan.rumusBeda(f, teks, harapTeks);
            })()
          : ctx.pesan.rumusKonstanta(ctx.fmt(a.nilai), teks, d.n, harapTeks);
        const calon = {
          rule: 'rumus' as const,
          r: x.b.r,
          c: k.c,
          stated: ctx.dinyatakan(t, x.b.r, k),
          expected: teksDiharapkan(harap, Math.min(a.desimal, 6)),
          fix: '=' + teks,
        };
        if (sama) {
          ctx.catat(t, 'rumus', label, true);
          ctx.tambah('rumus', t, { ...calon, pesan: ctx.pesan.rumusLaten(pesan), severity: 'info' });
        } else ctx.catat(t, 'rumus', label, false, { ...calon, pesan });
      }
    }
  }
}

/** =SUBTOTAL(9, range) over a hierarchy whose filter shows parents and their children together. */
function periksaSubtotal(ctx: Konteks, t: TabelBacaan): void {
  const l = ctx.lembar(t.lembar);
  const tersembunyi = t.lembarBaca.tersembunyi;
  const perR = new Map<number, Baris>(t.baris.map((b) => [b.r, b]));
  // only a column whose parents hold the sums of their children counts amounts again at each level
  const hierarkis = (k: Kolom) => {
    const s = t.bacaanHierarki.kolom.find((x) => x.k === k);
    return !!s && s.relasi >= 3 && s.jumlah * 10 >= s.relasi * 8;
  };
  for (const b of t.baris) {
    for (const k of t.kolom) {
      const f = l.baris[b.r]?.[k.c]?.f;
      if (!f || !/SUBTOTAL/i.test(f) || !hierarkis(k)) continue;
      const p = polaRumus(t.lembarBaca.urai(f), b.r, k.c);
      if (p.pola !== 'agregat' || p.fungsi !== 'SUBTOTAL') continue;
      const terlihat = p.baris
        .map((x) => x.r)
        .filter((r) => !tersembunyi.has(r) && !/SUBTOTAL/i.test(l.baris[r]?.[k.c]?.f ?? '') && perR.has(r));
      const set = new Set(terlihat);
      const leluhurTerlihat = (r: number): boolean => {
        let x = perR.get(r)?.induk;
        while (x !== null && x !== undefined) {
          if (set.has(x)) return true;
          x = perR.get(x)?.induk;
        }
        return false;
      };
      const puncak = terlihat.filter((r) => !leluhurTerlihat(r));
      const label = labelKolom(ctx, k);
      if (puncak.length === terlihat.length) {
        ctx.catat(t, 'rumus', label, true);
        continue;
      }
      const a = ctx.angka(t, b.r, k);
      if (!adaNilai(a)) continue;
      const acc = new Akumulasi();
      for (const r of puncak) acc.tambah(ctx.angka(t, r, k));
      const harap = acc.hasil(false);
      if (!harap) continue;
      if (acc.cocokDengan(a, false)) {
        ctx.catat(t, 'rumus', label, true);
        continue;
      }
      const level = new Set(terlihat.map((r) => perR.get(r)?.level ?? -1)).size;
      ctx.catat(t, 'rumus', label, false, {
        rule: 'rumus',
        r: b.r,
        c: k.c,
        pesan: ctx.pesan.subtotalGanda(f, level, ctx.fmt(harap)),
        stated: ctx.dinyatakan(t, b.r, k),
        expected: teksDiharapkan(harap, a.desimal),
        related: puncak.slice(0, 50).map((r) => ref(t.lembar, r, k.c)),
      });
    }
  }
}

export function periksaRumus(ctx: Konteks): void {
  for (const t of ctx.tabel) {
    if (t.jenis === 'skala') continue;
    periksaTetangga(ctx, t);
    periksaSubtotal(ctx, t);
  }
}
