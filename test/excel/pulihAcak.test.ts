/**
 * Round trip on random workbooks, through the real office.js client and on the fake: Tandai (twice) → Tulis
 * predikat → Lengkapi tabel → Buat laporan → Hapus tanda leaves every cell's value, formula, fill, bold,
 * number format and note exactly as before; and what the user typed in between survives Hapus tanda.
 */
import fc from 'fast-check';
import { WorkbookPalsu, SelPalsu } from '../helpers/dokumenExcel';
import { SEMUA, potret } from '../helpers/lingkungan';
import { kasus } from '../helpers/fc';
import { alamat } from '../../src/core/grid';
import type { Temuan } from '../../src/core/model';
import type { RencanaTulis } from '../../src/core/tulis/rencana';
import { rumusJumlah } from '../../src/core/tulis/lengkapi';

const NAMA = ['Realisasi Anggaran', 'Data, TW I', '2024', 'TRUE', "Capaian 'IKU'", '=Lembar'];
const BARIS = 10;
const KOLOM = 6;

const arbSel: fc.Arbitrary<SelPalsu | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.integer({ min: -5000, max: 5000000 }).map((value) => ({ value })) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom('Program A', '2024', 'TRUE', '=1+1', '-5', '@x', '31/3', '', ' ')
      .map((value) => ({ value, kutip: /^[=+\-@]|^\d|^TRUE$/.test(value) })),
  },
  { weight: 1, arbitrary: fc.constant({ formula: 'SUM(A1:A3)' }) },
  { weight: 1, arbitrary: fc.constant({ value: 45382, numberFormat: 'dd/mm/yyyy' }) },
);

const arbFormat = fc.record({
  fill: fc.option(
    fc.oneof(
      fc.constantFrom('#FFC000', '#00B050', '#FFC7CE').map((color) => ({ color, pattern: 'Solid' })),
      fc.constant({ color: '#FF0000', pattern: 'Gray25', patternColor: '#0000FF' }),
    ),
    { nil: undefined },
  ),
  bold: fc.boolean(),
  note: fc.option(fc.constantFrom('catatan bendahara', '[SAKIP lama] bukan milik add-in'), { nil: undefined }),
});

const arbLembar = fc.record({
  sel: fc.array(fc.tuple(arbSel, arbFormat), { minLength: BARIS * KOLOM, maxLength: BARIS * KOLOM }),
});

const arbKasus = fc.record({
  nama: fc.shuffledSubarray(NAMA, { minLength: 1, maxLength: 3 }),
  lembar: fc.array(arbLembar, { minLength: 3, maxLength: 3 }),
  temuan: fc.array(
    fc.record({
      l: fc.nat(2),
      r: fc.nat(BARIS - 1),
      c: fc.nat(KOLOM - 1),
      severity: fc.constantFrom('error', 'warning', 'info'),
      pesan: fc.constantFrom('TOTAL 599 ≠ 559', '=HYPERLINK("x")', '-5 kurang'),
    }),
    { maxLength: 25 },
  ),
  tulis: fc.array(
    fc.record({
      l: fc.nat(2),
      r: fc.nat(BARIS - 1),
      c: fc.nat(KOLOM),
      isi: fc.oneof(
        fc.constantFrom('Sangat Tinggi', '2024', '=x', 'TRUE').map((nilai) => ({ nilai })),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((nilai) => ({ nilai: Math.round(nilai * 100) / 100 })),
        fc.constant({ rumus: '=SAKIP.PREDIKAT(B2)' }),
      ),
      judul: fc.boolean(),
    }),
    { maxLength: 15 },
  ),
  lengkapi: fc.array(fc.record({ l: fc.nat(2), r: fc.nat(BARIS - 1), c: fc.nat(KOLOM) }), { maxLength: 8 }),
  timpa: fc.boolean(),
  ketik: fc.array(
    fc.record({ l: fc.nat(2), r: fc.nat(BARIS - 1), c: fc.nat(KOLOM), v: fc.constantFrom('diketik', 7) }),
    {
      maxLength: 4,
    },
  ),
});

type Kasus = typeof arbKasus extends fc.Arbitrary<infer T> ? T : never;

function bangun(kasus: Kasus): WorkbookPalsu {
  const wb = new WorkbookPalsu();
  kasus.nama.forEach((nama, indeks) => {
    const lembar = wb.tambah(nama);
    kasus.lembar[indeks].sel.forEach(([isi, gaya], indeksSel) => {
      const baris = Math.floor(indeksSel / KOLOM);
      const kolom = indeksSel % KOLOM;
      if (!isi && !gaya.fill && !gaya.bold && !gaya.note) return;
      const sel = lembar.sel(baris, kolom);
      if (isi) Object.assign(sel, isi);
      if (gaya.fill) sel.fill = { ...gaya.fill };
      if (gaya.bold) sel.bold = true;
      if (gaya.note) lembar.notes.set(alamat(baris, kolom), gaya.note);
    });
  });
  return wb;
}

function nama(kasus: Kasus, indeksLembar: number): string {
  return kasus.nama[indeksLembar % kasus.nama.length];
}

describe.each(SEMUA)('$nama', (lingkungan) => {
  test('Tandai → Tulis → Lengkapi → Laporan → Hapus tanda restores every cell exactly; what the user typed stays', async () => {
    await fc.assert(
      fc.asyncProperty(arbKasus, async (kasus) => {
        const wb = bangun(kasus);
        const harapan = bangun(kasus);
        const sebelum = potret(wb);
        const { host } = lingkungan.mulai(wb);
        const temuan: Temuan[] = kasus.temuan.map((t) => ({
          rule: 'jumlah',
          severity: t.severity,
          sheet: nama(kasus, t.l),
          cell: alamat(t.r, t.c),
          message: t.pesan,
          stated: '-5',
          expected: '=7',
        }));
        await host.tandai(temuan);
        // a second check marks some cells again (other severities): the journal then holds chains
        await host.tandai(
          temuan.slice(0, 6).map((t) => ({ ...t, severity: t.severity === 'info' ? 'error' : 'info' })),
        );
        const tulis: RencanaTulis[] = kasus.tulis.map((t) => ({
          lembar: nama(kasus, t.l),
          sel: alamat(t.r, t.c),
          ...t.isi,
          alasan: 'uji',
          ...(t.judul ? { judul: true } : {}),
        }));
        await host.tulis(tulis, kasus.timpa);
        const lengkapi: RencanaTulis[] = kasus.lengkapi.map((t) => ({
          lembar: nama(kasus, t.l),
          sel: alamat(t.r, t.c),
          rumus: rumusJumlah([0, 2, 3], t.c)!,
          alasan: 'jumlah',
        }));
        await host.tulis(lengkapi, false);
        await host.buatLaporan(temuan, 'id');
        // the user types into some cells before removing the marks
        for (const ketik of kasus.ketik)
          for (const workbook of [wb, harapan]) {
            const sel = workbook.lembar(nama(kasus, ketik.l))!.sel(ketik.r, ketik.c);
            delete sel.formula;
            delete sel.kutip;
            sel.value = ketik.v;
          }
        await host.hapusTanda();
        expect(wb.lembar('_sakip_jurnal')).toBeUndefined();
        expect(potret(wb)).toBe(potret(harapan));
        if (kasus.ketik.length === 0) expect(potret(wb)).toBe(sebelum);
      }),
      { numRuns: kasus(30) },
    );
  }, 300_000);
});
