/**
 * What every rule shares: the workbook, the tables as read, the options, number formatting in the UI
 * language, the message catalog, and the ledger of checks.
 *
 * Rules never report directly. Each computed cell a rule recomputes is recorded in the ledger as consistent
 * or not, under a family (table × rule × column); a disagreement carries the finding it would make. The
 * plausibility gate (`tutup`) then keeps a family's findings only when the reading explains most of the
 * family's cells, and a table's only when its reading explains most of the table: a real report has few
 * errors, so a reading under which most figures disagree is a misreading, reported as "not checked".
 */
import type { WorkbookGrid } from '../grid';
import { alamat, refLembar, sel, teksSel } from '../grid';
import type { Kolom, RuleId, Tabel, Temuan } from '../model';
import { Angka, formatEn, formatId, infoFormat, simpanPersen } from '../angka';
import type { Desimal } from '../desimal';
import type { Skala } from '../skala';
import type { MetodeEfisiensi } from '../efisiensi';
import type { Polaritas } from '../polaritas';
import type { Bahasa } from '../pesan/bahasa';
import { katalog, Katalog } from '../pesan/aturan';
import type { TabelBacaan } from '../baca';
import { PenghitungRumus } from '../rumus/hitung';
import { ATURAN } from './meta';
import type { Koreksi } from '../koreksi';
import { bacaAngka } from '../baca/nilai';

export type { Bahasa } from '../pesan/bahasa';

export interface OpsiPeriksa {
  bahasa?: Bahasa;
  /** Scale for predikat when the workbook has none (or to force one). Default Permendagri 86/2017. */
  skala?: Skala;
  /** Force the scale even when the workbook has its own scale table. */
  paksaSkala?: boolean;
  /** Efisiensi method; 'otomatis' (default) infers it from the rows by majority. */
  metodeEfisiensi?: MetodeEfisiensi | 'otomatis';
  /** Capaian method for negative indicators; 'otomatis' (default) infers it by majority. */
  metodeNegatif?: 'pengurangan' | 'kebalikan' | 'otomatis';
  /** Polarity overrides by indikator name (compared normalised). */
  polaritas?: Record<string, Polaritas>;
  /** Rules to run; default all. */
  aturan?: RuleId[];
  /** The user's corrections to the reading (core/koreksi.ts). */
  koreksi?: Koreksi;
}

/** A finding a rule would make, before the gate decides. */
export interface CalonTemuan {
  rule: RuleId;
  r: number;
  c: number;
  pesan: string;
  stated: string | null;
  expected: string | null;
  related?: string[];
  fix?: string;
  hitungan?: Temuan['hitungan'];
  /** Severity other than the rule's own (a latent formula issue is 'info'). */
  severity?: Temuan['severity'];
  /** A disagreement whose cause is known (a fraction not × 100, the positive formula on a negative
   * indicator): it confirms the reading rather than doubting it. */
  terjelaskan?: boolean;
}

interface Famili {
  t: Tabel;
  rule: RuleId;
  label: string;
  /** The user chose how these cells are computed (a method in the settings): the gate does not doubt them. */
  pasti: boolean;
  cocok: number;
  beda: number;
  terjelaskan: number;
  temuan: CalonTemuan[];
}

export interface StatusTabel {
  diperiksa: boolean;
  terverifikasi: number;
  alasan?: string;
  /** Families dropped by the gate, with their reason (for the reading view and the text output). */
  tidakDiperiksa: string[];
}

/** Where a workbook-wide choice came from: the user's settings, the majority of the rows, or the default. */
export type SumberPilihan = 'pengaturan' | 'mayoritas' | 'bawaan';

/**
 * What the rules inferred for the whole workbook, for the settings view ("what was inferred", not
 * "Otomatis"): each method with the rows that follow it, each indicator's polarity with its evidence.
 */
export interface Inferensi {
  metodeEfisiensi?: { metode: MetodeEfisiensi; sumber: SumberPilihan; cocok: number; dari: number };
  metodeNegatif?: { metode: 'pengurangan' | 'kebalikan'; sumber: SumberPilihan; cocok: number; dari: number };
  polaritas: { lembar: string; sel: string; indikator: string; polaritas: Polaritas; sumber: string; bukti: string }[];
  skala?: { nama: string; sumber: 'workbook' | SumberPilihan };
}

export class Konteks {
  readonly bahasa: Bahasa;
  readonly pesan: Katalog;
  readonly inferensi: Inferensi = { polaritas: [] };
  /** Findings that need no gate (scale gaps, number formats, cross-table). */
  readonly temuan: Temuan[] = [];
  /** Families in the order they were first recorded (the gate and the output follow it). */
  private readonly famili: Famili[] = [];
  /** table → rule → label → family: found without building a key per recorded cell */
  private readonly indeksFamili = new Map<Tabel, Map<RuleId, Map<string, Famili>>>();
  private penghitung: PenghitungRumus | null = null;

  constructor(
    readonly grid: WorkbookGrid,
    readonly tabel: TabelBacaan[],
    readonly opsi: OpsiPeriksa = {},
  ) {
    this.bahasa = opsi.bahasa ?? 'id';
    this.pesan = katalog(this.bahasa);
  }

  /** A cell of a table column as a number (parsed once, shared with the reader). */
  angka(t: TabelBacaan, r: number, k: Kolom): Angka {
    return t.nilaiSel.angka(r, k);
  }

  teks(t: Tabel, r: number, c: number): string {
    return teksSel(sel(this.lembar(t.lembar), r, c));
  }

  formula(t: Tabel, r: number, c: number): string | undefined {
    return sel(this.lembar(t.lembar), r, c)?.f;
  }

  lembar(nama: string) {
    const l = this.grid.lembar.find((x) => x.nama === nama);
    if (!l) throw new Error(`lembar tidak ada: ${nama}`);
    return l;
  }

  /** Evaluates workbook formulas on cached values (created on first use). */
  get rumus(): PenghitungRumus {
    return (this.penghitung ??= new PenghitungRumus(this.grid));
  }

  fmt(d: Desimal, desimal?: number): string {
    return this.bahasa === 'en' ? formatEn(d, desimal) : formatId(d, desimal);
  }

  /** A cell's number as it shows, with the decimals of its format ("32.617.500,00"). */
  fmtSel(a: Angka): string {
    return a.nilai ? this.fmt(a.nilai, a.desimal ?? undefined) : '';
  }

  aktif(rule: RuleId): boolean {
    return !this.opsi.aturan || this.opsi.aturan.includes(rule);
  }

  /** The stated value as it reads in the cell, for the JSON `stated` field. */
  dinyatakan(t: TabelBacaan, r: number, k: Kolom): string | null {
    const s = sel(this.lembar(t.lembar), r, k.c);
    if (!s) return null;
    if (typeof s.v === 'number') {
      const a = this.angka(t, r, k);
      return a.nilai ? a.nilai.toFixed() : String(s.v);
    }
    return teksSel(s) || null;
  }

  /** Record one recomputed cell: consistent, or not with the finding it would make. */
  catat(t: Tabel, rule: RuleId, label: string, cocok: boolean, calon?: CalonTemuan, pasti = false): void {
    if (!this.aktif(rule)) return;
    let perAturan = this.indeksFamili.get(t);
    if (!perAturan) this.indeksFamili.set(t, (perAturan = new Map<RuleId, Map<string, Famili>>()));
    let perLabel = perAturan.get(rule);
    if (!perLabel) perAturan.set(rule, (perLabel = new Map<string, Famili>()));
    let f = perLabel.get(label);
    if (!f) {
      perLabel.set(label, (f = { t, rule, label, pasti, cocok: 0, beda: 0, terjelaskan: 0, temuan: [] }));
      this.famili.push(f);
    }
    if (cocok) f.cocok++;
    else if (calon?.terjelaskan) f.terjelaskan++;
    else f.beda++;
    if (!cocok && calon) f.temuan.push(calon);
  }

  /** A finding outside the gate (scale tables, number formats, cross-table figures). */
  tambah(rule: RuleId, t: Tabel, c: CalonTemuan): void {
    if (!this.aktif(rule)) return;
    this.temuan.push(this.keTemuan(t, c));
  }

  private keTemuan(t: Tabel, c: CalonTemuan): Temuan {
    const f = this.formula(t, c.r, c.c);
    const catatanRumus = f && !c.fix ? this.pesan.selBerumus(f) : '';
    // a percent-formatted number: the JSON gives the cell's own stored scale (0.4869 shown 48,69 %)
    const s = sel(this.lembar(t.lembar), c.r, c.c);
    const k = t.kolom.find((x) => x.c === c.c);
    const persen = typeof s?.v === 'number' && (k ? bacaAngka(s, k).persen : infoFormat(s.fmt).persen);
    return {
      rule: c.rule,
      severity: c.severity ?? ATURAN[c.rule].tingkat,
      sheet: t.lembar,
      cell: alamat(c.r, c.c),
      message: c.pesan + catatanRumus,
      stated: persen && c.stated !== null ? String(s.v) : c.stated,
      expected: persen ? simpanPersen(c.expected, true) : c.expected,
      ...(persen ? { persen: true as const } : {}),
      table: t.id,
      ...(c.related && c.related.length ? { related: c.related } : {}),
      ...(c.fix ? { fix: c.fix } : {}),
      ...(c.hitungan ? { hitungan: c.hitungan } : {}),
    };
  }

  /**
   * The gate: findings of families and tables whose reading explains most of their cells, and each table's
   * status (checked or not, with the reason, and how many computed cells were verified).
   */
  tutup(): { temuan: Temuan[]; status: Map<string, StatusTabel> } {
    const status = new Map<string, StatusTabel>();
    const perTabel = new Map<string, Famili[]>();
    for (const f of this.famili) {
      const l = perTabel.get(f.t.id);
      if (l) l.push(f);
      else perTabel.set(f.t.id, [f]);
    }
    // tables laid out alike (the same column header checked by the same rule in several tables of the
    // workbook) share their reading: a family is judged on the pooled evidence
    const gabungan = new Map<string, { dukung: number; beda: number }>();
    const kunciGabung = (f: Famili) => `${f.rule}\u0000${f.label}`;
    for (const f of this.famili) {
      const g = gabungan.get(kunciGabung(f)) ?? { dukung: 0, beda: 0 };
      g.dukung += f.cocok + f.terjelaskan;
      g.beda += f.beda;
      gabungan.set(kunciGabung(f), g);
    }
    const keluar: Temuan[] = [...this.temuan];
    for (const t of this.tabel) {
      const fs = perTabel.get(t.id) ?? [];
      const st: StatusTabel = { diperiksa: true, terverifikasi: 0, tidakDiperiksa: [] };
      status.set(t.id, st);
      let cocok = 0;
      let beda = 0;
      const diterima: Famili[] = [];
      for (const f of fs) {
        const dukung = f.cocok + f.terjelaskan;
        const n = dukung + f.beda;
        const g = gabungan.get(kunciGabung(f))!;
        const ng = g.dukung + g.beda;
        // a family that mostly disagrees is a misreading; one or two cells carry no such evidence
        const ditolak = !f.pasti && ((ng >= 3 && g.beda > g.dukung) || (f.beda >= 10 && f.beda * 4 > n));
        if (ditolak) {
          st.tidakDiperiksa.push(this.pesan.familiDitolak(f.label, f.beda, n));
          continue;
        }
        diterima.push(f);
        cocok += dukung;
        beda += f.beda;
      }
      if (beda > cocok && beda + cocok >= 4) {
        st.diperiksa = false;
        st.alasan = this.pesan.tabelDitolak(beda, beda + cocok);
        continue;
      }
      st.terverifikasi = cocok;
      for (const f of diterima) for (const c of f.temuan) keluar.push(this.keTemuan(f.t, c));
    }
    return { temuan: keluar, status };
  }
}

export function teksDiharapkan(d: Desimal, desimal: number | null): string {
  return desimal === null ? d.toFixed() : d.toFixed(Math.max(0, desimal));
}

export function ref(lembar: string, r: number, c: number): string {
  const nama = /[^A-Za-z0-9_]/.test(lembar) ? refLembar(lembar) : lembar;
  return `${nama}!${alamat(r, c)}`;
}
