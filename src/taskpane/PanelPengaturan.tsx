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
  t,
  nilai,
  ubah,
  simpan,
  indikator = [],
}: {
  t: Teks;
  nilai: Pengaturan;
  ubah: (p: Pengaturan) => void;
  simpan: () => void;
  /** Indikator names found by the last check, for per-indikator polarity. */
  indikator?: string[];
}): JSX.Element {
  const s = useStyles();
  const metode: [Pengaturan['metodeEfisiensi'], string][] = [
    ['otomatis', t.otomatis],
    ['selisih', 'selisih'],
    ['rasio', 'rasio'],
    ['rasio-terbalik', 'rasio-terbalik'],
  ];
  return (
    <section className={s.panel} aria-label={t.pengaturan}>
      <Field label={t.skala}>
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
        label={t.paksaSkala}
        checked={nilai.paksaSkala}
        onChange={(_, d) => ubah({ ...nilai, paksaSkala: !!d.checked })}
      />
      <Field label={t.metode}>
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
          <legend>{t.polaritasIndikator}</legend>
          {indikator.map((nama) => (
            <Field key={nama} label={nama} orientation="vertical">
              <Dropdown
                aria-label={`${t.polaritasIndikator}: ${nama}`}
                value={
                  nilai.polaritas[nama] === 'negatif'
                    ? t.negatif
                    : nilai.polaritas[nama] === 'positif'
                      ? t.positif
                      : t.otomatisPolaritas
                }
                onOptionSelect={(_, d) => {
                  const p = { ...nilai.polaritas };
                  if (d.optionValue === 'positif' || d.optionValue === 'negatif') p[nama] = d.optionValue;
                  else delete p[nama];
                  ubah({ ...nilai, polaritas: p });
                }}
              >
                <Option value="otomatis">{t.otomatisPolaritas}</Option>
                <Option value="positif">{t.positif}</Option>
                <Option value="negatif">{t.negatif}</Option>
              </Dropdown>
            </Field>
          ))}
        </fieldset>
      )}
      <Button onClick={simpan}>{t.simpan}</Button>
    </section>
  );
}
