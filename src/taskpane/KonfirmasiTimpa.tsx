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
  t,
  k,
  timpa,
  kosongSaja,
  batal,
}: {
  t: Teks;
  k: Konfirmasi;
  timpa: () => void;
  kosongSaja: () => void;
  batal: () => void;
}): JSX.Element {
  const s = useStyles();
  const bisaKosong = k.rencana.length > k.terisi.length;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="konfirmasi-timpa">
      <MessageBarBody>
        {t.konfirmasiTimpa(k.terisi.length)}
        <table className={s.tabel}>
          <thead>
            <tr>
              <th className={s.sel} scope="col">
                {t.sel}
              </th>
              <th className={s.sel} scope="col">
                {t.isiSekarang}
              </th>
              <th className={s.sel} scope="col">
                {t.isiBaru}
              </th>
            </tr>
          </thead>
          <tbody>
            {k.terisi.slice(0, TAMPIL).map((x) => (
              <tr key={`${x.lembar}!${x.sel}`}>
                <th className={s.sel} scope="row">{`${x.lembar}!${x.sel}`}</th>
                <td className={s.sel}>{x.sekarang}</td>
                <td className={s.sel}>{x.baru || t.kosong}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {k.terisi.length > TAMPIL && <div>{t.selLain(k.terisi.length - TAMPIL)}</div>}
        <div className={s.baris}>
          <Button size="small" appearance="primary" onClick={timpa}>
            {t.timpa}
          </Button>
          {bisaKosong && (
            <Button size="small" onClick={kosongSaja}>
              {t.kosongSaja}
            </Button>
          )}
          <Button size="small" appearance="subtle" onClick={batal}>
            {t.batal}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
