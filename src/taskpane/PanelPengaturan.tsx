/**
 * Settings stored in the workbook (native selects: light enough for a workbook with hundreds of indicators,
 * and what a phone shows best): scale, efisiensi method, capaian method for negative indicators,
 * polarity per indikator. Next to each choice, what the last check inferred and from what ("Dipakai:
 * selisih (mayoritas baris); cocok dengan 13 dari 13 baris"), not "Otomatis" alone.
 */
import * as React from 'react';
import { Button, Caption1, Checkbox, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Pengaturan } from '../core/pengaturan';
import type { Inferensi } from '../core/periksa';
import type { Teks } from './teks';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  kelompok: {
    border: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  indikator: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  terbaca: { overflowWrap: 'anywhere' },
  dropdown: { minWidth: 0, maxWidth: '100%' },
});

const SKALA: [string, string][] = [
  ['permendagri86', 'Permendagri 86/2017'],
  ['baik', 'Baik Sekali – Kurang'],
  ['berhasil', 'Sangat Berhasil – Kurang Berhasil'],
];

/** One entry per indicator name (the override is by name), with where it was first read. */
function polaritasPerNama(inf: Inferensi | null, disimpan: Record<string, unknown>): Inferensi['polaritas'] {
  const m = new Map<string, Inferensi['polaritas'][number]>();
  for (const x of inf?.polaritas ?? []) if (!m.has(x.indikator)) m.set(x.indikator, x);
  // overrides of indicators the last check did not meet stay listed, so they can be undone
  for (const nama of Object.keys(disimpan))
    if (!m.has(nama))
      m.set(nama, { lembar: '', sel: '', indikator: nama, polaritas: 'positif', sumber: '', bukti: '' });
  return [...m.values()];
}

export function PanelPengaturan({
  t,
  nilai,
  ubah,
  simpan,
  inferensi = null,
}: {
  t: Teks;
  nilai: Pengaturan;
  ubah: (p: Pengaturan) => void;
  simpan: () => void;
  /** What the last check inferred (null before a check). */
  inferensi?: Inferensi | null;
}): JSX.Element {
  const s = useStyles();
  const metode: [Pengaturan['metodeEfisiensi'], string][] = [
    ['otomatis', t.otomatis],
    ['selisih', 'selisih'],
    ['rasio', 'rasio'],
    ['rasio-terbalik', 'rasio-terbalik'],
  ];
  const metodeNegatif: [Pengaturan['metodeNegatif'], string][] = [
    ['otomatis', t.otomatis],
    ['pengurangan', t.negatifPengurangan],
    ['kebalikan', t.negatifKebalikan],
  ];
  const ef = inferensi?.metodeEfisiensi;
  const neg = inferensi?.metodeNegatif;
  const terbaca = (
    x: { metode: string; sumber: Parameters<Teks['terbacaMetode']>[1]; cocok: number; dari: number } | undefined,
  ) => (!inferensi ? t.periksaDulu : x ? t.terbacaMetode(x.metode, x.sumber, x.cocok, x.dari) : t.belumTerbaca);
  const indikator = polaritasPerNama(inferensi, nilai.polaritas);
  return (
    <section className={s.panel} aria-label={t.pengaturan} data-testid="pengaturan">
      <Field
        label={t.skala}
        hint={inferensi?.skala ? t.skalaDipakai(inferensi.skala.nama, inferensi.skala.sumber) : undefined}
      >
        <Select value={nilai.skala} onChange={(_, d) => ubah({ ...nilai, skala: d.value })}>
          {SKALA.map(([k, l]) => (
            <option key={k} value={k}>
              {l}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label={t.paksaSkala}
        checked={nilai.paksaSkala}
        onChange={(_, d) => ubah({ ...nilai, paksaSkala: !!d.checked })}
      />
      <Field label={t.metode} hint={terbaca(ef)}>
        <Select
          value={nilai.metodeEfisiensi}
          onChange={(_, d) => ubah({ ...nilai, metodeEfisiensi: d.value as Pengaturan['metodeEfisiensi'] })}
        >
          {metode.map(([k, l]) => (
            <option key={k} value={k}>
              {l}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.metodeNegatif} hint={terbaca(neg)}>
        <Select
          value={nilai.metodeNegatif}
          onChange={(_, d) => ubah({ ...nilai, metodeNegatif: d.value as Pengaturan['metodeNegatif'] })}
        >
          {metodeNegatif.map(([k, l]) => (
            <option key={k} value={k}>
              {l}
            </option>
          ))}
        </Select>
      </Field>
      {indikator.length > 0 && (
        <fieldset className={s.kelompok}>
          <legend>
            <Text weight="semibold">{t.polaritasIndikator}</Text>
          </legend>
          {indikator.map((x) => {
            const nama = x.indikator;
            const diatur = nilai.polaritas[nama];
            return (
              <div key={nama} className={s.indikator} data-indikator={nama}>
                <Text size={200} className={s.terbaca}>
                  {nama}
                </Text>
                <Select
                  className={s.dropdown}
                  aria-label={`${t.polaritasIndikator}: ${nama}`}
                  value={diatur ?? 'otomatis'}
                  onChange={(_, d) => {
                    const p = { ...nilai.polaritas };
                    if (d.value === 'positif' || d.value === 'negatif') p[nama] = d.value;
                    else delete p[nama];
                    ubah({ ...nilai, polaritas: p });
                  }}
                >
                  <option value="otomatis">{t.otomatisPolaritas}</option>
                  <option value="positif">{t.positif}</option>
                  <option value="negatif">{t.negatif}</option>
                </Select>
                <Caption1 className={s.terbaca}>
                  {diatur
                    ? t.polaritasDiatur
                    : x.sel
                      ? t.polaritasTerbaca(x.polaritas === 'negatif', x.sumber, x.bukti, `${x.lembar}!${x.sel}`)
                      : t.periksaDulu}
                </Caption1>
              </div>
            );
          })}
        </fieldset>
      )}
      <Button onClick={simpan}>{t.simpan}</Button>
    </section>
  );
}
