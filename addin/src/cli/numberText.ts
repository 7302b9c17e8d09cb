import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Lang } from "../definitions";
import { generalNumber } from "./format";

let language: Lang = "en";

/** HyperFormula's CommonJS module interpreter/ArithmeticHelper.js, as far as it is used here. */
interface ArithmeticModule {
  coerceScalarToString?: (arg: unknown) => unknown;
  ArithmeticHelper?: { prototype: { floatCmp?: (left: unknown, right: unknown) => number } };
}

/** A number, or HyperFormula's number with a format (a date, a per cent): its value. */
function numberOf(arg: unknown): number | undefined {
  if (typeof arg === "number") return arg;
  if (arg !== null && typeof arg === "object" && "val" in arg && "format" in arg) {
    const v = (arg as { val: unknown }).val;
    return typeof v === "number" ? v : undefined;
  }
  return undefined;
}

/** `v` to 15 significant digits. */
function digits15(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(15)) : v;
}

/**
 * Comparisons (`=`, `<>`, `<`, …, and SUMIF's criteria) as Excel makes them: both numbers rounded
 * to 15 significant digits for the comparison only, so `=0.1+0.2=0.3` is TRUE as in Excel, while
 * `=10.01-10=0.01` stays FALSE (0.00999999999999979 to 15 digits), as in Excel. This is how
 * Excel's comparison operators are observed to work; Microsoft documents only that Excel keeps
 * 15 significant digits ("Floating-point arithmetic may give inaccurate results in Excel").
 */
function excelComparison(helper: ArithmeticModule): void {
  const proto = helper.ArithmeticHelper?.prototype;
  const original = proto?.floatCmp;
  if (!proto || typeof original !== "function") return;
  proto.floatCmp = function (this: unknown, left: unknown, right: unknown): number {
    const l = numberOf(left);
    const r = numberOf(right);
    if (l === undefined || r === undefined) return original.call(this, left, right);
    return original.call(this, digits15(l), digits15(r));
  };
}
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
  let helper: ArithmeticModule | undefined;
  try {
    const load = createRequire(__filename);
    // the same module instance HyperFormula's CommonJS build loaded (its package exports hide the path)
    helper = load(
      join(dirname(load.resolve("hyperformula")), "interpreter", "ArithmeticHelper.js"),
    ) as ArithmeticModule;
  } catch {
    return;
  }
  excelComparison(helper);
  const original = helper.coerceScalarToString;
  if (typeof original !== "function") return;
  helper.coerceScalarToString = (arg: unknown): unknown => {
    const value = numberOf(arg);
    return value === undefined ? original(arg) : generalNumber(value, language);
  };
}
