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
  const cocok = /\.(0+)/.exec(fmt.split(';')[0]);
  return cocok ? cocok[1].length : /0/.test(fmt) ? 0 : null;
}

/** A cell as the preview shows it, in the page's language. */
export function tampilSel(sel: ExcelJS.Cell | undefined, bahasa: Bahasa): { teks: string; angka: boolean } {
  if (!sel) return { teks: '', angka: false };
  let nilai: unknown = sel.value;
  if (nilai && typeof nilai === 'object') {
    // a formula shows its cached result (`cell.result`: `cell.value` leaves out a result of 0)
    if ('formula' in nilai || 'sharedFormula' in nilai) nilai = sel.result ?? '';
    else if ('result' in nilai) nilai = (nilai as ExcelJS.CellFormulaValue).result ?? '';
    else if ('richText' in nilai) nilai = (nilai as ExcelJS.CellRichTextValue).richText.map((x) => x.text).join('');
    else if ('text' in nilai) nilai = (nilai as ExcelJS.CellHyperlinkValue).text;
    else if ('error' in nilai) nilai = (nilai as ExcelJS.CellErrorValue).error;
  }
  if (nilai && typeof nilai === 'object' && 'error' in nilai) nilai = (nilai as { error: string }).error;
  if (nilai === null || nilai === undefined) return { teks: '', angka: false };
  if (nilai instanceof Date)
    return { teks: nilai.toLocaleDateString(bahasa === 'en' ? 'en-GB' : 'id-ID'), angka: false };
  if (typeof nilai === 'number') {
    const fmt = sel.numFmt;
    const desimal = desimalFormat(fmt);
    if (fmt && /%/.test(fmt)) return { teks: `${formatTetap(nilai * 100, bahasa, desimal ?? 0)} %`, angka: true };
    return {
      teks: desimal === null ? formatAngka(nilai, bahasa, 6) : formatTetap(nilai, bahasa, desimal),
      angka: true,
    };
  }
  return { teks: teksNilai(nilai), angka: false };
}

export function Pratinjau({
  wb,
  pilihan,
  katalog,
  bahasa,
}: {
  wb: ExcelJS.Workbook;
  pilihan: Pilihan;
  katalog: Teks;
  bahasa: Bahasa;
}): JSX.Element | null {
  const gaya = useStyles();
  const aktif = React.useRef<HTMLTableCellElement>(null);
  // every selection (also the same cell again) brings the preview into view, the cell in the middle
  React.useEffect(() => {
    aktif.current?.scrollIntoView({ block: 'center', inline: 'center', behavior: 'auto' });
  }, [pilihan]);
  const ws = wb.getWorksheet(pilihan.lembar);
  if (!ws) return null;
  const { r: nomorBaris, c: nomorKolom } = parseAlamat(pilihan.sel);
  const r1 = Math.max(0, nomorBaris - SEKITAR);
  const r2 = Math.min(Math.max(ws.rowCount - 1, nomorBaris), nomorBaris + SEKITAR);
  const c1 = Math.max(0, Math.min(nomorKolom - KOLOM_MAKS / 2, Math.max(ws.columnCount, nomorKolom + 1) - KOLOM_MAKS));
  const c2 = Math.min(Math.max(ws.columnCount - 1, nomorKolom), c1 + KOLOM_MAKS - 1);
  const baris: number[] = [];
  for (let indeksBaris = r1; indeksBaris <= r2; indeksBaris++) baris.push(indeksBaris);
  const kolom: number[] = [];
  for (let indeksKolom = c1; indeksKolom <= c2; indeksKolom++) kolom.push(indeksKolom);
  const ref = `${pilihan.lembar}!${pilihan.sel}`;
  return (
    <figure className={gaya.figur} data-testid="pratinjau">
      <Text weight="semibold" as="h2" size={400}>
        {katalog.demo.pratinjau}
      </Text>
      <div>
        <Text weight="semibold" data-testid="sel-terpilih">
          {ref}
        </Text>
        <Caption1> — {tampilSel(ws.getCell(pilihan.sel), bahasa).teks}</Caption1>
      </div>
      <div className={gaya.bungkus} tabIndex={0} role="region" aria-label={katalog.demo.wilayahPratinjau(ref)}>
        <table className={gaya.tabel}>
          <thead>
            <tr>
              <th className={mergeClasses(gaya.sel, gaya.kepala)} scope="col">
                <span aria-hidden="true">#</span>
              </th>
              {kolom.map((j) => (
                <th key={j} className={mergeClasses(gaya.sel, gaya.kepala)} scope="col">
                  {namaKolom(j)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {baris.map((i) => (
              <tr key={i}>
                <th className={mergeClasses(gaya.sel, gaya.kepala)} scope="row" style={{ position: 'static' }}>
                  {i + 1}
                </th>
                {kolom.map((indeksKolom) => {
                  const tampil = tampilSel(ws.getCell(i + 1, indeksKolom + 1), bahasa);
                  const dipilih = i === nomorBaris && indeksKolom === nomorKolom;
                  return (
                    <td
                      key={indeksKolom}
                      ref={dipilih ? aktif : undefined}
                      className={mergeClasses(gaya.sel, tampil.angka && gaya.angka, dipilih && gaya.aktif)}
                      title={alamat(i, indeksKolom)}
                      aria-current={dipilih ? 'true' : undefined}
                      data-sel={dipilih ? 'aktif' : undefined}
                    >
                      {tampil.teks}
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
