/**
 * "Lengkapi tabel" SUM formulas stay within Excel's limits: at most 255 arguments per function and 8 192
 * characters per formula; consecutive rows become ranges, long lists nested SUMs, and a sum no formula can
 * hold is written as its value.
 */
import fc from 'fast-check';
import { ARGUMEN_MAKS, PANJANG_RUMUS_MAKS, rencanaLengkapi, rumusJumlah } from '../../src/core/tulis/lengkapi';
import { parseRentang, type Sel, type WorkbookGrid } from '../../src/core/grid';
import { kasus } from '../helpers/fc';

/** The rows a formula adds (each once), and the largest argument count of any SUM in it. */
function urai(rumus: string): { baris: number[]; argumenMaks: number } {
  const baris: number[] = [];
  let argumenMaks = 0;
  const tumpuk: number[] = [];
  const isi = rumus.replace(/^=/, '');
  for (let i = 0; i < isi.length; i++) {
    if (isi.startsWith('SUM(', i)) {
      tumpuk.push(1);
      i += 3;
    } else if (isi[i] === ',') tumpuk[tumpuk.length - 1]++;
    else if (isi[i] === ')') argumenMaks = Math.max(argumenMaks, tumpuk.pop()!);
  }
  for (const ref of isi.match(/[A-Z]+\d+(:[A-Z]+\d+)?/g) ?? []) {
    const x = parseRentang(ref);
    for (let r = x.r1; r <= x.r2; r++) baris.push(r);
  }
  return { baris, argumenMaks };
}

test('consecutive rows are ranges, the rest a list', () => {
  expect(rumusJumlah([3, 1, 2], 2)).toBe('=SUM(C2:C4)');
  expect(rumusJumlah([1, 5], 2)).toBe('=SUM(C2,C6)');
  expect(rumusJumlah([1, 2, 3, 7, 9, 10], 3)).toBe('=SUM(D2:D4,D8,D10:D11)');
});

test('300 program rows among their kegiatan: nested SUMs of at most 255 arguments, every row once', () => {
  const baris = Array.from({ length: 300 }, (_, i) => 5 + i * 2);
  const f = rumusJumlah(baris, 3)!;
  expect(f).toMatch(/^=SUM\(SUM\(D6,D8,/);
  const u = urai(f);
  expect(u.argumenMaks).toBeLessThanOrEqual(ARGUMEN_MAKS);
  expect(u.baris).toEqual(baris);
  expect(f.length).toBeLessThanOrEqual(PANJANG_RUMUS_MAKS);
});

test('any set of rows: within both limits, or no formula at all', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 20000 }), { minLength: 1, maxLength: 3000 }), (baris) => {
      const f = rumusJumlah(baris, 5);
      if (f === null) return;
      const u = urai(f);
      expect(f.length).toBeLessThanOrEqual(PANJANG_RUMUS_MAKS);
      expect(u.argumenMaks).toBeLessThanOrEqual(ARGUMEN_MAKS);
      expect(u.baris).toEqual([...baris].sort((a, b) => a - b));
    }),
    { numRuns: kasus(200) },
  );
  // 2 000 scattered rows need about 12 000 characters: more than a formula may hold
  expect(
    rumusJumlah(
      Array.from({ length: 2000 }, (_, i) => 10 + i * 3),
      2,
    ),
  ).toBeNull();
});

test('Lengkapi tabel: nested SUMs for a long table, the value where no formula could hold the sum', () => {
  const v = (x: string | number | null): Sel | null => (x === null ? null : { v: x });
  const tabel = (n: number): WorkbookGrid => {
    const rows: (string | number | null)[][] = [['Kode', 'Uraian', 'Pagu', 'Realisasi']];
    for (let i = 0; i < n; i++) {
      rows.push([`1.${i + 1}`, `PROGRAM ${i + 1}`, 100, 50]);
      rows.push([`1.${i + 1}.1`, `Kegiatan ${i + 1}`, 100, 50]);
    }
    rows.push([null, 'JUMLAH', null, null]);
    return { lembar: [{ nama: 'RA', gabung: [], baris: rows.map((r) => r.map(v)) }] };
  };
  const sedang = rencanaLengkapi(tabel(300), {}, 'rumus').filter((r) => r.alasan === 'jumlah');
  expect(sedang.map((r) => r.sel)).toEqual(['C602', 'D602']);
  for (const r of sedang) {
    expect(r.rumus).toMatch(/^=SUM\(SUM\(/);
    expect(urai(r.rumus!).argumenMaks).toBeLessThanOrEqual(ARGUMEN_MAKS);
    expect(urai(r.rumus!).baris).toHaveLength(300);
  }
  const besar = rencanaLengkapi(tabel(1500), {}, 'rumus').filter((r) => r.alasan === 'jumlah');
  expect(besar).toEqual([
    { lembar: 'RA', sel: 'C3002', nilai: 150000, alasan: 'jumlah' },
    { lembar: 'RA', sel: 'D3002', nilai: 75000, alasan: 'jumlah' },
  ]);
});
