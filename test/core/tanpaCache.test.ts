/**
 * No module-level mutable state in the engine: a cache belongs to a reading (CacheFormat is held by each
 * sheet's BacaLembar), so two checks in one process never share or leak memory.
 */
import fs from 'fs';
import path from 'path';
import { CacheFormat, dariAngka, infoFormat } from '../../src/core/angka';
import { BacaLembar } from '../../src/core/baca/lembar';

const CORE = path.resolve(__dirname, '..', '..', 'src', 'core');

function berkasTs(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? berkasTs(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
}

test('src/core declares no module-level let, nor a Map or Set that is not read-only', () => {
  const salah: string[] = [];
  for (const f of berkasTs(CORE))
    fs.readFileSync(f, 'utf8')
      .split('\n')
      .forEach((baris, i) => {
        const tempat = `${path.relative(CORE, f)}:${i + 1}: ${baris.trim()}`;
        if (/^(export )?let /.test(baris)) salah.push(tempat);
        else if (/^(export )?const \w+\s*=\s*new (Map|Set|WeakMap|WeakSet)\b/.test(baris)) salah.push(tempat);
        else if (/^(export )?const \w+\s*:\s*(Map|Set|WeakMap|WeakSet)</.test(baris)) salah.push(tempat);
      });
  expect(salah).toEqual([]);
});

test('a reading’s format cache gives what reading the format directly gives, once per format', () => {
  const cache = new CacheFormat();
  for (const fmt of ['#,##0.00', '0%', '0.0%', '"Rp. "#,##0', 'General', '@', undefined, null, '#,##0;(#,##0)'])
    expect(cache.info(fmt)).toEqual(infoFormat(fmt));
  expect(cache.info('#,##0.00')).toBe(cache.info('#,##0.00'));
  expect(dariAngka(0.4869, '0.00%', cache)).toEqual(dariAngka(0.4869, '0.00%'));
});

test('each sheet reading owns its cache', () => {
  const lembar = { nama: 'A', baris: [], gabung: [] } as unknown as ConstructorParameters<typeof BacaLembar>[0];
  const satu = new BacaLembar(lembar);
  const dua = new BacaLembar(lembar);
  expect(satu.format).toBeInstanceOf(CacheFormat);
  expect(satu.format).not.toBe(dua.format);
});
