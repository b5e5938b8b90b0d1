/**
 * Replays one zoo case outside fast-check, for minimising a failure: the tables as read (columns with their
 * roles, rows with kind, level and parent), the table summaries and the findings.
 *
 *   ZOO_DUMP=/tmp/kasus.json SAKIP_LEWATI_BUILD=1 npx jest test/zoo   # a failing case is written there
 *   npx ts-node --transpile-only test/zoo/putar.ts /tmp/kasus.json      # edit the JSON, replay, repeat
 */
import fs from 'fs';
import { bacaKembali, ZLembar } from './inti';
import { periksaWorkbook } from '../../src/core/periksa';

async function utama(file: string): Promise<void> {
  const spec = JSON.parse(fs.readFileSync(file, 'utf8')) as { lembar: ZLembar[]; opsi?: object };
  const h = periksaWorkbook(await bacaKembali(spec.lembar), spec.opsi ?? {});
  for (const t of h.tabel) {
    console.log(t.id, t.jenis, 'hierarki', t.hierarki, 'header', t.barisHeader, 'satuan', t.barisSatuan);
    for (const k of t.kolom)
      console.log('  kolom', k.c, JSON.stringify(k.judul), k.peran, k.nilai ?? '', k.agregasi ?? '');
    for (const b of t.baris)
      console.log(
        '  baris',
        b.r + 1,
        b.jenis,
        'level',
        b.level,
        'induk',
        b.induk == null ? '-' : b.induk + 1,
        JSON.stringify(b.nama),
      );
  }
  console.log(JSON.stringify(h.tables));
  for (const f of h.findings) console.log(f.rule, f.severity, f.cell, f.message);
}

if (require.main === module) void utama(process.argv[2]);
