/**
 * The journal replay rule (src/core/tulis/jurnal.ts, shared by the Excel and .xlsx hosts) on its own: walking a cell's entries from the newest back,
 * a part is restored while the cell shows what the add-in wrote and left alone where the user changed it.
 */
import { EntriPulih, bacaBarisJurnal, barisJurnal, putuskan } from '../../src/core/tulis/jurnal';

const tanda = (lamaWarna: string | null, baruWarna: string): EntriPulih => ({
  lembar: 'S',
  sel: 'A1',
  jenis: 'tanda',
  lama: { fill: lamaWarna ? { color: lamaWarna, pattern: 'Solid' } : null, note: null },
  baru: { fill: { color: baruWarna, pattern: 'Solid' }, note: 'x' },
});

test('restores through several marks, and only what still shows the add-in', () => {
  const e = [tanda('#123456', '#DDEBF7'), tanda('#DDEBF7', '#FFC7CE')];
  const kini = { fill: { color: '#FFC7CE', pattern: 'Solid' }, note: 'x' };
  expect(putuskan(e, kini).tulis).toEqual({ fill: { color: '#123456', pattern: 'Solid' }, note: null });
  // the user recoloured it after the second mark: fill left, note still restored
  const diubah = putuskan(e, { ...kini, fill: { color: '#00FF00', pattern: 'Solid' } });
  expect(diubah.tulis).toEqual({ note: null });
  expect(diubah.diubah).toEqual(['fill']);
  // replaying after a replay does nothing
  const sudah = putuskan(e, { fill: { color: '#123456', pattern: 'Solid' }, note: null });
  expect(sudah.tulis).toEqual({});
  expect(sudah.sudah.sort()).toEqual(['fill', 'note']);
});

test('values: a formula is compared as Excel may respell it; a typed value wins', () => {
  const e: EntriPulih[] = [
    { lembar: 'S', sel: 'B2', jenis: 'tulis', lama: { v: null }, baru: { f: "=SAKIP.PREDIKAT(E5,'Skala'!$B$3:$C$7)" } },
  ];
  expect(putuskan(e, { f: '=SAKIP.PREDIKAT(E5,Skala!$B$3:$C$7)' }).tulis).toEqual({ v: null });
  expect(putuskan(e, { v: 'diketik' }).diubah).toEqual(['nilai']);
});

test('journal rows: text sheet names as Excel may have turned them, the "baru" column, bad rows dropped', () => {
  const e: EntriPulih = { lembar: '2024', sel: 'A1', jenis: 'tanda', lama: { fill: null }, baru: { fill: null } };
  const baris = barisJurnal(e);
  expect(baris).toHaveLength(5);
  expect(bacaBarisJurnal([baris])).toEqual([e]);
  // an older journal: the name came back as a number, no "baru"; ExcelJS fills are understood
  const lama = bacaBarisJurnal([
    [
      2024,
      'A1',
      'tanda',
      JSON.stringify({ fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } } }),
    ],
    ['S', 'not a cell', 'tanda', '{}'],
    ['S', 'A2', 'lain', '{}'],
  ]);
  expect(lama).toEqual([
    { lembar: '2024', sel: 'A1', jenis: 'tanda', lama: { fill: { color: '#00B050', pattern: 'Solid' } } },
  ]);
});
