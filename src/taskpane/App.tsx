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
  onBahasa?: (b: Bahasa) => void;
  onGelap?: (g: boolean) => void;
  /** Extra actions of a host (the demo's "Unduh hasil"). */
  aksiTambahan?: AksiTambahan[] | ((p: Panel) => AksiTambahan[]);
  /** Called after each check, for hosts that keep the result (demo download). */
  setelahPeriksa?: (h: HasilPeriksa) => void;
  /** Where checks run (tests hand in one with their own worker); default: a worker, else the main thread. */
  pemeriksa?: PemeriksaLatar;
}

/**
 * The sections under the summary once a check has run. A new view of the result (the coming "Cara membaca
 * tabel": how each table was read, and corrections to it) is one more entry here.
 */
const BAGIAN_HASIL: { kunci: string; Komponen: (x: { p: Panel; t: Teks }) => JSX.Element | null }[] = [
  { kunci: 'temuan', Komponen: BagianTemuan },
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
  const s = useStyles();
  const p = usePanel({ host, bahasaAwal, gelapAwal, pemeriksa, setelahPeriksa });
  const { t } = p;
  const { hasil, sibuk, pesan, konfirmasi, bahasa, gelap } = p.s;
  const judulRingkasan = React.useRef<HTMLHeadingElement>(null);

  // after each new check, focus goes to the summary (screen readers hear the result, keyboard users start there)
  React.useEffect(() => {
    if (p.s.nomorHasil > 0) judulRingkasan.current?.focus();
  }, [p.s.nomorHasil]);
  React.useEffect(() => onBahasa?.(bahasa), [bahasa, onBahasa]);
  React.useEffect(() => onGelap?.(gelap), [gelap, onGelap]);

  const aksi = typeof aksiTambahan === 'function' ? aksiTambahan(p) : aksiTambahan;
  return (
    <FluentProvider
      theme={gelap ? webDarkTheme : webLightTheme}
      style={{ minHeight: '100%', colorScheme: gelap ? 'dark' : 'light' }}
      lang={bahasa}
    >
      <main className={s.root}>
        <header className={s.header}>
          <Title3 as="h1" className={s.judul}>
            {t.judul}
          </Title3>
          <Caption1>{t.subjudul}</Caption1>
          <div className={s.baris}>
            <Switch
              label={t.bahasa}
              checked={bahasa === 'en'}
              onChange={(_, d) => p.gantiBahasa(d.checked ? 'en' : 'id')}
            />
            <Switch label={t.tema} checked={gelap} onChange={(_, d) => p.gantiGelap(d.checked)} />
          </div>
        </header>
        <Button appearance="primary" size="large" onClick={() => void p.periksa()} disabled={sibuk !== null}>
          {hasil ? t.periksaLagi : t.periksa}
        </Button>
        <div className={s.kabar}>
          <div role="status" aria-live="polite" data-testid="status">
            {sibuk && (
              <>
                <Text>{t[sibuk.tahap]}</Text>
                <ProgressBar
                  value={sibuk.tahap === 'membaca' ? sibuk.progres : undefined}
                  thickness="large"
                  aria-label={`${t.progres}: ${t[sibuk.tahap]}`}
                />
              </>
            )}
            {pesan?.jenis === 'info' && (
              <MessageBar intent="success">
                <MessageBarBody>{pesan.teks(t)}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          <div role="alert" data-testid="galat">
            {pesan?.jenis === 'galat' && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{pesan.judul === 'periksa' ? t.galatPeriksa : t.galatAksi}</MessageBarTitle>
                  {pesan.teks}
                </MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={() => p.kirim({ jenis: 'pesan', pesan: null })}>
                    {t.tutup}
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
        {!hasil && !sibuk && <Text>{t.awal}</Text>}
        <BilahAlat p={p} t={t} aksiTambahan={aksi} />
        <RadioGroup
          layout="horizontal"
          value={p.s.modeTulis}
          onChange={(_, d) => p.kirim({ jenis: 'modeTulis', nilai: d.value as 'nilai' | 'rumus' })}
          aria-label={t.modePredikat}
        >
          <Radio value="nilai" label={t.nilai} />
          <Radio value="rumus" label={t.rumusHidup} />
        </RadioGroup>
        {konfirmasi && (
          <KonfirmasiTimpa
            t={t}
            k={konfirmasi}
            timpa={() => p.konfirmasi(true)}
            kosongSaja={() => p.konfirmasi(false)}
            batal={p.batalKonfirmasi}
          />
        )}
        {p.s.tampilPengaturan && (
          <PanelPengaturan
            t={t}
            nilai={p.s.pengaturan}
            ubah={(x) => p.kirim({ jenis: 'pengaturan', pengaturan: x })}
            simpan={() => void p.simpanPengaturan()}
            indikator={hasil ? hasil.grafik.capaian.map((c) => c.nama) : []}
          />
        )}
        {hasil && (
          <>
            <Divider />
            <Ringkasan ref={judulRingkasan} t={t} hasil={hasil} bahasa={bahasa} />
            {BAGIAN_HASIL.map(({ kunci, Komponen }) => (
              <Komponen key={kunci} p={p} t={t} />
            ))}
          </>
        )}
      </main>
    </FluentProvider>
  );
}
