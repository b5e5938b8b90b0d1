#!/usr/bin/env node
/**
 * `npm test`: lint (eslint.config.mjs), build what ships (webpack: add-in, functions.json, demo, CLI), make sure Debian's chromium is
 * there for the browser tests (installing it when running as root, else printing the exact command), then
 * run every jest project. Extra arguments go to jest.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');

function jalankan(cmd, args, opsi = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32', ...opsi });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (process.platform === 'linux' && !fs.existsSync(CHROMIUM)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error(
      `Browser tests need Debian's chromium. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\nthen run npm test again.`,
    );
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests (apt-get)…');
  jalankan('apt-get', ['update', '-qq']);
  jalankan('apt-get', ['install', '-y', '-qq', 'chromium'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

// Office.js rules (load before read, sync after load, no sync in loops, isNullObject) and TypeScript lint,
// zero warnings: `npm run lint` (the folders are listed there and in eslint.config.mjs)
jalankan('npm', ['run', '-s', 'lint']);
if (!process.env.SAKIP_LEWATI_BUILD) jalankan('npx', ['webpack', '--mode', 'production']);
jalankan('npx', ['jest', '--ci', ...process.argv.slice(2)]);
