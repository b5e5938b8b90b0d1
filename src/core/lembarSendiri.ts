/**
 * The sheets the add-in itself writes into a workbook. They are never read as data, and their names are
 * declared here once for every host.
 */
export const LEMBAR_JURNAL = '_sakip_jurnal';
export const LEMBAR_PENGATURAN = '_sakip_pengaturan';
export const LEMBAR_TEMUAN = 'Temuan SAKIP';

/** The document-settings key (Office.context.document.settings) the add-in keeps its settings under. */
export const KUNCI_PENGATURAN = 'sakip.pengaturan';

export const LEMBAR_SENDIRI: ReadonlySet<string> = new Set([LEMBAR_JURNAL, LEMBAR_PENGATURAN, LEMBAR_TEMUAN]);
