/**
 * Charts: capaian per indikator and penyerapan per program, as labelled bars with the full names, in the
 * tables' own order (1 at the top), the 100 % target drawn as a line, and outliers capped with a marker so
 * they do not flatten the rest. Plain HTML: nothing to tab into, readable by screen readers as a list,
 * legible at 320 px and in the dark theme.
 */
import * as React from 'react';
import { Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { HasilPeriksa } from '../core/periksa';
import type { Bahasa } from '../core/pesan/bahasa';
import type { Teks } from './teks';
import { formatAngka, formatTetap } from './format';

const useStyles = makeStyles({
  figur: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  daftar: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  titik: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  nama: { overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  baris: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  jalur: {
    position: 'relative',
    flexGrow: 1,
    height: '12px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  batang: { position: 'absolute', left: 0, top: 0, bottom: 0, borderRadius: tokens.borderRadiusSmall },
  // a capped bar ends in a notch: the real value is larger than the axis
  terpotong: { clipPath: 'polygon(0 0, 100% 0, calc(100% - 6px) 50%, 100% 100%, 0 100%)' },
  target: {
    position: 'absolute',
    top: '-3px',
    bottom: '-3px',
    width: '2px',
    backgroundColor: tokens.colorNeutralForeground1,
  },
  nilai: {
    flexShrink: 0,
    width: '7.5em',
    textAlign: 'right',
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
  },
});

const WARNA = ['#107C10', '#0F6CBD', '#C19C00', '#CA5010', '#C50F1F', '#616161'];

export interface Titik {
  nama: string;
  nilai: number;
  keterangan?: string;
  warna: string;
}

/** The axis end: the largest value, but no further than 1.5 × the upper quartile (at least 120). */
export function batasSumbu(nilai: number[]): number {
  if (nilai.length === 0) return 100;
  const urut = [...nilai].sort((a, b) => a - b);
  const q3 = urut[Math.floor((urut.length - 1) * 0.75)];
  const batas = Math.max(120, Math.ceil((q3 * 1.5) / 10) * 10);
  const maks = Math.max(110, urut[urut.length - 1]);
  return Math.min(batas, Math.ceil(maks / 10) * 10);
}

function GrafikBatang({
  judul,
  titik,
  katalog,
  bahasa,
  idJudul,
}: {
  judul: string;
  titik: Titik[];
  katalog: Teks;
  bahasa: Bahasa;
  idJudul: string;
}): JSX.Element {
  const gaya = useStyles();
  const sumbu = batasSumbu(titik.map((x) => x.nilai));
  const adaTerpotong = titik.some((x) => x.nilai > sumbu);
  const posisi = (v: number) => `${(Math.max(0, Math.min(v, sumbu)) / sumbu) * 100}%`;
  return (
    <figure className={gaya.figur} aria-labelledby={idJudul}>
      <Text as="h3" weight="semibold" size={300} id={idJudul}>
        {judul}
      </Text>
      <ol className={gaya.daftar}>
        {titik.map((x, i) => (
          <li key={i} className={gaya.titik}>
            <span className={gaya.nama}>{`${i + 1}. ${x.nama}`}</span>
            <span className={gaya.baris}>
              <span className={gaya.jalur} aria-hidden="true">
                <span
                  className={mergeClasses(gaya.batang, x.nilai > sumbu && gaya.terpotong)}
                  style={{ width: posisi(x.nilai), backgroundColor: x.warna }}
                />
                <span className={gaya.target} style={{ left: `calc(${posisi(100)} - 1px)` }} />
              </span>
              <span className={gaya.nilai}>
                {`${x.nilai > sumbu ? '▸ ' : ''}${formatTetap(x.nilai, bahasa, 2)} %`}
                {x.keterangan ? <Caption1 block>{x.keterangan}</Caption1> : null}
              </span>
            </span>
          </li>
        ))}
      </ol>
      <Caption1>
        {katalog.garisTarget}
        {adaTerpotong ? ` · ${katalog.dipotong(formatAngka(sumbu, bahasa))}` : ''}
      </Caption1>
    </figure>
  );
}

export function GrafikCapaian({
  katalog,
  hasil,
  bahasa,
}: {
  katalog: Teks;
  hasil: HasilPeriksa;
  bahasa: Bahasa;
}): JSX.Element | null {
  const id = React.useId();
  const { capaian, serapan } = hasil.grafik;
  if (capaian.length === 0 && serapan.length === 0) return null;
  return (
    <>
      {capaian.length > 0 && (
        <GrafikBatang
          idJudul={`${id}-capaian`}
          judul={katalog.grafikCapaian}
          katalog={katalog}
          bahasa={bahasa}
          titik={capaian.map((c) => ({
            nama: c.nama,
            nilai: c.nilai,
            keterangan: c.predikat || undefined,
            warna: WARNA[Math.min(Math.max(0, c.peringkat), WARNA.length - 1)],
          }))}
        />
      )}
      {serapan.length > 0 && (
        <GrafikBatang
          idJudul={`${id}-serapan`}
          judul={katalog.grafikSerapan}
          katalog={katalog}
          bahasa={bahasa}
          titik={serapan.map((c) => ({ nama: c.nama, nilai: c.nilai, warna: WARNA[1] }))}
        />
      )}
    </>
  );
}
