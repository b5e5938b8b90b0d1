/** The UI languages: Bahasa Indonesia (the default) and English. The one declaration every layer uses. */
export type Bahasa = 'id' | 'en';

export const BAHASA: readonly Bahasa[] = ['id', 'en'];

export function bahasaSah(x: unknown): x is Bahasa {
  return x === 'id' || x === 'en';
}
