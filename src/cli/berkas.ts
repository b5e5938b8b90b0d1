/** Files for the CLI: walking folders, reading one workbook, writing its annotated copy. Never modifies inputs. */
import fs from 'fs';
import path from 'path';
import { bacaGridXlsx, GagalBaca } from '../xlsx/buka';
import { periksaWorkbook } from '../core/periksa';
import type { Bahasa } from '../core/checks/konteks';
import { skalaBawaan } from '../core/skala';
import type { HasilBerkas } from './laporan';

const EKSTENSI = /\.(xlsx|xlsm)$/i;

function t(bahasa: Bahasa, id: string, en: string): string {
  return bahasa === 'en' ? en : id;
}

/** Expand folders into their .xlsx/.xlsm files (recursively, sorted); report missing paths. */
export function kumpulkanBerkas(masukan: string[], bahasa: Bahasa): { berkas: string[]; galat: string[] } {
  const berkas: string[] = [];
  const galat: string[] = [];
  const jalan = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((e) => {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) return jalan(p);
        return e.isFile() && EKSTENSI.test(e.name) && !e.name.startsWith('~$') ? [p] : [];
      });
  for (const m of masukan) {
    let st: fs.Stats;
    try {
      st = fs.statSync(m);
    } catch {
      galat.push(t(bahasa, `"${m}" tidak ditemukan`, `"${m}" not found`));
      continue;
    }
    if (st.isDirectory()) {
      const isi = jalan(m);
      if (isi.length === 0)
        galat.push(
          t(
            bahasa,
            `folder "${m}" tidak berisi workbook .xlsx/.xlsm`,
            `folder "${m}" contains no .xlsx/.xlsm workbook`,
          ),
        );
      for (const f of isi) berkas.push(f);
    } else berkas.push(m);
  }
  return { berkas: [...new Set(berkas)], galat };
}

export interface OpsiBerkas {
  bahasa: Bahasa;
  /** Built-in scale name (plain data: options cross to worker threads by structured clone). */
  skala?: string;
  keluaran?: string;
  timpa: boolean;
}

export function namaKeluaran(berkas: string, dir: string): string {
  const base = path.basename(berkas).replace(/\.(xlsx|xlsm)$/i, '');
  return path.join(dir, `${base}.temuan.xlsx`);
}

export async function periksaBerkas(berkas: string, opsi: OpsiBerkas): Promise<HasilBerkas> {
  const nama = path.basename(berkas);
  try {
    const data = fs.readFileSync(berkas);
    if (/\.xls$/i.test(berkas) && data.length > 0 && data[0] !== 0x50)
      throw new GagalBaca(
        t(
          opsi.bahasa,
          `Format Excel lama (.xls) tidak didukung. Buka "${nama}" di Excel dan simpan sebagai .xlsx.`,
          `The old Excel format (.xls) is not supported. Open "${nama}" in Excel and save it as .xlsx.`,
        ),
      );
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const grid = await bacaGridXlsx(bytes, nama, opsi.bahasa);
    const h = periksaWorkbook(grid, {
      bahasa: opsi.bahasa,
      skala: opsi.skala ? (skalaBawaan(opsi.skala) ?? undefined) : undefined,
    });
    let keluaran: string | undefined;
    if (opsi.keluaran) {
      fs.mkdirSync(opsi.keluaran, { recursive: true });
      keluaran = namaKeluaran(berkas, opsi.keluaran);
      if (path.resolve(keluaran) === path.resolve(berkas))
        throw new GagalBaca(
          t(opsi.bahasa, 'Folder keluaran sama dengan berkas masukan', 'The output folder is the input file'),
        );
      if (fs.existsSync(keluaran) && !opsi.timpa)
        return {
          file: nama,
          path: berkas,
          tables: h.tables,
          findings: h.findings,
          error: t(
            opsi.bahasa,
            `"${keluaran}" sudah ada; pakai --timpa untuk menimpanya`,
            `"${keluaran}" already exists; use --timpa to overwrite it`,
          ),
        };
      // the annotated copy needs the full workbook model; the check itself only needed the grid, so ExcelJS
      // is loaded only here (it costs a fifth of a second and tens of MB at every start otherwise)
      const { muatXlsx } = require('../xlsx/muat') as typeof import('../xlsx/muat');
      const { tandaiWorkbook } = require('../xlsx/tandai') as typeof import('../xlsx/tandai');
      const { wb } = await muatXlsx(bytes, nama, opsi.bahasa);
      tandaiWorkbook(wb, h.findings, opsi.bahasa, h.grafik);
      await wb.xlsx.writeFile(keluaran);
    }
    return { file: nama, path: berkas, tables: h.tables, findings: h.findings, error: null, keluaran };
  } catch (e) {
    const pesan =
      e instanceof GagalBaca
        ? e.message
        : t(
            opsi.bahasa,
            `Tidak dapat dibaca: ${e instanceof Error ? e.message : String(e)}`,
            `Cannot be read: ${e instanceof Error ? e.message : String(e)}`,
          );
    return { file: nama, path: berkas, tables: [], findings: [], error: pesan };
  }
}
