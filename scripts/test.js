#!/usr/bin/env node
/**
 * `npm test`. First makes sure Debian's chromium is there for the browser tests (installing it when running
 * as root, else printing the exact command), then, stopping at the first step that fails and saying which
 * one and how to fix it:
 *  1. formatting, `npm run format:check`: prettier --check over src, test, scripts and the root config
 *     files (.prettierrc.json, .prettierignore; `npm run format` writes them);
 *  2. types, `npm run typecheck`: tsc --noEmit (tsconfig.json: src, test, scripts);
 *  3. lint with zero warnings, `npm run lint` (eslint.config.mjs), then `npm run lint:core` (src/core, the
 *     same rules, zero warnings);
 *  4. build what ships, `npm run build`: webpack (add-in, functions.json, demo, CLI); skipped with
 *     SAKIP_LEWATI_BUILD=1;
 *  5. every jest project. Extra arguments go to jest.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');

/** Run one step; on failure print what failed and how to fix or rerun it, and exit with its code. */
function jalankan(langkah, cmd, args, opsi = {}) {
  const { saran, ...opsiSpawn } = opsi;
  if (langkah) console.log(`\n▶ ${langkah}: ${cmd} ${args.join(' ')}`);
  const hasil = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32', ...opsiSpawn });
  if (hasil.status !== 0) {
    if (langkah) console.error(`\n✖ npm test stopped at "${langkah}".${saran ? ` ${saran}` : ''}`);
    process.exit(hasil.status ?? 1);
  }
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
  jalankan(null, 'apt-get', ['update', '-qq']);
  jalankan(null, 'apt-get', ['install', '-y', '-qq', 'chromium'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

jalankan('formatting', 'npm', ['run', '-s', 'format:check'], {
  saran: 'The files listed above are not formatted: npm run format',
});
jalankan('types', 'npm', ['run', '-s', 'typecheck'], { saran: 'Fix the type errors above (npm run typecheck).' });
jalankan('lint', 'npm', ['run', '-s', 'lint'], {
  saran: 'Fix the problems above (npm run lint; npx eslint --fix FILE fixes many).',
});
jalankan('lint src/core', 'npm', ['run', '-s', 'lint:core'], { saran: 'Fix the problems above (npm run lint:core).' });
if (!process.env.SAKIP_LEWATI_BUILD)
  jalankan('build', 'npm', ['run', '-s', 'build'], { saran: 'The build failed (npm run build).' });
jalankan('tests', 'npx', ['jest', '--ci', ...process.argv.slice(2)]);
