/**
 * Settings stored in the workbook (native selects: light enough for a workbook with hundreds of indicators,
 * and what a phone shows best): scale, efisiensi method, capaian method for negative indicators,
 * polarity per indikator. Next to each choice, what the last check inferred and from what ("Dipakai:
 * selisih (mayoritas baris); cocok dengan 13 dari 13 baris"), not "Otomatis" alone.
 */
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
function polaritasPerNama(inferensi: Inferensi | null, disimpan: Record<string, unknown>): Inferensi['polaritas'] {
  const perNama = new Map<string, Inferensi['polaritas'][number]>();
  for (const entri of inferensi?.polaritas ?? [])
    if (!perNama.has(entri.indikator)) perNama.set(entri.indikator, entri);
  // overrides of indicators the last check did not meet stay listed, so they can be undone
  for (const nama of Object.keys(disimpan))
    if (!perNama.has(nama))
      perNama.set(nama, { lembar: '', sel: '', indikator: nama, polaritas: 'positif', sumber: '', bukti: '' });
  return [...perNama.values()];
}

export function PanelPengaturan({
  katalog,
  nilai,
  ubah,
  simpan,
  inferensi = null,
}: {
  katalog: Teks;
  nilai: Pengaturan;
  ubah: (pengaturan: Pengaturan) => void;
  simpan: () => void;
  /** What the last check inferred (null before a check). */
  inferensi?: Inferensi | null;
}): JSX.Element {
  const gaya = useStyles();
  const metode: [Pengaturan['metodeEfisiensi'], string][] = [
    ['otomatis', katalog.otomatis],
    ['selisih', 'selisih'],
    ['rasio', 'rasio'],
    ['rasio-terbalik', 'rasio-terbalik'],
  ];
  const metodeNegatif: [Pengaturan['metodeNegatif'], string][] = [
    ['otomatis', katalog.otomatis],
    ['pengurangan', katalog.negatifPengurangan],
    ['kebalikan', katalog.negatifKebalikan],
  ];
  const ef = inferensi?.metodeEfisiensi;
  const neg = inferensi?.metodeNegatif;
  const terbaca = (
    x: { metode: string; sumber: Parameters<Teks['terbacaMetode']>[1]; cocok: number; dari: number } | undefined,
  ) =>
    !inferensi
      ? katalog.periksaDulu
      : x
        ? katalog.terbacaMetode(x.metode, x.sumber, x.cocok, x.dari)
        : katalog.belumTerbaca;
  const indikator = polaritasPerNama(inferensi, nilai.polaritas);
  return (
    <section className={gaya.panel} aria-label={katalog.pengaturan} data-testid="pengaturan">
      <Field
        label={katalog.skala}
        hint={inferensi?.skala ? katalog.skalaDipakai(inferensi.skala.nama, inferensi.skala.sumber) : undefined}
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
        label={katalog.paksaSkala}
        checked={nilai.paksaSkala}
        onChange={(_, d) => ubah({ ...nilai, paksaSkala: !!d.checked })}
      />
      <Field label={katalog.metode} hint={terbaca(ef)}>
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
      <Field label={katalog.metodeNegatif} hint={terbaca(neg)}>
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
        <fieldset className={gaya.kelompok}>
          <legend>
            <Text weight="semibold">{katalog.polaritasIndikator}</Text>
          </legend>
          {indikator.map((entri) => {
            const nama = entri.indikator;
            const diatur = nilai.polaritas[nama];
            return (
              <div key={nama} className={gaya.indikator} data-indikator={nama}>
                <Text size={200} className={gaya.terbaca}>
                  {nama}
                </Text>
                <Select
                  className={gaya.dropdown}
                  aria-label={`${katalog.polaritasIndikator}: ${nama}`}
                  value={diatur ?? 'otomatis'}
                  onChange={(_, data) => {
                    const polaritas = { ...nilai.polaritas };
                    if (data.value === 'positif' || data.value === 'negatif') polaritas[nama] = data.value;
                    else delete polaritas[nama];
                    ubah({ ...nilai, polaritas });
                  }}
                >
                  <option value="otomatis">{katalog.otomatisPolaritas}</option>
                  <option value="positif">{katalog.positif}</option>
                  <option value="negatif">{katalog.negatif}</option>
                </Select>
                <Caption1 className={gaya.terbaca}>
                  {diatur
                    ? katalog.polaritasDiatur
                    : entri.sel
                      ? katalog.polaritasTerbaca(
                          entri.polaritas === 'negatif',
                          entri.sumber,
                          entri.bukti,
                          `${entri.lembar}!${entri.sel}`,
                        )
                      : katalog.periksaDulu}
                </Caption1>
              </div>
            );
          })}
        </fieldset>
      )}
      <Button onClick={simpan}>{katalog.simpan}</Button>
    </section>
  );
}
