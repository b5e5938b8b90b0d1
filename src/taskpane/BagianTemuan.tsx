/** The findings section: filters, the count, and the list (or what was checked when nothing is wrong). */
import * as React from 'react';
import {
  Dropdown,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { RuleId, Severity } from '../core/model';
import { SEMUA_ATURAN } from '../core/aturan/meta';
import type { HasilPeriksa } from '../core/periksa';
import { Teks, labelAturan } from './teks';
import { DaftarTemuan } from './DaftarTemuan';
import type { Panel } from './usePanel';

const useStyles = makeStyles({
  kotak: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  baris: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  dropdown: { minWidth: '0', maxWidth: '100%' },
});

function jenisRingkas(hasil: HasilPeriksa, katalog: Teks): string {
  const jumlah = new Map<string, number>();
  for (const ringkasan of hasil.tables) jumlah.set(ringkasan.kind, (jumlah.get(ringkasan.kind) ?? 0) + 1);
  return [...jumlah].map(([k, v]) => katalog.jumlahTabel(v, k as keyof Teks['jenis'])).join(', ');
}

export function BagianTemuan({ panel, katalog }: { panel: Panel; katalog: Teks }): JSX.Element | null {
  const gaya = useStyles();
  const id = React.useId();
  const { hasil, filterTingkat, filterAturan, bahasa } = panel.keadaan;
  const temuan = React.useMemo(
    () =>
      hasil
        ? hasil.findings.filter(
            (f) =>
              (filterTingkat === 'semua' || f.severity === filterTingkat) &&
              (filterAturan === 'semua' || f.rule === filterAturan),
          )
        : [],
    [hasil, filterTingkat, filterAturan],
  );
  if (!hasil) return null;
  if (hasil.findings.length === 0)
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{katalog.kosongJudul}</MessageBarTitle>
          {hasil.tables.length === 0
            ? katalog.tanpaTabel
            : katalog.kosongIsi(hasil.tables.length, jenisRingkas(hasil, katalog))}
        </MessageBarBody>
      </MessageBar>
    );
  const aturanAda = SEMUA_ATURAN.filter((r) => hasil.findings.some((f) => f.rule === r));
  return (
    <section className={gaya.kotak} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id}>
        {katalog.judulTemuan(temuan.length, hasil.findings.length)}
      </Subtitle2>
      <div className={gaya.baris}>
        <Dropdown
          className={gaya.dropdown}
          aria-label={katalog.filterTingkat}
          value={filterTingkat === 'semua' ? katalog.semuaTingkat : katalog.tingkat[filterTingkat]}
          selectedOptions={[filterTingkat]}
          onOptionSelect={(_, d) =>
            panel.kirim({ jenis: 'filterTingkat', nilai: (d.optionValue as Severity | 'semua') ?? 'semua' })
          }
        >
          <Option value="semua">{katalog.semuaTingkat}</Option>
          {(['error', 'warning', 'info'] as Severity[]).map((x) => (
            <Option key={x} value={x}>
              {katalog.tingkat[x]}
            </Option>
          ))}
        </Dropdown>
        <Dropdown
          className={gaya.dropdown}
          aria-label={katalog.filterAturan}
          value={filterAturan === 'semua' ? katalog.semuaAturan : labelAturan(katalog, filterAturan)}
          selectedOptions={[filterAturan]}
          onOptionSelect={(_, d) =>
            panel.kirim({ jenis: 'filterAturan', nilai: (d.optionValue as RuleId | 'semua') ?? 'semua' })
          }
        >
          <Option value="semua">{katalog.semuaAturan}</Option>
          {aturanAda.map((r) => (
            <Option key={r} value={r}>
              {labelAturan(katalog, r)}
            </Option>
          ))}
        </Dropdown>
      </div>
      <DaftarTemuan
        katalog={katalog}
        bahasa={bahasa}
        temuan={temuan}
        tabel={hasil.tabel}
        grid={panel.keadaan.grid}
        terpilih={panel.keadaan.terpilih}
        pilih={(temuan) => void panel.pilih(temuan)}
        perbaiki={panel.perbaiki}
        sibuk={panel.keadaan.sibuk !== null}
      />
    </section>
  );
}
