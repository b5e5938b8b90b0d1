/**
 * Browser demo: the same pane on a workbook opened in the browser (file picker or a bundled sample), with
 * ExcelJS as the host, a preview of the selected cell, and "Unduh hasil" for the annotated copy. Side by
 * side on a wide screen (the pane sticky), one column on a phone; the page follows the system's colour
 * scheme and the pane's language and theme switches.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Switch,
  Text,
  Title2,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { App } from '../taskpane/App';
import type { Panel } from '../taskpane/usePanel';
import type { HasilPeriksa } from '../core/periksa';
import type { Temuan } from '../core/model';
import type { Bahasa } from '../core/pesan/bahasa';
import { teks, Teks } from '../taskpane/teks';
import { pesanGalat } from '../taskpane/galat';
import { jeda } from '../taskpane/periksaLatar';
import { DemoHost, Pilihan } from './host';
import { muatXlsx } from '../xlsx/muat';
import { Pratinjau } from './Pratinjau';
import { alamatRentang } from '../core/grid';

declare const __SAMPEL__: string[];

const useStyles = makeStyles({
  halaman: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    '@media (min-width: 900px)': {
      gridTemplateColumns: 'minmax(0, 1fr) minmax(340px, 420px)',
      alignItems: 'start',
    },
    '@media (max-width: 480px)': { padding: tokens.spacingHorizontalS },
  },
  kiri: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  panel: {
    minWidth: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'hidden',
    '@media (min-width: 900px)': {
      position: 'sticky',
      top: tokens.spacingHorizontalL,
      maxHeight: `calc(100vh - 2 * ${tokens.spacingHorizontalL})`,
      overflowY: 'auto',
    },
  },
  baris: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  kosong: { padding: tokens.spacingHorizontalL },
  berkas: { maxWidth: '100%' },
});

/** The demo host, remembering whether the findings have been marked in the copy since the last check. */
class HostDemo extends DemoHost {
  sudahDitandai = false;
  async tandai(temuan: Temuan[], bahasa: Bahasa = 'id'): Promise<number> {
    const jumlah = await super.tandai(temuan, bahasa);
    this.sudahDitandai = true;
    return jumlah;
  }
  async hapusTanda(): Promise<number> {
    const jumlah = await super.hapusTanda();
    this.sudahDitandai = false;
    return jumlah;
  }
}

function useSkemaGelap(): boolean {
  const mq = React.useMemo(
    () =>
      typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null,
    [],
  );
  const [gelap, setGelap] = React.useState(() => mq?.matches ?? false);
  React.useEffect(() => {
    if (!mq) return;
    const ikutiSkema = (e: MediaQueryListEvent) => setGelap(e.matches);
    mq.addEventListener('change', ikutiSkema);
    return () => mq.removeEventListener('change', ikutiSkema);
  }, [mq]);
  return gelap;
}

type Muat = { tahap: 'membaca' | 'membuka'; nama: string } | null;

function Demo(): JSX.Element {
  const gaya = useStyles();
  const sistemGelap = useSkemaGelap();
  const [gelap, setGelap] = React.useState(sistemGelap);
  React.useEffect(() => setGelap(sistemGelap), [sistemGelap]);
  const [bahasa, setBahasa] = React.useState<Bahasa>('id');
  const katalog = teks(bahasa);
  const [host, setHost] = React.useState<HostDemo | null>(null);
  const [galat, setGalat] = React.useState<{ nama: string; pesan: string } | null>(null);
  const [muat, setMuat] = React.useState<Muat>(null);
  const [pilihan, setPilihan] = React.useState<Pilihan | null>(null);
  const [unduhan, setUnduhan] = React.useState<Panel | null>(null);
  const hasil = React.useRef<HasilPeriksa | null>(null);
  // the last result, for the preview (a table chosen in the reading view shows its column roles)
  const [hasilTerakhir, setHasilTerakhir] = React.useState<HasilPeriksa | null>(null);
  const sampel = typeof __SAMPEL__ !== 'undefined' ? __SAMPEL__ : [];

  React.useEffect(() => {
    document.documentElement.lang = bahasa;
    document.title = katalog.demo.judulHalaman;
  }, [bahasa, katalog]);
  React.useEffect(() => {
    document.documentElement.style.colorScheme = gelap ? 'dark' : 'light';
    document.body.style.backgroundColor = (gelap ? webDarkTheme : webLightTheme).colorNeutralBackground2;
  }, [gelap]);

  const buka = async (ambil: () => Promise<ArrayBuffer>, nama: string) => {
    setGalat(null);
    setPilihan(null);
    setHost(null);
    hasil.current = null;
    setHasilTerakhir(null);
    try {
      setMuat({ tahap: 'membaca', nama });
      const data = await ambil();
      setMuat({ tahap: 'membuka', nama });
      await jeda(); // paint the progress before ExcelJS parses the file
      const { wb } = await muatXlsx(data, nama, bahasa);
      const host = new HostDemo(wb, nama);
      host.onPilih(setPilihan);
      setHost(host);
    } catch (galat) {
      setGalat({ nama, pesan: pesanGalat(galat, teks(bahasa)) });
    } finally {
      setMuat(null);
    }
  };

  /** Download the copy; the message says what it holds (SAKIP.* formulas carry their computed value). */
  const simpanBerkas = async (host: HostDemo) => {
    const blob = await host.unduh();
    const tautan = document.createElement('a');
    tautan.href = URL.createObjectURL(blob);
    tautan.download = host.namaBerkas.replace(/\.(xlsx|xlsm)$/i, '') + '.hasil-sakip.xlsx';
    document.body.appendChild(tautan);
    tautan.click();
    tautan.remove();
    setTimeout(() => URL.revokeObjectURL(tautan.href), 10000);
    // in both languages now: the message is shown in whichever is current when it renders
    const rumus = { id: host.pesanUnduhan('id'), en: host.pesanUnduhan('en') };
    const nama = tautan.download;
    return (t: Teks) => [t.demo.diunduh(nama), rumus[t.kodeBahasa]].filter(Boolean).join(' ');
  };

  const belumDitandai = host && hasil.current && !host.sudahDitandai ? hasil.current.findings.length : 0;
  const setelahPeriksa = React.useCallback((hasilPeriksa: HasilPeriksa) => {
    hasil.current = hasilPeriksa;
    setHasilTerakhir(hasilPeriksa);
  }, []);
  const tabelPilihan =
    pilihan?.rentang && hasilTerakhir
      ? hasilTerakhir.tabel.find((x) => x.lembar === pilihan.lembar && alamatRentang(x.rentang) === pilihan.rentang)
      : undefined;

  return (
    <FluentProvider theme={gelap ? webDarkTheme : webLightTheme} lang={bahasa}>
      <div className={gaya.halaman}>
        <section className={gaya.kiri} aria-label={katalog.demo.workbook}>
          <Title2 as="h1">{katalog.demo.judul}</Title2>
          {!host && (
            // before a workbook is open the page has its own switch; afterwards the pane's switch drives both
            <Switch
              label={katalog.bahasa}
              checked={bahasa === 'en'}
              onChange={(_, d) => setBahasa(d.checked ? 'en' : 'id')}
            />
          )}
          <Text>{katalog.demo.pengantar}</Text>
          <div className={gaya.baris}>
            <label>
              <Text weight="semibold">{katalog.demo.pilihBerkas}: </Text>
              <input
                className={gaya.berkas}
                type="file"
                accept=".xlsx,.xlsm"
                data-testid="pilih-berkas"
                onChange={(peristiwa) => {
                  const berkas = peristiwa.target.files?.[0];
                  if (berkas) void buka(() => berkas.arrayBuffer(), berkas.name);
                }}
              />
            </label>
          </div>
          {sampel.length > 0 && (
            <div className={gaya.baris} role="group" aria-label={katalog.demo.contoh}>
              <Text>{katalog.demo.contoh}:</Text>
              {sampel.map((n) => (
                <Button
                  key={n}
                  size="small"
                  disabled={muat !== null}
                  onClick={() => void buka(async () => (await fetch(`samples/${n}`)).arrayBuffer(), n)}
                >
                  {n}
                </Button>
              ))}
            </div>
          )}
          <div role="status" aria-live="polite" data-testid="status-berkas">
            {muat && (
              <>
                <Text>
                  {muat.tahap === 'membaca'
                    ? katalog.demo.membacaBerkas(muat.nama)
                    : katalog.demo.membukaWorkbook(muat.nama)}
                </Text>
                <ProgressBar thickness="large" aria-label={katalog.progres} />
              </>
            )}
            {host && !muat && <Text data-testid="berkas-aktif">{katalog.demo.berkas(host.namaBerkas)}</Text>}
          </div>
          <div role="alert">
            {galat && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{katalog.demo.gagalBuka(galat.nama)}</MessageBarTitle>
                  {galat.pesan}
                </MessageBarBody>
              </MessageBar>
            )}
          </div>
          {host &&
            (pilihan ? (
              <Pratinjau
                wb={host.wb}
                pilihan={pilihan}
                katalog={katalog}
                bahasa={bahasa}
                tabel={tabelPilihan}
                onPilihRentang={(rentang) => host.pilihDiPratinjau(rentang)}
              />
            ) : (
              <Text>{katalog.demo.pratinjauKosong}</Text>
            ))}
        </section>
        <section className={gaya.panel} aria-label={katalog.demo.panel}>
          {host ? (
            <App
              key={host.namaBerkas}
              host={host}
              bahasaAwal={bahasa}
              gelapAwal={gelap}
              onBahasa={setBahasa}
              onGelap={setGelap}
              setelahPeriksa={setelahPeriksa}
              aksiTambahan={(p) => [{ label: katalog.demo.unduh, jalankan: () => setUnduhan(p) }]}
            />
          ) : (
            <div className={gaya.kosong}>
              <Text>{katalog.demo.mulai}</Text>
            </div>
          )}
        </section>
      </div>
      <Dialog open={unduhan !== null} onOpenChange={(_, d) => !d.open && setUnduhan(null)}>
        <DialogSurface aria-describedby="isi-unduhan">
          <DialogBody>
            <DialogTitle>{katalog.demo.unduhJudul}</DialogTitle>
            <DialogContent id="isi-unduhan">
              <p>{katalog.demo.unduhIsi}</p>
              {belumDitandai > 0 && <p>{katalog.demo.unduhBelumDitandai(belumDitandai)}</p>}
            </DialogContent>
            <DialogActions fluid>
              {belumDitandai > 0 && (
                <Button
                  appearance="primary"
                  onClick={() => {
                    const panel = unduhan!;
                    setUnduhan(null);
                    void panel.jalankanAksi(async () => {
                      await panel.tandai();
                      return simpanBerkas(host!);
                    });
                  }}
                >
                  {katalog.demo.unduhTandaiDulu}
                </Button>
              )}
              <Button
                appearance={belumDitandai > 0 ? 'secondary' : 'primary'}
                onClick={() => {
                  const panel = unduhan!;
                  setUnduhan(null);
                  void panel.jalankanAksi(() => simpanBerkas(host!));
                }}
              >
                {belumDitandai > 0 ? katalog.demo.unduhSaja : katalog.demo.unduhSekarang}
              </Button>
              <Button appearance="subtle" onClick={() => setUnduhan(null)}>
                {katalog.batal}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </FluentProvider>
  );
}

const el = document.getElementById('root');
if (el) createRoot(el).render(<Demo />);
