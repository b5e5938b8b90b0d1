/**
 * The task pane entry in Excel (src/taskpane/index.tsx) follows Office's theme: dark when Office's body
 * background is dark, and again when Office reports that its theme changed (OfficeThemeChanged).
 */
import { act } from '@testing-library/react';

type Tema = { bodyBackgroundColor: string };
let penangan: (() => void) | null = null;
const tema: { officeTheme: Tema } = { officeTheme: { bodyBackgroundColor: '#1f1f1f' } };

beforeAll(() => {
  document.body.innerHTML = '<div id="root"></div>';
  const office = {
    HostType: { Excel: 'Excel' },
    EventType: { OfficeThemeChanged: 'officeThemeChanged' },
    onReady: (siap: (info: { host: string }) => void) => {
      siap({ host: 'Excel' });
      return Promise.resolve();
    },
    context: {
      get officeTheme() {
        return tema.officeTheme;
      },
      displayLanguage: 'id-ID',
      requirements: { isSetSupported: () => true },
      document: {
        addHandlerAsync: (_jenis: string, fungsi: () => void) => {
          penangan = fungsi;
        },
        removeHandlerAsync: () => undefined,
      },
    },
  };
  Object.assign(globalThis, {
    Office: office,
    // no workbook behind the pane here: every Excel call fails, as it would without a document
    Excel: { run: () => Promise.reject(new Error('tidak ada workbook')) },
  });
});

test('dark in a dark Office theme, light again when Office switches to a light theme', async () => {
  await act(async () => {
    await import('../../src/taskpane/index');
  });
  expect(document.documentElement.style.colorScheme).toBe('dark');
  expect(penangan).not.toBeNull();
  tema.officeTheme = { bodyBackgroundColor: '#ffffff' };
  await act(async () => {
    penangan!();
  });
  expect(document.documentElement.style.colorScheme).toBe('light');
});
