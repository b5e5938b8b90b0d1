/** The part of fast-formula-parser (MIT) the engine uses: evaluate a formula against cell callbacks. */
declare module 'fast-formula-parser' {
  export interface PosisiRumus {
    sheet: string;
    row: number;
    col: number;
  }
  export interface AcuanRentangRumus {
    sheet: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  export interface OpsiParser {
    onCell?: (ref: PosisiRumus) => unknown;
    onRange?: (ref: AcuanRentangRumus) => unknown[][];
    onVariable?: (name: string, sheet: string) => unknown;
    functions?: Record<string, (...args: unknown[]) => unknown>;
  }
  export class FormulaError extends Error {
    constructor(error: string);
    readonly error: string;
  }
  export default class FormulaParser {
    constructor(opsi?: OpsiParser);
    parse(formula: string, posisi: PosisiRumus, allowReturnArray?: boolean): unknown;
    static FormulaError: typeof FormulaError;
  }
}
