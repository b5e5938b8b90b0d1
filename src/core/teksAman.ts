/**
 * Text taken from a workbook and written back through Office.js `range.values` must stay text: a leading
 * = + - @ would make Excel read it as a formula. Excel's own guard is a leading apostrophe, which it hides
 * and does not store as part of the value. (ExcelJS writes strings as typed string cells and needs no guard.)
 */
export function teksAman(s: string): string {
  return /^[=+\-@]/.test(s) ? `'${s}` : s;
}
