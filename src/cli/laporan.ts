/** CLI output: the DOMAIN.md JSON document, or readable text grouped by file and sheet. */
import type { Temuan } from '../core/model';
import type { RingkasanTabel } from '../core/periksa';
import type { Bahasa } from '../core/checks/konteks';
import { labelTingkat } from '../xlsx/tandai';

export interface HasilBerkas {
  file: string;
  path: string;
  tables: RingkasanTabel[];
  findings: Temuan[];
  error: string | null;
  keluaran?: string;
}

export function formatJson(hasil: HasilBerkas[]): string {
  const doc = {
    version: 1,
    files: hasil.map((h) => ({
      file: h.file,
      tables: h.tables.map((t) => ({ sheet: t.sheet, range: t.range, kind: t.kind, rows: t.rows })),
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
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

function hitung(fs: Temuan[]): Record<Temuan['severity'], number> {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of fs) n[f.severity]++;
  return n;
}

export function formatTeks(hasil: HasilBerkas[], bahasa: Bahasa): string {
  const t = (id: string, en: string) => (bahasa === 'en' ? en : id);
  const baris: string[] = [];
  for (const h of hasil) {
    if (h.error && h.tables.length === 0) {
      baris.push(`✗ ${h.file}: ${h.error}`, '');
      continue;
    }
    const n = hitung(h.findings);
    baris.push(
      `${h.file} — ${h.tables.length} ${t('tabel', 'tables')}, ${h.findings.length} ${t('temuan', 'findings')} ` +
        `(${n.error} ${labelTingkat('error', bahasa)}, ${n.warning} ${labelTingkat('warning', bahasa)}, ${n.info} info)`,
    );
    if (h.error) baris.push(`  ✗ ${h.error}`);
    let lembar = '';
    for (const f of h.findings) {
      if (f.sheet !== lembar) {
        lembar = f.sheet;
        baris.push(`  ${lembar}`);
      }
      baris.push(
        `    ${f.cell.padEnd(6)} ${labelTingkat(f.severity, bahasa).padEnd(10)} ${f.rule.padEnd(13)} ${f.message}`,
      );
    }
    if (h.findings.length === 0)
      baris.push(
        t(
          '  Tidak ada temuan: semua angka yang diperiksa konsisten.',
          '  No findings: every figure checked is consistent.',
        ),
      );
    if (h.keluaran) baris.push(t(`  Salinan bertanda: ${h.keluaran}`, `  Annotated copy: ${h.keluaran}`));
    baris.push('');
  }
  const total = hasil.reduce((a, h) => a + h.findings.length, 0);
  const gagal = hasil.filter((h) => h.error).length;
  baris.push(
    t(
      `${hasil.length} workbook diperiksa, ${total} temuan${gagal ? `, ${gagal} gagal dibaca` : ''}.`,
      `${hasil.length} workbook(s) checked, ${total} findings${gagal ? `, ${gagal} could not be read` : ''}.`,
    ),
  );
  return baris.join('\n') + '\n';
}
