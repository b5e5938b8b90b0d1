/* global CustomFunctions, Excel */
/**
 * SAKIP custom functions. The JSDoc below is the source of functions.json (custom-functions-metadata-plugin);
 * every parameter accepts a single value or a range, and a range returns an array of the same shape.
 *
 * Empty cells: Excel on the web passes an empty cell as null, Excel on Windows/Mac builds before the fix
 * pass it as 0 (office-js issue 4702), which would make CAPAIAN(100; empty) 0 and PREDIKAT(empty) "Sangat
 * Rendah". Each function therefore asks for its parameters' addresses (@requiresParameterAddresses,
 * CustomFunctionsRuntime 1.3) and, only when a referenced argument holds a 0, reads those cells' value types
 * through the shared runtime's Excel API: a 0 that comes from an empty cell is treated as empty (#N/A), a
 * typed 0 stays 0. A literal 0 in the formula has no address and is a 0.
 */
import { FUNGSI_SAKIP, Galat, IdFungsi, jalankan, Keluaran, Masukan } from './logika';

type Sel = number | string | CustomFunctions.Error;

function keExcel(hasil: Keluaran): Sel[][] {
  return hasil.map((r) =>
    r.map((x) =>
      x instanceof Galat ? new CustomFunctions.Error(CustomFunctions.ErrorCode[x.kode], x.pesanTampil) : x,
    ),
  );
}

function gagal(galat: unknown): Sel[][] {
  return [
    [
      new CustomFunctions.Error(
        CustomFunctions.ErrorCode.invalidValue,
        galat instanceof Error ? galat.message : String(galat),
      ),
    ],
  ];
}

/** "Sheet1!B2:C4", "'Realisasi TW I'!E5" -> sheet and range address. */
export function pisahAlamat(alamat: string): { lembar: string; rentang: string } | null {
  const indeks = alamat.lastIndexOf('!');
  if (indeks <= 0) return null;
  let lembar = alamat.slice(0, indeks);
  if (lembar.startsWith("'") && lembar.endsWith("'")) lembar = lembar.slice(1, -1).replace(/''/g, "'");
  // an address of another workbook ("[Book2]Sheet1") is not ours to read
  if (/^\[.*]/.test(lembar)) return null;
  return { lembar, rentang: alamat.slice(indeks + 1) };
}

function adaNol(masukan: unknown): boolean {
  return Array.isArray(masukan) && masukan.some((r) => Array.isArray(r) && r.some((x) => x === 0));
}

/**
 * The arguments with every 0 that Excel passed for an empty cell replaced by null. One Excel.run, one sync,
 * only for the arguments that hold a 0 and are cell references; without the Excel API (no shared runtime)
 * the arguments are returned as they are.
 */
async function kosongkanNol(args: Masukan[], invocation?: CustomFunctions.Invocation): Promise<Masukan[]> {
  const alamat = invocation?.parameterAddresses;
  if (!alamat) return args;
  const cek = args
    .map((masukan, indeks) => ({
      indeks,
      masukan,
      posisi: adaNol(masukan) && alamat[indeks] ? pisahAlamat(alamat[indeks]) : null,
    }))
    .filter(
      (cekArg): cekArg is { indeks: number; masukan: Masukan; posisi: { lembar: string; rentang: string } } =>
        cekArg.posisi !== null,
    );
  if (cek.length === 0 || typeof Excel === 'undefined') return args;
  try {
    const tipe = await Excel.run(async (context) => {
      const rentangCek = cek.map((cekArg) => {
        const range = context.workbook.worksheets.getItem(cekArg.posisi.lembar).getRange(cekArg.posisi.rentang);
        range.load('valueTypes');
        return range;
      });
      await context.sync();
      return rentangCek.map((x): string[][] => x.valueTypes);
    });
    const out = [...args];
    cek.forEach((cekArg, indeks) => {
      const jenisSel = tipe[indeks];
      if (jenisSel.length !== cekArg.masukan.length || jenisSel[0]?.length !== cekArg.masukan[0]?.length) return;
      out[cekArg.indeks] = cekArg.masukan.map((baris, nomorBaris) =>
        baris.map((nilai, nomorKolom) => (nilai === 0 && jenisSel[nomorBaris][nomorKolom] === 'Empty' ? null : nilai)),
      );
    });
    return out;
  } catch {
    return args;
  }
}

/** A SAKIP function as Excel calls it: its arguments (an omitted optional one as null) and the invocation. */
async function hitung(
  id: IdFungsi,
  args: (unknown[][] | null | undefined)[],
  invocation: CustomFunctions.Invocation | undefined,
): Promise<Sel[][]> {
  try {
    const masukan = args.map((arg) => arg ?? [[null]]);
    return keExcel(jalankan(FUNGSI_SAKIP[id], await kosongkanNol(masukan, invocation)));
  } catch (galat) {
    return gagal(galat);
  }
}

/**
 * Capaian kinerja dalam persen: realisasi / target × 100 (positif) atau (2 × target − realisasi) / target × 100 (negatif).
 * @customfunction CAPAIAN
 * @requiresParameterAddresses
 * @param target Target kinerja (angka, teks angka, atau rentang)
 * @param realisasi Realisasi kinerja (angka, teks angka, atau rentang)
 * @param [polaritas] "positif" (bawaan) atau "negatif"; juga +/-, naik/turun
 * @param [metode] Rumus indikator negatif: "pengurangan" (bawaan: (2 × target − realisasi) / target × 100) atau "kebalikan" (target / realisasi × 100)
 * @param invocation Alamat argumen (diisi Excel)
 * @returns Capaian dalam poin persen, mis. 107,08
 */
export async function capaian(
  target: any[][],
  realisasi: any[][],
  polaritas: any[][],
  metode: any[][],
  invocation: CustomFunctions.Invocation,
): Promise<any[][]> {
  return hitung('CAPAIAN', [target, realisasi, polaritas, metode], invocation);
}

/**
 * Penyerapan anggaran: realisasi / pagu × 100.
 * @customfunction PENYERAPAN
 * @requiresParameterAddresses
 * @param pagu Pagu anggaran (Rp)
 * @param realisasi Realisasi anggaran (Rp)
 * @param invocation Alamat argumen (diisi Excel)
 * @returns Persentase realisasi terhadap pagu
 */
export async function penyerapan(
  pagu: any[][],
  realisasi: any[][],
  invocation: CustomFunctions.Invocation,
): Promise<any[][]> {
  return hitung('PENYERAPAN', [pagu, realisasi], invocation);
}

/**
 * Sisa anggaran: pagu − realisasi.
 * @customfunction SISA
 * @requiresParameterAddresses
 * @param pagu Pagu anggaran (Rp)
 * @param realisasi Realisasi anggaran (Rp)
 * @param invocation Alamat argumen (diisi Excel)
 * @returns Sisa anggaran dalam rupiah
 */
export async function sisa(
  pagu: any[][],
  realisasi: any[][],
  invocation: CustomFunctions.Invocation,
): Promise<any[][]> {
  return hitung('SISA', [pagu, realisasi], invocation);
}

/**
 * Efisiensi: capaian kinerja dibanding penyerapan anggaran.
 * @customfunction EFISIENSI
 * @requiresParameterAddresses
 * @param capaian Capaian kinerja (%)
 * @param penyerapan Penyerapan anggaran (%)
 * @param [metode] "selisih" (bawaan: capaian − penyerapan), "rasio" (capaian / penyerapan × 100) atau "rasio-terbalik"
 * @param invocation Alamat argumen (diisi Excel)
 * @returns Nilai efisiensi
 */
export async function efisiensi(
  capaian: any[][],
  penyerapan: any[][],
  metode: any[][],
  invocation: CustomFunctions.Invocation,
): Promise<any[][]> {
  return hitung('EFISIENSI', [capaian, penyerapan, metode], invocation);
}

/**
 * Predikat (kategori) capaian menurut skala.
 * @customfunction PREDIKAT
 * @requiresParameterAddresses
 * @param capaian Capaian kinerja (%)
 * @param [skala] Nama skala bawaan ("Permendagri 86" bawaan, "baik", "berhasil") atau rentang 2–3 kolom: interval atau batas bawah, label[, kode]
 * @param invocation Alamat argumen (diisi Excel)
 * @returns Label predikat, mis. "Sangat Tinggi"
 */
export async function predikat(
  capaian: any[][],
  skala: any[][],
  invocation: CustomFunctions.Invocation,
): Promise<any[][]> {
  return hitung('PREDIKAT', [capaian, skala], invocation);
}

/**
 * Angka dari teks tempelan seperti "1.158.498.355,00", "Rp 2.500.000.000,-" atau "95 %".
 * @customfunction ANGKA
 * @requiresParameterAddresses
 * @param teks Teks berisi angka (atau rentang)
 * @param invocation Alamat argumen (diisi Excel)
 * @returns Nilai angkanya
 */
export async function angka(teks: any[][], invocation: CustomFunctions.Invocation): Promise<any[][]> {
  return hitung('ANGKA', [teks], invocation);
}
