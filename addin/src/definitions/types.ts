/** Where a call is evaluated, when the engine knows (HyperFormula does). */
export interface InvokeContext {
  cell?: { sheet: number; row: number; col: number };
}

/** The two languages of every name, description and message. */
export type Lang = "sv" | "en";

/** A value as it arrives from a cell or a formula: a scalar, or a 2-D range of scalars. */
export type ExcelScalar = number | string | boolean | null | undefined;
export type ExcelValue = ExcelScalar | ExcelScalar[][];

/** What an Excel function returns: a number, a word, or a spilled range. */
export type ExcelResult = number | string | (number | string)[][];

export interface Texts {
  name: string;
  description: string;
}

/**
 * How a parameter is read from Excel: one value, a range of numbers, or a word.
 */
export type ParamKind = "number" | "range" | "text";

export interface ParamDef {
  /** the calc-core argument name (ASCII camelCase) */
  key: string;
  sv: Texts;
  en: Texts;
  kind: ParamKind;
  /** the unit, shown in the docs and used by the bad-input matrix to try a wrong unit */
  unit?: "share" | "taxRate" | "taxChange" | "money" | "count" | "year" | "whole" | "word" | "factor";
  optional?: boolean;
  /** the default when omitted, as shown in the docs */
  default?: string;
  /** blank cells in this range mean something (months not yet booked), so they are not an error */
  blanks?: boolean;
  /** a wrong-unit value the matrix can try (2 for 2 %, 0.2137 for 21.37) */
  wrongUnit?: number;
}

export type Area =
  | "budget"
  | "forecast"
  | "tax"
  | "worklines"
  | "benchmark"
  | "pricing"
  | "consequence"
  | "revenue"
  | "balance"
  | "finance"
  | "actionplan"
  | "allocation";

/**
 * The unit of a function's result, from which samples and the pane take the cell's number format:
 * money in the unit given, a share (shown as %), kronor per 100 kr (a tax rate or a change of it,
 * two decimals), a count, a year, a word, a spilled table (each column formats itself), or a Kolada
 * value in its KPI's own unit (kr, %, a count: the KPI's description says which).
 */
export type ResultUnit =
  "money" | "share" | "taxRate" | "taxChange" | "count" | "year" | "word" | "table" | "kpi";

/** What the function returns, for the metadata. */
export type ResultKind = "number" | "text" | "matrix";

/**
 * One Excel function: everything that Excel's metadata, the HyperFormula plugin,
 * the README and the tests need, from one entry.
 */
export interface FunctionDef {
  /** ASCII id, the English name without namespace: `NETCOSTFRAME` */
  id: string;
  sv: Texts;
  en: Texts;
  area: Area;
  /** the calc-core function it calls, for the docs */
  calcCore: string;
  params: ParamDef[];
  result: ResultKind;
  /** the unit of the result: the number format of a cell that shows it, in samples and help */
  resultUnit: ResultUnit;
  /** a worked example in English syntax and its value as a person would compute it */
  example: { formula: string; value: string };
  /**
   * The adapter: Excel values in (one per parameter, `undefined` when omitted),
   * Excel value out. Throws KommunError for bad input.
   */
  invoke: (args: ExcelValue[], lang: Lang, context?: InvokeContext) => ExcelResult;
  /**
   * Excel names of calc-core ids that are not parameters, for error messages (errorMessage.ts):
   * a parameter's key when the id stands for that parameter (`atgarder: "namn"`: the list of
   * measures is the names range; `atgarder[2].status` is then row 2 of the status range), or the
   * names in both languages of a column of a row range (`aktiveringsmanad: { sv: "aktiveringsmånad",
   * en: "month_in_use" }`: `projekt[2].aktiveringsmanad` reads "projekt (rad 2, kolumn
   * aktiveringsmånad)").
   */
  fieldNames?: Record<string, string | Record<Lang, string>>;
  /** the Excel function is asynchronous (it fetches data); HyperFormula uses `invoke` on cached data */
  async?: boolean;
  /**
   * For spilling functions: the size of the result from the sizes of the
   * arguments (`[rows, cols]`, `undefined` for a scalar argument or one not given).
   * A literal number argument is passed as its value in `literals`; `given` says which arguments are
   * written in the formula at all (an omitted one, `F(1,,3)`, is `false`).
   */
  spill?: (
    shapes: ([number, number] | undefined)[],
    literals: (number | undefined)[],
    given?: boolean[],
  ) => [number, number];
}
