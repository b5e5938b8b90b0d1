/**
 * Findings grouped by sheet and table. Each finding is a button that selects its cell (arrow keys move
 * between them); the selected one is marked and opens its details: the arithmetic as a bendahara checks it
 * by hand, the engine's explanation, the evidence for the reading (the table's hierarchy source, the column's
 * role and why), the related cells, and "Perbaiki" when the finding offers a fix.
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
import { bacaanTemuan } from './bacaan';
import { alamatRentang, namaKolom } from '../core/grid';

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
  temuan,
  katalog,
  grid,
  bahasa,
  perbaiki,
  sibuk,
  tabel,
}: {
  temuan: Temuan;
  tabel: readonly Tabel[];
  katalog: Teks;
  grid: WorkbookGrid | null;
  bahasa: Bahasa;
  perbaiki: (dipilih: Temuan) => void;
  sibuk: boolean;
}): JSX.Element {
  const gaya = useStyles();
  const hitungan = hitunganTemuan(temuan, grid, bahasa);
  const fix = rencanaPerbaikan(temuan);
  const terkait = temuan.related ?? [];
  const bacaan = bacaanTemuan(temuan, tabel);
  const tb = katalog.bacaan;
  return (
    <div className={gaya.rincian} data-testid="rincian-temuan">
      <dl className={gaya.dl}>
        {hitungan ? (
          <>
            <dt>
              <Caption1>{katalog.hitungan}</Caption1>
            </dt>
            <dd className={mergeClasses(gaya.dd, gaya.hitungan)} data-testid="hitungan">
              {barisHitungan(hitungan)}
            </dd>
          </>
        ) : (
          <>
            {temuan.stated !== null && (
              <>
                <dt>
                  <Caption1>{katalog.tertulis}</Caption1>
                </dt>
                <dd className={gaya.dd}>{formatNilaiTemuan(temuan.stated, temuan.persen, bahasa)}</dd>
              </>
            )}
            {temuan.expected !== null && (
              <>
                <dt>
                  <Caption1>{katalog.seharusnya}</Caption1>
                </dt>
                <dd className={gaya.dd}>{formatNilaiTemuan(temuan.expected, temuan.persen, bahasa)}</dd>
              </>
            )}
          </>
        )}
        {bacaan && (
          // how the table and the finding's column were read: the reviewer sees why the cell was checked so
          <>
            <dt>
              <Caption1>{katalog.buktiBacaan}</Caption1>
            </dt>
            <dd className={gaya.dd} data-testid="bukti-pembacaan">
              {[
                katalog.buktiTabel(
                  `${bacaan.tabel.lembar}!${alamatRentang(bacaan.tabel.rentang)}`,
                  bacaan.tabel.hierarki ? tb.hierarkiNama[bacaan.tabel.hierarki] : tb.tanpaHierarki,
                ),
                bacaan.kolom &&
                  katalog.buktiKolom(
                    namaKolom(bacaan.kolom.c),
                    tb.peran[bacaan.kolom.peran],
                    (bacaan.kolom.bukti ?? []).join('; '),
                  ),
              ]
                .filter(Boolean)
                .join('; ')}
            </dd>
          </>
        )}
        {terkait.length > 0 && (
          <>
            <dt>
              <Caption1>{katalog.selTerkait}</Caption1>
            </dt>
            <dd className={gaya.dd}>
              {terkait.slice(0, 6).join(', ')}
              {terkait.length > 6 ? ` ${katalog.selLain(terkait.length - 6)}` : ''}
            </dd>
          </>
        )}
      </dl>
      {fix && (
        <div>
          <Button size="small" appearance="primary" disabled={sibuk} onClick={() => perbaiki(temuan)}>
            {`${katalog.perbaiki}: ${fix.rumus ? katalog.perbaikiRumus(fix.rumus) : katalog.perbaikiNilai(String(fix.nilai))}`}
          </Button>
        </div>
      )}
    </div>
  );
}

export function DaftarTemuan({
  katalog,
  bahasa,
  temuan,
  tabel,
  grid,
  terpilih,
  pilih,
  perbaiki,
  sibuk,
}: {
  katalog: Teks;
  bahasa: Bahasa;
  temuan: Temuan[];
  tabel: Tabel[];
  grid: WorkbookGrid | null;
  terpilih: string | null;
  pilih: (temuan: Temuan) => void;
  perbaiki: (temuan: Temuan) => void;
  sibuk: boolean;
}): JSX.Element {
  const gaya = useStyles();
  const nav = useArrowNavigationGroup({ axis: 'vertical', circular: false, memorizeCurrent: true });
  const [batas, setBatas] = React.useState(HALAMAN);
  React.useEffect(() => setBatas(HALAMAN), [temuan]);
  const tampil = temuan.slice(0, batas);
  const grup = React.useMemo(() => {
    const peta = new Map<string, Temuan[]>();
    for (const temuan of tampil) {
      const kunci = `${temuan.sheet}\u0000${temuan.table ?? ''}`;
      const ada = peta.get(kunci);
      if (ada) ada.push(temuan);
      else peta.set(kunci, [temuan]);
    }
    return [...peta];
  }, [tampil]);
  const judulTabel = (id: string) => tabel.find((x) => x.id === id)?.judul;
  const idDasar = React.useId();
  return (
    <div className={gaya.daftar} {...nav} aria-label={katalog.daftarTemuan} role="group" data-testid="daftar-temuan">
      {grup.map(([kunciGrup, fs], gi) => {
        const [lembar, id] = kunciGrup.split('\u0000');
        const judul = judulTabel(id);
        const idJudul = `${idDasar}-${gi}`;
        return (
          <section key={kunciGrup} className={gaya.grup} aria-labelledby={idJudul}>
            <Text as="h3" weight="semibold" id={idJudul} className={gaya.judulGrup}>
              {`${katalog.lembarKerja} ${lembar}`}
            </Text>
            {judul && <Caption1>{judul.length > 80 ? judul.slice(0, 77) + '…' : judul}</Caption1>}
            <ul className={gaya.ul}>
              {fs.map((temuan) => {
                const kunci = kunciTemuan(temuan);
                const dipilih = kunci === terpilih;
                return (
                  <li key={kunci}>
                    <Button
                      className={mergeClasses(gaya.item, dipilih && gaya.terpilih)}
                      appearance="subtle"
                      onClick={() => pilih(temuan)}
                      aria-current={dipilih ? 'true' : undefined}
                      aria-expanded={dipilih}
                      data-lembar={temuan.sheet}
                      data-sel={temuan.cell}
                      data-aturan={temuan.rule}
                    >
                      <span className={gaya.isi}>
                        <span className={gaya.kepala}>
                          <Text weight="semibold">{temuan.cell}</Text>
                          <Badge appearance="tint" color={WARNA[temuan.severity]}>
                            {katalog.tingkat[temuan.severity]}
                          </Badge>
                          <Caption1>{labelAturan(katalog, temuan.rule)}</Caption1>
                          {dipilih && (
                            <Badge appearance="filled" color="brand" size="small">
                              {katalog.terpilih}
                            </Badge>
                          )}
                        </span>
                        <Text size={200}>{temuan.message}</Text>
                      </span>
                    </Button>
                    {dipilih && (
                      <Rincian
                        temuan={temuan}
                        katalog={katalog}
                        grid={grid}
                        bahasa={bahasa}
                        perbaiki={perbaiki}
                        sibuk={sibuk}
                        tabel={tabel}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {temuan.length > batas && (
        <Button onClick={() => setBatas((b) => b + HALAMAN)}>
          {katalog.tampilkanLagi(Math.min(HALAMAN, temuan.length - batas))}
        </Button>
      )}
    </div>
  );
}
