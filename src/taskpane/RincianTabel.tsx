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

function infoKolom(k: Kolom, t: Teks): string {
  const tb = t.bacaan;
  const bagian: string[] = [];
  if (k.nilai) bagian.push(`${tb.nilai}: ${tb.nilaiNama[k.nilai]}`);
  if (k.satuan) bagian.push(`${tb.satuan}: ${k.satuan}`);
  if (k.agregasi) bagian.push(`${tb.agregasi}: ${tb.agregasiNama[k.agregasi]}`);
  if (k.tahun) bagian.push(k.tahun);
  if (k.kualifikasi.length) bagian.push(k.kualifikasi.join(', '));
  if (k.nomor) bagian.push(`(${k.nomor})`);
  return bagian.join(' · ');
}

function singkat(s: string, n = 100): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

export interface PropsRincian {
  t: Teks;
  bahasa: Bahasa;
  tabel: Tabel;
  ringkasan: RingkasanTabel | undefined;
  kor: KoreksiTabel | undefined;
  sibuk: boolean;
  koreksi: (ubah: (k: Koreksi) => Koreksi) => void;
  pilihRentang: () => void;
}

export function RincianTabel({ t, bahasa, tabel, ringkasan, kor, sibuk, koreksi, pilihRentang }: PropsRincian) {
  const s = useStyles();
  const tb = t.bacaan;
  const id = React.useId();
  const rentang = alamatRentang(tabel.rentang);
  const [semua, setSemua] = React.useState(false);
  const [batas, setBatas] = React.useState(HALAMAN_BARIS);
  React.useEffect(() => setBatas(HALAMAN_BARIS), [semua, tabel]);
  const induk = React.useMemo(() => barisInduk(tabel), [tabel]);
  const penting = React.useMemo(() => barisPenting(tabel, kor), [tabel, kor]);
  const daftar = semua ? tabel.baris : penting;
  const tampil = daftar.slice(0, batas);
  const semuaPeran = Object.keys(tb.peran) as Peran[];
  const semuaJenis = Object.keys(tb.jenisKoreksi) as JenisKoreksi[];
  const skor = (x: number) => tb.skor(formatAngka(x, bahasa, 1));

  return (
    <div className={s.rincian} data-testid="rincian-tabel" data-tabel={tabel.id}>
      <dl className={s.dl}>
        <dt>
          <Caption1>{tb.jenis}</Caption1>
        </dt>
        <dd className={s.dd}>{t.jenis[tabel.jenis]}</dd>
        <dt>
          <Caption1>{tb.rentang}</Caption1>
        </dt>
        <dd className={s.dd}>{`${tabel.lembar}!${rentang}`}</dd>
        <dt>
          <Caption1>{tb.judulLabel}</Caption1>
        </dt>
        <dd className={s.dd}>{tabel.judul || tb.tanpaJudul}</dd>
        <dt>
          <Caption1>{tb.status}</Caption1>
        </dt>
        <dd className={s.dd} data-testid="status-tabel">
          {ringkasan?.checked
            ? tb.diperiksa(ringkasan.verified ?? 0)
            : `${tb.tidakDiperiksa}: ${ringkasan?.reason ?? ''}`}
        </dd>
        {ringkasan?.unchecked && ringkasan.unchecked.length > 0 && (
          <>
            <dt>
              <Caption1>{tb.bagianTidakDiperiksa}</Caption1>
            </dt>
            <dd className={s.dd}>
              <ul className={s.ulDalam}>
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
        <dd className={s.dd} data-testid="hierarki">
          {tabel.hierarki ? tb.hierarkiNama[tabel.hierarki] : tb.tanpaHierarki}
        </dd>
        {tabel.calonHierarki && tabel.calonHierarki.length > 0 && (
          <>
            <dt>
              <Caption1>{tb.calon}</Caption1>
            </dt>
            <dd className={s.dd} data-testid="calon-hierarki">
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
      <div className={s.baris}>
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

      <Text as="h4" weight="semibold" className={s.subjudul} id={`${id}-kolom`}>
        {tb.kolom(tabel.kolom.length)}
      </Text>
      <ul className={s.ul} aria-labelledby={`${id}-kolom`}>
        {tabel.kolom.map((k) => {
          const huruf = namaKolom(k.c);
          const dikoreksi = !!kor?.kolom?.[huruf];
          return (
            <li key={k.c} className={mergeClasses(s.item, dikoreksi && s.itemKoreksi)} data-kolom={huruf}>
              <span className={s.baris}>
                <Text weight="semibold">{tb.kolomKe(huruf)}</Text>
                <Text>{k.judul.join(' / ') || '—'}</Text>
                {dikoreksi && (
                  <Badge appearance="tint" color="brand" size="small">
                    {tb.dikoreksi}
                  </Badge>
                )}
              </span>
              <Select
                className={s.pilih}
                size="small"
                aria-label={tb.peranKolom(huruf)}
                value={kor?.kolom?.[huruf] ?? ''}
                disabled={sibuk}
                onChange={(_, d) => koreksi(aturPeran(tabel, k.c, d.value ? (d.value as Peran) : null))}
              >
                <option value="">{dikoreksi ? tb.otomatisHapus : tb.otomatis(tb.peran[k.peran])}</option>
                {semuaPeran.map((x) => (
                  <option key={x} value={x}>
                    {tb.peran[x]}
                  </option>
                ))}
              </Select>
              {infoKolom(k, t) && <Caption1>{infoKolom(k, t)}</Caption1>}
              {k.bukti && k.bukti.length > 0 && <Caption1>{`${tb.bukti}: ${k.bukti.join('; ')}`}</Caption1>}
            </li>
          );
        })}
      </ul>

      <Text as="h4" weight="semibold" className={s.subjudul} id={`${id}-baris`}>
        {tb.barisJudul(tabel.baris.length)}
      </Text>
      {daftar.length < tabel.baris.length && (
        <Caption1 data-testid="baris-ditampilkan">{tb.barisDitampilkan(daftar.length, tabel.baris.length)}</Caption1>
      )}
      {penting.length < tabel.baris.length && (
        <Switch label={tb.semuaBaris} checked={semua} onChange={(_, d) => setSemua(d.checked)} />
      )}
      <ul className={s.ul} aria-labelledby={`${id}-baris`}>
        {tampil.map((b) => {
          const jt = jenisTampil(b, induk);
          const nomor = b.r + 1;
          const dikoreksi = kor?.baris?.[String(nomor)];
          return (
            <li
              key={b.r}
              className={mergeClasses(s.item, dikoreksi ? s.itemKoreksi : jt !== 'data' && s.itemLain)}
              data-baris={nomor}
              data-jenis={jt}
            >
              <span className={s.baris}>
                <Text weight="semibold">{tb.barisKe(nomor)}</Text>
                <Badge
                  appearance={jt === 'data' ? 'outline' : 'tint'}
                  color={jt === 'data' ? 'informative' : 'warning'}
                >
                  {tb.jenisBarisNama[jt]}
                </Badge>
                {b.level !== null && <Caption1>{tb.tingkat(b.level + 1)}</Caption1>}
                {b.induk !== null && b.induk !== undefined && <Caption1>{tb.indukBaris(b.induk + 1)}</Caption1>}
                {dikoreksi && (
                  <Badge appearance="tint" color="brand" size="small">
                    {tb.dikoreksi}
                  </Badge>
                )}
              </span>
              {(b.nama || b.label) && <Text size={200}>{singkat(b.nama || b.label)}</Text>}
              <Select
                className={s.pilih}
                size="small"
                aria-label={tb.jenisBaris(nomor)}
                value={dikoreksi ?? ''}
                disabled={sibuk}
                onChange={(_, d) => koreksi(aturBaris(tabel, b.r, d.value ? (d.value as JenisKoreksi) : null))}
              >
                <option value="">{dikoreksi ? tb.otomatisHapus : tb.otomatis(tb.jenisBarisNama[jt])}</option>
                {semuaJenis.map((x) => (
                  <option key={x} value={x}>
                    {tb.jenisKoreksi[x]}
                  </option>
                ))}
              </Select>
              {b.bukti && b.bukti.length > 0 && <Caption1>{`${tb.bukti}: ${b.bukti.join('; ')}`}</Caption1>}
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
