/**
 * Header vocabulary: which words make a header cell, and which role a column plays from its header path
 * (group headers down to the leaf), its unit (a `K | Rp. | %` row or "(Rp)" in the text) and its year or
 * period. ["ANGGARAN", "Realisasi"] is money spent; ["KINERJA", "Realisasi"] is performance;
 * ["Realisasi Kinerja Pada Triwulan", "I", "Rp."] is money spent in the first quarter.
 * Every pattern here is pinned by test/core/kosakata.test.ts.
 */
import type { JenisNilai, Kolom, Peran } from '../model';

export function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/\u00a0/g, ' ')
    .replace(/prosentase|presentase|persentasi|prosentasi/g, 'persentase')
    .replace(/\s+/g, ' ')
    .trim();
}

const BULAN =
  'januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember';

/** Words that mark a header cell. */
const KATA_HEADER = new RegExp(
  String.raw`\b(no|nomor|uraian|rincian|target|rencana|realisasi|capaian|anggaran|pagu|alokasi|program|kegiatan|indikator|sasaran|tujuan|satuan|jumlah|total|kode|persentase|efisiensi|predikat|kategori|kriteria|keterangan|ket|skala|interval|sisa|kebutuhan|dana|status|tahun|kinerja|penyerapan|sumber|formulasi|perhitungan|polaritas|arah|misi|urusan|pembidangan|bidang|nilai|akun|rekening|belanja|pendapatan|pembiayaan|kelompok|jenis|objek|nama|bobot|skor|komponen|perubahan|murni|selisih|bertambah|berkurang|triwulan|semester|tw|${BULAN}|akas|uraian|lokasi|keluaran|hasil|output|outcome|opd|skpd|perangkat daerah|unit|kecamatan|kelurahan|desa|kabupaten|kota|wilayah|provinsi|daerah)\b|%|\(rp\.?\)`,
);

export function selHeader(teks: string): boolean {
  const t = norm(teks);
  return t.length > 0 && t.length <= 120 && KATA_HEADER.test(t);
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

const ROMAWI: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };

/** Period and kind qualifiers: tw1..tw4, sem1/sem2, renstra, murni (before perubahan), perubahan, kumulatif. */
export function kualifikasiDari(t: string): string[] {
  const k: string[] = [];
  const tw =
    /(triwulan|tw|trw)\s*\.?\s*(iv|iii|ii|i|[1-4])\b/.exec(t) ?? /^(iv|iii|ii|i)$/.exec(t.split(' / ').pop() ?? '');
  if (tw) {
    const n = tw[2] ?? tw[1];
    k.push('tw' + (ROMAWI[n] ?? n));
  }
  const sem = /semester\s*(ii|i|[12])\b/.exec(t);
  if (sem) k.push('sem' + (sem[1] === 'i' || sem[1] === '1' ? 1 : 2));
  if (/renstra|akhir periode|periode akhir|target akhir|rpjmd/.test(t)) k.push('renstra');
  if (/sebelum perubahan|murni|semula/.test(t)) k.push('murni');
  else if (/(setelah|sesudah|hasil) perubahan|\bp-apbd\b|\bperubahan\b/.test(t)) k.push('perubahan');
  if (/s\/d|s\.d|\bsd\b|sampai dengan|kumulatif/.test(t)) k.push('kumulatif');
  const bulan = new RegExp(`\\b(${BULAN})\\b`).exec(t);
  if (bulan) k.push('bulan:' + bulan[1].replace('pebruari', 'februari').replace('nopember', 'november'));
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

/** What a unit text says about the values under it. */
export function jenisSatuan(satuan: string | null | undefined): JenisNilai | null {
  if (!satuan) return null;
  const t = norm(satuan).replace(/[()]/g, '').trim();
  if (/^(rp\.?|rupiah|idr|rp\.?\s*000|ribu rupiah|juta rupiah)$/.test(t)) return 'uang';
  if (t === '%' || t === 'persen') return 'persen';
  if (t === 'k' || t === 'kinerja') return 'kinerja';
  return null;
}

export type HasilPeran = Omit<Kolom, 'c'>;

/** A header leaf that only names a period: a quarter, a semester, a month, "s/d Juni". */
const PERIODE = new RegExp(
  String.raw`^(s\/?d\.?|s\.d\.?|sampai dengan|sd)?\s*(bulan\s+)?((${BULAN})|(tw|triwulan|trw)\s*\.?\s*(iv|iii|ii|i|[1-4])|semester\s*(ii|i|[12])|iv|iii|ii|i)$`,
);

/**
 * Role of a column from its header path (top to bottom), its unit and its numbering label.
 * `judul` holds the texts with words; `satuan` the unit row's text for the column.
 */
export function peranDariJudul(judul: string[], satuan: string | null = null): HasilPeran {
  // an inline unit ("Anggaran (Rp)", "Capaian (%)") counts as the column's unit
  const path = judul.map(norm).filter((x) => x !== '');
  const daun = path[path.length - 1] ?? '';
  const grup = path.length > 1 ? path.slice(0, -1).join(' / ') : '';
  const semua = path.join(' / ');
  const inline = /\(\s*(rp\.?|%)\s*\)|\brp\.?\s*$/.exec(daun)?.[1] ?? null;
  const unit = satuan ?? inline;
  const jenisUnit = jenisSatuan(unit);
  const tahun = tahunDari(semua);
  const base: HasilPeran = {
    judul,
    peran: 'angka',
    tahun: tahun.length === 1 ? tahun[0] : tahun.length > 1 ? tahun[tahun.length - 1] : null,
    kualifikasi: kualifikasiDari(semua),
    rumusNegatif: rumusNegatif(semua) || undefined,
    rataRata: /rata-?\s*rata|rerata/.test(semua) || undefined,
    ...(unit ? { satuan: unit } : {}),
  };
  const jadi = (peran: Peran, nilai?: JenisNilai): HasilPeran => ({
    ...base,
    peran,
    ...((nilai ?? jenisUnit) ? { nilai: nilai ?? jenisUnit ?? undefined } : {}),
  });
  const grupAnggaran = /anggaran|keuangan|\(rp\)|rupiah|belanja|pagu/.test(grup);
  const grupKinerja = /kinerja|fisik|indikator/.test(grup) && !/dan anggaran/.test(grup);

  // identifying columns first
  if (/^(no|no\.|nomor|no urut|nmr|no\.? urut)$/.test(daun) || /^no\.?$/.test(semua)) return jadi('no', 'nomor');
  if (/\bkode\b|^akun$|^rekening$|^kode rekening/.test(daun)) return jadi('kode', 'kode');
  if (/^satuan\b/.test(daun)) return jadi('satuan', 'teks');
  if (/polaritas|^arah\b/.test(daun)) return jadi('polaritas', 'teks');
  if (/interval|skala|rentang nilai|range/.test(daun) && !/kategori/.test(daun)) return jadi('interval', 'teks');
  if (/predikat|kategori|kriteria|peringkat|tingkat keberhasilan/.test(daun)) return jadi('predikat', 'teks');
  if (/perhitungan|formulasi|^sumber|penjelasan|catatan|alasan|\blokasi|bukti/.test(daun)) return jadi('teks', 'teks');
  if (/keterangan|^ket\.?$/.test(daun) && !/capaian|realisasi|target/.test(daun)) return jadi('teks', 'teks');

  // percent of a change or of the remainder, before the amounts they qualify
  if (/%|persen/.test(daun) && /sisa/.test(semua)) return jadi('persen-sisa', 'persen');
  const PERUBAHAN = /bertambah|berkurang|selisih|kenaikan|penurunan|naik\s*\/\s*turun|\(\+\/-\)/;
  // ("Bertambah / (Berkurang)" over "Rp" and "%": the unit leaf says which of the two)
  const satuanSaja = /^(%|\(%\)|persen|rp\.?|\(rp\.?\))$/.test(daun);
  if ((PERUBAHAN.test(daun) || (satuanSaja && PERUBAHAN.test(grup))) && !/capaian/.test(daun))
    return /%|persen/.test(daun) || jenisUnit === 'persen'
      ? jadi('persen-perubahan', 'persen')
      : jadi('perubahan', 'uang');
  if (
    !/capaian/.test(daun) &&
    /realisasi\s*-\s*(target|rencana)|(target|rencana)\s*-\s*realisasi|pembilang|penyebut/.test(daun)
  )
    return jadi('angka');
  if (/^bobot\b/.test(daun)) return jadi('bobot', 'persen');
  if (/tingkat kemajuan|kemajuan/.test(daun)) return jadi('kemajuan', 'persen');
  if (/sisa|efisiensi anggaran|selisih anggaran|silpa/.test(daun)) return jadi('sisa', 'uang');
  if (/efisiensi/.test(daun) || (/efisiensi/.test(grup) && !grupAnggaran && !grupKinerja))
    return jadi('efisiensi', 'persen');
  if (
    /penyerapan|capaian (realisasi )?anggaran|realisasi (persentase|persen) anggaran|(persentase|%) realisasi|realisasi (persentase|%)|capaian keuangan|% akas/.test(
      daun,
    )
  )
    return jadi('penyerapan', 'persen');

  // months of a disbursement plan (Rencana Penarikan Dana, anggaran kas) are amounts per month, not targets
  if (new RegExp(`^(${BULAN})$`).test(daun) && /rencana penarikan|anggaran kas|\bkas\b/.test(grup))
    return jadi('bulan', 'uang');
  // a leaf that only names a period ("SD JUNI", "TW I", "2024") takes its role from the group above it
  if (grup && (PERIODE.test(daun) || /^(19|20)\d{2}$/.test(daun))) {
    const r = peranDariJudul(judul.slice(0, -1), satuan);
    return {
      ...base,
      peran: r.peran === 'teks' ? 'angka' : r.peran,
      rumusNegatif: r.rumusNegatif,
      ...(r.nilai ? { nilai: r.nilai } : {}),
    };
  }
  // under a group: the unit decides money or performance (K | Rp. | %)
  const tingkatPersen = /tingkat (capaian|realisasi|penyerapan)/.test(semua) && /\(%\)|persen/.test(semua);
  if (jenisUnit === 'uang' && tingkatPersen) return jadi('penyerapan', 'persen');
  if (jenisUnit === 'uang' && !/^%|persen/.test(daun)) {
    // "Anggaran" under a REALISASI ANGGARAN group is the budget the realisasi is measured against
    if (
      /realisasi|capaian|dicapai|s\/d|sampai/.test(semua) &&
      !/target|pagu|alokasi|rencana|^(anggaran|dpa|apbd)\b/.test(daun)
    )
      return jadi('realisasi-anggaran', 'uang');
    return jadi('pagu', 'uang');
  }
  // a "%" unit row under a realisasi group (beside its K column): the realisasi in percent, not a capaian
  if (jenisSatuan(satuan) === 'persen' && /realisasi/.test(semua) && !/capaian|anggaran/.test(semua))
    return jadi('realisasi-persen', 'persen');
  if (jenisUnit === 'kinerja') {
    if (/tingkat capaian/.test(semua)) return jadi('capaian', 'persen');
    if (/realisasi|dicapai|capaian/.test(semua)) return jadi('realisasi', 'kinerja');
    if (/target|rencana/.test(semua)) return jadi('target', 'kinerja');
    return jadi('angka', 'kinerja');
  }
  if (jenisUnit === 'persen' && daun === '%') {
    if (grupAnggaran && !grupKinerja) return jadi('penyerapan', 'persen');
    if (/realisasi/.test(grup) && !/capaian/.test(grup)) return jadi('realisasi-persen', 'persen');
  }

  if (grupAnggaran && !grupKinerja) {
    if (/realisasi/.test(daun)) return jadi('realisasi-anggaran', 'uang');
    if (/capaian|^%|persen|\(%\)/.test(daun)) return jadi('penyerapan', 'persen');
    if (/pagu|alokasi|anggaran|perubahan|murni|dpa|apbd|target|rencana|\(rp\)|akas/.test(daun))
      return jadi('pagu', 'uang');
  }
  if (/realisasi/.test(daun) && /\(rp\.?\)|rupiah|anggaran|keuangan|belanja/.test(daun))
    return jadi('realisasi-anggaran', 'uang');
  if (
    /pagu|alokasi|kebutuhan dana|^anggaran|^(jumlah|total) anggaran$|anggaran \(rp|nilai anggaran|^dana\b|dpa|apbd|akas/.test(
      daun,
    )
  )
    return jadi('pagu', 'uang');
  if (new RegExp(`^(${BULAN})$`).test(daun) && (grupAnggaran || /kas|realisasi|rencana penarikan/.test(grup)))
    return jadi('bulan', 'uang');
  if (/capaian\s*(s\/d|s\.d|sampai)/.test(daun)) return jadi('realisasi');
  if (/capaian|^% ?capaian|tingkat capaian/.test(daun)) return jadi('capaian', 'persen');
  if (/realisasi/.test(daun)) return jadi('realisasi');
  if (/target|rencana/.test(daun)) return jadi('target');
  if (/indikator|^iku\b/.test(daun)) return jadi('indikator', 'teks');
  if (/^(sasaran|tujuan)|misi|visi/.test(daun)) return jadi('sasaran', 'teks');
  if (/^(jumlah|total|jumlah total|total keseluruhan)( \(.*\))?$/.test(daun)) return jadi('jumlah-kolom');
  if (
    /program|kegiatan|uraian|rincian|nama|jenis|status|pembidangan|bidang|urusan|belanja|sub kegiatan|komponen|akun|perangkat daerah|opd|skpd|unit/.test(
      daun,
    )
  )
    return jadi('uraian', 'teks');
  if (/^nilai\b|^skor\b/.test(daun)) return jadi('angka');
  if (daun === '%' || /^persentase$|^\(%\)$/.test(daun)) return jadi('capaian', 'persen');
  return jadi('angka');
}
