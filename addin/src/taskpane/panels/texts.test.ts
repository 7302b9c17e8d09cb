import { TEXTS } from "../i18n";
import { NUMBER_TEXTS } from "../input/texts";
import { ACTION_PLAN_TEXTS } from "./actionplan/texts";
import { ACTION_PLAN_WARNING_TEXTS } from "./actionplan/warnings";
import { BUDGET_TEXTS } from "./budget/texts";
import { CONSEQUENCE_TEXTS } from "./consequence/texts";
import { FORECAST_WARNING_TEXTS } from "./forecast/model";
import { FUNCTIONS_TEXTS } from "./functions/texts";
import { INVESTMENT_TEXTS } from "./investment/texts";
import { INVESTMENT_WARNING_TEXTS } from "./investment/warnings";
import { REVENUE_TEXTS } from "./revenue/texts";
import { REVENUE_WARNING_TEXTS } from "./revenue/warnings";
import { SENSITIVITY_TEXTS } from "./sensitivity/texts";
import { SENSITIVITY_WARNING_TEXTS } from "./sensitivity/warnings";
import { TAX_TEXTS } from "./tax/texts";

/**
 * A figure followed by a PLAIN space and a unit, or "per 100" with a plain space: at 320 px the line may break
 * there and leave "%" or "kr" alone at the start of the next line (issue 23). A no-break space (U+00A0) passes.
 */
const BREAKS = /(\d ((%|kr|mnkr|tkr|öre|kronor)(?![\p{L}\d])))|per 100/u;

/**
 * A placeholder for every argument of a text function: "7" where a figure goes (so that "${v} kr" shows as a
 * figure and a plain space after it is caught), and an array of figures where a list goes (`labels.join`,
 * `perPerson[0]`), which reads "7" when written into a text.
 */
const FIGURE = "7";
const FIGURES = Object.assign([FIGURE, FIGURE], { toString: () => FIGURE });

/** Every text of a texts object as [path, text]: strings as they are, functions called with figures. */
function walk(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    const fn = value as (...a: unknown[]) => unknown;
    let out: unknown;
    try {
      out = fn(...Array<unknown>(Math.max(fn.length, 4)).fill(FIGURE));
    } catch {
      out = fn(...Array<unknown>(Math.max(fn.length, 4)).fill(FIGURES));
    }
    return walk(out, `${path}()`);
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => walk(v, `${path}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => walk(v, `${path}.${k}`));
  return [];
}

const SOURCES: Record<string, unknown> = {
  TEXTS,
  NUMBER_TEXTS,
  ACTION_PLAN_TEXTS,
  ACTION_PLAN_WARNING_TEXTS,
  BUDGET_TEXTS,
  CONSEQUENCE_TEXTS,
  FORECAST_WARNING_TEXTS,
  FUNCTIONS_TEXTS,
  INVESTMENT_TEXTS,
  INVESTMENT_WARNING_TEXTS,
  REVENUE_TEXTS,
  REVENUE_WARNING_TEXTS,
  SENSITIVITY_TEXTS,
  SENSITIVITY_WARNING_TEXTS,
  TAX_TEXTS,
};

describe("every panel's texts, sv and en: a figure and its unit never break apart at 320 px (issue 23)", () => {
  const texts = Object.entries(SOURCES).flatMap(([name, v]) => walk(v, name));

  it("walks the texts of both languages, the functions' texts with figures in them", () => {
    for (const lang of ["sv", "en"])
      expect(texts.filter(([p]) => p.includes(`.${lang}.`)).length).toBeGreaterThan(100);
    // the revenue panel's label and a warning with a typed figure ("${v} kr per invånare") are among them
    expect(texts).toContainEqual(["REVENUE_TEXTS.sv.taxRate", "Skattesats (kr per\u00a0100\u00a0kr)"]);
    expect(texts).toContainEqual([
      "REVENUE_WARNING_TEXTS.sv.basePerInhabitant()",
      "”7” delat med ”7” ger 7\u00a0kr per invånare; en kommun har ungefär 150\u00a0000–400\u00a0000\u00a0kr. Står skatteunderlaget i mnkr och gäller invånarna samma kommun?",
    ]);
  });

  it("no text has a figure or 'per 100' followed by a plain space", () => {
    expect(texts.filter(([, s]) => BREAKS.test(s))).toEqual([]);
  });

  it("the check itself: catches a plain space, passes a no-break space", () => {
    // the texts as the last session left them, and as they are now
    expect(BREAKS.test("I procent: 3,8 för +3,8 %")).toBe(true);
    expect(BREAKS.test("Skattesats (kr per 100 kr)")).toBe(true);
    expect(BREAKS.test("Länsvis skattesats, avgift (bara över 115 %)")).toBe(true);
    expect(BREAKS.test("7 mnkr är 7 kr")).toBe(true);
    expect(BREAKS.test("I procent: 3,8 för +3,8\u00a0%")).toBe(false);
    expect(BREAKS.test("Skattesats (kr per\u00a0100\u00a0kr)")).toBe(false);
    // a word after a figure is no unit: "2 kronor" is, "2 krav" is not
    expect(BREAKS.test("2 krav")).toBe(false);
    expect(BREAKS.test("2 kronor")).toBe(true);
  });
});
