/** A planned write into one cell: a value or a live formula. Hosts apply plans in one batch. */
export interface RencanaTulis {
  lembar: string;
  sel: string;
  nilai?: string | number;
  rumus?: string;
  /** Why, for the pane's confirmation list ("Predikat untuk capaian 59,71"). */
  alasan: string;
  /** Bold header cell of an added column. */
  judul?: boolean;
}
