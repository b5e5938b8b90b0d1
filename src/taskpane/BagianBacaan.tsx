/**
 * "Cara membaca tabel": how each table was read, and the user's corrections to it. Each table is a
 * collapsible item (its kind, range, title and whether it was checked in the header); opening one selects
 * its range in the workbook (Excel) or shows it in the preview (demo) and shows its columns and rows to
 * correct. Above the tables, the active corrections with "Hapus"; below them, "Ini tabel" for a range the
 * reader did not see as a table. Every correction is saved in the workbook and the check runs again.
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Tabel } from '../core/model';
import type { Koreksi } from '../core/koreksi';
import { alamatRentang, refLembar } from '../core/grid';
import { selJangkar } from '../core/koreksi';
import { LEMBAR_JURNAL, LEMBAR_PENGATURAN, LEMBAR_TEMUAN } from '../core/lembarSendiri';
import type { Teks } from './teks';
import type { Panel } from './usePanel';
import { EntriKoreksi, entriKoreksi, koreksiTabel, rentangDariTeks } from './bacaan';
import { RincianTabel } from './RincianTabel';

const useStyles = makeStyles({
  kotak: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  sub: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  judulSub: { margin: 0 },
  ul: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  entri: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    justifyContent: 'space-between',
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  teksEntri: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1, flexBasis: '12rem' },
  hilang: { color: tokens.colorPaletteDarkOrangeForeground1 },
  kepala: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    overflowWrap: 'anywhere',
    textAlign: 'left',
    paddingBlock: tokens.spacingVerticalXS,
  },
  lencana: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  header: { minWidth: 0 },
  baris: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  field: { minWidth: 0, flexGrow: 1, flexBasis: '9rem' },
});

function singkat(s: string, n = 90): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

/** The table a correction belongs to, as "Sheet!A1:E94" when it is still found, else its key cell. */
function refEntri(e: EntriKoreksi, tabel: readonly Tabel[]): string {
  if (e.jenis === 'tabelBaru') return `${e.lembar}!${e.rentang}`;
  const x = tabel.find((t) => t.lembar === e.lembar && selJangkar(t) === e.sel);
  return x ? `${x.lembar}!${alamatRentang(x.rentang)}` : `${e.lembar}!${e.sel}`;
}

export function teksEntri(e: EntriKoreksi, t: Teks, tabel: readonly Tabel[]): string {
  const tb = t.bacaan;
  const ref = refEntri(e, tabel);
  switch (e.jenis) {
    case 'abaikan':
      return tb.koreksiAbaikan(ref);
    case 'kolom':
      return tb.koreksiKolom(ref, e.kolom, tb.peran[e.peran]);
    case 'baris':
      return tb.koreksiBaris(ref, e.baris, tb.jenisKoreksi[e.nilai]);
    case 'tabelBaru':
      return tb.koreksiTabelBaru(ref);
  }
}

function DaftarKoreksi({ p, t }: { p: Panel; t: Teks }): JSX.Element {
  const s = useStyles();
  const id = React.useId();
  const tabel = p.s.hasil?.tabel ?? [];
  const entri = entriKoreksi(p.s.pengaturan.koreksi, tabel);
  const tb = t.bacaan;
  return (
    <section className={s.sub} aria-labelledby={id} data-testid="koreksi-aktif">
      <Text as="h3" weight="semibold" id={id} className={s.judulSub}>
        {tb.koreksiAktif(entri.length)}
      </Text>
      {entri.length === 0 ? (
        <Caption1>{tb.tanpaKoreksi}</Caption1>
      ) : (
        <ul className={s.ul}>
          {entri.map((e) => {
            const teks = teksEntri(e, t, tabel);
            return (
              <li key={e.kunci} className={s.entri} data-ditemukan={e.ditemukan}>
                <span className={s.teksEntri}>
                  <Text size={200}>{teks}</Text>
                  {!e.ditemukan && (
                    <Caption1 className={s.hilang} data-testid="koreksi-hilang">
                      {tb.tidakDitemukan}
                    </Caption1>
                  )}
                </span>
                <Button
                  size="small"
                  aria-label={tb.hapusKoreksi(teks)}
                  disabled={p.s.sibuk !== null}
                  onClick={() => void p.koreksi(e.hapus)}
                >
                  {tb.hapus}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Sheets a user can declare a table on (not the add-in's own). */
function lembarPengguna(p: Panel): string[] {
  const sendiri = new Set([LEMBAR_JURNAL, LEMBAR_PENGATURAN, LEMBAR_TEMUAN].map((x) => x.toLowerCase()));
  return (p.s.grid?.lembar ?? []).filter((l) => !sendiri.has(l.nama.toLowerCase())).map((l) => l.nama);
}

function FormTabelBaru({ p, t }: { p: Panel; t: Teks }): JSX.Element {
  const s = useStyles();
  const id = React.useId();
  const tb = t.bacaan;
  const semuaLembar = lembarPengguna(p);
  const [lembar, setLembar] = React.useState(semuaLembar[0] ?? '');
  const [teks, setTeks] = React.useState('');
  const [galat, setGalat] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (!semuaLembar.includes(lembar) && semuaLembar[0]) setLembar(semuaLembar[0]);
  }, [semuaLembar, lembar]);

  const pakaiPilihan = async () => {
    const x = await p.ambilPilihan();
    if (x === undefined) return; // the pane already shows why
    if (!x) return setGalat(tb.tanpaPilihan);
    setGalat(null);
    if (semuaLembar.includes(x.lembar)) {
      setLembar(x.lembar);
      setTeks(x.rentang);
    } else setTeks(`${refLembar(x.lembar)}!${x.rentang}`); // a sheet the last check did not read: said on "Jadikan
  };

  const jadikan = () => {
    const r = rentangDariTeks(teks, lembar);
    if (!r) return setGalat(tb.rentangSalah);
    if (!semuaLembar.includes(r.lembar)) return setGalat(tb.lembarTidakAda(r.lembar));
    const k = p.s.pengaturan.koreksi;
    if (k.tabelBaru.some((x) => x.lembar === r.lembar && x.rentang === r.rentang)) return setGalat(tb.sudahAda);
    setGalat(null);
    setTeks('');
    void p.koreksi((kk: Koreksi) => ({ ...kk, tabelBaru: [...kk.tabelBaru, r] }));
  };

  return (
    <section className={s.sub} aria-labelledby={id} data-testid="ini-tabel">
      <Text as="h3" weight="semibold" id={id} className={s.judulSub}>
        {tb.iniTabel}
      </Text>
      <Caption1>{tb.iniTabelPengantar}</Caption1>
      <div className={s.baris}>
        <Field label={tb.lembar} className={s.field}>
          <Select value={lembar} onChange={(_, d) => setLembar(d.value)}>
            {semuaLembar.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={tb.rentangMasukan}
          className={s.field}
          validationState={galat ? 'error' : 'none'}
          validationMessage={galat ?? undefined}
        >
          <Input
            value={teks}
            onChange={(_, d) => setTeks(d.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') jadikan();
            }}
          />
        </Field>
      </div>
      <div className={s.baris}>
        <Button size="small" onClick={() => void pakaiPilihan()}>
          {p.jenisHost === 'excel' ? tb.pakaiPilihanExcel : tb.pakaiPilihanDemo}
        </Button>
        <Button size="small" appearance="primary" disabled={p.s.sibuk !== null} onClick={jadikan}>
          {tb.jadikanTabel}
        </Button>
      </div>
    </section>
  );
}

export function BagianBacaan({ p, t }: { p: Panel; t: Teks }): JSX.Element | null {
  const s = useStyles();
  const id = React.useId();
  const { hasil, tabelTerpilih, sibuk, bahasa, pengaturan } = p.s;
  if (!hasil) return null;
  const tb = t.bacaan;
  return (
    <section className={s.kotak} aria-labelledby={id} data-testid="cara-membaca">
      <Subtitle2 as="h2" id={id}>
        {tb.judulTabel(hasil.tabel.length)}
      </Subtitle2>
      <Caption1>{tb.pengantar}</Caption1>
      <DaftarKoreksi p={p} t={t} />
      <Accordion
        collapsible
        openItems={tabelTerpilih ? [tabelTerpilih] : []}
        onToggle={(_, d) => {
          const x = hasil.tabel.find((y) => y.id === d.value);
          if (x && d.openItems.includes(d.value)) void p.pilihTabel(x);
          else p.tutupTabel();
        }}
      >
        {hasil.tabel.map((x, i) => {
          const r = hasil.tables[i];
          const buka = tabelTerpilih === x.id;
          return (
            <AccordionItem key={x.id} value={x.id} data-testid="tabel-dibaca" data-tabel={x.id}>
              <AccordionHeader as="h3" size="small" className={s.header}>
                <span className={s.kepala}>
                  <Text weight="semibold">{singkat(x.judul || tb.tanpaJudul)}</Text>
                  <Caption1>{`${x.lembar}!${alamatRentang(x.rentang)} · ${t.jenis[x.jenis]}`}</Caption1>
                  <span className={s.lencana}>
                    {x.dikecualikan ? (
                      <Badge appearance="filled" color="subtle">
                        {tb.dikecualikan}
                      </Badge>
                    ) : r?.checked ? (
                      <Badge appearance="tint" color="success">
                        {tb.diperiksa(r.verified ?? 0)}
                      </Badge>
                    ) : (
                      <Badge appearance="tint" color="warning">
                        {tb.tidakDiperiksa}
                      </Badge>
                    )}
                    {x.dikoreksi && (
                      <Badge appearance="tint" color="brand">
                        {tb.dikoreksi}
                      </Badge>
                    )}
                    {x.dariPengguna && (
                      <Badge appearance="tint" color="brand">
                        {tb.dariPengguna}
                      </Badge>
                    )}
                  </span>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                {buka && (
                  <RincianTabel
                    t={t}
                    bahasa={bahasa}
                    tabel={x}
                    ringkasan={r}
                    kor={koreksiTabel(pengaturan.koreksi, x)}
                    sibuk={sibuk !== null}
                    koreksi={(f) => void p.koreksi(f)}
                    pilihRentang={() => void p.pilihTabel(x)}
                  />
                )}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      <FormTabelBaru p={p} t={t} />
    </section>
  );
}
