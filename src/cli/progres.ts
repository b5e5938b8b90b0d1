/** One progress bar on stderr while a folder is checked (only on a terminal and for more than one file). */
import cliProgress from 'cli-progress';
import path from 'path';
import type { Bahasa } from '../core/pesan/bahasa';

export class Progres {
  private bar?: cliProgress.SingleBar;
  private n = 0;

  constructor(stream: NodeJS.WritableStream, total: number, bahasa: Bahasa) {
    const tty = (stream as NodeJS.WriteStream).isTTY === true;
    if (!tty || total < 2) return;
    this.bar = new cliProgress.SingleBar(
      {
        stream: stream,
        format: `${bahasa === 'en' ? 'Checking' : 'Memeriksa'} [{bar}] {value}/{total} {berkas}`,
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(total, 0, { berkas: '' });
  }

  mulai(berkas: string): void {
    this.bar?.update(this.n, { berkas: path.basename(berkas) });
  }

  selesai(): void {
    this.n++;
    this.bar?.update(this.n);
  }

  tutup(): void {
    this.bar?.stop();
  }
}
