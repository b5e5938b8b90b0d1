/**
 * The demo's stand-in for Excel's selection: a window of the sheet around the selected cell, scrolled so
 * the cell is in the middle and highlighted, with numbers shown the Indonesian way (16.843.500; 86 %). A
 * table chosen in the reading view shows from its top, its range highlighted, each column coloured and
 * named by its role and each row that is not plain data named by its kind. Dragging over cells picks a
 * range for "Ini tabel" (typing the range in the pane does the same from the keyboard).
 */
import * as React from 'react';
import type ExcelJS from 'exceljs';
import { Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { alamat, alamatRentang, namaKolom, parseAlamat, parseRentang, type Rentang } from '../core/grid';
import type { Peran, Tabel } from '../core/model';
import type { RentangTerpilih } from '../taskpane/host';
import { barisInduk, jenisTampil } from '../taskpane/bacaan';
import type { Bahasa } from '../core/pesan/bahasa';
import type { Pilihan } from './host';
import type { Teks } from '../taskpane/teks';
import { formatAngka, formatTetap } from '../taskpane/format';

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
  dalamTabel: { boxShadow: `inset 0 0 0 1px ${tokens.colorBrandStroke2}` },
  dipilih: {
    outline: `2px dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
  },
  peran: { fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase100, whiteSpace: 'nowrap' },
  jenisBaris: { display: 'block', fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase100 },
  legenda: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  contoh: {
    display: 'inline-block',
    width: '12px',
    height: '12px',
    marginRight: tokens.spacingHorizontalXXS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: 'middle',
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
/** Rows of a chosen table shown from its top (the reading view pages through the rest). */
const BARIS_TABEL = 40;

/** Column roles in groups, one colour each (the role's name is written under the column letter too). */
const GRUP_PERAN: { grup: string; warna: string; peran: Peran[] }[] = [
  {
    grup: 'label',
    warna: tokens.colorPaletteSteelBackground2,
    peran: ['no', 'kode', 'uraian', 'sasaran', 'indikator', 'satuan', 'polaritas'],
  },
  {
    grup: 'kinerja',
    warna: tokens.colorPaletteBlueBackground2,
    peran: ['target', 'realisasi', 'capaian', 'kemajuan', 'realisasi-persen'],
  },
  {
    grup: 'uang',
    warna: tokens.colorPaletteGreenBackground2,
    peran: ['pagu', 'realisasi-anggaran', 'sisa', 'bulan', 'perubahan'],
  },
  {
    grup: 'persen',
    warna: tokens.colorPalettePurpleBackground2,
    peran: ['penyerapan', 'efisiensi', 'persen-perubahan', 'persen-sisa', 'bobot'],
  },
  { grup: 'predikat', warna: tokens.colorPaletteMarigoldBackground2, peran: ['predikat', 'interval'] },
  { grup: 'angka', warna: tokens.colorPaletteTealBackground2, peran: ['jumlah-kolom', 'angka'] },
];

export function warnaPeran(p: Peran): string | undefined {
  return GRUP_PERAN.find((g) => g.peran.includes(p))?.warna;
}
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
  if (v && typeof v === 'object' && 'error' in (v as object)) v = (v as { error: string }).error;
  if (v === null || v === undefined) return { teks: '', angka: false };
  if (v instanceof Date) return { teks: v.toLocaleDateString(bahasa === 'en' ? 'en-GB' : 'id-ID'), angka: false };
  if (typeof v === 'number') {
    const fmt = c.numFmt;
    const d = desimalFormat(fmt);
    if (fmt && /%/.test(fmt)) return { teks: `${formatTetap(v * 100, bahasa, d ?? 0)} %`, angka: true };
    return { teks: d === null ? formatAngka(v, bahasa, 6) : formatTetap(v, bahasa, d), angka: true };
  }
  return { teks: String(v), angka: false };
}

export function Pratinjau({
  wb,
  pilihan,
  t,
  bahasa,
  tabel,
  onPilihRentang,
}: {
  wb: ExcelJS.Workbook;
  pilihan: Pilihan;
  t: Teks;
  bahasa: Bahasa;
  /** The table as read when the selection is a table's range (colours its roles and row kinds). */
  tabel?: Tabel;
  /** The range the user dragged over (null when the pick is cleared). */
  onPilihRentang?: (p: RentangTerpilih | null) => void;
}): JSX.Element | null {
  const s = useStyles();
  const aktif = React.useRef<HTMLTableCellElement>(null);
  const kotak = React.useRef<HTMLDivElement>(null);
  const [seret, setSeret] = React.useState<{ a: { r: number; c: number }; b: { r: number; c: number } } | null>(null);
  const [menyeret, setMenyeret] = React.useState(false);
  React.useEffect(() => {
    setSeret(null);
    if (pilihan.rentang) {
      // a table shows from its top-left corner
      if (kotak.current) kotak.current.scrollTo?.({ top: 0, left: 0 });
      aktif.current?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'auto' });
    }
    // every selection (also the same cell again) brings the preview into view, the cell in the middle
    else aktif.current?.scrollIntoView({ block: 'center', inline: 'center', behavior: 'auto' });
  }, [pilihan]);
  const ws = wb.getWorksheet(pilihan.lembar);
  if (!ws) return null;
  const { r, c } = parseAlamat(pilihan.sel);
  const rt: Rentang | null = pilihan.rentang ? parseRentang(pilihan.rentang) : null;
  let r1: number, r2: number, c1: number, c2: number;
  if (rt) {
    r1 = Math.max(0, rt.r1 - 1);
    r2 = Math.min(rt.r2 + 1, rt.r1 + BARIS_TABEL);
    c1 = Math.max(0, rt.c1 - 1);
    c2 = Math.min(rt.c2 + 1, c1 + KOLOM_MAKS - 1);
  } else {
    r1 = Math.max(0, r - SEKITAR);
    r2 = Math.min(Math.max(ws.rowCount - 1, r), r + SEKITAR);
    c1 = Math.max(0, Math.min(c - KOLOM_MAKS / 2, Math.max(ws.columnCount, c + 1) - KOLOM_MAKS));
    c2 = Math.min(Math.max(ws.columnCount - 1, c), c1 + KOLOM_MAKS - 1);
  }
  const baris: number[] = [];
  for (let i = r1; i <= r2; i++) baris.push(i);
  const kolom: number[] = [];
  for (let j = c1; j <= c2; j++) kolom.push(j);
  const ref = `${pilihan.lembar}!${pilihan.rentang ?? pilihan.sel}`;
  const peranKolom = new Map(tabel?.kolom.map((k) => [k.c, k.peran]) ?? []);
  const induk = tabel ? barisInduk(tabel) : new Set<number>();
  const jenisBaris = new Map(tabel?.baris.map((b) => [b.r, jenisTampil(b, induk)]) ?? []);
  const dalam = (i: number, j: number) => !!rt && i >= rt.r1 && i <= rt.r2 && j >= rt.c1 && j <= rt.c2;
  const pilih = seret && {
    r1: Math.min(seret.a.r, seret.b.r),
    r2: Math.max(seret.a.r, seret.b.r),
    c1: Math.min(seret.a.c, seret.b.c),
    c2: Math.max(seret.a.c, seret.b.c),
  };
  const dipilih = (i: number, j: number) => !!pilih && i >= pilih.r1 && i <= pilih.r2 && j >= pilih.c1 && j <= pilih.c2;
  const selesaiSeret = () => {
    setMenyeret(false);
    if (pilih) onPilihRentang?.({ lembar: pilihan.lembar, rentang: alamatRentang(pilih) });
  };
  const grupAda = GRUP_PERAN.filter((g) => g.peran.some((p) => [...peranKolom.values()].includes(p)));
  return (
    <figure className={s.figur} data-testid="pratinjau">
      <Text weight="semibold" as="h2" size={400}>
        {t.demo.pratinjau}
      </Text>
      <div>
        <Text weight="semibold" data-testid="sel-terpilih">
          {ref}
        </Text>
        {!rt && <Caption1> — {tampilSel(ws.getCell(pilihan.sel), bahasa).teks}</Caption1>}
        {tabel?.judul && <Caption1> — {tabel.judul}</Caption1>}
      </div>
      {grupAda.length > 0 && (
        <ul className={s.legenda} aria-label={t.demo.peranDiPratinjau} data-testid="legenda-peran">
          {grupAda.map((g) => (
            <li key={g.grup}>
              <span className={s.contoh} style={{ backgroundColor: g.warna }} aria-hidden="true" />
              {g.peran
                .filter((p) => [...peranKolom.values()].includes(p))
                .map((p) => t.bacaan.peran[p])
                .join(', ')}
            </li>
          ))}
        </ul>
      )}
      <div
        ref={kotak}
        className={s.bungkus}
        tabIndex={0}
        role="region"
        aria-label={rt ? t.demo.wilayahTabel(ref) : t.demo.wilayahPratinjau(ref)}
        onPointerUp={selesaiSeret}
        onPointerLeave={() => menyeret && selesaiSeret()}
      >
        <table className={s.tabel} style={menyeret ? { userSelect: 'none' } : undefined}>
          <thead>
            <tr>
              <th className={mergeClasses(s.sel, s.kepala)} scope="col">
                <span aria-hidden="true">#</span>
              </th>
              {kolom.map((j) => {
                const p = peranKolom.get(j);
                return (
                  <th
                    key={j}
                    className={mergeClasses(s.sel, s.kepala)}
                    scope="col"
                    style={p && warnaPeran(p) ? { backgroundColor: warnaPeran(p) } : undefined}
                    data-peran={p}
                  >
                    {namaKolom(j)}
                    {p && <span className={s.jenisBaris}>{t.bacaan.peran[p]}</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {baris.map((i) => {
              const jb = jenisBaris.get(i);
              return (
                <tr key={i}>
                  <th className={mergeClasses(s.sel, s.kepala)} scope="row" style={{ position: 'static' }}>
                    {i + 1}
                    {jb && jb !== 'data' && <span className={s.jenisBaris}>{t.bacaan.jenisBarisNama[jb]}</span>}
                  </th>
                  {kolom.map((j) => {
                    const x = tampilSel(ws.getCell(i + 1, j + 1), bahasa);
                    const sasaran = !rt && i === r && j === c;
                    const p = dalam(i, j) ? peranKolom.get(j) : undefined;
                    return (
                      <td
                        key={j}
                        ref={sasaran || (rt && i === rt.r1 && j === rt.c1) ? aktif : undefined}
                        className={mergeClasses(
                          s.sel,
                          x.angka && s.angka,
                          dalam(i, j) && s.dalamTabel,
                          sasaran && s.aktif,
                          dipilih(i, j) && s.dipilih,
                        )}
                        style={p && warnaPeran(p) ? { backgroundColor: warnaPeran(p) } : undefined}
                        title={alamat(i, j)}
                        aria-current={sasaran ? 'true' : undefined}
                        data-sel={sasaran ? 'aktif' : dalam(i, j) ? 'tabel' : undefined}
                        onPointerDown={(e) => {
                          if (!onPilihRentang || e.button !== 0) return;
                          setMenyeret(true);
                          setSeret({ a: { r: i, c: j }, b: { r: i, c: j } });
                        }}
                        onPointerEnter={() => {
                          if (menyeret) setSeret((x) => x && { a: x.a, b: { r: i, c: j } });
                        }}
                      >
                        {x.teks}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {onPilihRentang && (
        <Caption1 data-testid="pilihan-pratinjau" aria-live="polite">
          {pilih ? t.demo.pilihanPratinjau(`${pilihan.lembar}!${alamatRentang(pilih)}`) : t.demo.petunjukPilih}
        </Caption1>
      )}
    </figure>
  );
}
