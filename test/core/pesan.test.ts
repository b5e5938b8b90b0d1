/**
 * The message catalogs: in every language pack (the engine's findings, the hosts' and writers' texts) both
 * languages have the same messages, each of the same kind (text, or a function of the same parameters).
 */
import { PAKET_PESAN } from '../../src/core/pesan/aturan';
import { PAKET_HOST, pesanHost } from '../../src/core/pesan/host';
import { pesanDalam, type PaketBahasa } from '../../src/core/pesan/bahasa';

type Pesan = string | ((...a: unknown[]) => string);

const PAKET: [string, PaketBahasa<object>, number][] = [
  // [pack, languages, share of messages that must read differently in English]
  ['aturan', PAKET_PESAN, 0.9],
  // column headers such as "No" and "info" are the same word in both
  ['host', PAKET_HOST, 0.8],
];

function pesan(paket: PaketBahasa<object>): { id: Record<string, Pesan>; en: Record<string, Pesan> } {
  return { id: paket.id as Record<string, Pesan>, en: paket.en as Record<string, Pesan> };
}

function baca(x: Pesan, args: unknown[]): unknown {
  return typeof x === 'function' ? x(...args) : x;
}

describe.each(PAKET)('pack %s', (_, paket, bagianBeda) => {
  test('Indonesian and English have the same keys, kinds and arities', () => {
    const { id, en } = pesan(paket);
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const k of Object.keys(id)) {
      expect([k, typeof en[k]]).toEqual([k, typeof id[k]]);
      expect(['function', 'string']).toContain(typeof id[k]);
      if (typeof id[k] === 'function' && typeof en[k] === 'function')
        expect([k, en[k].length]).toEqual([k, id[k].length]);
    }
  });

  test('every message is text in both languages, and nearly every English one is not the Indonesian one', () => {
    const { id, en } = pesan(paket);
    let berbeda = 0;
    for (const k of Object.keys(id)) {
      const args = typeof id[k] === 'function' ? Array.from({ length: id[k].length }, (_, i) => `x${i}`) : [];
      const a = baca(id[k], args);
      const b = baca(en[k], args);
      expect([k, typeof a]).toEqual([k, 'string']);
      expect([k, typeof b]).toEqual([k, 'string']);
      if (a !== b) berbeda++;
    }
    expect(berbeda).toBeGreaterThan(Object.keys(id).length * bagianBeda);
  });
});

test('a pack is read through the one helper, Bahasa Indonesia being the default', () => {
  expect(pesanDalam(PAKET_HOST, 'en')).toBe(PAKET_HOST.en);
  expect(pesanDalam(PAKET_HOST, 'id')).toBe(PAKET_HOST.id);
  expect(pesanDalam(PAKET_HOST, 'fr' as never)).toBe(PAKET_HOST.id);
  expect(pesanHost('en').tanpaLembar).toBe('The workbook has no sheets.');
});
