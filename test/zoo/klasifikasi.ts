/**
 * Which known engine failures (DIKETAHUI in inti.ts, /work/zoo-laporan.md) still fail: samples N cases of every
 * zoo generator, holds the tagged ones to the full properties, and prints, per combination of tags and per
 * property (bersih = clean, tanam = planted), how many pass and one failing example. A tag whose cases all pass
 * is a candidate for `diperbaiki: true`.
 *
 *   npx ts-node --transpile-only test/zoo/klasifikasi.ts 120
 */
import fc from 'fast-check';
import { harusBersih, harusSatu, Kasus, periksaKasus } from './inti';
import { arbAnggaran, arbPilihTanam, bangunAnggaran } from './anggaran';
import { arbOpsiCapaian, bangunCapaian } from './capaian';
import * as g from './gabungan';
import * as e from './ekspor';
const gens: [string, fc.Arbitrary<unknown>, (o: never, t?: never) => Kasus][] = [
  ['anggaran', arbAnggaran, bangunAnggaran],
  ['capaian', arbOpsiCapaian, bangunCapaian],
  ['gabungan', g.arbGabungan, g.bangunGabungan],
  ['progkeg', g.arbProgKeg, g.bangunProgKeg],
  ['komponen', g.arbKomponen, g.bangunKomponen],
  ['efisiensi', g.arbEfisiensi, g.bangunEfisiensi],
  ['matriks', e.arbMatriks, e.bangunMatriks],
  ['jenis', e.arbJenisBelanja, e.bangunJenisBelanja],
  ['bulanan', e.arbBulanan, e.bangunBulanan],
  ['perubahan', e.arbPerubahan, e.bangunPerubahan],
];
async function utama(): Promise<void> {
  const n = Number(process.argv[2] ?? 150);
  const stat: Record<string, { ok: number; gagal: number; contoh?: string }> = {};
  for (const [nama, arb, bangun] of gens) {
    for (const [o, t] of fc.sample(fc.tuple(arb, arbPilihTanam), n)) {
      for (const mode of ['bersih', 'tanam'] as const) {
        const k = mode === 'bersih' ? bangun(o as never) : bangun(o as never, t as never);
        if (mode === 'tanam' && !k.tanam) continue;
        const ids = k.diketahui ?? [];
        if (!ids.length) continue;
        const h = await periksaKasus(k);
        let ok = true;
        let pesan = '';
        try {
          if (mode === 'bersih') harusBersih(k, h);
          else harusSatu(k, h);
        } catch (err) {
          ok = false;
          pesan = String((err as Error).message)
            .split('\n')
            .slice(0, 3)
            .join(' | ');
        }
        const key = `${ids.slice().sort().join('+')} [${mode}]`;
        const s = (stat[key] ??= { ok: 0, gagal: 0 });
        if (ok) s.ok++;
        else {
          s.gagal++;
          s.contoh ??= `${nama}: ${pesan.slice(0, 300)}`;
        }
      }
    }
  }
  for (const [k, v] of Object.entries(stat).sort())
    console.log(k, 'ok', v.ok, 'gagal', v.gagal, v.contoh ? '\n      ' + v.contoh : '');
}

if (require.main === module) void utama();
