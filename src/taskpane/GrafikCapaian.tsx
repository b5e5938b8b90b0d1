/** Charts: capaian per indikator against 100 %, coloured by predikat; penyerapan per program. */
import * as React from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { HorizontalBarChartWithAxis } from '@fluentui/react-charts';
import type { HasilPeriksa } from '../core/periksa';
import type { Teks } from './teks';

const useStyles = makeStyles({
  kotak: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, width: '100%', overflow: 'hidden' },
  // the chart's figures as text for screen readers
  tersembunyi: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

const WARNA = ['#107C10', '#5C2E91', '#C19C00', '#CA5010', '#A4262C', '#605E5C'];

/** A short unique axis label: "3. Persentase PPKS…". */
function pendek(s: string, i: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return `${i + 1}. ${t.length > 16 ? t.slice(0, 15) + '…' : t}`;
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
            margins={{ left: 140 }}
            showYAxisLablesTooltip
            noOfCharsToTruncate={20}
            data={capaian.map((c, i) => ({
              x: c.nilai,
              y: pendek(c.nama, i),
              legend: c.predikat || c.nama,
              color: WARNA[Math.min(c.peringkat, WARNA.length - 1)],
              barLabel: `${c.nilai}`,
              xAxisCalloutData: `${c.nilai} % — ${c.predikat}`,
            }))}
            hideLegend={false}
          />
          <ul className={s.tersembunyi}>
            {capaian.map((c, i) => (
              <li key={i}>{`${c.nama}: ${c.nilai} % (${c.predikat})`}</li>
            ))}
          </ul>
        </figure>
      )}
      {serapan.length > 0 && (
        <figure style={{ margin: 0 }} aria-label={t.grafikSerapan}>
          <Caption1>{t.grafikSerapan}</Caption1>
          <HorizontalBarChartWithAxis
            width={lebar}
            height={Math.max(120, serapan.length * 26 + 40)}
            margins={{ left: 140 }}
            showYAxisLablesTooltip
            noOfCharsToTruncate={20}
            data={serapan.map((c, i) => ({ x: c.nilai, y: pendek(c.nama, i), legend: c.nama, barLabel: `${c.nilai}` }))}
            useSingleColor
            hideLegend
          />
        </figure>
      )}
    </div>
  );
}
