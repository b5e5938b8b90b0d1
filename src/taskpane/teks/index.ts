/**
 * The pane's and the demo's message catalog: one pack per language (./id.ts defines the keys, ./en.ts has
 * the same ones), one `teks` helper and the one `Bahasa` type from core.
 */
import type { Bahasa } from '../../core/pesan/bahasa';
import { ID } from './id';
import { EN } from './en';

export type { Bahasa } from '../../core/pesan/bahasa';
export type { Teks } from './id';

export const PAKET = { id: ID, en: EN } as const;

/** The pack for a language (Bahasa Indonesia for anything else). */
export function teks(bahasa: Bahasa): typeof ID {
  return bahasa === 'en' ? EN : ID;
}

/** A rule's label; a rule this pack does not know yet shows its id rather than nothing. */
export function labelAturan(katalog: typeof ID, aturan: string): string {
  return (katalog.aturan as Record<string, string>)[aturan] ?? aturan;
}
