/** The toolbar: what can be done to the workbook after a check, plus the host's own actions. */
import { Toolbar, ToolbarButton, ToolbarDivider, makeStyles } from '@fluentui/react-components';
import type { Teks } from './teks';
import type { Panel } from './usePanel';

const useStyles = makeStyles({ toolbar: { flexWrap: 'wrap', padding: 0 } });

export interface AksiTambahan {
  label: string;
  jalankan: () => void | Promise<void>;
  /** Needs a finished check. */
  perluHasil?: boolean;
}

export function BilahAlat({ p, t, aksiTambahan }: { p: Panel; t: Teks; aksiTambahan: AksiTambahan[] }): JSX.Element {
  const s = useStyles();
  const sibuk = p.s.sibuk !== null;
  const tanpaHasil = !p.s.hasil || sibuk;
  return (
    <Toolbar aria-label={t.tindakan} className={s.toolbar} size="small">
      <ToolbarButton disabled={tanpaHasil} onClick={() => void p.tandai()}>
        {t.tandai}
      </ToolbarButton>
      <ToolbarButton disabled={sibuk} onClick={() => void p.hapusTanda()}>
        {t.hapusTanda}
      </ToolbarButton>
      <ToolbarButton disabled={tanpaHasil} onClick={() => void p.buatLaporan()}>
        {t.laporan}
      </ToolbarButton>
      <ToolbarButton disabled={tanpaHasil} onClick={() => void p.tulisPredikat()}>
        {t.tulisPredikat}
      </ToolbarButton>
      <ToolbarButton disabled={tanpaHasil} onClick={() => void p.lengkapi()}>
        {t.lengkapi}
      </ToolbarButton>
      <ToolbarButton aria-expanded={p.s.tampilPengaturan} onClick={() => p.kirim({ jenis: 'tampilPengaturan' })}>
        {t.pengaturan}
      </ToolbarButton>
      {aksiTambahan.length > 0 && <ToolbarDivider />}
      {aksiTambahan.map((a) => (
        <ToolbarButton
          key={a.label}
          disabled={sibuk || (a.perluHasil === true && !p.s.hasil)}
          onClick={() => void a.jalankan()}
        >
          {a.label}
        </ToolbarButton>
      ))}
    </Toolbar>
  );
}
