/** Settings stored in the workbook: scale, efisiensi method. */
import * as React from 'react';
import { Button, Checkbox, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import type { Pengaturan } from '../core/pengaturan';
import type { Teks } from './teks';

const useStyles = makeStyles({ panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

const SKALA: [string, string][] = [
  ['permendagri86', 'Permendagri 86/2017'],
  ['baik', 'Baik Sekali – Kurang'],
  ['berhasil', 'Sangat Berhasil – Kurang Berhasil'],
];

export function PanelPengaturan({ t, nilai, ubah, simpan }: { t: Teks; nilai: Pengaturan; ubah: (p: Pengaturan) => void; simpan: () => void }): JSX.Element {
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
        <Dropdown value={SKALA.find((x) => x[0] === nilai.skala)?.[1]} onOptionSelect={(_, d) => ubah({ ...nilai, skala: d.optionValue ?? 'permendagri86' })}>
          {SKALA.map(([k, l]) => (
            <Option key={k} value={k}>{l}</Option>
          ))}
        </Dropdown>
      </Field>
      <Checkbox label={t.paksaSkala} checked={nilai.paksaSkala} onChange={(_, d) => ubah({ ...nilai, paksaSkala: !!d.checked })} />
      <Field label={t.metode}>
        <Dropdown value={metode.find((x) => x[0] === nilai.metodeEfisiensi)?.[1]} onOptionSelect={(_, d) => ubah({ ...nilai, metodeEfisiensi: (d.optionValue as Pengaturan['metodeEfisiensi']) ?? 'otomatis' })}>
          {metode.map(([k, l]) => (
            <Option key={k} value={k}>{l}</Option>
          ))}
        </Dropdown>
      </Field>
      <Button onClick={simpan}>{t.simpan}</Button>
    </section>
  );
}
