/**
 * Browser demo: the same pane on a workbook opened in the browser (file picker or a bundled sample),
 * with ExcelJS as the host, a preview of the selected cell, and "Unduh hasil" for the annotated copy.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import ExcelJS from 'exceljs';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Text,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { App } from '../taskpane/App';
import { DemoHost, Pilihan } from './host';
import { muatXlsx } from '../xlsx/muat';
import { Pratinjau } from './Pratinjau';

declare const __SAMPEL__: string[];

const useStyles = makeStyles({
  halaman: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    alignItems: 'flex-start',
    minHeight: '100%',
    boxSizing: 'border-box',
  },
  kiri: { flex: '1 1 360px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  panel: {
    flex: '0 1 380px',
    minWidth: '300px',
    maxWidth: '100%',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minHeight: '480px',
  },
  baris: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

function Demo(): JSX.Element {
  const s = useStyles();
  const [host, setHost] = React.useState<DemoHost | null>(null);
  const [galat, setGalat] = React.useState<string | null>(null);
  const [pilihan, setPilihan] = React.useState<Pilihan | null>(null);
  const sampel = typeof __SAMPEL__ !== 'undefined' ? __SAMPEL__ : [];

  const buka = async (data: ArrayBuffer, nama: string) => {
    setGalat(null);
    setPilihan(null);
    try {
      const { wb } = await muatXlsx(data, nama);
      const h = new DemoHost(wb as ExcelJS.Workbook, nama);
      h.onPilih(setPilihan);
      setHost(h);
    } catch (e) {
      setHost(null);
      setGalat(`${nama}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const unduh = async () => {
    if (!host) return;
    const blob = await host.unduh();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = host.namaBerkas.replace(/\.(xlsx|xlsm)$/i, '') + '.hasil-sakip.xlsx';
    document.body.appendChild(a);
    a.click();
    a.remove();
  };

  return (
    <div className={s.halaman}>
      <section className={s.kiri} aria-label="Workbook">
        <Title2 as="h1">SAKIP Excel — demo</Title2>
        <Text>Buka workbook .xlsx (tidak diunggah ke mana pun: semua diproses di peramban ini) atau coba contoh.</Text>
        <div className={s.baris}>
          <label>
            <Text weight="semibold">Pilih berkas: </Text>
            <input
              type="file"
              accept=".xlsx,.xlsm"
              data-testid="pilih-berkas"
              onChange={async (e) => {
                const f = e.target.files?.[0];
                if (f) await buka(await f.arrayBuffer(), f.name);
              }}
            />
          </label>
        </div>
        {sampel.length > 0 && (
          <div className={s.baris} aria-label="Contoh">
            <Text>Contoh:</Text>
            {sampel.map((n) => (
              <Button
                key={n}
                size="small"
                onClick={async () => buka(await (await fetch(`samples/${n}`)).arrayBuffer(), n)}
              >
                {n}
              </Button>
            ))}
          </div>
        )}
        {galat && (
          <MessageBar intent="error">
            <MessageBarBody>{galat}</MessageBarBody>
          </MessageBar>
        )}
        {host && <Text data-testid="berkas-aktif">Berkas: {host.namaBerkas}</Text>}
        {host && pilihan && <Pratinjau wb={host.wb} pilihan={pilihan} />}
      </section>
      <section className={s.panel} aria-label="Panel SAKIP">
        {host ? (
          <App key={host.namaBerkas} host={host} aksiTambahan={[{ label: 'Unduh hasil', jalankan: unduh }]} />
        ) : (
          <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
            <Text>Pilih workbook untuk mulai.</Text>
          </FluentProvider>
        )}
      </section>
    </div>
  );
}

const el = document.getElementById('root');
if (el) {
  createRoot(el).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100%' }}>
      <Demo />
    </FluentProvider>,
  );
}
