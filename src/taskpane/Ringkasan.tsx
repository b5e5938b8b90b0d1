/** Summary: tables found by kind, findings by severity and rule. */
import * as React from 'react';
import { Badge, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { HasilPeriksa } from '../core/periksa';
import type { Severity } from '../core/model';
import { SEMUA_ATURAN } from '../core/model';
import type { Teks } from './teks';
import { GrafikCapaian } from './GrafikCapaian';

const useStyles = makeStyles({
  baris: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  kotak: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function Ringkasan({ t, hasil, gelap }: { t: Teks; hasil: HasilPeriksa; gelap: boolean }): JSX.Element {
  const s = useStyles();
  const perJenis = new Map<string, number>();
  for (const x of hasil.tables) perJenis.set(x.kind, (perJenis.get(x.kind) ?? 0) + 1);
  const tingkat = (x: Severity) => hasil.findings.filter((f) => f.severity === x).length;
  return (
    <section className={s.kotak} aria-label={t.ringkasan}>
      <Subtitle2 as="h2">{t.ringkasan}</Subtitle2>
      <div className={s.baris}>
        <Caption1>{t.tabel}:</Caption1>
        {[...perJenis].map(([k, n]) => (
          <Badge key={k} appearance="outline">{`${n} ${t.jenis[k as keyof Teks['jenis']]}`}</Badge>
        ))}
      </div>
      <div className={s.baris} data-testid="ringkasan-tingkat">
        <Badge color="danger">{`${tingkat('error')} ${t.tingkat.error}`}</Badge>
        <Badge color="warning">{`${tingkat('warning')} ${t.tingkat.warning}`}</Badge>
        <Badge color="informative">{`${tingkat('info')} ${t.tingkat.info}`}</Badge>
      </div>
      <div className={s.baris}>
        {SEMUA_ATURAN.map((r) => ({ r, n: hasil.findings.filter((f) => f.rule === r).length }))
          .filter((x) => x.n > 0)
          .map((x) => (
            <Badge key={x.r} appearance="tint" color="subtle">{`${t.aturan[x.r]}: ${x.n}`}</Badge>
          ))}
      </div>
      <GrafikCapaian t={t} hasil={hasil} gelap={gelap} />
    </section>
  );
}
