/**
 * One table as read, opened in the reading view: its kind, range, title, whether it was checked (and why
 * not), the hierarchy and the readings considered; each column's role, values, unit, aggregation and
 * evidence; each row's kind and level. Every role and row kind can be corrected here, and the table left
 * out. A long table shows its first rows and the rows that are not plain data, a page at a time.
 */
import * as React from 'react';
import {
  Badge,
  Button,
  Caption1,
  Select,
  Switch,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { Kolom, Peran, Tabel } from '../core/model';
import type { RingkasanTabel } from '../core/periksa';
import type { JenisKoreksi, Koreksi, KoreksiTabel } from '../core/koreksi';
import { alamatRentang, namaKolom } from '../core/grid';
import type { Bahasa } from '../core/pesan/bahasa';
import type { Teks } from './teks';
import { formatAngka } from './format';
import { aturAbaikan, aturBaris, aturPeran, barisInduk, barisPenting, jenisTampil } from './bacaan';

const useStyles = makeStyles({
  rincian: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  dl: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, auto) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
  },
  dd: { margin: 0, fontSize: tokens.fontSizeBase200 },
  ulDalam: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  baris: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  subjudul: { margin: 0, marginTop: tokens.spacingVerticalS },
  ul: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  itemKoreksi: { borderLeftColor: tokens.colorBrandStroke1 },
  itemLain: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  pilih: { width: '100%', maxWidth: '22rem' },
});

/** Rows rendered at once; more on request (a table can have 100 000). */
const HALAMAN_BARIS = 60;

function infoKolom(kolom: Kolom, katalog: Teks): string {
  const tb = katalog.bacaan;
  const bagian: string[] = [];
  if (kolom.nilai) bagian.push(`${tb.nilai}: ${tb.nilaiNama[kolom.nilai]}`);
  if (kolom.satuan) bagian.push(`${tb.satuan}: ${kolom.satuan}`);
  if (kolom.agregasi) bagian.push(`${tb.agregasi}: ${tb.agregasiNama[kolom.agregasi]}`);
  if (kolom.tahun) bagian.push(kolom.tahun);
  if (kolom.kualifikasi.length) bagian.push(kolom.kualifikasi.join(', '));
  if (kolom.nomor) bagian.push(`(${kolom.nomor})`);
  return bagian.join(' · ');
}

function singkat(teks: string, panjang = 100): string {
  return teks.length > panjang ? teks.slice(0, panjang - 1) + '…' : teks;
}

export interface PropsRincian {
  katalog: Teks;
  bahasa: Bahasa;
  tabel: Tabel;
  ringkasan: RingkasanTabel | undefined;
  /** The corrections stored for this table. */
  tersimpan: KoreksiTabel | undefined;
  sibuk: boolean;
  koreksi: (ubah: (lama: Koreksi) => Koreksi) => void;
  pilihRentang: () => void;
}

export function RincianTabel({
  katalog,
  bahasa,
  tabel,
  ringkasan,
  tersimpan,
  sibuk,
  koreksi,
  pilihRentang,
}: PropsRincian) {
  const gaya = useStyles();
  const tb = katalog.bacaan;
  const id = React.useId();
  const rentang = alamatRentang(tabel.rentang);
  const [semua, setSemua] = React.useState(false);
  const [batas, setBatas] = React.useState(HALAMAN_BARIS);
  React.useEffect(() => setBatas(HALAMAN_BARIS), [semua, tabel]);
  const induk = React.useMemo(() => barisInduk(tabel), [tabel]);
  const penting = React.useMemo(() => barisPenting(tabel, tersimpan), [tabel, tersimpan]);
  const daftar = semua ? tabel.baris : penting;
  const tampil = daftar.slice(0, batas);
  const semuaPeran = Object.keys(tb.peran) as Peran[];
  const semuaJenis = Object.keys(tb.jenisKoreksi) as JenisKoreksi[];
  const skor = (x: number) => tb.skor(formatAngka(x, bahasa, 1));

  return (
    <div className={gaya.rincian} data-testid="rincian-tabel" data-tabel={tabel.id}>
      <dl className={gaya.dl}>
        <dt>
          <Caption1>{tb.jenis}</Caption1>
        </dt>
        <dd className={gaya.dd}>{katalog.jenis[tabel.jenis]}</dd>
        <dt>
          <Caption1>{tb.rentang}</Caption1>
        </dt>
        <dd className={gaya.dd}>{`${tabel.lembar}!${rentang}`}</dd>
        <dt>
          <Caption1>{tb.judulLabel}</Caption1>
        </dt>
        <dd className={gaya.dd}>{tabel.judul || tb.tanpaJudul}</dd>
        <dt>
          <Caption1>{tb.status}</Caption1>
        </dt>
        <dd className={gaya.dd} data-testid="status-tabel">
          {ringkasan?.checked
            ? tb.diperiksa(ringkasan.verified ?? 0)
            : `${tb.tidakDiperiksa}: ${ringkasan?.reason ?? ''}`}
        </dd>
        {ringkasan?.unchecked && ringkasan.unchecked.length > 0 && (
          <>
            <dt>
              <Caption1>{tb.bagianTidakDiperiksa}</Caption1>
            </dt>
            <dd className={gaya.dd}>
              <ul className={gaya.ulDalam}>
                {ringkasan.unchecked.map((u) => (
                  <li key={u}>{u}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>
          <Caption1>{tb.hierarki}</Caption1>
        </dt>
        <dd className={gaya.dd} data-testid="hierarki">
          {tabel.hierarki ? tb.hierarkiNama[tabel.hierarki] : tb.tanpaHierarki}
        </dd>
        {tabel.calonHierarki && tabel.calonHierarki.length > 0 && (
          <>
            <dt>
              <Caption1>{tb.calon}</Caption1>
            </dt>
            <dd className={gaya.dd} data-testid="calon-hierarki">
              {tabel.calonHierarki
                .map(
                  (c) =>
                    `${tb.hierarkiNama[c.sumber]} (${skor(c.skor)}${c.sumber === tabel.hierarki ? `, ${tb.dipakai}` : ''})`,
                )
                .join(' · ')}
            </dd>
          </>
        )}
      </dl>
      <div className={gaya.baris}>
        <Button size="small" onClick={pilihRentang}>
          {tb.pilihRentang(rentang)}
        </Button>
        <Button
          size="small"
          appearance={tabel.dikecualikan ? 'primary' : 'secondary'}
          disabled={sibuk}
          onClick={() => koreksi(aturAbaikan(tabel, !tabel.dikecualikan))}
        >
          {tabel.dikecualikan ? tb.sertakan : tb.kecualikan}
        </Button>
      </div>

      <Text as="h4" weight="semibold" className={gaya.subjudul} id={`${id}-kolom`}>
        {tb.kolom(tabel.kolom.length)}
      </Text>
      <ul className={gaya.ul} aria-labelledby={`${id}-kolom`}>
        {tabel.kolom.map((kolom) => {
          const huruf = namaKolom(kolom.c);
          const dikoreksi = !!tersimpan?.kolom?.[huruf];
          return (
            <li key={kolom.c} className={mergeClasses(gaya.item, dikoreksi && gaya.itemKoreksi)} data-kolom={huruf}>
              <span className={gaya.baris}>
                <Text weight="semibold">{tb.kolomKe(huruf)}</Text>
                <Text>{kolom.judul.join(' / ') || '—'}</Text>
                {dikoreksi && (
                  <Badge appearance="tint" color="brand" size="small">
                    {tb.dikoreksi}
                  </Badge>
                )}
              </span>
              <Select
                className={gaya.pilih}
                size="small"
                aria-label={tb.peranKolom(huruf)}
                value={tersimpan?.kolom?.[huruf] ?? ''}
                disabled={sibuk}
                onChange={(_, d) => koreksi(aturPeran(tabel, kolom.c, d.value ? (d.value as Peran) : null))}
              >
                <option value="">{dikoreksi ? tb.otomatisHapus : tb.otomatis(tb.peran[kolom.peran])}</option>
                {semuaPeran.map((x) => (
                  <option key={x} value={x}>
                    {tb.peran[x]}
                  </option>
                ))}
              </Select>
              {infoKolom(kolom, katalog) && <Caption1>{infoKolom(kolom, katalog)}</Caption1>}
              {kolom.bukti && kolom.bukti.length > 0 && <Caption1>{`${tb.bukti}: ${kolom.bukti.join('; ')}`}</Caption1>}
            </li>
          );
        })}
      </ul>

      <Text as="h4" weight="semibold" className={gaya.subjudul} id={`${id}-baris`}>
        {tb.barisJudul(tabel.baris.length)}
      </Text>
      {daftar.length < tabel.baris.length && (
        <Caption1 data-testid="baris-ditampilkan">{tb.barisDitampilkan(daftar.length, tabel.baris.length)}</Caption1>
      )}
      {penting.length < tabel.baris.length && (
        <Switch label={tb.semuaBaris} checked={semua} onChange={(_, d) => setSemua(d.checked)} />
      )}
      <ul className={gaya.ul} aria-labelledby={`${id}-baris`}>
        {tampil.map((baris) => {
          const jenis = jenisTampil(baris, induk);
          const nomor = baris.r + 1;
          const dikoreksi = tersimpan?.baris?.[String(nomor)];
          return (
            <li
              key={baris.r}
              className={mergeClasses(gaya.item, dikoreksi ? gaya.itemKoreksi : jenis !== 'data' && gaya.itemLain)}
              data-baris={nomor}
              data-jenis={jenis}
            >
              <span className={gaya.baris}>
                <Text weight="semibold">{tb.barisKe(nomor)}</Text>
                <Badge
                  appearance={jenis === 'data' ? 'outline' : 'tint'}
                  color={jenis === 'data' ? 'informative' : 'warning'}
                >
                  {tb.jenisBarisNama[jenis]}
                </Badge>
                {baris.level !== null && <Caption1>{tb.tingkat(baris.level + 1)}</Caption1>}
                {baris.induk !== null && baris.induk !== undefined && (
                  <Caption1>{tb.indukBaris(baris.induk + 1)}</Caption1>
                )}
                {dikoreksi && (
                  <Badge appearance="tint" color="brand" size="small">
                    {tb.dikoreksi}
                  </Badge>
                )}
              </span>
              {(baris.nama || baris.label) && <Text size={200}>{singkat(baris.nama || baris.label)}</Text>}
              <Select
                className={gaya.pilih}
                size="small"
                aria-label={tb.jenisBaris(nomor)}
                value={dikoreksi ?? ''}
                disabled={sibuk}
                onChange={(_, d) => koreksi(aturBaris(tabel, baris.r, d.value ? (d.value as JenisKoreksi) : null))}
              >
                <option value="">{dikoreksi ? tb.otomatisHapus : tb.otomatis(tb.jenisBarisNama[jenis])}</option>
                {semuaJenis.map((x) => (
                  <option key={x} value={x}>
                    {tb.jenisKoreksi[x]}
                  </option>
                ))}
              </Select>
              {baris.bukti && baris.bukti.length > 0 && <Caption1>{`${tb.bukti}: ${baris.bukti.join('; ')}`}</Caption1>}
            </li>
          );
        })}
      </ul>
      {daftar.length > batas && (
        <div>
          <Button size="small" onClick={() => setBatas((x) => x + HALAMAN_BARIS)}>
            {tb.barisBerikut(Math.min(HALAMAN_BARIS, daftar.length - batas))}
          </Button>
        </div>
      )}
    </div>
  );
}
