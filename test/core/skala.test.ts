import { D } from '../../src/core/desimal';
import {
  PERMENDAGRI_86,
  SKALA_BAIK,
  SKALA_BERHASIL,
  nilaiPredikat,
  parseInterval,
  periksaSkala,
  skalaDariBaris,
  skalaBawaan,
  skalaDariBatasBawah,
  teksBatas,
} from '../../src/core/skala';

const b = (t: string) => {
  const x = parseInterval(t);
  return x ? teksBatas(x) : null;
};
const label = (s: typeof PERMENDAGRI_86, v: number | string) => nilaiPredikat(s, new D(String(v)))?.pita.label;

describe('interval texts from DOMAIN.md', () => {
  test.each([
    ['91 <', '[91; +∞)'],
    ['76 < 90', '[76; 90]'],
    ['< 50', '(−∞; 50)'],
    ['> 100%', '(100; +∞)'],
    ['>75 - 100', '(75; 100]'],
    ['80 - < 95', '[80; 95)'],
    ['Lebih dari 89%', '(89; +∞)'],
    ['60% hingga 80%', '[60; 80]'],
    ['kurang dari 20%', '(−∞; 20)'],
    ['50 s.d. 75', '[50; 75]'],
    ['50 s/d 75', '[50; 75]'],
    ['50 sampai 75', '[50; 75]'],
    ['≥ 91', '[91; +∞)'],
    ['≤ 50%', '(−∞; 50]'],
    ['91% ≤ 100%', '[91; 100]'],
    ['Lebih dari 75% sd. 100%', '(75; 100]'],
    ['55% sd. 75 %', '[55; 75]'],
    ['80 - Kurang dari 95%', '[80; 95)'],
    ['50,01 - 75,00', '[50.01; 75]'],
    ['>= 90', '[90; +∞)'],
  ])('%s -> %s', (t, x) => {
    expect(b(t)).toBe(x);
  });

  test('texts that are not intervals', () => {
    expect(parseInterval('Baik Sekali')).toBeNull();
    expect(parseInterval('')).toBeNull();
    expect(parseInterval('100 - 50')).toBeNull();
  });
});

describe('rating', () => {
  test('Permendagri 86 with its gaps handled silently', () => {
    expect(label(PERMENDAGRI_86, 95)).toBe('Sangat Tinggi');
    expect(label(PERMENDAGRI_86, 90.5)).toBe('Tinggi');
    expect(label(PERMENDAGRI_86, 75.5)).toBe('Sedang');
    expect(label(PERMENDAGRI_86, 59.71)).toBe('Rendah');
    expect(label(PERMENDAGRI_86, 50)).toBe('Sangat Rendah');
    expect(label(PERMENDAGRI_86, -20)).toBe('Sangat Rendah');
    expect(nilaiPredikat(PERMENDAGRI_86, new D('90.5'))!.diCelah).toBe(true);
  });

  test('the other scales seen in reports', () => {
    expect(label(SKALA_BAIK, 100)).toBe('Baik');
    expect(label(SKALA_BAIK, 75)).toBe('Cukup');
    expect(label(SKALA_BAIK, 100.01)).toBe('Baik Sekali');
    expect(label(SKALA_BERHASIL, 61.47)).toBe('Cukup Berhasil');
    // 95 is in no band: the band whose lower bound (95, exclusive) is the greatest one ≤ 95
    expect(label(SKALA_BERHASIL, 95)).toBe('Sangat Berhasil');
  });

  test('built-in names and lower-bound scales', () => {
    expect(skalaBawaan('Permendagri 54/2010')).toBe(PERMENDAGRI_86);
    expect(skalaBawaan('berhasil')).toBe(SKALA_BERHASIL);
    expect(skalaBawaan('nope')).toBeNull();
    const s = skalaDariBatasBawah('x', [
      { bawah: new D(0), label: 'C' },
      { bawah: new D(80), label: 'A' },
      { bawah: new D(60), label: 'B' },
    ]);
    expect(label(s, 80)).toBe('A');
    expect(label(s, 79.99)).toBe('B');
    expect(label(s, -5)).toBe('C');
    expect(periksaSkala(s)).toEqual([]);
  });
});

describe('gaps and overlaps', () => {
  test('the sumenep scale misses exactly 95', () => {
    const { skala } = skalaDariBaris('s', [
      { interval: 'Lebih dari 95%', label: 'Sangat Berhasil' },
      { interval: '80 - Kurang dari 95%', label: 'Berhasil' },
      { interval: '50 - Kurang dari 80%', label: 'Cukup Berhasil' },
      { interval: 'Kurang dari 50%', label: 'Kurang Berhasil' },
    ]);
    const m = periksaSkala(skala);
    expect(m).toHaveLength(1);
    expect(m[0].jenis).toBe('celah');
    expect(m[0].dari!.toNumber()).toBe(95);
  });

  test('the Permendagri text has four gaps and nothing above 100', () => {
    const { skala } = skalaDariBaris('p', [
      { interval: '91% ≤ 100%', label: 'ST' },
      { interval: '76% ≤ 90%', label: 'T' },
      { interval: '66% ≤ 75%', label: 'S' },
      { interval: '51% ≤ 65%', label: 'R' },
      { interval: '≤ 50%', label: 'SR' },
    ]);
    const m = periksaSkala(skala);
    expect(m.filter((x) => x.jenis === 'celah')).toHaveLength(5);
  });

  test('an overlap is reported', () => {
    const { skala } = skalaDariBaris('o', [
      { interval: '≥ 80', label: 'A' },
      { interval: '60 - 85', label: 'B' },
      { interval: '< 60', label: 'C' },
    ]);
    expect(periksaSkala(skala).map((x) => x.jenis)).toEqual(['tumpang-tindih']);
  });
});
