/**
 * Findings grouped by sheet and table. Each finding is a button that selects its cell (arrow keys move
 * between them); the selected one is marked and opens its details: the arithmetic as a bendahara checks it
 * by hand, the engine's explanation, the related cells, and "Perbaiki" when the finding offers a fix.
 */
import * as React from 'react';
import {
  Badge,
  Button,
  Caption1,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import type { Tabel, Temuan } from '../core/model';
import type { WorkbookGrid } from '../core/grid';
import type { Bahasa } from '../core/pesan/bahasa';
import { Teks, labelAturan } from './teks';
import { barisHitungan, hitunganTemuan } from './hitungan';
import { formatNilaiTemuan } from './format';
import { rencanaPerbaikan } from './perbaikan';
import { kunciTemuan } from './usePanel';

const useStyles = makeStyles({
  daftar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  grup: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  judulGrup: { margin: 0 },
  ul: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    height: 'auto',
    padding: tokens.spacingVerticalS,
    width: '100%',
    minWidth: 0,
    borderLeft: `3px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
  },
  terpilih: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
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
  rincian: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    marginLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    overflowWrap: 'anywhere',
  },
  hitungan: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  dl: { margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS },
  dd: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

const WARNA = { error: 'danger', warning: 'warning', info: 'informative' } as const;
/** Findings rendered at once; a workbook with thousands shows more on request. */
const HALAMAN = 200;

function Rincian({
  f,
  t,
  grid,
  bahasa,
  perbaiki,
  sibuk,
}: {
  f: Temuan;
  t: Teks;
  grid: WorkbookGrid | null;
  bahasa: Bahasa;
  perbaiki: (f: Temuan) => void;
  sibuk: boolean;
}): JSX.Element {
  const s = useStyles();
  const h = hitunganTemuan(f, grid, bahasa);
  const fix = rencanaPerbaikan(f);
  const terkait = f.related ?? [];
  return (
    <div className={s.rincian} data-testid="rincian-temuan">
      <dl className={s.dl}>
        {h ? (
          <>
            <dt>
              <Caption1>{t.hitungan}</Caption1>
            </dt>
            <dd className={mergeClasses(s.dd, s.hitungan)} data-testid="hitungan">
              {barisHitungan(h)}
            </dd>
          </>
        ) : (
          <>
            {f.stated !== null && (
              <>
                <dt>
                  <Caption1>{t.tertulis}</Caption1>
                </dt>
                <dd className={s.dd}>{formatNilaiTemuan(f.stated, f.persen, bahasa)}</dd>
              </>
            )}
            {f.expected !== null && (
              <>
                <dt>
                  <Caption1>{t.seharusnya}</Caption1>
                </dt>
                <dd className={s.dd}>{formatNilaiTemuan(f.expected, f.persen, bahasa)}</dd>
              </>
            )}
          </>
        )}
        {terkait.length > 0 && (
          <>
            <dt>
              <Caption1>{t.selTerkait}</Caption1>
            </dt>
            <dd className={s.dd}>
              {terkait.slice(0, 6).join(', ')}
              {terkait.length > 6 ? ` ${t.selLain(terkait.length - 6)}` : ''}
            </dd>
          </>
        )}
      </dl>
      {fix && (
        <div>
          <Button size="small" appearance="primary" disabled={sibuk} onClick={() => perbaiki(f)}>
            {`${t.perbaiki}: ${fix.rumus ? t.perbaikiRumus(fix.rumus) : t.perbaikiNilai(String(fix.nilai))}`}
          </Button>
        </div>
      )}
    </div>
  );
}

export function DaftarTemuan({
  t,
  bahasa,
  temuan,
  tabel,
  grid,
  terpilih,
  pilih,
  perbaiki,
  sibuk,
}: {
  t: Teks;
  bahasa: Bahasa;
  temuan: Temuan[];
  tabel: Tabel[];
  grid: WorkbookGrid | null;
  terpilih: string | null;
  pilih: (f: Temuan) => void;
  perbaiki: (f: Temuan) => void;
  sibuk: boolean;
}): JSX.Element {
  const s = useStyles();
  const nav = useArrowNavigationGroup({ axis: 'vertical', circular: false, memorizeCurrent: true });
  const [batas, setBatas] = React.useState(HALAMAN);
  React.useEffect(() => setBatas(HALAMAN), [temuan]);
  const tampil = temuan.slice(0, batas);
  const grup = React.useMemo(() => {
    const m = new Map<string, Temuan[]>();
    for (const f of tampil) {
      const k = `${f.sheet}\u0000${f.table ?? ''}`;
      const ada = m.get(k);
      if (ada) ada.push(f);
      else m.set(k, [f]);
    }
    return [...m];
  }, [tampil]);
  const judulTabel = (id: string) => tabel.find((x) => x.id === id)?.judul;
  const idDasar = React.useId();
  return (
    <div className={s.daftar} {...nav} aria-label={t.daftarTemuan} role="group" data-testid="daftar-temuan">
      {grup.map(([k, fs], gi) => {
        const [lembar, id] = k.split('\u0000');
        const judul = judulTabel(id);
        const idJudul = `${idDasar}-${gi}`;
        return (
          <section key={k} className={s.grup} aria-labelledby={idJudul}>
            <Text as="h3" weight="semibold" id={idJudul} className={s.judulGrup}>
              {`${t.lembarKerja} ${lembar}`}
            </Text>
            {judul && <Caption1>{judul.length > 80 ? judul.slice(0, 77) + '…' : judul}</Caption1>}
            <ul className={s.ul}>
              {fs.map((f) => {
                const kunci = kunciTemuan(f);
                const dipilih = kunci === terpilih;
                return (
                  <li key={kunci}>
                    <Button
                      className={mergeClasses(s.item, dipilih && s.terpilih)}
                      appearance="subtle"
                      onClick={() => pilih(f)}
                      aria-current={dipilih ? 'true' : undefined}
                      aria-expanded={dipilih}
                      data-lembar={f.sheet}
                      data-sel={f.cell}
                      data-aturan={f.rule}
                    >
                      <span className={s.isi}>
                        <span className={s.kepala}>
                          <Text weight="semibold">{f.cell}</Text>
                          <Badge appearance="tint" color={WARNA[f.severity]}>
                            {t.tingkat[f.severity]}
                          </Badge>
                          <Caption1>{labelAturan(t, f.rule)}</Caption1>
                          {dipilih && (
                            <Badge appearance="filled" color="brand" size="small">
                              {t.terpilih}
                            </Badge>
                          )}
                        </span>
                        <Text size={200}>{f.message}</Text>
                      </span>
                    </Button>
                    {dipilih && <Rincian f={f} t={t} grid={grid} bahasa={bahasa} perbaiki={perbaiki} sibuk={sibuk} />}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {temuan.length > batas && (
        <Button onClick={() => setBatas((b) => b + HALAMAN)}>
          {t.tampilkanLagi(Math.min(HALAMAN, temuan.length - batas))}
        </Button>
      )}
    </div>
  );
}
