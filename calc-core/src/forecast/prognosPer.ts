import { monthlyOutcomes } from "../core/months.js";
import { monthOfBudgetYear } from "../core/period.js";
import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { requireArray, requireObject, toDecimal, toNumber } from "../core/validate.js";
import { METHODS, readWord, type PrognosmetodOrd } from "../core/words.js";
import { prognosDecimal } from "./prognos.js";
import { toProfile } from "./profile.js";

/** Input of {@link prognosPer}. */
export interface PrognosPerInput {
  /** the annual budget (money) */
  budget: number;
  /** the budget year's monthly outcomes from its first month; later months may be blank */
  utfall: readonly (number | null | undefined)[];
  /** the forecast is made as of this month, "yyyy-MM" (e.g. "2025-08"); later outcomes are left out */
  per: string;
  /** the calendar year the budget year starts in */
  budgetar: number;
  /** the calendar month (1–12) the budget year starts in; default 1 (January) */
  startmanad?: number;
  metod?: PrognosmetodOrd;
  /** 12 shares or amounts in the budget year's month order */
  profil?: readonly number[];
}

/**
 * A forecast "as of" a month, for a budget year that may start in another month
 * than January (month arithmetic by date-fns): the outcomes up to and including
 * `per` are used, later ones ignored, and a gap is named by its calendar month.
 *
 * @example
 * // a budget year from July 2025; as of 2025-09 the first three months count: 300 × 12 / 3
 * prognosPer({ budget: 1200, utfall: [100, 100, 100, 100], per: "2025-09", budgetar: 2025, startmanad: 7, metod: "linjar" })
 * // → 1200
 */
export function prognosPer(input: PrognosPerInput): number {
  const o = requireObject(input, "input");
  // validates budgetar, startmanad and per, and places per in the budget year
  const start = (o.startmanad ?? 1) as number;
  const asOf = monthOfBudgetYear(o.per as string, o.budgetar as number, start);
  const months = requireArray(o.utfall, "utfall").slice(0, asOf);
  const outcomes = monthlyOutcomes(months, "utfall", start);
  if (outcomes.length < asOf) {
    throw new KommunError(
      "value",
      `Utfallen räcker bara till månad ${outcomes.length} men prognosen görs per ${o.per} (månad ${asOf}).`,
      `The outcomes only reach month ${outcomes.length} but the forecast is as of ${o.per} (month ${asOf}).`,
      "utfall",
    );
  }
  const method = readWord(o.metod, "metod", METHODS, "profil");
  return toNumber(
    prognosDecimal(toDecimal(o.budget, "budget", RULES.money), outcomes, method, toProfile(o.profil)),
  );
}
