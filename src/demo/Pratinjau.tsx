/**
 * The demo's stand-in for Excel's selection: a window of the sheet around the selected cell, scrolled so
 * the cell is in the middle and highlighted, with numbers shown the Indonesian way (16.843.500; 86 %).
 */
import * as React from 'react';
import type ExcelJS from 'exceljs';
import { Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { alamat, namaKolom, parseAlamat } from '../core/grid';
import type { Bahasa } from '../core/pesan/bahasa';
import type { Pilihan } from './host';
import type { Teks } from '../taskpane/teks';
import { formatAngka, formatTetap } from '../taskpane/format';
import { teksNilai } from '../xlsx/baca';

const useStyles = makeStyles({
  figur: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  bungkus: {
    overflow: 'auto',
    maxWidth: '100%',
    maxHeight: '60vh',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  tabel: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  sel: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    maxWidth: '220px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  angka: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  kepala: {
    backgroundColor: tokens.colorNeutralBackground3,
    position: 'sticky',
    top: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  aktif: {
    outline: `3px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-3px',
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Rows shown above and below the selected cell. */
const SEKITAR = 15;
/** Columns shown at most (a 16 384-column sheet must not render them all). */
const KOLOM_MAKS = 40;

/** Decimals a number format shows ("#,##0.00" → 2), or null when it does not say. */
function desimalFormat(fmt: string | undefined): number | null {
  if (!fmt || fmt === 'General') return null;
  const m = /\.(0+)/.exec(fmt.split(';')[0]);
  return m ? m[1].length : /0/.test(fmt) ? 0 : null;
}

/** A cell as the preview shows it, in the page's language. */
export function tampilSel(c: ExcelJS.Cell | undefined, bahasa: Bahasa): { teks: string; angka: boolean } {
  if (!c) return { teks: '', angka: false };
  let v: unknown = c.value;
  if (v && typeof v === 'object') {
    // a formula shows its cached result (`cell.result`: `cell.value` leaves out a result of 0)
    if ('formula' in v || 'sharedFormula' in v) v = c.result ?? '';
    else if ('result' in v) v = (v as ExcelJS.CellFormulaValue).result ?? '';
    else if ('richText' in v) v = (v as ExcelJS.CellRichTextValue).richText.map((x) => x.text).join('');
    else if ('text' in v) v = (v as ExcelJS.CellHyperlinkValue).text;
    else if ('error' in v) v = (v as ExcelJS.CellErrorValue).error;
  }
  if (v && typeof v === 'object' && 'error' in v) v = (v as { error: string }).error;
  if (v === null || v === undefined) return { teks: '', angka: false };
  if (v instanceof Date) return { teks: v.toLocaleDateString(bahasa === 'en' ? 'en-GB' : 'id-ID'), angka: false };
  if (typeof v === 'number') {
    const fmt = c.numFmt;
    const d = desimalFormat(fmt);
    if (fmt && /%/.test(fmt)) return { teks: `${formatTetap(v * 100, bahasa, d ?? 0)} %`, angka: true };
    return { teks: d === null ? formatAngka(v, bahasa, 6) : formatTetap(v, bahasa, d), angka: true };
  }
  return { teks: teksNilai(v), angka: false };
}

export function Pratinjau({
  wb,
  pilihan,
  t,
  bahasa,
}: {
  wb: ExcelJS.Workbook;
  pilihan: Pilihan;
  t: Teks;
  bahasa: Bahasa;
}): JSX.Element | null {
  const s = useStyles();
  const aktif = React.useRef<HTMLTableCellElement>(null);
  // every selection (also the same cell again) brings the preview into view, the cell in the middle
  React.useEffect(() => {
    aktif.current?.scrollIntoView({ block: 'center', inline: 'center', behavior: 'auto' });
  }, [pilihan]);
  const ws = wb.getWorksheet(pilihan.lembar);
  if (!ws) return null;
  const { r, c } = parseAlamat(pilihan.sel);
  const r1 = Math.max(0, r - SEKITAR);
  const r2 = Math.min(Math.max(ws.rowCount - 1, r), r + SEKITAR);
  const c1 = Math.max(0, Math.min(c - KOLOM_MAKS / 2, Math.max(ws.columnCount, c + 1) - KOLOM_MAKS));
  const c2 = Math.min(Math.max(ws.columnCount - 1, c), c1 + KOLOM_MAKS - 1);
  const baris: number[] = [];
  for (let i = r1; i <= r2; i++) baris.push(i);
  const kolom: number[] = [];
  for (let j = c1; j <= c2; j++) kolom.push(j);
  const ref = `${pilihan.lembar}!${pilihan.sel}`;
  return (
    <figure className={s.figur} data-testid="pratinjau">
      <Text weight="semibold" as="h2" size={400}>
        {t.demo.pratinjau}
      </Text>
      <div>
        <Text weight="semibold" data-testid="sel-terpilih">
          {ref}
        </Text>
        <Caption1> — {tampilSel(ws.getCell(pilihan.sel), bahasa).teks}</Caption1>
      </div>
      <div className={s.bungkus} tabIndex={0} role="region" aria-label={t.demo.wilayahPratinjau(ref)}>
        <table className={s.tabel}>
          <thead>
            <tr>
              <th className={mergeClasses(s.sel, s.kepala)} scope="col">
                <span aria-hidden="true">#</span>
              </th>
              {kolom.map((j) => (
                <th key={j} className={mergeClasses(s.sel, s.kepala)} scope="col">
                  {namaKolom(j)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {baris.map((i) => (
              <tr key={i}>
                <th className={mergeClasses(s.sel, s.kepala)} scope="row" style={{ position: 'static' }}>
                  {i + 1}
                </th>
                {kolom.map((j) => {
                  const x = tampilSel(ws.getCell(i + 1, j + 1), bahasa);
                  const dipilih = i === r && j === c;
                  return (
                    <td
                      key={j}
                      ref={dipilih ? aktif : undefined}
                      className={mergeClasses(s.sel, x.angka && s.angka, dipilih && s.aktif)}
                      title={alamat(i, j)}
                      aria-current={dipilih ? 'true' : undefined}
                      data-sel={dipilih ? 'aktif' : undefined}
                    >
                      {x.teks}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
