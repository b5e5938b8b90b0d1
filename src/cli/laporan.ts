/** CLI output: the DOMAIN.md JSON document, or readable text grouped by file and sheet. */
import type { Temuan } from '../core/model';
import type { RingkasanTabel } from '../core/periksa';
import type { Bahasa } from '../core/pesan/bahasa';
import { labelTingkat } from '../core/laporan';
import { katalog } from '../core/pesan/aturan';
import { pesanHost } from '../core/pesan/host';

export interface HasilBerkas {
  file: string;
  path: string;
  tables: RingkasanTabel[];
  findings: Temuan[];
  error: string | null;
  /** The file asks to be calculated on opening (fullCalcOnLoad): its cached formula results may be placeholders. */
  belumDihitung?: boolean;
  keluaran?: string;
  /** What the annotated copy shows where the add-in is not installed (SAKIP.* formulas), when it holds any. */
  catatanKeluaran?: string;
}

/** A file found in a folder that is not a workbook this checks (.ods, .csv, .numbers ...), and why. */
export interface BerkasDilewati {
  file: string;
  reason: string;
}

/**
 * The DOMAIN.md document. Two additions appear only when they apply: `"calculated": false` (after `tables`)
 * for a workbook saved without calculated formula results (XlsxWriter, openpyxl), and a top-level `skipped`
 * list of the files in the given folders that are not workbooks this checks.
 */
export function formatJson(hasil: HasilBerkas[], dilewati: BerkasDilewati[] = []): string {
  const doc = {
    version: 1,
    files: hasil.map((h) => ({
      file: h.file,
      tables: h.tables.map((t) => ({
        sheet: t.sheet,
        range: t.range,
        kind: t.kind,
        rows: t.rows,
        checked: t.checked,
        ...(t.checked ? { verified: t.verified ?? 0 } : { reason: t.reason ?? '' }),
      })),
      ...(h.belumDihitung ? { calculated: false } : {}),
      findings: h.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        sheet: f.sheet,
        cell: f.cell,
        message: f.message,
        stated: f.stated,
        expected: f.expected,
      })),
      error: h.error,
    })),
    ...(dilewati.length ? { skipped: dilewati.map((d) => ({ file: d.file, reason: d.reason })) } : {}),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

function hitung(fs: Temuan[]): Record<Temuan['severity'], number> {
  const jumlah = { error: 0, warning: 0, info: 0 };
  for (const temuan of fs) jumlah[temuan.severity]++;
  return jumlah;
}

export function formatTeks(hasil: HasilBerkas[], bahasa: Bahasa, dilewati: BerkasDilewati[] = []): string {
  const pesan = pesanHost(bahasa);
  const baris: string[] = [];
  for (const hasilBerkas of hasil) {
    if (hasilBerkas.error && hasilBerkas.tables.length === 0) {
      baris.push(`✗ ${hasilBerkas.file}: ${hasilBerkas.error}`, '');
      continue;
    }
    const jumlah = hitung(hasilBerkas.findings);
    baris.push(
      pesan.kepalaBerkas(hasilBerkas.file, hasilBerkas.tables.length, hasilBerkas.findings.length) +
        `(${jumlah.error} ${labelTingkat('error', bahasa)}, ${jumlah.warning} ${labelTingkat('warning', bahasa)}, ${jumlah.info} info)`,
    );
    if (hasilBerkas.error) baris.push(`  ✗ ${hasilBerkas.error}`);
    if (hasilBerkas.belumDihitung) baris.push(`  ! ${katalog(bahasa).belumDihitung()}`);
    // tables the reading could not check with confidence are said plainly, never shown as errors
    const belum = hasilBerkas.tables.filter((x) => !x.checked && x.kind !== 'lain' && x.kind !== 'skala');
    for (const ringkasan of belum)
      baris.push(`  ? ${ringkasan.sheet}!${ringkasan.range}: ${pesan.belumDiperiksa}: ${ringkasan.reason ?? ''}`);
    const diperiksa = hasilBerkas.tables.filter((x) => x.checked);
    if (diperiksa.length)
      baris.push(
        pesan.tabelDiperiksa(
          diperiksa.length,
          diperiksa.reduce((a, x) => a + (x.verified ?? 0), 0),
        ),
      );
    let lembar = '';
    for (const temuan of hasilBerkas.findings) {
      if (temuan.sheet !== lembar) {
        lembar = temuan.sheet;
        baris.push(`  ${lembar}`);
      }
      baris.push(
        `    ${temuan.cell.padEnd(6)} ${labelTingkat(temuan.severity, bahasa).padEnd(10)} ${temuan.rule.padEnd(13)} ${temuan.message}`,
      );
    }
    if (hasilBerkas.findings.length === 0) baris.push(pesan.tanpaTemuan);
    if (hasilBerkas.keluaran) baris.push(pesan.salinanBertanda(hasilBerkas.keluaran));
    if (hasilBerkas.catatanKeluaran) baris.push(`  ${hasilBerkas.catatanKeluaran}`);
    baris.push('');
  }
  if (dilewati.length) {
    baris.push(pesan.judulDilewati);
    for (const lewat of dilewati) baris.push(`  - ${lewat.file}: ${lewat.reason}`);
    baris.push('');
  }
  const total = hasil.reduce((a, h) => a + h.findings.length, 0);
  const gagal = hasil.filter((h) => h.error).length;
  baris.push(pesan.totalCli(hasil.length, total, gagal, dilewati.length));
  return baris.join('\n') + '\n';
}
