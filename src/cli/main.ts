/**
 * `sakip` CLI: check .xlsx workbooks (files or folders) with the same engine as the add-in.
 *   sakip periksa <berkas|folder>... [--format teks|json] [--keluaran DIR] [--timpa] [--bahasa id|en]
 * Exit codes: 0 no error findings; 1 error findings; 2 usage error or a file that could not be read.
 */
import { Command, CommanderError, Option } from 'commander';
import { formatTeks, formatJson, HasilBerkas } from './laporan';
import { kumpulkanBerkas, periksaBerkas } from './berkas';
import { Progres } from './progres';
import type { Bahasa } from '../core/pesan/bahasa';
import { pesanHost } from '../core/pesan/host';
import { skalaBawaan } from '../core/skala';
import os from 'os';
import { periksaParalel } from './paralel';

interface OpsiCli {
  paralel?: string;
  format: 'teks' | 'json';
  keluaran?: string;
  timpa?: boolean;
  bahasa: Bahasa;
  skala?: string;
  tanpaPengaturan?: boolean;
}

export async function jalankan(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const program = new Command();
  let kode = 0;
  program
    .name('sakip')
    .description('Pemeriksa konsistensi workbook SAKIP (capaian, realisasi anggaran, efisiensi, predikat)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.write(s), writeErr: (s) => err.write(s) });
  program
    .command('periksa')
    .description('periksa workbook .xlsx/.xlsm (berkas atau folder)')
    .argument('<berkas...>', 'berkas .xlsx/.xlsm atau folder berisi workbook')
    .addOption(new Option('-f, --format <format>', 'format keluaran').choices(['teks', 'json']).default('teks'))
    .option('-k, --keluaran <dir>', 'tulis salinan bertanda (temuan diwarnai + lembar "Temuan SAKIP") ke folder ini')
    .option('--timpa', 'timpa salinan bertanda yang sudah ada di folder keluaran')
    .addOption(new Option('-b, --bahasa <bahasa>', 'bahasa pesan').choices(['id', 'en']).default('id'))
    .option(
      '-p, --paralel <n>',
      'jumlah jalur pemeriksaan untuk banyak berkas: utas utama + N − 1 worker thread (bawaan: jumlah inti CPU)',
    )
    .option(
      '-s, --skala <nama>',
      'skala predikat bila workbook tidak punya tabel skala: "Permendagri 86", "baik", "berhasil"',
    )
    .option(
      '--tanpa-pengaturan',
      'abaikan pengaturan dan koreksi pembacaan yang tersimpan di workbook (dari add-in atau demo)',
    )
    .action(async (masukan: string[], opsi: OpsiCli) => {
      const pesan = pesanHost(opsi.bahasa);
      const skala = opsi.skala ? skalaBawaan(opsi.skala) : undefined;
      if (opsi.skala && !skala) {
        err.write(pesan.skalaTakDikenal(opsi.skala));
        kode = 2;
        return;
      }
      const { berkas, galat, dilewati } = kumpulkanBerkas(masukan, opsi.bahasa);
      for (const alasan of galat) err.write(`sakip: ${alasan}\n`);
      if (berkas.length === 0) {
        if (galat.length === 0) err.write(pesan.tanpaWorkbook);
        // what was skipped, and why, still goes out
        if (dilewati.length)
          out.write(opsi.format === 'json' ? formatJson([], dilewati) : formatTeks([], opsi.bahasa, dilewati));
        kode = 2;
        return;
      }
      // default: one lane per core (the main thread is one of them, see paralel.ts)
      const jalur = opsi.paralel === undefined ? Math.max(1, os.availableParallelism()) : Number(opsi.paralel);
      if (!Number.isInteger(jalur) || jalur < 1) {
        err.write(pesan.paralelSalah(String(opsi.paralel)));
        kode = 2;
        return;
      }
      const opsiBerkas = {
        bahasa: opsi.bahasa,
        skala: opsi.skala,
        keluaran: opsi.keluaran,
        timpa: !!opsi.timpa,
        tanpaPengaturan: !!opsi.tanpaPengaturan,
      };
      const progres = new Progres(err, berkas.length, opsi.bahasa);
      let hasil: HasilBerkas[] = [];
      const skrip = process.argv[1];
      if (jalur > 1 && berkas.length > 1 && skrip && /\.js$/.test(skrip)) {
        hasil = await periksaParalel(skrip, berkas, opsiBerkas, jalur, () => progres.selesai(), periksaBerkas);
      } else {
        for (const namaBerkas of berkas) {
          progres.mulai(namaBerkas);
          hasil.push(await periksaBerkas(namaBerkas, opsiBerkas));
          progres.selesai();
        }
      }
      progres.tutup();
      out.write(opsi.format === 'json' ? formatJson(hasil, dilewati) : formatTeks(hasil, opsi.bahasa, dilewati));
      const gagal = galat.length > 0 || hasil.some((h) => h.error !== null);
      const adaGalat = hasil.some((h) => h.findings.some((f) => f.severity === 'error'));
      kode = gagal ? 2 : adaGalat ? 1 : 0;
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (galat) {
    if (galat instanceof CommanderError) return galat.exitCode === 0 ? 0 : 2;
    err.write(`sakip: ${galat instanceof Error ? galat.message : String(galat)}\n`);
    return 2;
  }
  return kode;
}
