/** The engine's message catalog: both language packs have the same messages, taking the same arguments. */
import { PAKET_PESAN } from '../../src/core/pesan/aturan';

test('Indonesian and English packs have the same keys and arities', () => {
  const id = PAKET_PESAN.id as unknown as Record<string, (...a: unknown[]) => string>;
  const en = PAKET_PESAN.en as unknown as Record<string, (...a: unknown[]) => string>;
  expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  for (const k of Object.keys(id)) expect([k, en[k].length]).toEqual([k, id[k].length]);
});

test('every message is text in both languages, and the English one is not the Indonesian one', () => {
  const id = PAKET_PESAN.id as unknown as Record<string, (...a: unknown[]) => string>;
  const en = PAKET_PESAN.en as unknown as Record<string, (...a: unknown[]) => string>;
  let berbeda = 0;
  for (const k of Object.keys(id)) {
    const args = Array.from({ length: id[k].length }, (_, i) => `x${i}`);
    const a = id[k](...args);
    const b = en[k](...args);
    expect(typeof a).toBe('string');
    expect(typeof b).toBe('string');
    if (a !== b) berbeda++;
  }
  // a few messages are the same in both (a bare number, a formula): nearly all are translated
  expect(berbeda).toBeGreaterThan(Object.keys(id).length * 0.9);
});
