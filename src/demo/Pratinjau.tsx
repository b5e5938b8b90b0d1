/** The demo's stand-in for Excel's selection: the rows around the selected cell, the cell highlighted. */
import * as React from 'react';
import type ExcelJS from 'exceljs';
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { alamat, namaKolom, parseAlamat } from '../core/grid';
import type { Pilihan } from './host';

const useStyles = makeStyles({
  bungkus: { overflowX: 'auto', maxWidth: '100%' },
  tabel: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  sel: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    maxWidth: '220px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  kepala: { backgroundColor: tokens.colorNeutralBackground3 },
  aktif: { outline: `3px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

function tampil(sel: ExcelJS.Cell): string {
  const v = sel.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    // a formula shows its cached result (`cell.result`: `cell.value` leaves out a result of 0)
    if ('formula' in v || 'sharedFormula' in v) return sel.result === undefined ? '' : tampilHasil(sel.result);
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((x) => x.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}

function tampilHasil(h: NonNullable<ExcelJS.Cell['result']>): string {
  if (typeof h === 'object' && 'error' in h) return String(h.error);
  return String(h);
}

export function Pratinjau({ wb, pilihan }: { wb: ExcelJS.Workbook; pilihan: Pilihan }): JSX.Element | null {
  const s = useStyles();
  const ws = wb.getWorksheet(pilihan.lembar);
  if (!ws) return null;
  const { r, c } = parseAlamat(pilihan.sel);
  const r1 = Math.max(0, r - 5);
  const r2 = r + 5;
  const c2 = Math.max(ws.columnCount - 1, c);
  const baris: number[] = [];
  for (let i = r1; i <= r2; i++) baris.push(i);
  const kolom: number[] = [];
  for (let j = 0; j <= c2; j++) kolom.push(j);
  return (
    <figure style={{ margin: 0 }}>
      <Text weight="semibold" data-testid="sel-terpilih">{`${pilihan.lembar}!${pilihan.sel}`}</Text>
      <Caption1> — {tampil(ws.getCell(pilihan.sel))}</Caption1>
      <div className={s.bungkus}>
        <table className={s.tabel}>
          <thead>
            <tr>
              <th className={`${s.sel} ${s.kepala}`} />
              {kolom.map((j) => (
                <th key={j} className={`${s.sel} ${s.kepala}`}>
                  {namaKolom(j)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {baris.map((i) => (
              <tr key={i}>
                <th className={`${s.sel} ${s.kepala}`}>{i + 1}</th>
                {kolom.map((j) => (
                  <td key={j} className={`${s.sel} ${i === r && j === c ? s.aktif : ''}`} title={alamat(i, j)}>
                    {tampil(ws.getCell(i + 1, j + 1))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
