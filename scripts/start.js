#!/usr/bin/env node
/**
 * `npm start`: where Excel desktop exists (Windows, macOS) sideload the add-in with office-addin-debugging;
 * elsewhere serve the browser demo (the same pane on a workbook opened in the browser) and print its URL.
 */
const { spawn } = require('child_process');
const net = require('net');

const port = Number(process.env.PORT || 3000);
const adaExcel = process.platform === 'win32' || process.platform === 'darwin';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Resolve true when something already listens on the port (the dev server would fail with a stack trace). */
function portDipakai(p) {
  return new Promise((ok) => {
    const uji = net.createServer();
    uji.once('error', (e) => ok(e.code === 'EADDRINUSE' || e.code === 'EACCES'));
    uji.once('listening', () => uji.close(() => ok(false)));
    uji.listen(p, process.env.HOST || 'localhost');
  });
}

function mulai() {
  if (adaExcel && !process.env.SAKIP_DEMO) {
    console.log('Memasang add-in ke Excel desktop (office-addin-debugging)… / Sideloading into Excel desktop…');
    const p = spawn(
      npx,
      [
        'office-addin-debugging',
        'start',
        'manifest.xml',
        'desktop',
        '--dev-server',
        'npm run dev-server',
        '--dev-server-port',
        String(port),
      ],
      { stdio: 'inherit' },
    );
    p.on('exit', (k) => process.exit(k ?? 0));
  } else {
    const url = `http://localhost:${port}/demo.html`;
    console.log(
      `Excel tidak tersedia di sini: menyajikan demo peramban. / No Excel here: serving the browser demo.\nMenyiapkan… / Building…`,
    );
    const p = spawn(npx, ['webpack', 'serve', '--mode', 'development', '--env', 'hanya=web'], {
      stdio: ['inherit', 'pipe', 'inherit'],
      env: { ...process.env, PORT: String(port) },
    });
    let diumumkan = false;
    p.stdout.on('data', (b) => {
      const s = b.toString();
      if (!diumumkan && /compiled (successfully|with)/.test(s)) {
        diumumkan = true;
        console.log(`\n  Demo SAKIP siap / ready:  ${url}\n  (Ctrl+C untuk berhenti / to stop)\n`);
      }
      if (/ERROR|error/.test(s)) process.stdout.write(s);
    });
    p.on('exit', (k) => process.exit(k ?? 0));
  }
}

if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT=${process.env.PORT} bukan nomor port yang sah (1–65535). / Not a valid port number.`);
  process.exit(2);
}
portDipakai(port).then((dipakai) => {
  if (!dipakai) return mulai();
  const lain = port === 65535 ? port - 1 : port + 1;
  console.error(
    [
      `Port ${port} sudah dipakai program lain (mungkin demo yang masih berjalan).`,
      `Hentikan program itu, atau pilih port lain:  PORT=${lain} npm start`,
      `Port ${port} is already in use (perhaps a demo still running).`,
      `Stop that program, or choose another port:  PORT=${lain} npm start`,
    ].join('\n'),
  );
  process.exit(1);
});
