import { DetailedCellError, HyperFormula, type CellValue, type RawCellContent } from "hyperformula";
import type { Lang } from "../definitions";
import { hyperFormulaConfig, registerKommunPlugin, setKommunLanguage } from "./plugin";

/**
 * Builds a HyperFormula engine with the KOMMUN functions in the given language.
 * `arrays`: every formula computes with arrays as Excel 365 does for a formula typed today
 * (`=SUM({1,2}*{3,4})` is 11, `={1,2;3,4}*2` spills); without it, as older Excel does
 * (implicit intersection), which is how Excel reads a saved formula not marked as an array.
 */
export function createEngine(
  sheets: Record<string, RawCellContent[][]>,
  language: Lang = "en",
  syntax: Lang = "en",
  arrays = false,
): HyperFormula {
  registerKommunPlugin();
  setKommunLanguage(language);
  return HyperFormula.buildFromSheets(sheets, { ...hyperFormulaConfig(syntax), useArrayArithmetic: arrays });
}

/** A cell value as the CLI prints it: numbers as JavaScript prints them, errors as `#VALUE! message`. */
export function formatValue(v: CellValue): string {
  if (v instanceof DetailedCellError) return v.message ? `${v.value} ${v.message}` : v.value;
  if (v === null || v === undefined) return "";
  return String(v);
}

/**
 * Evaluates one formula. English syntax by default (`,` between arguments);
 * `sv` for Swedish names, `;` and decimal comma. `language` sets the language of messages and
 * returned words, `syntax` that of the formula. A spilled result is returned as rows.
 */
export function evaluateFormula(
  formula: string,
  language: Lang = "en",
  syntax: Lang = language,
): CellValue[][] {
  const hf = createEngine({ Blad1: [[formula]] }, language, syntax);
  try {
    const sheetId = hf.getSheetId("Blad1")!;
    return hf.getSheetValues(sheetId).map((row) => row.map((v) => v ?? null));
  } finally {
    hf.destroy();
  }
}
