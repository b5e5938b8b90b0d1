/** Rule `skala`: a rating scale table in the workbook has gaps or overlaps, or an interval that can't be read. */
import { periksaSkala } from '../skala';
import type { SkalaTabel } from '../deteksi/skalaTabel';
import { Konteks } from './konteks';

export function periksaSkalaWorkbook(ctx: Konteks): void {
  for (const t of ctx.tabel) {
    const s = t.skala as SkalaTabel | undefined;
    if (!s) continue;
    const selPita = (label: string) => {
      const i = s.pita.findIndex((p) => p.label === label);
      return s.sel[Math.max(0, i)];
    };
    for (const m of periksaSkala(s)) {
      const x = selPita(m.pita[0]);
      const dari = m.dari ? ctx.fmt(m.dari) : '−∞';
      const sampai = m.sampai ? ctx.fmt(m.sampai) : '+∞';
      const titik = m.dari !== null && m.sampai !== null && m.dari.eq(m.sampai);
      const pesan = titik
        ? ctx.t(
            `Skala: nilai tepat ${dari} tidak masuk pita mana pun (${m.pita.join(' / ')}), batas keduanya eksklusif`,
            `Scale: exactly ${dari} fits no band (${m.pita.join(' / ')}), both bounds are exclusive`,
          )
        : m.jenis === 'celah'
          ? ctx.t(
              `Skala punya celah antara ${dari} dan ${sampai} (${m.pita.join(' / ')}): nilai di sana tidak masuk pita mana pun`,
              `The scale has a gap between ${dari} and ${sampai} (${m.pita.join(' / ')}): values there fit no band`,
            )
          : ctx.t(
              `Skala tumpang tindih antara ${dari} dan ${sampai} (${m.pita.join(' / ')}): nilai di sana masuk dua pita`,
              `The scale overlaps between ${dari} and ${sampai} (${m.pita.join(' / ')}): values there fit two bands`,
            );
      ctx.tambah('skala', t, x.r, x.c, pesan, x.teks, null);
    }
    for (const x of s.takTerbaca) {
      ctx.tambah(
        'skala',
        t,
        x.r,
        x.c,
        ctx.t(`Interval skala "${x.teks}" tidak dapat dibaca`, `Scale interval "${x.teks}" cannot be read`),
        x.teks,
        null,
      );
    }
  }
}
