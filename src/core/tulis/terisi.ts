/**
 * "This cell already holds something": the one definition every write path uses before it writes into a
 * cell without the user's confirmation. A formula, a number (0 included), a boolean or a non-blank text is
 * content; an empty string, whitespace only and null are not.
 */
export function selTerisi(nilai: unknown, rumus?: string | null): boolean {
  if (typeof rumus === 'string' && rumus.trim() !== '') return true;
  if (nilai === null || nilai === undefined) return false;
  if (typeof nilai === 'string') return nilai.trim() !== '';
  return true;
}
