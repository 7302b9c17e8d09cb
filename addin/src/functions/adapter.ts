import { isKommunError } from "@kommunkalkyl/calc-core";
import type { ExcelResult, ExcelValue, FunctionDef, Lang } from "../definitions";
import { excelErrorMessage } from "../definitions/errorMessage";

/** Excel's error codes for custom functions, by KommunError code. */
export const EXCEL_ERROR_CODES = {
  value: "#VALUE!",
  div0: "#DIV/0!",
  na: "#N/A",
  num: "#NUM!",
} as const;

/** The constructor of Excel's custom-function error (CustomFunctions.Error), injected for tests. */
export type ErrorFactory = (code: keyof typeof EXCEL_ERROR_CODES, message: string) => unknown;

/**
 * The Excel error a KommunError becomes. Excel shows a custom function's message only with `#VALUE!` and
 * `#N/A`; `#DIV/0!` and `#NUM!` show the code alone (CustomFunctions.ErrorCode: "A custom error message
 * can't be used"). So an error keeps `#DIV/0!` only where the code says it all — the argument it blames was
 * given as 0 itself, as with Excel's own `=A1/B1` — and `#NUM!` only for a result too large for a number,
 * which is what `#NUM!` says. A division by zero that comes from inside a range or a computation (a profile
 * whose months sum to 0, a key that sums to 0, an outcome of 0 in an accuracy) needs its message and
 * becomes `#VALUE!` with it.
 */
export function excelErrorCode(
  code: keyof typeof EXCEL_ERROR_CODES,
  def: FunctionDef,
  values: readonly ExcelValue[],
  argument: string | undefined,
): keyof typeof EXCEL_ERROR_CODES {
  if (code !== "div0") return code;
  const i = def.params.findIndex((p) => p.key === argument);
  const given = i < 0 ? undefined : values[i];
  const zero =
    given === 0 ||
    (Array.isArray(given) && given.length === 1 && given[0]?.length === 1 && given[0][0] === 0);
  return zero ? "div0" : "value";
}

/**
 * Wraps one definition as an Excel custom-function handler: arguments as Excel
 * passes them (`null` for an omitted optional argument), a KommunError thrown as
 * Excel's error with the message in the user's language.
 */
export function makeHandler(
  def: FunctionDef,
  language: () => Lang,
  makeError: ErrorFactory,
): (...args: ExcelValue[]) => ExcelResult {
  return (...args: ExcelValue[]) => {
    const lang = language();
    const values = def.params.map((_, i) => args[i]);
    try {
      return def.invoke(values, lang);
    } catch (e) {
      if (isKommunError(e))
        throw makeError(excelErrorCode(e.code, def, values, e.argument), excelErrorMessage(def, e, lang));
      const text = e instanceof Error ? e.message : String(e);
      throw makeError("value", lang === "sv" ? `Oväntat fel: ${text}` : `Unexpected error: ${text}`);
    }
  };
}

export { languageOf } from "../definitions/language";
