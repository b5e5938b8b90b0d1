/**
 * Summary: a notice when the workbook was never calculated by Excel, tables found by kind, findings by
 * severity and rule, and the charts. Takes focus after a check.
 */
import * as React from 'react';
import {
  Badge,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { HasilPeriksa } from '../core/periksa';
import type { JenisTabel, Severity } from '../core/model';
import { SEMUA_ATURAN } from '../core/aturan/meta';
import type { Bahasa } from '../core/pesan/bahasa';
import type { Teks } from './teks';
import { GrafikCapaian } from './GrafikCapaian';

const useStyles = makeStyles({
  kotak: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  baris: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  judul: {
    ...typographyStyles.subtitle2,
    margin: 0,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
});

const WARNA: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export const Ringkasan = React.forwardRef<HTMLHeadingElement, { katalog: Teks; hasil: HasilPeriksa; bahasa: Bahasa }>(
  function Ringkasan({ katalog, hasil, bahasa }, ref) {
    const gaya = useStyles();
    const id = React.useId();
    const perJenis = new Map<JenisTabel, number>();
    for (const ringkasan of hasil.tables) perJenis.set(ringkasan.kind, (perJenis.get(ringkasan.kind) ?? 0) + 1);
    const tingkat = (x: Severity) => hasil.findings.filter((f) => f.severity === x).length;
    return (
      <section className={gaya.kotak} aria-labelledby={id}>
        <h2 id={id} tabIndex={-1} ref={ref} className={gaya.judul}>
          {katalog.ringkasan}
        </h2>
        {hasil.belumDihitung && (
          // cached results were placeholders (openpyxl, XlsxWriter): the engine computed them, Excel never did
          <MessageBar intent="warning" layout="multiline" data-testid="belum-dihitung">
            <MessageBarBody>
              <MessageBarTitle>{katalog.belumDihitungJudul}</MessageBarTitle>
              {katalog.belumDihitungIsi}
            </MessageBarBody>
          </MessageBar>
        )}
        <div className={gaya.baris}>
          <Caption1>{katalog.tabelDitemukan}:</Caption1>
          {[...perJenis].map(([k, n]) => (
            <Badge key={k} appearance="outline" color="informative">
              {katalog.jumlahTabel(n, k)}
            </Badge>
          ))}
        </div>
        <div className={gaya.baris} data-testid="ringkasan-tingkat">
          {(['error', 'warning', 'info'] as Severity[]).map((x) => (
            <Badge key={x} appearance="tint" color={WARNA[x]}>
              {katalog.jumlahTingkat(tingkat(x), x)}
            </Badge>
          ))}
        </div>
        <div className={gaya.baris}>
          {SEMUA_ATURAN.map((r) => ({ r, jumlah: hasil.findings.filter((f) => f.rule === r).length }))
            .filter((x) => x.jumlah > 0)
            .map((x) => (
              <Badge key={x.r} appearance="outline" color="brand">
                {katalog.jumlahAturan(x.jumlah, x.r)}
              </Badge>
            ))}
        </div>
        <GrafikCapaian katalog={katalog} hasil={hasil} bahasa={bahasa} />
      </section>
    );
  },
);
