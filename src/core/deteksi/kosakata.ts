/**
 * Header vocabulary: which words make a header row, and which role a column plays from its header path
 * (e.g. ["ANGGARAN", "Realisasi"] is money spent; ["KINERJA", "Realisasi"] is performance).
 */
import type { Kolom, Peran } from '../model';

export function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/\u00a0/g, ' ')
    .replace(/prosentase|presentase|persentasi/g, 'persentase')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that mark a header cell. */
const KATA_HEADER =
  /\b(no|nomor|uraian|rincian|target|rencana|realisasi|capaian|anggaran|pagu|alokasi|program|kegiatan|indikator|sasaran|tujuan|satuan|jumlah|total|kode|persentase|efisiensi|predikat|kategori|kriteria|keterangan|ket|skala|interval|sisa|kebutuhan|dana|status|tahun|kinerja|penyerapan|sumber|formulasi|perhitungan|polaritas|arah|misi|urusan|pembidangan|bidang|nilai)\b|%|\(rp\)/;

export function selHeader(teks: string): boolean {
  const t = norm(teks);
  return t.length > 0 && t.length <= 90 && KATA_HEADER.test(t);
}

/** Text that numbers a row: "1", "1.", "1.1.2", "(3)", "a.", "A.", "II", "1)". */
export function teksPenomoran(teks: string): boolean {
  const t = teks.trim();
  return (
    /^\(?\d{1,3}(\.\d{1,3})*\.?\)?$/.test(t) ||
    /^[a-zA-Z][.)]$/.test(t) ||
    /^\(?[ivxlIVXL]{1,5}\)?\.?$/.test(t) ||
    /^\d{1,3}\s*=\s*.+$/.test(t)
  );
}

export function tahunDari(teks: string): string[] {
  return [...new Set(teks.match(/\b(19|20)\d{2}\b/g) ?? [])];
}

function kualifikasiDari(t: string): string[] {
  const k: string[] = [];
  const tw = /(triwulan|tw|trw)\s*\.?\s*(iv|iii|ii|i|[1-4])\b/.exec(t);
  const romawi: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };
  if (tw) k.push('tw' + (romawi[tw[2]] ?? tw[2]));
  const sem = /semester\s*(ii|i|[12])\b/.exec(t);
  if (sem) k.push('sem' + (sem[1] === 'i' || sem[1] === '1' ? 1 : 2));
  if (/renstra|akhir periode|periode akhir|target akhir|rpjmd/.test(t)) k.push('renstra');
  if (/sebelum perubahan|murni/.test(t)) k.push('murni');
  if (/s\/d|s\.d|sampai dengan|kumulatif/.test(t)) k.push('kumulatif');
  return k;
}

/** A header that spells out the negative formula: (target − (realisasi − target)) / target. */
export function rumusNegatif(teks: string): boolean {
  const t = norm(teks).replace(/\s+/g, '');
  return (
    /\((target|rencana)-\(realisasi-(target|rencana)\)\)/.test(t) ||
    /2[x×*]?(target|rencana)-realisasi/.test(t) ||
    /rumusb\b/.test(t)
  );
}

/** Role of a column from its header path; `grup` is the top header when the column has a sub-header. */
export function peranDariJudul(judul: string[]): Omit<Kolom, 'c'> {
  const path = judul.map(norm).filter((x) => x !== '');
  const daun = path[path.length - 1] ?? '';
  const grup = path.length > 1 ? path.slice(0, -1).join(' / ') : '';
  const semua = path.join(' / ');
  const tahun = tahunDari(semua);
  const base = {
    judul,
    tahun: tahun.length === 1 ? tahun[0] : tahun.length > 1 ? tahun[tahun.length - 1] : null,
    kualifikasi: kualifikasiDari(semua),
    rumusNegatif: rumusNegatif(semua) || undefined,
    rataRata: /rata-?\s*rata|rerata/.test(semua) || undefined,
  };
  const jadi = (peran: Peran) => ({ ...base, peran });
  const grupAnggaran = /anggaran|keuangan|\(rp\)|rupiah/.test(grup);
  const grupKinerja = /kinerja|fisik/.test(grup);

  if (/^(no|no\.|nomor|no urut|nmr)$/.test(daun) || /^no\.?$/.test(semua)) return jadi('no');
  if (/\bkode\b/.test(daun)) return jadi('kode');
  if (/^satuan\b/.test(daun)) return jadi('satuan');
  if (/polaritas|^arah\b/.test(daun)) return jadi('polaritas');
  if (/interval|skala|rentang nilai|range/.test(daun) && !/kategori/.test(daun)) return jadi('interval');
  if (/predikat|kategori|kriteria|peringkat|tingkat keberhasilan/.test(daun)) return jadi('predikat');
  if (/perhitungan|formulasi|^sumber|penjelasan|catatan|alasan/.test(daun)) return jadi('teks');
  if (/keterangan|^ket\.?$/.test(daun) && !/capaian|realisasi|target/.test(daun)) return jadi('teks');
  if (
    !/capaian/.test(daun) &&
    /realisasi\s*-\s*(target|rencana)|(target|rencana)\s*-\s*realisasi|pembilang|penyebut/.test(daun)
  )
    return jadi('angka');
  if (/sisa|efisiensi anggaran|selisih anggaran|silpa/.test(daun)) return jadi('sisa');
  if (/efisiensi/.test(daun) || (/efisiensi/.test(grup) && !grupAnggaran && !grupKinerja)) return jadi('efisiensi');
  if (
    /penyerapan|capaian (realisasi )?anggaran|realisasi (persentase|persen) anggaran|(persentase|%) realisasi|realisasi (persentase|%)|capaian keuangan/.test(
      daun,
    )
  )
    return jadi('penyerapan');
  if (grupAnggaran && !grupKinerja) {
    if (/realisasi/.test(daun)) return jadi('realisasi-anggaran');
    if (/capaian|^%|persen|\(%\)/.test(daun)) return jadi('penyerapan');
    if (/pagu|alokasi|anggaran|perubahan|murni|dpa|apbd|target|rencana|\(rp\)/.test(daun)) return jadi('pagu');
  }
  if (/realisasi/.test(daun) && /\(rp\)|rupiah|anggaran|keuangan|belanja/.test(daun)) return jadi('realisasi-anggaran');
  if (/pagu|alokasi|kebutuhan dana|^anggaran|anggaran \(rp\)|nilai anggaran|^dana\b|dpa|apbd/.test(daun))
    return jadi('pagu');
  if (/capaian\s*(s\/d|s\.d|sampai)/.test(daun)) return jadi('realisasi');
  if (/capaian|^% ?capaian|tingkat capaian/.test(daun)) return jadi('capaian');
  if (/realisasi/.test(daun)) return jadi('realisasi');
  if (/target|rencana/.test(daun)) return jadi('target');
  if (/^(19|20)\d{2}$/.test(daun) && grup) {
    // a year under a group header: the group names the role (Target (%) / 2018 ...)
    const r = peranDariJudul([grup]);
    return { ...base, peran: r.peran === 'teks' ? 'angka' : r.peran, rumusNegatif: r.rumusNegatif };
  }
  if (/indikator|^iku\b/.test(daun)) return jadi('indikator');
  if (/^(sasaran|tujuan)|misi/.test(daun)) return jadi('sasaran');
  if (/^(jumlah|total|jumlah total|total keseluruhan)( \(.*\))?$/.test(daun)) return jadi('jumlah-kolom');
  if (
    /program|kegiatan|uraian|rincian|nama|jenis|status|pembidangan|bidang|urusan|belanja|sub kegiatan|indikator/.test(
      daun,
    )
  )
    return jadi('uraian');
  if (daun === '%' || /^persentase$|^\(%\)$/.test(daun)) return jadi('capaian');
  return jadi('angka');
}
