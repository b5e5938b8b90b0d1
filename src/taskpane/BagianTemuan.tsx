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
import { SEMUA_ATURAN } from '../core/model';
import type { HasilPeriksa } from '../core/periksa';
import { Teks, labelAturan } from './teks';
import { DaftarTemuan } from './DaftarTemuan';
import type { Panel } from './usePanel';

const useStyles = makeStyles({
  kotak: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  baris: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  dropdown: { minWidth: '0', maxWidth: '100%' },
});

function jenisRingkas(h: HasilPeriksa, t: Teks): string {
  const n = new Map<string, number>();
  for (const x of h.tables) n.set(x.kind, (n.get(x.kind) ?? 0) + 1);
  return [...n].map(([k, v]) => t.jumlahTabel(v, k as keyof Teks['jenis'])).join(', ');
}

export function BagianTemuan({ p, t }: { p: Panel; t: Teks }): JSX.Element | null {
  const s = useStyles();
  const id = React.useId();
  const { hasil, filterTingkat, filterAturan, bahasa } = p.s;
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
          <MessageBarTitle>{t.kosongJudul}</MessageBarTitle>
          {hasil.tables.length === 0 ? t.tanpaTabel : t.kosongIsi(hasil.tables.length, jenisRingkas(hasil, t))}
        </MessageBarBody>
      </MessageBar>
    );
  const aturanAda = SEMUA_ATURAN.filter((r) => hasil.findings.some((f) => f.rule === r));
  return (
    <section className={s.kotak} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id}>
        {t.judulTemuan(temuan.length, hasil.findings.length)}
      </Subtitle2>
      <div className={s.baris}>
        <Dropdown
          className={s.dropdown}
          aria-label={t.filterTingkat}
          value={filterTingkat === 'semua' ? t.semuaTingkat : t.tingkat[filterTingkat]}
          selectedOptions={[filterTingkat]}
          onOptionSelect={(_, d) =>
            p.kirim({ jenis: 'filterTingkat', nilai: (d.optionValue as Severity | 'semua') ?? 'semua' })
          }
        >
          <Option value="semua">{t.semuaTingkat}</Option>
          {(['error', 'warning', 'info'] as Severity[]).map((x) => (
            <Option key={x} value={x}>
              {t.tingkat[x]}
            </Option>
          ))}
        </Dropdown>
        <Dropdown
          className={s.dropdown}
          aria-label={t.filterAturan}
          value={filterAturan === 'semua' ? t.semuaAturan : labelAturan(t, filterAturan)}
          selectedOptions={[filterAturan]}
          onOptionSelect={(_, d) =>
            p.kirim({ jenis: 'filterAturan', nilai: (d.optionValue as RuleId | 'semua') ?? 'semua' })
          }
        >
          <Option value="semua">{t.semuaAturan}</Option>
          {aturanAda.map((r) => (
            <Option key={r} value={r}>
              {labelAturan(t, r)}
            </Option>
          ))}
        </Dropdown>
      </div>
      <DaftarTemuan
        t={t}
        bahasa={bahasa}
        temuan={temuan}
        tabel={hasil.tabel}
        grid={p.s.grid}
        terpilih={p.s.terpilih}
        pilih={(temuan) => void p.pilih(temuan)}
        perbaiki={p.perbaiki}
        sibuk={p.s.sibuk !== null}
      />
    </section>
  );
}
