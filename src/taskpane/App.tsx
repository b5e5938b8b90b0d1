/**
 * The task pane: "Periksa workbook", summary, findings grouped by sheet and table with filters, and the
 * write-back actions. Talks only to a Host (Excel or the browser demo).
 */
import * as React from 'react';
import {
  Button,
  Caption1,
  Divider,
  Dropdown,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
  Switch,
  Text,
  Title3,
  Toolbar,
  ToolbarButton,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { Host } from './host';
import type { HasilPeriksa } from '../core/periksa';
import { periksaWorkbook } from '../core/periksa';
import type { RuleId, Severity, Temuan } from '../core/model';
import { SEMUA_ATURAN } from '../core/model';
import { Bahasa, teks } from './teks';
import { Pengaturan, PENGATURAN_BAWAAN, opsiDariPengaturan } from '../core/pengaturan';
import { rencanaPredikat } from '../core/tulis/predikat';
import { rencanaLengkapi } from '../core/tulis/lengkapi';
import type { RencanaTulis } from '../core/tulis/rencana';
import { DaftarTemuan } from './DaftarTemuan';
import { PanelPengaturan } from './PanelPengaturan';
import { Ringkasan } from './Ringkasan';

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
    minWidth: '280px',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  baris: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  toolbar: { flexWrap: 'wrap', padding: 0 },
});

type Status =
  | { jenis: 'awal' }
  | { jenis: 'sibuk'; pesan: string; progres?: number }
  | { jenis: 'galat'; pesan: string }
  | { jenis: 'selesai'; hasil: HasilPeriksa };

export interface AppProps {
  host: Host;
  /** Office's theme is dark (Excel follows the system/Office theme). */
  gelapAwal?: boolean;
  bahasaAwal?: Bahasa;
  /** Extra actions of a host (the demo's "Unduh hasil"). */
  aksiTambahan?: { label: string; jalankan: () => Promise<void> }[];
  /** Called after each check, for hosts that keep the result (demo download). */
  setelahPeriksa?: (h: HasilPeriksa) => void;
}

export function App({
  host,
  gelapAwal = false,
  bahasaAwal = 'id',
  aksiTambahan = [],
  setelahPeriksa,
}: AppProps): JSX.Element {
  const s = useStyles();
  const [bahasa, setBahasa] = React.useState<Bahasa>(bahasaAwal);
  const [gelap, setGelap] = React.useState(gelapAwal);
  const [status, setStatus] = React.useState<Status>({ jenis: 'awal' });
  const [info, setInfo] = React.useState<string | null>(null);
  const [catatanHost, setCatatanHost] = React.useState<string[]>([]);
  const [pengaturan, setPengaturan] = React.useState<Pengaturan>({ ...PENGATURAN_BAWAAN, bahasa: bahasaAwal });
  const [tampilPengaturan, setTampilPengaturan] = React.useState(false);
  const [filterTingkat, setFilterTingkat] = React.useState<Severity | 'semua'>('semua');
  const [filterAturan, setFilterAturan] = React.useState<RuleId | 'semua'>('semua');
  const [modePredikat, setModePredikat] = React.useState<'nilai' | 'rumus'>('nilai');
  const [tunda, setTunda] = React.useState<{ rencana: RencanaTulis[]; terisi: number } | null>(null);
  const t = teks(bahasa);

  React.useEffect(() => {
    host.muatPengaturan().then(
      (p) => {
        if (p) {
          setPengaturan(p);
          setBahasa(p.bahasa);
        }
      },
      () => undefined,
    );
  }, [host]);

  const jalankan = async (f: () => Promise<string | void>) => {
    setInfo(null);
    setCatatanHost([]);
    try {
      const pesan = await f();
      if (pesan) setInfo(pesan);
      setCatatanHost(host.pemberitahuan?.(bahasa) ?? []);
    } catch (e) {
      setStatus({ jenis: 'galat', pesan: e instanceof Error ? e.message : String(e) });
    }
  };

  const periksa = () =>
    jalankan(async () => {
      setStatus({ jenis: 'sibuk', pesan: t.membaca, progres: 0 });
      const grid = await host.bacaWorkbook((p) => setStatus({ jenis: 'sibuk', pesan: t.membaca, progres: p }));
      setStatus({ jenis: 'sibuk', pesan: t.memeriksa });
      await new Promise((r) => setTimeout(r, 0));
      const hasil = periksaWorkbook(grid, { ...opsiDariPengaturan(pengaturan), bahasa });
      setStatus({ jenis: 'selesai', hasil });
      setelahPeriksa?.(hasil);
    });

  const hasil = status.jenis === 'selesai' ? status.hasil : null;
  const temuan = React.useMemo(
    () =>
      hasil
        ? hasil.findings.filter(
            (f) =>
              (filterTingkat === 'semua' || f.severity === filterTingkat) &&
              (filterAturan === 'semua' || f.rule === filterAturan),
          )
        : [],
    [hasil, filterTingkat, filterAturan],
  );

  const tulisRencana = async (rencana: RencanaTulis[], timpa: boolean) => {
    const h = await host.tulis(rencana, timpa);
    setTunda(null);
    return t.ditulis(h.ditulis, h.dilewati);
  };

  const siapkanTulis = (buat: () => Promise<RencanaTulis[]>) =>
    jalankan(async () => {
      const rencana = await buat();
      if (rencana.length === 0) return t.tidakAdaRencana;
      const grid = await host.bacaWorkbook();
      const terisi = rencana.filter((r) => {
        const l = grid.lembar.find((x) => x.nama === r.lembar);
        if (!l) return false;
        const m = /^([A-Z]+)(\d+)$/.exec(r.sel)!;
        let c = 0;
        for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
        const sel = l.baris[Number(m[2]) - 1]?.[c - 1];
        return !!sel && ((sel.v !== null && String(sel.v).trim() !== '') || !!sel.f);
      }).length;
      if (terisi > 0) {
        setTunda({ rencana, terisi });
        return;
      }
      return tulisRencana(rencana, false);
    });

  const sibuk = status.jenis === 'sibuk';
  return (
    <FluentProvider theme={gelap ? webDarkTheme : webLightTheme} style={{ height: '100%' }}>
      <main className={s.root} lang={bahasa}>
        <header className={s.header}>
          <Title3 as="h1">{t.judul}</Title3>
          <Caption1>{t.subjudul}</Caption1>
          <div className={s.baris}>
            <Switch
              label={t.bahasa}
              checked={bahasa === 'en'}
              onChange={(_, d) => setBahasa(d.checked ? 'en' : 'id')}
            />
            <Switch label={t.tema} checked={gelap} onChange={(_, d) => setGelap(d.checked)} />
          </div>
        </header>
        <Button appearance="primary" size="large" onClick={periksa} disabled={sibuk}>
          {t.periksa}
        </Button>
        {status.jenis === 'sibuk' && (
          <div role="status" aria-live="polite">
            <Text>{status.pesan}</Text>
            <ProgressBar value={status.progres} thickness="large" aria-label={status.pesan} />
          </div>
        )}
        {status.jenis === 'galat' && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t.galat}</MessageBarTitle>
              {status.pesan}
            </MessageBarBody>
          </MessageBar>
        )}
        {info && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{info}</MessageBarBody>
          </MessageBar>
        )}
        {catatanHost.length > 0 && (
          <MessageBar intent="warning" role="status">
            <MessageBarBody>{catatanHost.join(' ')}</MessageBarBody>
          </MessageBar>
        )}
        {(host.fiturTidakTersedia?.(bahasa) ?? []).length > 0 && (
          <MessageBar intent="info">
            <MessageBarBody>{host.fiturTidakTersedia!(bahasa).join(' ')}</MessageBarBody>
          </MessageBar>
        )}
        {status.jenis === 'awal' && <Text>{t.awal}</Text>}
        <Toolbar aria-label={t.pengaturan} className={s.toolbar} size="small">
          <ToolbarButton
            disabled={!hasil || sibuk}
            onClick={() => jalankan(async () => t.ditandai(await host.tandai(hasil!.findings)))}
          >
            {t.tandai}
          </ToolbarButton>
          <ToolbarButton disabled={sibuk} onClick={() => jalankan(async () => t.dihapus(await host.hapusTanda()))}>
            {t.hapusTanda}
          </ToolbarButton>
          <ToolbarButton
            disabled={!hasil || sibuk}
            onClick={() =>
              jalankan(async () => (await host.buatLaporan(hasil!.findings, bahasa, hasil!.grafik), t.laporanDibuat))
            }
          >
            {t.laporan}
          </ToolbarButton>
          <ToolbarButton
            disabled={!hasil || sibuk}
            onClick={() =>
              siapkanTulis(async () =>
                rencanaPredikat(await host.bacaWorkbook(), { ...opsiDariPengaturan(pengaturan), bahasa }, modePredikat),
              )
            }
          >
            {t.tulisPredikat}
          </ToolbarButton>
          <ToolbarButton
            disabled={!hasil || sibuk}
            onClick={() =>
              siapkanTulis(async () =>
                rencanaLengkapi(await host.bacaWorkbook(), { ...opsiDariPengaturan(pengaturan), bahasa }, modePredikat),
              )
            }
          >
            {t.lengkapi}
          </ToolbarButton>
          <ToolbarButton aria-expanded={tampilPengaturan} onClick={() => setTampilPengaturan((x) => !x)}>
            {t.pengaturan}
          </ToolbarButton>
          {aksiTambahan.map((a) => (
            <ToolbarButton key={a.label} disabled={sibuk} onClick={() => jalankan(a.jalankan)}>
              {a.label}
            </ToolbarButton>
          ))}
        </Toolbar>
        <RadioGroup
          layout="horizontal"
          value={modePredikat}
          onChange={(_, d) => setModePredikat(d.value as 'nilai' | 'rumus')}
          aria-label={t.tulisPredikat}
        >
          <Radio value="nilai" label={t.nilai} />
          <Radio value="rumus" label={t.rumusHidup} />
        </RadioGroup>
        {tunda && (
          <MessageBar intent="warning">
            <MessageBarBody>
              {t.konfirmasiTimpa(tunda.terisi)}
              <div className={s.baris}>
                <Button size="small" onClick={() => jalankan(() => tulisRencana(tunda.rencana, true))}>
                  {t.timpa}
                </Button>
                <Button size="small" onClick={() => jalankan(() => tulisRencana(tunda.rencana, false))}>
                  {t.kosongSaja}
                </Button>
                <Button size="small" appearance="subtle" onClick={() => setTunda(null)}>
                  {t.batal}
                </Button>
              </div>
            </MessageBarBody>
          </MessageBar>
        )}
        {tampilPengaturan && (
          <PanelPengaturan
            t={t}
            nilai={pengaturan}
            ubah={setPengaturan}
            simpan={() => jalankan(async () => (await host.simpanPengaturan({ ...pengaturan, bahasa }), t.tersimpan))}
            indikator={hasil ? hasil.grafik.capaian.map((c) => c.nama) : []}
          />
        )}
        {hasil && (
          <>
            <Divider />
            <Ringkasan t={t} hasil={hasil} gelap={gelap} />
            {hasil.findings.length === 0 ? (
              <MessageBar intent="success">
                <MessageBarBody>
                  <MessageBarTitle>{t.kosongJudul}</MessageBarTitle>
                  {hasil.tables.length === 0 ? t.tanpaTabel : t.kosongIsi(hasil.tables.length, jenisRingkas(hasil, t))}
                </MessageBarBody>
              </MessageBar>
            ) : (
              <>
                <div className={s.baris}>
                  <Dropdown
                    aria-label={t.filterTingkat}
                    placeholder={t.filterTingkat}
                    value={filterTingkat === 'semua' ? `${t.filterTingkat}: ${t.semua}` : t.tingkat[filterTingkat]}
                    onOptionSelect={(_, d) => setFilterTingkat((d.optionValue as Severity | 'semua') ?? 'semua')}
                  >
                    <Option value="semua">{`${t.filterTingkat}: ${t.semua}`}</Option>
                    {(['error', 'warning', 'info'] as Severity[]).map((x) => (
                      <Option key={x} value={x}>
                        {t.tingkat[x]}
                      </Option>
                    ))}
                  </Dropdown>
                  <Dropdown
                    aria-label={t.filterAturan}
                    placeholder={t.filterAturan}
                    value={filterAturan === 'semua' ? `${t.filterAturan}: ${t.semua}` : t.aturan[filterAturan]}
                    onOptionSelect={(_, d) => setFilterAturan((d.optionValue as RuleId | 'semua') ?? 'semua')}
                  >
                    <Option value="semua">{`${t.filterAturan}: ${t.semua}`}</Option>
                    {SEMUA_ATURAN.filter((r) => hasil.findings.some((f) => f.rule === r)).map((r) => (
                      <Option key={r} value={r}>
                        {t.aturan[r]}
                      </Option>
                    ))}
                  </Dropdown>
                </div>
                <Subtitle2 as="h2">
                  {t.temuan} ({temuan.length})
                </Subtitle2>
                <DaftarTemuan
                  t={t}
                  temuan={temuan}
                  tabel={hasil.tabel}
                  pilih={(f: Temuan) => jalankan(() => host.pilihSel(f.sheet, f.cell))}
                />
              </>
            )}
          </>
        )}
      </main>
    </FluentProvider>
  );
}

function jenisRingkas(h: HasilPeriksa, t: ReturnType<typeof teks>): string {
  const n = new Map<string, number>();
  for (const x of h.tables) n.set(x.kind, (n.get(x.kind) ?? 0) + 1);
  return [...n].map(([k, v]) => `${v} ${t.jenis[k as keyof typeof t.jenis]}`).join(', ');
}
