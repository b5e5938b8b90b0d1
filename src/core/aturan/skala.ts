/** Rule `skala`: a rating scale table in the workbook has gaps or overlaps, or an interval that can't be read. */
import { periksaSkala } from '../skala';
import type { SkalaTabel } from '../baca/skalaTabel';
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
      const pita = m.pita.join(' / ');
      const titik = m.dari !== null && m.sampai !== null && m.dari.eq(m.sampai);
      const pesan = titik
        ? ctx.pesan.skalaTitik(dari, pita)
        : m.jenis === 'celah'
          ? ctx.pesan.skalaCelah(dari, sampai, pita)
          : ctx.pesan.skalaTumpang(dari, sampai, pita);
      ctx.tambah('skala', t, { rule: 'skala', r: x.r, c: x.c, pesan, stated: x.teks, expected: null });
    }
    for (const x of s.takTerbaca)
      ctx.tambah('skala', t, {
        rule: 'skala',
        r: x.r,
        c: x.c,
        pesan: ctx.pesan.skalaTakTerbaca(x.teks),
        stated: x.teks,
        expected: null,
      });
  }
}
