/** Before anything non-empty is overwritten: which cells, what they hold, what would be written. */
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { Teks } from './teks';
import type { Konfirmasi } from './usePanel';

const useStyles = makeStyles({
  baris: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
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
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="konfirmasi-timpa">
      <MessageBarBody>
        {katalog.konfirmasiTimpa(konfirmasi.terisi.length)}
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
        {konfirmasi.terisi.length > TAMPIL && <div>{katalog.selLain(konfirmasi.terisi.length - TAMPIL)}</div>}
        <div className={gaya.baris}>
          <Button size="small" appearance="primary" onClick={timpa}>
            {katalog.timpa}
          </Button>
          {bisaKosong && (
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
