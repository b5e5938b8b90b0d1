/** The UI languages: Bahasa Indonesia (the default) and English. The one declaration every layer uses. */
export type Bahasa = 'id' | 'en';

export const BAHASA: readonly Bahasa[] = ['id', 'en'];

export function bahasaSah(x: unknown): x is Bahasa {
  return x === 'id' || x === 'en';
}

/**
 * A language pack: one object per language, keyed by message id, each message a string or a function of its
 * parameters (the English object has the type of the Indonesian one, so both have the same keys).
 */
export type PaketBahasa<Pesan> = Readonly<Record<Bahasa, Pesan>>;

/**
 * The one way to read a language pack: the messages of a language (Bahasa Indonesia for anything else).
 * Every pack's typed accessor (`katalog`, `pesanHost`) is this.
 */
export function pesanDalam<Pesan>(paket: PaketBahasa<Pesan>, bahasa: Bahasa): Pesan {
  return bahasa === 'en' ? paket.en : paket.id;
}
