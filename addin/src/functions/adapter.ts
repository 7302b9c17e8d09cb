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
      if (isKommunError(e)) throw makeError(e.code, excelErrorMessage(def, e, lang));
      const text = e instanceof Error ? e.message : String(e);
      throw makeError("value", lang === "sv" ? `Oväntat fel: ${text}` : `Unexpected error: ${text}`);
    }
  };
}

/** The user's language from Office's display language ("sv-SE" → sv); Swedish when unknown. */
export function languageOf(displayLanguage: string | undefined): Lang {
  if (!displayLanguage) return "sv";
  return displayLanguage.toLowerCase().startsWith("sv") ? "sv" : "en";
}
