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

export function BilahAlat({
  panel,
  katalog,
  aksiTambahan,
}: {
  panel: Panel;
  katalog: Teks;
  aksiTambahan: AksiTambahan[];
}): JSX.Element {
  const gaya = useStyles();
  const sibuk = panel.keadaan.sibuk !== null;
  const tanpaHasil = !panel.keadaan.hasil || sibuk;
  return (
    <Toolbar aria-label={katalog.tindakan} className={gaya.toolbar} size="small">
      <ToolbarButton disabled={tanpaHasil} onClick={() => void panel.tandai()}>
        {katalog.tandai}
      </ToolbarButton>
      <ToolbarButton disabled={sibuk} onClick={() => void panel.hapusTanda()}>
        {katalog.hapusTanda}
      </ToolbarButton>
      <ToolbarButton disabled={tanpaHasil} onClick={() => void panel.buatLaporan()}>
        {katalog.laporan}
      </ToolbarButton>
      <ToolbarButton disabled={tanpaHasil} onClick={() => void panel.tulisPredikat()}>
        {katalog.tulisPredikat}
      </ToolbarButton>
      <ToolbarButton disabled={tanpaHasil} onClick={() => void panel.lengkapi()}>
        {katalog.lengkapi}
      </ToolbarButton>
      <ToolbarButton
        aria-expanded={panel.keadaan.tampilPengaturan}
        onClick={() => panel.kirim({ jenis: 'tampilPengaturan' })}
      >
        {katalog.pengaturan}
      </ToolbarButton>
      {aksiTambahan.length > 0 && <ToolbarDivider />}
      {aksiTambahan.map((a) => (
        <ToolbarButton
          key={a.label}
          disabled={sibuk || (a.perluHasil === true && !panel.keadaan.hasil)}
          onClick={() => void a.jalankan()}
        >
          {a.label}
        </ToolbarButton>
      ))}
    </Toolbar>
  );
}
