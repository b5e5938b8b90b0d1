/**
 * The pane's state and what the user can do, as one reducer plus the actions that talk to the Host. The
 * components (App, BilahAlat, Ringkasan, DaftarTemuan, …) only render a state and call these actions.
 */
import * as React from 'react';
import type { Host } from './host';
import type { WorkbookGrid } from '../core/grid';
import type { HasilPeriksa } from '../core/periksa';
import type { RuleId, Severity, Tabel, Temuan } from '../core/model';
import { alamatRentang } from '../core/grid';
import type { Koreksi } from '../core/koreksi';
import type { RentangTerpilih } from './host';
import type { RencanaTulis } from '../core/tulis/rencana';
import { selTerisi } from '../core/tulis/terisi';
import { Pengaturan, PENGATURAN_BAWAAN, opsiDariPengaturan } from '../core/pengaturan';
import { rencanaPredikatRinci } from '../core/tulis/predikat';
import type { BarisDikoreksi, BarisDilewati } from '../core/tulis/predikat';
import { rencanaLengkapi } from '../core/tulis/lengkapi';
import type { Bahasa } from '../core/pesan/bahasa';
import { teks, Teks } from './teks';
import { pesanGalat } from './galat';
import { PemeriksaLatar } from './periksaLatar';
import { selDi } from './rujukan';
import { formatAngka } from './format';
import { rencanaPerbaikan } from './perbaikan';

export type Tahap = 'membaca' | 'memeriksa' | 'menulis';

/** One cell the confirmation lists: where, what it holds now, what would be written. */
export interface SelTimpa {
  lembar: string;
  sel: string;
  sekarang: string;
  baru: string;
}

export interface Konfirmasi {
  rencana: RencanaTulis[];
  terisi: SelTimpa[];
  /** Check again after writing (a "Perbaiki" fix makes its finding go away). */
  periksaSetelah: boolean;
  /** Rows "Tulis predikat" rates by the corrected capaian a finding gives, not by the workbook's figure. */
  dikoreksi: BarisDikoreksi[];
  /** Rows it leaves unrated: their capaian is wrong and the right one is not known. */
  dilewati: BarisDilewati[];
  /** Live formulas asked for: the corrected rows are still written as values (the confirmation says so). */
  modeRumus: boolean;
}

/** A plan, with the rows it rates by a corrected capaian and the rows it skips (Tulis predikat). */
interface RencanaRinci {
  rencana: RencanaTulis[];
  dikoreksi?: BarisDikoreksi[];
  dilewati?: BarisDilewati[];
}

export type Pesan =
  { jenis: 'info'; teks: (katalog: Teks) => string } | { jenis: 'galat'; judul: 'periksa' | 'aksi'; teks: string };

export interface Keadaan {
  bahasa: Bahasa;
  gelap: boolean;
  sibuk: { tahap: Tahap; progres?: number } | null;
  hasil: HasilPeriksa | null;
  /** The grid the result was computed from (for the arithmetic and the overwrite list). */
  grid: WorkbookGrid | null;
  pesan: Pesan | null;
  pengaturan: Pengaturan;
  tampilPengaturan: boolean;
  filterTingkat: Severity | 'semua';
  filterAturan: RuleId | 'semua';
  modeTulis: 'nilai' | 'rumus';
  konfirmasi: Konfirmasi | null;
  /** Key of the selected finding (kunciTemuan). */
  terpilih: string | null;
  /** Id of the table chosen in the reading view ("Sheet!A1:E94"). */
  tabelTerpilih: string | null;
  /** Increases with each finished check: the summary takes focus when it changes. */
  nomorHasil: number;
}

export type Aksi =
  | { jenis: 'bahasa'; bahasa: Bahasa }
  | { jenis: 'gelap'; gelap: boolean }
  | { jenis: 'sibuk'; tahap: Tahap; progres?: number }
  | { jenis: 'hasil'; hasil: HasilPeriksa; grid: WorkbookGrid; baru: boolean }
  | { jenis: 'pesan'; pesan: Pesan | null }
  | { jenis: 'selesai' }
  | { jenis: 'pengaturan'; pengaturan: Pengaturan }
  | { jenis: 'tampilPengaturan' }
  | { jenis: 'filterTingkat'; nilai: Severity | 'semua' }
  | { jenis: 'filterAturan'; nilai: RuleId | 'semua' }
  | { jenis: 'modeTulis'; nilai: 'nilai' | 'rumus' }
  | { jenis: 'konfirmasi'; konfirmasi: Konfirmasi | null }
  | { jenis: 'pilih'; kunci: string | null }
  | { jenis: 'pilihTabel'; id: string | null };

export function kunciTemuan(temuan: Temuan): string {
  return `${temuan.rule}|${temuan.sheet}|${temuan.cell}`;
}

export function keadaanAwal(bahasa: Bahasa, gelap: boolean): Keadaan {
  return {
    bahasa,
    gelap,
    sibuk: null,
    hasil: null,
    grid: null,
    pesan: null,
    pengaturan: { ...PENGATURAN_BAWAAN, bahasa },
    tampilPengaturan: false,
    filterTingkat: 'semua',
    filterAturan: 'semua',
    modeTulis: 'nilai',
    konfirmasi: null,
    terpilih: null,
    tabelTerpilih: null,
    nomorHasil: 0,
  };
}

export function reducer(keadaan: Keadaan, aksi: Aksi): Keadaan {
  switch (aksi.jenis) {
    case 'bahasa':
      return { ...keadaan, bahasa: aksi.bahasa, pengaturan: { ...keadaan.pengaturan, bahasa: aksi.bahasa } };
    case 'gelap':
      return { ...keadaan, gelap: aksi.gelap };
    case 'sibuk':
      return { ...keadaan, sibuk: { tahap: aksi.tahap, progres: aksi.progres } };
    case 'hasil': {
      // a new check keeps the selection only if that finding is still there
      const masih = keadaan.terpilih && aksi.hasil.findings.some((f) => kunciTemuan(f) === keadaan.terpilih);
      const aturanAda =
        keadaan.filterAturan === 'semua' || aksi.hasil.findings.some((f) => f.rule === keadaan.filterAturan);
      return {
        ...keadaan,
        hasil: aksi.hasil,
        grid: aksi.grid,
        sibuk: null,
        terpilih: masih ? keadaan.terpilih : null,
        tabelTerpilih: aksi.hasil.tabel.some((x) => x.id === keadaan.tabelTerpilih) ? keadaan.tabelTerpilih : null,
        filterAturan: aturanAda ? keadaan.filterAturan : 'semua',
        nomorHasil: aksi.baru ? keadaan.nomorHasil + 1 : keadaan.nomorHasil,
      };
    }
    case 'pesan':
      return { ...keadaan, pesan: aksi.pesan, sibuk: aksi.pesan?.jenis === 'galat' ? null : keadaan.sibuk };
    case 'selesai':
      return { ...keadaan, sibuk: null };
    case 'pengaturan':
      return { ...keadaan, pengaturan: aksi.pengaturan };
    case 'tampilPengaturan':
      return { ...keadaan, tampilPengaturan: !keadaan.tampilPengaturan };
    case 'filterTingkat':
      return { ...keadaan, filterTingkat: aksi.nilai };
    case 'filterAturan':
      return { ...keadaan, filterAturan: aksi.nilai };
    case 'modeTulis':
      return { ...keadaan, modeTulis: aksi.nilai };
    case 'konfirmasi':
      return { ...keadaan, konfirmasi: aksi.konfirmasi };
    case 'pilih':
      return { ...keadaan, terpilih: aksi.kunci };
    case 'pilihTabel':
      return { ...keadaan, tabelTerpilih: aksi.id };
  }
}

/** What a cell holds, as the confirmation shows it: its formula, its value in the pane's language, or "(kosong)". */
export function isiSel(grid: WorkbookGrid, lembar: string, sel: string, katalog: Teks, bahasa: Bahasa): string | null {
  const isi = selDi(grid, lembar, sel);
  if (!isi || !selTerisi(isi.galat ?? isi.v, isi.f)) return null;
  if (isi.f) return `=${isi.f}`;
  if (isi.galat) return isi.galat;
  if (typeof isi.v === 'number') return formatAngka(isi.v, bahasa, 6);
  return String(isi.v);
}

function isiBaru(rencana: RencanaTulis, bahasa: Bahasa): string {
  if (rencana.rumus) return rencana.rumus.startsWith('=') ? rencana.rumus : `=${rencana.rumus}`;
  return typeof rencana.nilai === 'number' ? formatAngka(rencana.nilai, bahasa, 6) : String(rencana.nilai ?? '');
}

export interface OpsiPanel {
  host: Host;
  bahasaAwal: Bahasa;
  gelapAwal: boolean;
  pemeriksa?: PemeriksaLatar;
  setelahPeriksa?: (hasil: HasilPeriksa) => void;
}

export function usePanel({ host, bahasaAwal, gelapAwal, pemeriksa: pemeriksaLuar, setelahPeriksa }: OpsiPanel) {
  const [keadaan, kirim] = React.useReducer(reducer, undefined, () => keadaanAwal(bahasaAwal, gelapAwal));
  const katalog = teks(keadaan.bahasa);
  const pemeriksaSendiri = React.useMemo(() => (pemeriksaLuar ? null : new PemeriksaLatar()), [pemeriksaLuar]);
  const pemeriksa = pemeriksaLuar ?? pemeriksaSendiri!;
  React.useEffect(() => () => pemeriksaSendiri?.tutup(), [pemeriksaSendiri]);
  // the latest state for async actions started from an older render
  const terkini = React.useRef(keadaan);
  terkini.current = keadaan;
  const nomorPeriksa = React.useRef(0);

  React.useEffect(() => kirim({ jenis: 'bahasa', bahasa: bahasaAwal }), [bahasaAwal]);
  React.useEffect(() => kirim({ jenis: 'gelap', gelap: gelapAwal }), [gelapAwal]);

  /** The workbook's stored settings (corrections among them), being read: a check waits for them. */
  const pengaturanDimuat = React.useRef<Promise<void>>(Promise.resolve());
  React.useEffect(() => {
    let aktif = true;
    pengaturanDimuat.current = host.muatPengaturan().then(
      (pengaturan) => {
        if (pengaturan && aktif) {
          // at once, not at the next render: a check started meanwhile uses them
          terkini.current = { ...terkini.current, pengaturan, bahasa: pengaturan.bahasa };
          kirim({ jenis: 'pengaturan', pengaturan });
          kirim({ jenis: 'bahasa', bahasa: pengaturan.bahasa });
        }
      },
      () => undefined,
    );
    return () => {
      aktif = false;
    };
  }, [host]);

  /** Run an action; its message (in whatever language is current when shown) or its error goes to the pane. */
  const jalankan = async (judul: 'periksa' | 'aksi', aksi: () => Promise<((katalogPesan: Teks) => string) | void>) => {
    kirim({ jenis: 'pesan', pesan: null });
    try {
      const pesan = await aksi();
      kirim({ jenis: 'selesai' });
      if (pesan) kirim({ jenis: 'pesan', pesan: { jenis: 'info', teks: pesan } });
    } catch (galat) {
      kirim({
        jenis: 'pesan',
        pesan: { jenis: 'galat', judul, teks: pesanGalat(galat, teks(terkini.current.bahasa)) },
      });
    }
  };

  /** Check a grid already read (a language switch re-checks without reading the workbook again). */
  const periksaGrid = async (grid: WorkbookGrid, bahasa: Bahasa, pengaturan: Pengaturan, baru: boolean) => {
    const nomor = ++nomorPeriksa.current;
    kirim({ jenis: 'sibuk', tahap: 'memeriksa' });
    const hasil = await pemeriksa.periksa(grid, pengaturan, bahasa);
    if (nomor !== nomorPeriksa.current) return; // a newer check started meanwhile
    kirim({ jenis: 'hasil', hasil, grid, baru });
    setelahPeriksa?.(hasil);
  };

  const periksa = () =>
    jalankan('periksa', async () => {
      kirim({ jenis: 'sibuk', tahap: 'membaca', progres: 0 });
      const grid = await host.bacaWorkbook((p) => kirim({ jenis: 'sibuk', tahap: 'membaca', progres: p }));
      await pengaturanDimuat.current;
      const { bahasa, pengaturan } = terkini.current;
      await periksaGrid(grid, bahasa, pengaturan, true);
    });

  const gantiBahasa = (bahasa: Bahasa) => {
    kirim({ jenis: 'bahasa', bahasa });
    const { grid, hasil, pengaturan } = terkini.current;
    // findings are written by the engine in one language: check again in the other one
    if (grid && hasil) void jalankan('periksa', () => periksaGrid(grid, bahasa, { ...pengaturan, bahasa }, false));
  };

  const tulisRencana = async (konfirmasi: Konfirmasi, timpa: boolean) => {
    kirim({ jenis: 'sibuk', tahap: 'menulis' });
    const hasil = await host.tulis(konfirmasi.rencana, timpa);
    kirim({ jenis: 'konfirmasi', konfirmasi: null });
    if (konfirmasi.periksaSetelah && hasil.ditulis > 0) {
      const grid = await host.bacaWorkbook();
      const { bahasa, pengaturan } = terkini.current;
      await periksaGrid(grid, bahasa, pengaturan, false);
    }
    return (t: Teks) => t.ditulis(hasil.ditulis, hasil.dilewati);
  };

  /**
   * Plan writes; when some target cells are filled, or some rows are rated by a corrected capaian or
   * skipped, list them and wait for the user's choice.
   */
  const siapkanTulis = (buat: (grid: WorkbookGrid) => RencanaTulis[] | RencanaRinci, periksaSetelah: boolean) =>
    jalankan('aksi', async () => {
      const grid = await host.bacaWorkbook();
      const dibuat = buat(grid);
      const { rencana, dikoreksi = [], dilewati = [] } = Array.isArray(dibuat) ? { rencana: dibuat } : dibuat;
      if (rencana.length === 0 && dilewati.length === 0) return (t: Teks) => t.tidakAdaRencana;
      const { bahasa, modeTulis } = terkini.current;
      const tt = teks(bahasa);
      const terisi: SelTimpa[] = [];
      for (const rencanaSel of rencana) {
        const sekarang = isiSel(grid, rencanaSel.lembar, rencanaSel.sel, tt, bahasa);
        if (sekarang !== null)
          terisi.push({ lembar: rencanaSel.lembar, sel: rencanaSel.sel, sekarang, baru: isiBaru(rencanaSel, bahasa) });
      }
      const konfirmasi: Konfirmasi = {
        rencana,
        terisi,
        periksaSetelah,
        dikoreksi,
        dilewati,
        modeRumus: modeTulis === 'rumus',
      };
      if (terisi.length > 0 || dikoreksi.length > 0 || dilewati.length > 0) {
        kirim({ jenis: 'konfirmasi', konfirmasi });
        return;
      }
      return tulisRencana(konfirmasi, false);
    });

  /**
   * A correction to the reading: applied to the settings, the check re-run on the grid already read (the
   * workbook itself did not change), then the settings saved through the host (document settings in Excel,
   * the very hidden settings sheet in the demo), so the next reviewer and `sakip periksa` read it the same.
   */
  const koreksi = (ubah: (lama: Koreksi) => Koreksi) =>
    jalankan('aksi', async () => {
      const kini = terkini.current;
      const pengaturan: Pengaturan = {
        ...kini.pengaturan,
        bahasa: kini.bahasa,
        koreksi: ubah(kini.pengaturan.koreksi),
      };
      // a second correction made before the next render starts from this one
      terkini.current = { ...kini, pengaturan };
      kirim({ jenis: 'pengaturan', pengaturan });
      if (kini.grid) await periksaGrid(kini.grid, kini.bahasa, pengaturan, false);
      await host.simpanPengaturan(pengaturan);
      return (t: Teks) => t.bacaan.disimpan;
    });

  const opsiMesin = () => ({ ...opsiDariPengaturan(terkini.current.pengaturan), bahasa: terkini.current.bahasa });

  return {
    keadaan,
    katalog,
    /** Where the workbook lives ('excel' | 'demo'): the reading view names the selection it uses. */
    jenisHost: host.jenis,
    kirim,
    periksa,
    gantiBahasa,
    gantiGelap: (gelap: boolean) => kirim({ jenis: 'gelap', gelap }),
    pilih: (temuan: Temuan) => {
      kirim({ jenis: 'pilih', kunci: kunciTemuan(temuan) });
      return jalankan('aksi', () => host.pilihSel(temuan.sheet, temuan.cell));
    },
    tandai: () =>
      jalankan('aksi', async () => {
        const { hasil, bahasa } = terkini.current;
        const jumlah = await host.tandai(hasil?.findings ?? [], bahasa);
        return (t: Teks) => t.ditandai(jumlah);
      }),
    hapusTanda: () =>
      jalankan('aksi', async () => {
        const jumlah = await host.hapusTanda();
        return (t: Teks) => t.dihapus(jumlah);
      }),
    buatLaporan: () =>
      jalankan('aksi', async () => {
        const { hasil, bahasa } = terkini.current;
        if (!hasil) return;
        await host.buatLaporan(hasil.findings, bahasa, hasil.grafik);
        return (t: Teks) => t.laporanDibuat;
      }),
    tulisPredikat: () => siapkanTulis((g) => rencanaPredikatRinci(g, opsiMesin(), terkini.current.modeTulis), false),
    lengkapi: () => siapkanTulis((g) => rencanaLengkapi(g, opsiMesin(), terkini.current.modeTulis), false),
    perbaiki: (temuan: Temuan) => {
      const rencana = rencanaPerbaikan(temuan);
      if (rencana) void siapkanTulis(() => [rencana], true);
    },
    konfirmasi: (timpa: boolean) => {
      const konfirmasi = terkini.current.konfirmasi;
      if (konfirmasi) void jalankan('aksi', () => tulisRencana(konfirmasi, timpa));
    },
    batalKonfirmasi: () => kirim({ jenis: 'konfirmasi', konfirmasi: null }),
    simpanPengaturan: () =>
      jalankan('aksi', async () => {
        await host.simpanPengaturan({ ...terkini.current.pengaturan, bahasa: terkini.current.bahasa });
        return (t: Teks) => t.tersimpan;
      }),
    /** Choose a table in the reading view: the host selects its range (Excel) or shows it (demo preview). */
    pilihTabel: (tabel: Tabel) => {
      kirim({ jenis: 'pilihTabel', id: tabel.id });
      return jalankan('aksi', () => host.pilihRentang(tabel.lembar, alamatRentang(tabel.rentang)));
    },
    /** Fold or unfold a table without asking the host for anything. */
    tutupTabel: () => kirim({ jenis: 'pilihTabel', id: null }),
    koreksi,
    /**
     * The user's selection for "this is a table" (null: nothing selected). An error (several areas selected
     * in Excel) goes to the pane and gives undefined.
     */
    ambilPilihan: async (): Promise<RentangTerpilih | null | undefined> => {
      kirim({ jenis: 'pesan', pesan: null });
      try {
        return await host.bacaPilihan();
      } catch (galat) {
        kirim({
          jenis: 'pesan',
          pesan: { jenis: 'galat', judul: 'aksi', teks: pesanGalat(galat, teks(terkini.current.bahasa)) },
        });
        return undefined;
      }
    },
    /** For host actions outside the pane (the demo's download): same messages and errors. */
    jalankanAksi: (f: () => Promise<((katalogPesan: Teks) => string) | void>) => jalankan('aksi', f),
  };
}

export type Panel = ReturnType<typeof usePanel>;
