/**
 * Generator of realistic large SAKIP workbooks for benchmarks and robustness tests: a hierarchical
 * realisasi anggaran table with kode rekening (program > kegiatan > sub kegiatan, JUMLAH row), a capaian
 * table, a scale table, and a few planted errors whose cells are returned.
 *   npx ts-node --transpile-only scripts/bangkit.ts OUT.xlsx BARIS [LEMBAR]
 */
import ExcelJS from 'exceljs';

export interface HasilBangkit {
  file: string;
  baris: number;
  lembar: number;
  /** Planted errors: sheet, cell, rule. */
  tanam: { sheet: string; cell: string; rule: string }[];
}

function acak(seed: number): () => number {
  let keadaan = seed >>> 0;
  return () => {
    keadaan = (keadaan * 1664525 + 1013904223) >>> 0;
    return keadaan / 4294967296;
  };
}

/** `baris` data rows of realisasi anggaran spread over `lembar` sheets (7 columns), plus small capaian/skala sheets. */
export async function bangkit(file: string, baris: number, lembar = 1, seed = 7): Promise<HasilBangkit> {
  const rnd = acak(seed);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const tanam: HasilBangkit['tanam'] = [];
  const perLembar = Math.ceil(baris / lembar);
  for (let nomorLembar = 0; nomorLembar < lembar; nomorLembar++) {
    const nama = lembar === 1 ? 'Realisasi Anggaran' : `RA ${nomorLembar + 1}`;
    // each sheet of a many-sheet workbook is another unit's budget: its own programs, not the same ones again
    const unit = lembar === 1 ? '' : ` UPT ${nomorLembar + 1}`;
    const ws = wb.addWorksheet(nama);
    ws.addRow([`Tabel ${nomorLembar + 1} Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan Tahun 2024`]).commit();
    ws.addRow(['Kode Rekening', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', '%', 'Sisa (Rp)', 'Keterangan']).commit();
    let nomorBaris = 3;
    let dibuat = 0;
    let program = 0;
    const jumlahProgram: number[] = [];
    let totalPagu = 0;
    let totalReal = 0;
    while (dibuat < perLembar) {
      program++;
      const nKeg = 2 + Math.floor(rnd() * 3);
      const kegiatan: { pagu: number; real: number; subs: [number, number][] }[] = [];
      for (let nomorKegiatan = 0; nomorKegiatan < nKeg; nomorKegiatan++) {
        const nSub = 3 + Math.floor(rnd() * 5);
        const subs: [number, number][] = [];
        for (let nomorSub = 0; nomorSub < nSub; nomorSub++) {
          const pagu = Math.round(1_000_000 + rnd() * 500_000_000);
          const real = Math.round(pagu * rnd());
          subs.push([pagu, real]);
        }
        kegiatan.push({ pagu: subs.reduce((a, x) => a + x[0], 0), real: subs.reduce((a, x) => a + x[1], 0), subs });
      }
      const pp = kegiatan.reduce((a, x) => a + x.pagu, 0);
      const pr = kegiatan.reduce((a, x) => a + x.real, 0);
      const baris = (kode: string, uraian: string, pagu: number, real: number) => {
        const pct = Math.round((real / pagu) * 10000) / 100;
        const row = ws.addRow([kode, uraian, pagu, real, pct, pagu - real, '']);
        row.getCell(3).numFmt = '#,##0';
        row.getCell(4).numFmt = '#,##0';
        row.getCell(6).numFmt = '#,##0';
        row.commit();
        nomorBaris++;
        dibuat++;
      };
      const kp = `1.06.${String(program).padStart(2, '0')}`;
      jumlahProgram.push(nomorBaris);
      baris(kp, `PROGRAM ${program} PELAYANAN SOSIAL${unit}`, pp, pr);
      totalPagu += pp;
      totalReal += pr;
      kegiatan.forEach((keg, indeks) => {
        const kk = `${kp}.2.${String(indeks + 1).padStart(2, '0')}`;
        baris(kk, `Kegiatan ${program}.${indeks + 1} Penanganan Sosial${unit}`, keg.pagu, keg.real);
        keg.subs.forEach(([pagu, real], nomorSub) => {
          // planted errors: a wrong sisa and a wrong % in the first program of the first sheet
          if (nomorLembar === 0 && program === 1 && indeks === 0 && nomorSub === 0) {
            const row = ws.addRow([
              `${kk}.${String(nomorSub + 1).padStart(4, '0')}`,
              `Sub kegiatan ${program}.${indeks + 1}.${nomorSub + 1}${unit}`,
              pagu,
              real,
              Math.round((real / pagu) * 10000) / 100,
              pagu - real + 1000,
              '',
            ]);
            row.commit();
            tanam.push({ sheet: nama, cell: `F${nomorBaris}`, rule: 'sisa' });
            nomorBaris++;
            dibuat++;
            return;
          }
          baris(
            `${kk}.${String(nomorSub + 1).padStart(4, '0')}`,
            `Sub kegiatan ${program}.${indeks + 1}.${nomorSub + 1}${unit}`,
            pagu,
            real,
          );
        });
      });
    }
    const tot = ws.addRow([
      null,
      'JUMLAH',
      totalPagu + (nomorLembar === 0 ? 1 : 0),
      totalReal,
      Math.round((totalReal / (totalPagu + (nomorLembar === 0 ? 1 : 0))) * 10000) / 100,
      totalPagu + (nomorLembar === 0 ? 1 : 0) - totalReal,
      '',
    ]);
    tot.commit();
    if (nomorLembar === 0) tanam.push({ sheet: nama, cell: `C${nomorBaris}`, rule: 'jumlah' });
    ws.commit();
  }
  const sk = wb.addWorksheet('Skala');
  sk.addRow(['Tabel 3.2 Skala Nilai Peringkat Kinerja']).commit();
  sk.addRow(['No.', 'Interval Nilai Realisasi Kinerja', 'Kriteria Penilaian Realisasi Kinerja']).commit();
  [
    ['1.', '≥ 91', 'Sangat Tinggi'],
    ['2.', '76 ≤ 90', 'Tinggi'],
    ['3.', '66 ≤ 75', 'Sedang'],
    ['4.', '51 ≤ 65', 'Rendah'],
    ['5.', '≤ 50', 'Sangat Rendah'],
  ].forEach((x) => sk.addRow(x).commit());
  sk.commit();
  const ck = wb.addWorksheet('Capaian Kinerja');
  ck.addRow(['Tabel 3.1 Capaian Kinerja Tahun 2024']).commit();
  ck.addRow(['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', 'Predikat']).commit();
  for (let indeks = 1; indeks <= 40; indeks++) {
    const target = Math.round((20 + rnd() * 80) * 100) / 100;
    const re = Math.round(target * (0.3 + rnd() * 0.9) * 100) / 100;
    const capaian = Math.floor((re / target) * 10000) / 100;
    const pred =
      capaian >= 91
        ? 'Sangat Tinggi'
        : capaian >= 76
          ? 'Tinggi'
          : capaian >= 66
            ? 'Sedang'
            : capaian >= 51
              ? 'Rendah'
              : 'Sangat Rendah';
    ck.addRow([
      indeks,
      `Persentase layanan sosial ${indeks}`,
      target,
      re,
      indeks === 7 ? capaian + 5 : capaian,
      pred,
    ]).commit();
    if (indeks === 7) tanam.push({ sheet: 'Capaian Kinerja', cell: `E${indeks + 2}`, rule: 'capaian' });
  }
  ck.commit();
  await wb.commit();
  return { file, baris, lembar, tanam };
}

if (require.main === module) {
  const [out, jumlahBaris, jumlahLembar] = process.argv.slice(2);
  bangkit(out, Number(jumlahBaris ?? 10000), Number(jumlahLembar ?? 1)).then(
    (h) => console.log(JSON.stringify(h)),
    (galat: unknown) => {
      console.error(galat);
      process.exit(1);
    },
  );
}
