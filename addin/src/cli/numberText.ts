import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Lang } from "../definitions";
import { generalNumber } from "./format";

let language: Lang = "en";
let patched = false;

/**
 * A number turned into text (`="Summa: "&A1`, `LEN(1/3)`, `CONCATENATE`) as Excel turns it: as the
 * General format shows it, at most 15 significant digits (`=(0.1+0.2)&""` is "0.3" in Excel;
 * JavaScript would say "0.30000000000000004"), with the decimal separator of the formulas' syntax
 * (`lang`), so that the text reads back as a number in the same engine (`=(A1&"")+1`). Swedish Excel
 * would write "0,3" where `beräkna` (English syntax) writes "0.3": a known difference.
 * HyperFormula converts with JavaScript's `toString` in one helper
 * (`coerceScalarToString`), which every operator and function calls through its module's exports;
 * the CLI (Node only) replaces that helper once per process. If a HyperFormula version lacks it,
 * nothing is changed.
 */
export function excelNumberText(lang: Lang): void {
  language = lang;
  if (patched) return;
  patched = true;
  let helper: { coerceScalarToString?: (arg: unknown) => unknown } | undefined;
  try {
    const load = createRequire(__filename);
    // the same module instance HyperFormula's CommonJS build loaded (its package exports hide the path)
    helper = load(join(dirname(load.resolve("hyperformula")), "interpreter", "ArithmeticHelper.js")) as {
      coerceScalarToString?: (arg: unknown) => unknown;
    };
  } catch {
    return;
  }
  const original = helper.coerceScalarToString;
  if (typeof original !== "function") return;
  helper.coerceScalarToString = (arg: unknown): unknown => {
    // a plain number, or HyperFormula's number with a format (a date, a per cent): its value
    const value =
      typeof arg === "number"
        ? arg
        : arg !== null &&
            typeof arg === "object" &&
            "val" in arg &&
            "format" in arg &&
            typeof (arg as { val: unknown }).val === "number"
          ? (arg as { val: number }).val
          : undefined;
    return value === undefined ? original(arg) : generalNumber(value, language);
  };
}
