/* global Office */
/**
 * Task pane entry in Excel: waits for Office, follows Office's theme (also when it changes) and UI
 * language, renders the pane over the Office.js host. Opened outside Excel, it says where to go instead.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { ExcelHost } from '../excel/host';
import type { Bahasa } from '../core/pesan/bahasa';

function gelapDariOffice(): boolean {
  try {
    const tema = Office.context.officeTheme;
    if (!tema?.bodyBackgroundColor) return false;
    const hex = tema.bodyBackgroundColor.replace('#', '');
    const [merah, hijau, biru] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return 0.299 * merah + 0.587 * hijau + 0.114 * biru < 128;
  } catch {
    return false;
  }
}

/** The whole page, not only the pane, in the theme's background (no white edge around a dark pane). */
function warnaiHalaman(gelap: boolean): void {
  document.documentElement.style.colorScheme = gelap ? 'dark' : 'light';
  document.body.style.backgroundColor = (gelap ? webDarkTheme : webLightTheme).colorNeutralBackground1;
}

function Panel({ catatan, bahasa }: { catatan: boolean; bahasa: Bahasa }): JSX.Element {
  const host = React.useMemo(() => new ExcelHost(undefined, catatan), [catatan]);
  const [gelap, setGelap] = React.useState(gelapDariOffice);
  React.useEffect(() => {
    // Office tells add-ins when its theme changes (where the host supports the event)
    const jenis = (Office.EventType as unknown as Record<string, Office.EventType>).OfficeThemeChanged;
    if (!jenis) return;
    const ikutiTema = () => setGelap(gelapDariOffice());
    try {
      Office.context.document.addHandlerAsync(jenis, ikutiTema);
    } catch {
      return;
    }
    return () => {
      try {
        Office.context.document.removeHandlerAsync(jenis, { handler: ikutiTema });
      } catch {
        // nothing to remove
      }
    };
  }, []);
  return <App host={host} gelapAwal={gelap} bahasaAwal={bahasa} onGelap={warnaiHalaman} />;
}

const el = document.getElementById('root')!;
const root = createRoot(el);
if (typeof Office === 'undefined') {
  root.render(
    <p style={{ fontFamily: 'sans-serif', padding: 16 }}>
      Panel ini berjalan di dalam Excel. Tanpa Excel, buka demo peramban: demo.html
    </p>,
  );
} else {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      root.render(
        <p style={{ fontFamily: 'sans-serif', padding: 16 }}>Buka add-in ini di Excel. / Open this add-in in Excel.</p>,
      );
      return;
    }
    const bahasa = /^en/i.test(Office.context.displayLanguage ?? '') ? 'en' : 'id';
    const catatan = Office.context.requirements.isSetSupported('ExcelApi', '1.18');
    root.render(<Panel catatan={catatan} bahasa={bahasa} />);
  });
}
