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

function singkat(teks: string, panjang = 90): string {
  return teks.length > panjang ? teks.slice(0, panjang - 1) + '…' : teks;
}

/** The table a correction belongs to, as "Sheet!A1:E94" when it is still found, else its key cell. */
function refEntri(entri: EntriKoreksi, tabel: readonly Tabel[]): string {
  if (entri.jenis === 'tabelBaru') return `${entri.lembar}!${entri.rentang}`;
  const asal = tabel.find((x) => x.lembar === entri.lembar && selJangkar(x) === entri.sel);
  return asal ? `${asal.lembar}!${alamatRentang(asal.rentang)}` : `${entri.lembar}!${entri.sel}`;
}

export function teksEntri(entri: EntriKoreksi, katalog: Teks, tabel: readonly Tabel[]): string {
  const tb = katalog.bacaan;
  const ref = refEntri(entri, tabel);
  switch (entri.jenis) {
    case 'abaikan':
      return tb.koreksiAbaikan(ref);
    case 'kolom':
      return tb.koreksiKolom(ref, entri.kolom, tb.peran[entri.peran]);
    case 'baris':
      return tb.koreksiBaris(ref, entri.baris, tb.jenisKoreksi[entri.nilai]);
    case 'tabelBaru':
      return tb.koreksiTabelBaru(ref);
  }
}

function DaftarKoreksi({ panel, katalog }: { panel: Panel; katalog: Teks }): JSX.Element {
  const gaya = useStyles();
  const id = React.useId();
  const tabel = panel.keadaan.hasil?.tabel ?? [];
  const daftar = entriKoreksi(panel.keadaan.pengaturan.koreksi, tabel);
  const tb = katalog.bacaan;
  return (
    <section className={gaya.sub} aria-labelledby={id} data-testid="koreksi-aktif">
      <Text as="h3" weight="semibold" id={id} className={gaya.judulSub}>
        {tb.koreksiAktif(daftar.length)}
      </Text>
      {daftar.length === 0 ? (
        <Caption1>{tb.tanpaKoreksi}</Caption1>
      ) : (
        <ul className={gaya.ul}>
          {daftar.map((entri) => {
            const teks = teksEntri(entri, katalog, tabel);
            return (
              <li key={entri.kunci} className={gaya.entri} data-ditemukan={entri.ditemukan}>
                <span className={gaya.teksEntri}>
                  <Text size={200}>{teks}</Text>
                  {!entri.ditemukan && (
                    <Caption1 className={gaya.hilang} data-testid="koreksi-hilang">
                      {tb.tidakDitemukan}
                    </Caption1>
                  )}
                </span>
                <Button
                  size="small"
                  aria-label={tb.hapusKoreksi(teks)}
                  disabled={panel.keadaan.sibuk !== null}
                  onClick={() => void panel.koreksi(entri.hapus)}
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
function lembarPengguna(panel: Panel): string[] {
  const sendiri = new Set([LEMBAR_JURNAL, LEMBAR_PENGATURAN, LEMBAR_TEMUAN].map((x) => x.toLowerCase()));
  return (panel.keadaan.grid?.lembar ?? []).filter((l) => !sendiri.has(l.nama.toLowerCase())).map((l) => l.nama);
}

function FormTabelBaru({ panel, katalog }: { panel: Panel; katalog: Teks }): JSX.Element {
  const gaya = useStyles();
  const id = React.useId();
  const tb = katalog.bacaan;
  const semuaLembar = lembarPengguna(panel);
  const [lembar, setLembar] = React.useState(semuaLembar[0] ?? '');
  const [teks, setTeks] = React.useState('');
  const [galat, setGalat] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (!semuaLembar.includes(lembar) && semuaLembar[0]) setLembar(semuaLembar[0]);
  }, [semuaLembar, lembar]);

  const pakaiPilihan = async () => {
    const dipilih = await panel.ambilPilihan();
    if (dipilih === undefined) return; // the pane already shows why
    if (!dipilih) return setGalat(tb.tanpaPilihan);
    setGalat(null);
    if (semuaLembar.includes(dipilih.lembar)) {
      setLembar(dipilih.lembar);
      setTeks(dipilih.rentang);
    } else setTeks(`${refLembar(dipilih.lembar)}!${dipilih.rentang}`); // a sheet the last check did not read: said on "Jadikan
  };

  const jadikan = () => {
    const baru = rentangDariTeks(teks, lembar);
    if (!baru) return setGalat(tb.rentangSalah);
    if (!semuaLembar.includes(baru.lembar)) return setGalat(tb.lembarTidakAda(baru.lembar));
    const { tabelBaru } = panel.keadaan.pengaturan.koreksi;
    if (tabelBaru.some((x) => x.lembar === baru.lembar && x.rentang === baru.rentang)) return setGalat(tb.sudahAda);
    setGalat(null);
    setTeks('');
    void panel.koreksi((lama: Koreksi) => ({ ...lama, tabelBaru: [...lama.tabelBaru, baru] }));
  };

  return (
    <section className={gaya.sub} aria-labelledby={id} data-testid="ini-tabel">
      <Text as="h3" weight="semibold" id={id} className={gaya.judulSub}>
        {tb.iniTabel}
      </Text>
      <Caption1>{tb.iniTabelPengantar}</Caption1>
      <div className={gaya.baris}>
        <Field label={tb.lembar} className={gaya.field}>
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
          className={gaya.field}
          validationState={galat ? 'error' : 'none'}
          validationMessage={galat ?? undefined}
        >
          <Input
            value={teks}
            onChange={(_, d) => setTeks(d.value)}
            onKeyDown={(peristiwa) => {
              if (peristiwa.key === 'Enter') jadikan();
            }}
          />
        </Field>
      </div>
      <div className={gaya.baris}>
        <Button size="small" onClick={() => void pakaiPilihan()}>
          {panel.jenisHost === 'excel' ? tb.pakaiPilihanExcel : tb.pakaiPilihanDemo}
        </Button>
        <Button size="small" appearance="primary" disabled={panel.keadaan.sibuk !== null} onClick={jadikan}>
          {tb.jadikanTabel}
        </Button>
      </div>
    </section>
  );
}

export function BagianBacaan({ panel, katalog }: { panel: Panel; katalog: Teks }): JSX.Element | null {
  const gaya = useStyles();
  const id = React.useId();
  const { hasil, tabelTerpilih, sibuk, bahasa, pengaturan } = panel.keadaan;
  if (!hasil) return null;
  const tb = katalog.bacaan;
  return (
    <section className={gaya.kotak} aria-labelledby={id} data-testid="cara-membaca">
      <Subtitle2 as="h2" id={id}>
        {tb.judulTabel(hasil.tabel.length)}
      </Subtitle2>
      <Caption1>{tb.pengantar}</Caption1>
      <DaftarKoreksi panel={panel} katalog={katalog} />
      <Accordion
        collapsible
        openItems={tabelTerpilih ? [tabelTerpilih] : []}
        onToggle={(_, data) => {
          const dibuka = hasil.tabel.find((x) => x.id === data.value);
          if (dibuka && data.openItems.includes(data.value)) void panel.pilihTabel(dibuka);
          else panel.tutupTabel();
        }}
      >
        {hasil.tabel.map((tabel, indeks) => {
          const ringkasan = hasil.tables[indeks];
          const buka = tabelTerpilih === tabel.id;
          return (
            <AccordionItem key={tabel.id} value={tabel.id} data-testid="tabel-dibaca" data-tabel={tabel.id}>
              <AccordionHeader as="h3" size="small" className={gaya.header}>
                <span className={gaya.kepala}>
                  <Text weight="semibold">{singkat(tabel.judul || tb.tanpaJudul)}</Text>
                  <Caption1>{`${tabel.lembar}!${alamatRentang(tabel.rentang)} · ${katalog.jenis[tabel.jenis]}`}</Caption1>
                  <span className={gaya.lencana}>
                    {tabel.dikecualikan ? (
                      <Badge appearance="filled" color="subtle">
                        {tb.dikecualikan}
                      </Badge>
                    ) : ringkasan?.checked ? (
                      <Badge appearance="tint" color="success">
                        {tb.diperiksa(ringkasan.verified ?? 0)}
                      </Badge>
                    ) : (
                      <Badge appearance="tint" color="warning">
                        {tb.tidakDiperiksa}
                      </Badge>
                    )}
                    {tabel.dikoreksi && (
                      <Badge appearance="tint" color="brand">
                        {tb.dikoreksi}
                      </Badge>
                    )}
                    {tabel.dariPengguna && (
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
                    katalog={katalog}
                    bahasa={bahasa}
                    tabel={tabel}
                    ringkasan={ringkasan}
                    tersimpan={koreksiTabel(pengaturan.koreksi, tabel)}
                    sibuk={sibuk !== null}
                    koreksi={(ubah) => void panel.koreksi(ubah)}
                    pilihRentang={() => void panel.pilihTabel(tabel)}
                  />
                )}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      <FormTabelBaru panel={panel} katalog={katalog} />
    </section>
  );
}
