/** Findings grouped by sheet and table; each is a button that selects its cell. Arrow keys move between them. */
import * as React from 'react';
import { Badge, Button, Caption1, Text, makeStyles, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import type { Tabel, Temuan } from '../core/model';
import type { Teks } from './teks';

const useStyles = makeStyles({
  daftar: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  grup: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    height: 'auto',
    padding: tokens.spacingVerticalS,
    width: '100%',
    minWidth: 0,
  },
  isi: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    overflowWrap: 'anywhere',
    fontWeight: tokens.fontWeightRegular,
  },
  kepala: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

const WARNA = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export function DaftarTemuan({
  t,
  temuan,
  tabel,
  pilih,
}: {
  t: Teks;
  temuan: Temuan[];
  tabel: Tabel[];
  pilih: (f: Temuan) => void;
}): JSX.Element {
  const s = useStyles();
  const nav = useArrowNavigationGroup({ axis: 'vertical', circular: false });
  const grup = React.useMemo(() => {
    const m = new Map<string, Temuan[]>();
    for (const f of temuan) {
      const k = `${f.sheet}\u0000${f.table ?? ''}`;
      m.set(k, [...(m.get(k) ?? []), f]);
    }
    return [...m];
  }, [temuan]);
  const judulTabel = (id: string) => tabel.find((x) => x.id === id)?.judul;
  return (
    <div className={s.daftar} {...nav} role="list" aria-label={t.daftarTemuan}>
      {grup.map(([k, fs]) => {
        const [lembar, id] = k.split('\u0000');
        const judul = judulTabel(id);
        return (
          <section key={k} className={s.grup} aria-label={`${lembar}${judul ? ` — ${judul}` : ''}`}>
            <Text weight="semibold">{lembar}</Text>
            {judul && <Caption1>{judul.length > 80 ? judul.slice(0, 77) + '…' : judul}</Caption1>}
            {fs.map((f) => (
              <div role="listitem" key={`${f.rule}|${f.cell}`}>
                <Button
                  className={s.item}
                  appearance="subtle"
                  onClick={() => pilih(f)}
                  aria-label={`${f.sheet} ${f.cell}, ${t.tingkat[f.severity]}, ${t.aturan[f.rule]}: ${f.message}`}
                >
                  <span className={s.isi}>
                    <span className={s.kepala}>
                      <Text weight="semibold">{f.cell}</Text>
                      <Badge appearance="tint" color={WARNA[f.severity]}>
                        {t.tingkat[f.severity]}
                      </Badge>
                      <Caption1>{t.aturan[f.rule]}</Caption1>
                    </span>
                    <Text size={200}>{f.message}</Text>
                  </span>
                </Button>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
