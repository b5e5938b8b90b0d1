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

export function warnaPeran(peran: Peran): string | undefined {
  return GRUP_PERAN.find((g) => g.peran.includes(peran))?.warna;
}
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
  tabel,
  onPilihRentang,
}: {
  wb: ExcelJS.Workbook;
  pilihan: Pilihan;
  katalog: Teks;
  bahasa: Bahasa;
  /** The table as read when the selection is a table's range (colours its roles and row kinds). */
  tabel?: Tabel;
  /** The range the user dragged over (null when the pick is cleared). */
  onPilihRentang?: (rentang: RentangTerpilih | null) => void;
}): JSX.Element | null {
  const gaya = useStyles();
  const aktif = React.useRef<HTMLTableCellElement>(null);
  const kotak = React.useRef<HTMLDivElement>(null);
  const [seret, setSeret] = React.useState<{ awal: { r: number; c: number }; akhir: { r: number; c: number } } | null>(
    null,
  );
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
  const { r: nomorBaris, c: nomorKolom } = parseAlamat(pilihan.sel);
  const rentangTabel: Rentang | null = pilihan.rentang ? parseRentang(pilihan.rentang) : null;
  let r1: number, r2: number, c1: number, c2: number;
  if (rentangTabel) {
    r1 = Math.max(0, rentangTabel.r1 - 1);
    r2 = Math.min(rentangTabel.r2 + 1, rentangTabel.r1 + BARIS_TABEL);
    c1 = Math.max(0, rentangTabel.c1 - 1);
    c2 = Math.min(rentangTabel.c2 + 1, c1 + KOLOM_MAKS - 1);
  } else {
    r1 = Math.max(0, nomorBaris - SEKITAR);
    r2 = Math.min(Math.max(ws.rowCount - 1, nomorBaris), nomorBaris + SEKITAR);
    c1 = Math.max(0, Math.min(nomorKolom - KOLOM_MAKS / 2, Math.max(ws.columnCount, nomorKolom + 1) - KOLOM_MAKS));
    c2 = Math.min(Math.max(ws.columnCount - 1, nomorKolom), c1 + KOLOM_MAKS - 1);
  }
  const baris: number[] = [];
  for (let indeksBaris = r1; indeksBaris <= r2; indeksBaris++) baris.push(indeksBaris);
  const kolom: number[] = [];
  for (let indeksKolom = c1; indeksKolom <= c2; indeksKolom++) kolom.push(indeksKolom);
  const ref = `${pilihan.lembar}!${pilihan.rentang ?? pilihan.sel}`;
  const peranKolom = new Map(tabel?.kolom.map((k) => [k.c, k.peran]) ?? []);
  const induk = tabel ? barisInduk(tabel) : new Set<number>();
  const jenisBaris = new Map(tabel?.baris.map((b) => [b.r, jenisTampil(b, induk)]) ?? []);
  const dalam = (i: number, j: number) =>
    !!rentangTabel && i >= rentangTabel.r1 && i <= rentangTabel.r2 && j >= rentangTabel.c1 && j <= rentangTabel.c2;
  const pilih = seret && {
    r1: Math.min(seret.awal.r, seret.akhir.r),
    r2: Math.max(seret.awal.r, seret.akhir.r),
    c1: Math.min(seret.awal.c, seret.akhir.c),
    c2: Math.max(seret.awal.c, seret.akhir.c),
  };
  const dipilih = (i: number, j: number) => !!pilih && i >= pilih.r1 && i <= pilih.r2 && j >= pilih.c1 && j <= pilih.c2;
  const selesaiSeret = () => {
    setMenyeret(false);
    if (pilih) onPilihRentang?.({ lembar: pilihan.lembar, rentang: alamatRentang(pilih) });
  };
  const grupAda = GRUP_PERAN.filter((g) => g.peran.some((p) => [...peranKolom.values()].includes(p)));
  return (
    <figure className={gaya.figur} data-testid="pratinjau">
      <Text weight="semibold" as="h2" size={400}>
        {katalog.demo.pratinjau}
      </Text>
      <div>
        <Text weight="semibold" data-testid="sel-terpilih">
          {ref}
        </Text>
        {!rentangTabel && <Caption1> — {tampilSel(ws.getCell(pilihan.sel), bahasa).teks}</Caption1>}
        {tabel?.judul && <Caption1> — {tabel.judul}</Caption1>}
      </div>
      {grupAda.length > 0 && (
        <ul className={gaya.legenda} aria-label={katalog.demo.peranDiPratinjau} data-testid="legenda-peran">
          {grupAda.map((g) => (
            <li key={g.grup}>
              <span className={gaya.contoh} style={{ backgroundColor: g.warna }} aria-hidden="true" />
              {g.peran
                .filter((p) => [...peranKolom.values()].includes(p))
                .map((p) => katalog.bacaan.peran[p])
                .join(', ')}
            </li>
          ))}
        </ul>
      )}
      <div
        ref={kotak}
        className={gaya.bungkus}
        tabIndex={0}
        role="region"
        aria-label={rentangTabel ? katalog.demo.wilayahTabel(ref) : katalog.demo.wilayahPratinjau(ref)}
        onPointerUp={selesaiSeret}
        onPointerLeave={() => menyeret && selesaiSeret()}
      >
        <table className={gaya.tabel} style={menyeret ? { userSelect: 'none' } : undefined}>
          <thead>
            <tr>
              <th className={mergeClasses(gaya.sel, gaya.kepala)} scope="col">
                <span aria-hidden="true">#</span>
              </th>
              {kolom.map((indeksKolom) => {
                const peran = peranKolom.get(indeksKolom);
                return (
                  <th
                    key={indeksKolom}
                    className={mergeClasses(gaya.sel, gaya.kepala)}
                    scope="col"
                    style={peran && warnaPeran(peran) ? { backgroundColor: warnaPeran(peran) } : undefined}
                    data-peran={peran}
                  >
                    {namaKolom(indeksKolom)}
                    {peran && <span className={gaya.jenisBaris}>{katalog.bacaan.peran[peran]}</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {baris.map((indeksBaris) => {
              const jenis = jenisBaris.get(indeksBaris);
              return (
                <tr key={indeksBaris}>
                  <th className={mergeClasses(gaya.sel, gaya.kepala)} scope="row" style={{ position: 'static' }}>
                    {indeksBaris + 1}
                    {jenis && jenis !== 'data' && (
                      <span className={gaya.jenisBaris}>{katalog.bacaan.jenisBarisNama[jenis]}</span>
                    )}
                  </th>
                  {kolom.map((indeksKolom) => {
                    const tampil = tampilSel(ws.getCell(indeksBaris + 1, indeksKolom + 1), bahasa);
                    const sasaran = !rentangTabel && indeksBaris === nomorBaris && indeksKolom === nomorKolom;
                    const diTabel = dalam(indeksBaris, indeksKolom);
                    const peran = diTabel ? peranKolom.get(indeksKolom) : undefined;
                    const pojok = !!rentangTabel && indeksBaris === rentangTabel.r1 && indeksKolom === rentangTabel.c1;
                    const posisi = { r: indeksBaris, c: indeksKolom };
                    return (
                      <td
                        key={indeksKolom}
                        ref={sasaran || pojok ? aktif : undefined}
                        className={mergeClasses(
                          gaya.sel,
                          tampil.angka && gaya.angka,
                          diTabel && gaya.dalamTabel,
                          sasaran && gaya.aktif,
                          dipilih(indeksBaris, indeksKolom) && gaya.dipilih,
                        )}
                        style={peran && warnaPeran(peran) ? { backgroundColor: warnaPeran(peran) } : undefined}
                        title={alamat(indeksBaris, indeksKolom)}
                        aria-current={sasaran ? 'true' : undefined}
                        data-sel={sasaran ? 'aktif' : diTabel ? 'tabel' : undefined}
                        onPointerDown={(peristiwa) => {
                          if (!onPilihRentang || peristiwa.button !== 0) return;
                          setMenyeret(true);
                          setSeret({ awal: posisi, akhir: posisi });
                        }}
                        onPointerEnter={() => {
                          if (menyeret) setSeret((lama) => lama && { awal: lama.awal, akhir: posisi });
                        }}
                      >
                        {tampil.teks}
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
          {pilih
            ? katalog.demo.pilihanPratinjau(`${pilihan.lembar}!${alamatRentang(pilih)}`)
            : katalog.demo.petunjukPilih}
        </Caption1>
      )}
    </figure>
  );
}
