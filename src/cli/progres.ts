/** One progress bar on stderr while a folder is checked (only on a terminal and for more than one file). */
import cliProgress from 'cli-progress';
import path from 'path';
import type { Bahasa } from '../core/pesan/bahasa';
import { pesanHost } from '../core/pesan/host';

export class Progres {
  private bar?: cliProgress.SingleBar;
  private jumlahSelesai = 0;

  constructor(stream: NodeJS.WritableStream, total: number, bahasa: Bahasa) {
    const tty = (stream as NodeJS.WriteStream).isTTY === true;
    if (!tty || total < 2) return;
    this.bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${pesanHost(bahasa).memeriksa} [{bar}] {value}/{total} {berkas}`,
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(total, 0, { berkas: '' });
  }

  mulai(berkas: string): void {
    this.bar?.update(this.jumlahSelesai, { berkas: path.basename(berkas) });
  }

  selesai(): void {
    this.jumlahSelesai++;
    this.bar?.update(this.jumlahSelesai);
  }

  tutup(): void {
    this.bar?.stop();
  }
}
