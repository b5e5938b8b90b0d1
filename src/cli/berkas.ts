/** Files for the CLI: walking folders, reading one workbook, writing its annotated copy. Never modifies inputs. */
import fs from 'fs';
import path from 'path';
import { bacaGridXlsx, GagalBaca, jenisBerkas, JenisBerkas, pesanJenis } from '../xlsx/buka';
import { periksaWorkbook } from '../core/periksa';
import type { Bahasa } from '../core/pesan/bahasa';
import { pesanHost } from '../core/pesan/host';
import { skalaBawaan } from '../core/skala';
import { opsiDariPengaturan, pengaturanDariTeks } from '../core/pengaturan';
import type { BerkasDilewati, HasilBerkas } from './laporan';

const EKSTENSI = /\.(xlsx|xlsm)$/i;

/**
 * Other spreadsheet and table files a folder may hold beside its workbooks: listed as skipped, with what they
 * are and what to do, instead of being passed over in silence.
 */
const EKSTENSI_LAIN: [RegExp, JenisBerkas | 'templat'][] = [
  [/\.(ods|fods|ots)$/i, 'ods'],
  [/\.numbers$/i, 'numbers'],
  [/\.(csv|tsv)$/i, 'csv'],
  [/\.xlsb$/i, 'xlsb'],
  [/\.(xls|xlt)$/i, 'xls'],
  [/\.(xltx|xltm)$/i, 'templat'],
];

/**
 * What a file beside the workbooks is, from its name, and for .xls (often HTML in disguise, sometimes an
 * .xlsx under the wrong name) from its first bytes; null for what is no spreadsheet.
 */
function jenisLain(jalur: string, nama: string, direktori: boolean): JenisBerkas | 'templat' | null {
  const cocok = EKSTENSI_LAIN.find(([re]) => re.test(nama))?.[1] ?? null;
  if (cocok !== 'xls' || direktori) return cocok;
  try {
    const fd = fs.openSync(jalur, 'r');
    try {
      const data = Buffer.alloc(8192);
      const jumlah = fs.readSync(fd, data, 0, data.length, 0);
      // a zip: read as the workbook it most likely is (reading it says what it holds)
      if (data[0] === 0x50 && data[1] === 0x4b) return 'xlsx';
      return jenisBerkas(data.subarray(0, jumlah), nama);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return 'xls';
  }
}

function alasanLain(jenis: JenisBerkas | 'templat', nama: string, bahasa: Bahasa): string {
  if (jenis === 'templat') return pesanHost(bahasa).berkasTemplat(nama);
  return pesanJenis(jenis, nama, bahasa) ?? nama;
}

/**
 * Expand folders into their .xlsx/.xlsm files (recursively, sorted); report missing paths; list the other
 * spreadsheet files found in folders (.ods, .csv, .numbers, .xls, ...) as skipped, with the reason.
 */
export function kumpulkanBerkas(
  masukan: string[],
  bahasa: Bahasa,
): { berkas: string[]; galat: string[]; dilewati: BerkasDilewati[] } {
  const berkas: string[] = [];
  const galat: string[] = [];
  const dilewati: BerkasDilewati[] = [];
  const jalan = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entri) => {
        const jalur = path.join(dir, entri.name);
        if (entri.name.startsWith('~$')) return []; // Excel's lock files
        if (entri.isFile() && EKSTENSI.test(entri.name)) return [jalur];
        // (an Apple Numbers document is often a folder: a macOS package)
        const lain = jenisLain(jalur, entri.name, entri.isDirectory());
        if (lain === 'xlsx' && entri.isFile()) return [jalur];
        if (lain && lain !== 'xlsx') {
          dilewati.push({ file: jalur, reason: alasanLain(lain, entri.name, bahasa) });
          return [];
        }
        return entri.isDirectory() ? jalan(jalur) : [];
      });
  for (const masuk of masukan) {
    let st: fs.Stats;
    try {
      st = fs.statSync(masuk);
    } catch {
      galat.push(pesanHost(bahasa).masukanTidakAda(masuk));
      continue;
    }
    if (st.isDirectory() && !/\.numbers$/i.test(masuk)) {
      const sebelum = dilewati.length;
      const isi = jalan(masuk);
      if (isi.length === 0)
        galat.push(
          dilewati.length > sebelum
            ? pesanHost(bahasa).folderTanpaWorkbookLewati(masuk, dilewati.length - sebelum)
            : pesanHost(bahasa).folderTanpaWorkbook(masuk),
        );
      for (const berkasIsi of isi) berkas.push(berkasIsi);
    } else berkas.push(masuk);
  }
  return { berkas: [...new Set(berkas)], galat, dilewati };
}

export interface OpsiBerkas {
  bahasa: Bahasa;
  /** Built-in scale name (plain data: options cross to worker threads by structured clone). */
  skala?: string;
  keluaran?: string;
  timpa: boolean;
  /** Ignore the settings and reading corrections stored in the workbook. */
  tanpaPengaturan?: boolean;
}

export function namaKeluaran(berkas: string, dir: string): string {
  const base = path.basename(berkas).replace(/\.(xlsx|xlsm)$/i, '');
  return path.join(dir, `${base}.temuan.xlsx`);
}

/** A file system failure in the user's words (never Node's English). */
function galatBerkas(galat: unknown, berkas: string, bahasa: Bahasa): GagalBaca | null {
  const kode = (galat as NodeJS.ErrnoException | undefined)?.code;
  const nama = path.basename(berkas);
  const pesan = pesanHost(bahasa);
  switch (kode) {
    case 'ENOENT':
      return new GagalBaca(pesan.berkasTidakDitemukan(nama));
    case 'EACCES':
    case 'EPERM':
      return new GagalBaca(pesan.berkasTanpaIzin(nama));
    case 'EISDIR':
      return new GagalBaca(
        /\.numbers$/i.test(berkas) ? (pesanJenis('numbers', nama, bahasa) ?? nama) : pesan.berkasFolder(nama),
      );
    case 'ENOSPC':
      return new GagalBaca(pesan.diskPenuh);
    default:
      return null;
  }
}

export async function periksaBerkas(berkas: string, opsi: OpsiBerkas): Promise<HasilBerkas> {
  const nama = path.basename(berkas);
  const pesan = pesanHost(opsi.bahasa);
  try {
    const data = fs.readFileSync(berkas);
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const grid = await bacaGridXlsx(bytes, nama, opsi.bahasa);
    // the workbook's own settings (scale, methods, polarity, reading corrections) as the add-in saved them;
    // the command line's language and scale come first
    const tersimpan = opsi.tanpaPengaturan ? null : pengaturanDariTeks(grid.pengaturanTersimpan);
    const hasil = periksaWorkbook(grid, {
      ...(tersimpan ? opsiDariPengaturan(tersimpan) : {}),
      bahasa: opsi.bahasa,
      ...(opsi.skala ? { skala: skalaBawaan(opsi.skala) ?? undefined } : {}),
    });
    const dasar = {
      file: nama,
      path: berkas,
      tables: hasil.tables,
      findings: hasil.findings,
      ...(grid.belumDihitung ? { belumDihitung: true } : {}),
    };
    let keluaran: string | undefined;
    let catatanKeluaran: string | undefined;
    if (opsi.keluaran) {
      fs.mkdirSync(opsi.keluaran, { recursive: true });
      keluaran = namaKeluaran(berkas, opsi.keluaran);
      if (path.resolve(keluaran) === path.resolve(berkas)) throw new GagalBaca(pesan.keluaranSamaMasukan);
      if (fs.existsSync(keluaran) && !opsi.timpa)
        return {
          ...dasar,
          error: pesan.keluaranSudahAda(keluaran),
        };
      // the annotated copy needs the full workbook model; the check itself only needed the grid, so ExcelJS
      // is loaded only here (it costs a fifth of a second and tens of MB at every start otherwise)
      /* eslint-disable @typescript-eslint/no-require-imports -- loaded here only, on purpose (see above) */
      const { muatXlsx } = require('../xlsx/muat') as typeof import('../xlsx/muat');
      const { tandaiWorkbook } = require('../xlsx/tandai') as typeof import('../xlsx/tandai');
      const { hitungRumusSakip, isiHasilRumusSakip, pesanRumusSakip } =
        require('../xlsx/hitung') as typeof import('../xlsx/hitung');
      /* eslint-enable @typescript-eslint/no-require-imports */
      const { wb } = await muatXlsx(bytes, nama, opsi.bahasa);
      tandaiWorkbook(wb, hasil.findings, opsi.bahasa, hasil.grafik);
      // SAKIP.* formulas the workbook holds without a cached result show their value in the copy too
      isiHasilRumusSakip(wb);
      catatanKeluaran = pesanRumusSakip(hitungRumusSakip(wb), opsi.bahasa) ?? undefined;
      await wb.xlsx.writeFile(keluaran);
    }
    return {
      ...dasar,
      error: null,
      ...(keluaran ? { keluaran } : {}),
      ...(catatanKeluaran ? { catatanKeluaran } : {}),
    };
  } catch (galat) {
    const alasan =
      galat instanceof GagalBaca
        ? galat.message
        : (galatBerkas(galat, berkas, opsi.bahasa)?.message ?? pesan.galatTakTerduga);
    return { file: nama, path: berkas, tables: [], findings: [], error: alasan };
  }
}
