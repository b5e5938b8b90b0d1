/**
 * Before writing: which non-empty cells would be overwritten (what they hold, what would be written), which
 * rows "Tulis predikat" rates by a corrected capaian, and which it skips and why.
 */
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { Teks } from './teks';
import type { Konfirmasi } from './usePanel';
import { labelAturan } from './teks';

const useStyles = makeStyles({
  baris: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  daftar: {
    margin: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalS}`,
    paddingLeft: tokens.spacingHorizontalL,
  },
  tabel: { borderCollapse: 'collapse', marginTop: tokens.spacingVerticalXS, width: '100%', tableLayout: 'fixed' },
  sel: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: '2px 4px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
    fontSize: tokens.fontSizeBase200,
  },
});

const TAMPIL = 20;

export function KonfirmasiTimpa({
  katalog,
  konfirmasi,
  timpa,
  kosongSaja,
  batal,
}: {
  katalog: Teks;
  konfirmasi: Konfirmasi;
  timpa: () => void;
  kosongSaja: () => void;
  batal: () => void;
}): JSX.Element {
  const gaya = useStyles();
  const bisaKosong = konfirmasi.rencana.length > konfirmasi.terisi.length;
  const { dikoreksi, dilewati, terisi } = konfirmasi;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="konfirmasi-timpa">
      <MessageBarBody>
        {dikoreksi.length > 0 && (
          <div data-testid="predikat-dikoreksi">
            {katalog.predikatDikoreksi(dikoreksi.length)}
            <ul className={gaya.daftar}>
              {dikoreksi.slice(0, TAMPIL).map((x) => (
                <li key={`${x.lembar}!${x.sel}`}>
                  {katalog.barisDikoreksi(
                    `${x.lembar}!${x.sel}`,
                    x.benar,
                    labelAturan(katalog, x.aturan),
                    x.selCapaian,
                    x.tertulis,
                    konfirmasi.modeRumus,
                  )}
                </li>
              ))}
            </ul>
            {dikoreksi.length > TAMPIL && <div>{katalog.barisLain(dikoreksi.length - TAMPIL)}</div>}
          </div>
        )}
        {dilewati.length > 0 && (
          <div data-testid="predikat-dilewati">
            {katalog.predikatDilewati(dilewati.length)}
            <ul className={gaya.daftar}>
              {dilewati.slice(0, TAMPIL).map((x) => (
                <li key={`${x.lembar}!${x.sel}`}>
                  {katalog.barisDilewati(`${x.lembar}!${x.sel}`, x.tertulis, x.selCapaian)}
                </li>
              ))}
            </ul>
            {dilewati.length > TAMPIL && <div>{katalog.barisLain(dilewati.length - TAMPIL)}</div>}
          </div>
        )}
        {terisi.length > 0 && katalog.konfirmasiTimpa(terisi.length)}
        {terisi.length > 0 && (
          <table className={gaya.tabel}>
            <thead>
              <tr>
                <th className={gaya.sel} scope="col">
                  {katalog.sel}
                </th>
                <th className={gaya.sel} scope="col">
                  {katalog.isiSekarang}
                </th>
                <th className={gaya.sel} scope="col">
                  {katalog.isiBaru}
                </th>
              </tr>
            </thead>
            <tbody>
              {konfirmasi.terisi.slice(0, TAMPIL).map((x) => (
                <tr key={`${x.lembar}!${x.sel}`}>
                  <th className={gaya.sel} scope="row">{`${x.lembar}!${x.sel}`}</th>
                  <td className={gaya.sel}>{x.sekarang}</td>
                  <td className={gaya.sel}>{x.baru || katalog.kosong}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {konfirmasi.terisi.length > TAMPIL && <div>{katalog.selLain(konfirmasi.terisi.length - TAMPIL)}</div>}
        <div className={gaya.baris}>
          {terisi.length > 0 && (
            <Button size="small" appearance="primary" onClick={timpa}>
              {katalog.timpa}
            </Button>
          )}
          {terisi.length === 0 && konfirmasi.rencana.length > 0 && (
            <Button size="small" appearance="primary" onClick={kosongSaja}>
              {katalog.tulis}
            </Button>
          )}
          {terisi.length > 0 && bisaKosong && (
            <Button size="small" onClick={kosongSaja}>
              {katalog.kosongSaja}
            </Button>
          )}
          <Button size="small" appearance="subtle" onClick={batal}>
            {katalog.batal}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
