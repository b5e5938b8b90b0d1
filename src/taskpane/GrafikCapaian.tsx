/** Charts: capaian per indikator against 100 %, coloured by predikat; penyerapan per program. */
import * as React from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { HorizontalBarChartWithAxis } from '@fluentui/react-charts';
import type { HasilPeriksa } from '../core/periksa';
import type { Teks } from './teks';

const useStyles = makeStyles({ kotak: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, width: '100%', overflow: 'hidden' } });

const WARNA = ['#107C10', '#5C2E91', '#C19C00', '#CA5010', '#A4262C', '#605E5C'];

function pendek(s: string): string {
  return s.length > 28 ? s.slice(0, 26) + '…' : s;
}

export function GrafikCapaian({ t, hasil }: { t: Teks; hasil: HasilPeriksa; gelap: boolean }): JSX.Element | null {
  const s = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  const [lebar, setLebar] = React.useState(300);
  React.useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setLebar(Math.max(240, el.clientWidth || 300));
  }, []);
  const { capaian, serapan } = hasil.grafik;
  if (capaian.length === 0 && serapan.length === 0) return null;
  return (
    <div ref={ref} className={s.kotak}>
      {capaian.length > 0 && (
        <figure style={{ margin: 0 }} aria-label={t.grafikCapaian}>
          <Caption1>{t.grafikCapaian}</Caption1>
          <HorizontalBarChartWithAxis
            width={lebar}
            height={Math.max(120, capaian.length * 26 + 40)}
            data={capaian.map((c) => ({
              x: c.nilai,
              y: pendek(c.nama),
              legend: c.predikat || c.nama,
              color: WARNA[Math.min(c.peringkat, WARNA.length - 1)],
              barLabel: `${c.nilai}`,
              xAxisCalloutData: `${c.nilai} % — ${c.predikat}`,
            }))}
            hideLegend={false}
          />
          <Caption1>{capaian.map((c) => `${pendek(c.nama)}: ${c.nilai} % (${c.predikat})`).join('; ')}</Caption1>
        </figure>
      )}
      {serapan.length > 0 && (
        <figure style={{ margin: 0 }} aria-label={t.grafikSerapan}>
          <Caption1>{t.grafikSerapan}</Caption1>
          <HorizontalBarChartWithAxis
            width={lebar}
            height={Math.max(120, serapan.length * 26 + 40)}
            data={serapan.map((c) => ({ x: c.nilai, y: pendek(c.nama), legend: pendek(c.nama), barLabel: `${c.nilai}` }))}
            useSingleColor
            hideLegend
          />
        </figure>
      )}
    </div>
  );
}
