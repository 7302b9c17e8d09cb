import type { Lang } from "./types";

/**
 * Excel's error values as English and Swedish Excel show them, keyed by HyperFormula's error type where it has
 * one (`VALUE`, `DIV_BY_ZERO` …). The one table of these names: the help pages (scripts/help.ts) and the task
 * pane's messages read it.
 *
 * Source for the Swedish names: Microsoft's Swedish support page for FEL.TYP (ERROR.TYPE),
 * https://support.microsoft.com/sv-SE/Excel/functions/error-type-function, which lists #SKÄRNING!,
 * #DIVISION/0!, #VÄRDEFEL!, #REFERENS!, #NAMN?, #OGILTIGT!, #SAKNAS! and #HÄMTAR_DATA (Excel writes them in
 * capitals); the same names as HyperFormula's Swedish language pack (`svSE.errors`), which the CLI uses.
 * Errors without a Swedish name there (#SPILL!, #CALC!, #BUSY! …) are shown as Excel gave them.
 */
export const EXCEL_ERROR_NAMES = {
  NULL: { en: "#NULL!", sv: "#SKÄRNING!" },
  DIV_BY_ZERO: { en: "#DIV/0!", sv: "#DIVISION/0!" },
  VALUE: { en: "#VALUE!", sv: "#VÄRDEFEL!" },
  REF: { en: "#REF!", sv: "#REFERENS!" },
  NAME: { en: "#NAME?", sv: "#NAMN?" },
  NUM: { en: "#NUM!", sv: "#OGILTIGT!" },
  NA: { en: "#N/A", sv: "#SAKNAS!" },
  GETTING_DATA: { en: "#GETTING_DATA", sv: "#HÄMTAR_DATA" },
} as const satisfies Record<string, Record<Lang, string>>;

/** Either language's name (any case) → the error's names in both. */
const BY_NAME = new Map<string, Record<Lang, string>>(
  Object.values(EXCEL_ERROR_NAMES).flatMap((names) => [
    [names.en.toUpperCase(), names],
    [names.sv.toUpperCase(), names],
  ]),
);

/**
 * An error value as Excel in `lang` shows it, whichever language it came in: `#VALUE!` → `#VÄRDEFEL!` in
 * Swedish, `#VÄRDEFEL!` → `#VALUE!` in English. A value that is no known error name is returned unchanged.
 *
 * @example errorNameIn("#DIV/0!", "sv") // "#DIVISION/0!"
 */
export function errorNameIn(value: string, lang: Lang): string {
  return BY_NAME.get(value.trim().toUpperCase())?.[lang] ?? value;
}
