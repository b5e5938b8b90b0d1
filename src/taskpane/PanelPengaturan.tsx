/** Settings stored in the workbook: scale, efisiensi method. */
import { Button, Checkbox, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import type { Pengaturan } from '../core/pengaturan';
import type { Teks } from './teks';

const useStyles = makeStyles({ panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

const SKALA: [string, string][] = [
  ['permendagri86', 'Permendagri 86/2017'],
  ['baik', 'Baik Sekali – Kurang'],
  ['berhasil', 'Sangat Berhasil – Kurang Berhasil'],
];

export function PanelPengaturan({
  katalog,
  nilai,
  ubah,
  simpan,
  indikator = [],
}: {
  katalog: Teks;
  nilai: Pengaturan;
  ubah: (pengaturan: Pengaturan) => void;
  simpan: () => void;
  /** Indikator names found by the last check, for per-indikator polarity. */
  indikator?: string[];
}): JSX.Element {
  const gaya = useStyles();
  const metode: [Pengaturan['metodeEfisiensi'], string][] = [
    ['otomatis', katalog.otomatis],
    ['selisih', 'selisih'],
    ['rasio', 'rasio'],
    ['rasio-terbalik', 'rasio-terbalik'],
  ];
  return (
    <section className={gaya.panel} aria-label={katalog.pengaturan}>
      <Field label={katalog.skala}>
        <Dropdown
          value={SKALA.find((x) => x[0] === nilai.skala)?.[1]}
          onOptionSelect={(_, d) => ubah({ ...nilai, skala: d.optionValue ?? 'permendagri86' })}
        >
          {SKALA.map(([k, l]) => (
            <Option key={k} value={k}>
              {l}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Checkbox
        label={katalog.paksaSkala}
        checked={nilai.paksaSkala}
        onChange={(_, d) => ubah({ ...nilai, paksaSkala: !!d.checked })}
      />
      <Field label={katalog.metode}>
        <Dropdown
          value={metode.find((x) => x[0] === nilai.metodeEfisiensi)?.[1]}
          onOptionSelect={(_, d) =>
            ubah({ ...nilai, metodeEfisiensi: (d.optionValue as Pengaturan['metodeEfisiensi']) ?? 'otomatis' })
          }
        >
          {metode.map(([k, l]) => (
            <Option key={k} value={k}>
              {l}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {indikator.length > 0 && (
        <fieldset
          style={{
            border: 'none',
            padding: 0,
            margin: 0,
            display: 'flex',
            flexDirection: 'column',
            gap: tokens.spacingVerticalXS,
          }}
        >
          <legend>{katalog.polaritasIndikator}</legend>
          {indikator.map((nama) => (
            <Field key={nama} label={nama} orientation="vertical">
              <Dropdown
                aria-label={`${katalog.polaritasIndikator}: ${nama}`}
                value={
                  nilai.polaritas[nama] === 'negatif'
                    ? katalog.negatif
                    : nilai.polaritas[nama] === 'positif'
                      ? katalog.positif
                      : katalog.otomatisPolaritas
                }
                onOptionSelect={(_, data) => {
                  const polaritas = { ...nilai.polaritas };
                  if (data.optionValue === 'positif' || data.optionValue === 'negatif')
                    polaritas[nama] = data.optionValue;
                  else delete polaritas[nama];
                  ubah({ ...nilai, polaritas });
                }}
              >
                <Option value="otomatis">{katalog.otomatisPolaritas}</Option>
                <Option value="positif">{katalog.positif}</Option>
                <Option value="negatif">{katalog.negatif}</Option>
              </Dropdown>
            </Field>
          ))}
        </fieldset>
      )}
      <Button onClick={simpan}>{katalog.simpan}</Button>
    </section>
  );
}
