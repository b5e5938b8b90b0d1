/** Vocabulary of the "Temuan SAKIP" report sheet, shared by the Excel adapter and the ExcelJS writer. */
import type { Severity } from './model';

export { LEMBAR_TEMUAN as NAMA_LEMBAR_TEMUAN } from './lembarSendiri';

export function judulLaporan(bahasa: 'id' | 'en'): string[] {
  return bahasa === 'en'
    ? ['No', 'Rule', 'Severity', 'Sheet', 'Cell', 'Message', 'Stated', 'Expected']
    : ['No', 'Aturan', 'Tingkat', 'Lembar', 'Sel', 'Pesan', 'Tertulis', 'Seharusnya'];
}

export function judulGrafik(bahasa: 'id' | 'en'): string[] {
  return bahasa === 'en' ? ['Indicator', 'Achievement (%)', 'Rating'] : ['Indikator', 'Capaian (%)', 'Predikat'];
}

export function labelTingkat(s: Severity, bahasa: 'id' | 'en'): string {
  if (bahasa === 'en') return s;
  return { error: 'galat', warning: 'peringatan', info: 'info' }[s];
}
