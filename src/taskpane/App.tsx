/**
 * The task pane: header, "Periksa workbook", progress and messages, the toolbar, and the result sections.
 * State and actions live in usePanel; this file only lays them out. Talks only to a Host (Excel or the
 * browser demo).
 */
import * as React from 'react';
import {
  Button,
  Caption1,
  Divider,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Switch,
  Text,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { Host } from './host';
import type { HasilPeriksa } from '../core/periksa';
import type { Bahasa } from '../core/pesan/bahasa';
import type { Teks } from './teks';
import { PanelPengaturan } from './PanelPengaturan';
import { Ringkasan } from './Ringkasan';
import { BilahAlat, AksiTambahan } from './BilahAlat';
import { KonfirmasiTimpa } from './KonfirmasiTimpa';
import { BagianTemuan } from './BagianTemuan';
import { BagianBacaan } from './BagianBacaan';
import { Panel, usePanel } from './usePanel';
import type { PemeriksaLatar } from './periksaLatar';

export type { AksiTambahan } from './BilahAlat';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  baris: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  judul: { margin: 0 },
  // the live regions stay in the page (so announcements are heard) without leaving gaps when empty
  kabar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, ':empty': { display: 'none' } },
});

export interface AppProps {
  host: Host;
  /** Dark theme at start; later changes are followed (Office's theme, the system's colour scheme). */
  gelapAwal?: boolean;
  bahasaAwal?: Bahasa;
  /** Told when the user switches language or theme in the pane, for a host page that follows it (the demo). */
  onBahasa?: (bahasa: Bahasa) => void;
  onGelap?: (gelap: boolean) => void;
  /** Extra actions of a host (the demo's "Unduh hasil"). */
  aksiTambahan?: AksiTambahan[] | ((panel: Panel) => AksiTambahan[]);
  /** Called after each check, for hosts that keep the result (demo download). */
  setelahPeriksa?: (hasil: HasilPeriksa) => void;
  /** Where checks run (tests hand in one with their own worker); default: a worker, else the main thread. */
  pemeriksa?: PemeriksaLatar;
}

/**
 * The sections under the summary once a check has run: the findings, then how each table was read (with
 * the user's corrections to it). A new view of the result is one more entry here.
 */
const BAGIAN_HASIL: { kunci: string; Komponen: (props: { panel: Panel; katalog: Teks }) => JSX.Element | null }[] = [
  { kunci: 'temuan', Komponen: BagianTemuan },
  { kunci: 'bacaan', Komponen: BagianBacaan },
];

export function App({
  host,
  gelapAwal = false,
  bahasaAwal = 'id',
  onBahasa,
  onGelap,
  aksiTambahan = [],
  setelahPeriksa,
  pemeriksa,
}: AppProps): JSX.Element {
  const gaya = useStyles();
  const panel = usePanel({ host, bahasaAwal, gelapAwal, pemeriksa, setelahPeriksa });
  const { katalog } = panel;
  const { hasil, sibuk, pesan, konfirmasi, bahasa, gelap } = panel.keadaan;
  const judulRingkasan = React.useRef<HTMLHeadingElement>(null);

  // after each new check, focus goes to the summary (screen readers hear the result, keyboard users start there)
  React.useEffect(() => {
    if (panel.keadaan.nomorHasil > 0) judulRingkasan.current?.focus();
  }, [panel.keadaan.nomorHasil]);
  React.useEffect(() => onBahasa?.(bahasa), [bahasa, onBahasa]);
  React.useEffect(() => onGelap?.(gelap), [gelap, onGelap]);

  const aksi = typeof aksiTambahan === 'function' ? aksiTambahan(panel) : aksiTambahan;
  return (
    <FluentProvider
      theme={gelap ? webDarkTheme : webLightTheme}
      style={{ minHeight: '100%', colorScheme: gelap ? 'dark' : 'light' }}
      lang={bahasa}
    >
      <main className={gaya.root}>
        <header className={gaya.header}>
          <Title3 as="h1" className={gaya.judul}>
            {katalog.judul}
          </Title3>
          <Caption1>{katalog.subjudul}</Caption1>
          <div className={gaya.baris}>
            <Switch
              label={katalog.bahasa}
              checked={bahasa === 'en'}
              onChange={(_, d) => panel.gantiBahasa(d.checked ? 'en' : 'id')}
            />
            <Switch label={katalog.tema} checked={gelap} onChange={(_, d) => panel.gantiGelap(d.checked)} />
          </div>
        </header>
        <Button appearance="primary" size="large" onClick={() => void panel.periksa()} disabled={sibuk !== null}>
          {hasil ? katalog.periksaLagi : katalog.periksa}
        </Button>
        <div className={gaya.kabar}>
          <div role="status" aria-live="polite" data-testid="status">
            {sibuk && (
              <>
                <Text>{katalog[sibuk.tahap]}</Text>
                <ProgressBar
                  value={sibuk.tahap === 'membaca' ? sibuk.progres : undefined}
                  thickness="large"
                  aria-label={`${katalog.progres}: ${katalog[sibuk.tahap]}`}
                />
              </>
            )}
            {pesan?.jenis === 'info' && (
              <MessageBar intent="success">
                <MessageBarBody>{pesan.teks(katalog)}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          <div role="alert" data-testid="galat">
            {pesan?.jenis === 'galat' && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>
                    {pesan.judul === 'periksa' ? katalog.galatPeriksa : katalog.galatAksi}
                  </MessageBarTitle>
                  {pesan.teks}
                </MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={() => panel.kirim({ jenis: 'pesan', pesan: null })}>
                    {katalog.tutup}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
          </div>
        </div>
        {!sibuk && (host.pemberitahuan?.(bahasa) ?? []).length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="pemberitahuan-host">
            <MessageBarBody>{host.pemberitahuan!(bahasa).join(' ')}</MessageBarBody>
          </MessageBar>
        )}
        {(host.fiturTidakTersedia?.(bahasa) ?? []).length > 0 && (
          <MessageBar intent="info" layout="multiline" data-testid="fitur-tidak-tersedia">
            <MessageBarBody>{host.fiturTidakTersedia!(bahasa).join(' ')}</MessageBarBody>
          </MessageBar>
        )}
        {!hasil && !sibuk && <Text>{katalog.awal}</Text>}
        <BilahAlat panel={panel} katalog={katalog} aksiTambahan={aksi} />
        <RadioGroup
          layout="horizontal"
          value={panel.keadaan.modeTulis}
          onChange={(_, d) => panel.kirim({ jenis: 'modeTulis', nilai: d.value as 'nilai' | 'rumus' })}
          aria-label={katalog.modePredikat}
        >
          <Radio value="nilai" label={katalog.nilai} />
          <Radio value="rumus" label={katalog.rumusHidup} />
        </RadioGroup>
        {konfirmasi && (
          <KonfirmasiTimpa
            katalog={katalog}
            konfirmasi={konfirmasi}
            timpa={() => panel.konfirmasi(true)}
            kosongSaja={() => panel.konfirmasi(false)}
            batal={panel.batalKonfirmasi}
          />
        )}
        {panel.keadaan.tampilPengaturan && (
          <PanelPengaturan
            katalog={katalog}
            nilai={panel.keadaan.pengaturan}
            ubah={(x) => panel.kirim({ jenis: 'pengaturan', pengaturan: x })}
            simpan={() => void panel.simpanPengaturan()}
            inferensi={hasil?.inferensi ?? null}
          />
        )}
        {hasil && (
          <>
            <Divider />
            <Ringkasan ref={judulRingkasan} katalog={katalog} hasil={hasil} bahasa={bahasa} />
            {BAGIAN_HASIL.map(({ kunci, Komponen }) => (
              <Komponen key={kunci} panel={panel} katalog={katalog} />
            ))}
          </>
        )}
      </main>
    </FluentProvider>
  );
}
