import { Decimal, exactSum, sum } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { monthlyOutcomes } from "../core/months.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";
import { METHODS, readWord, type Prognosmetod, type PrognosmetodOrd } from "../core/words.js";
import { toProfile } from "./profile.js";

/** @internal the decimal forecast, shared with bruttoprognos */
export function prognosDecimal(
  budget: Decimal,
  outcomes: readonly number[],
  method: Prognosmetod,
  profile: readonly Decimal[],
  name = "utfall",
): Decimal {
  const m = outcomes.length;
  if (m === 0) {
    throw new KommunError(
      "na",
      `Området ${name} har inget utfall ännu, så det finns inget att göra en prognos av.`,
      `Range ${name} has no outcome yet, so there is nothing to forecast from.`,
      name,
    );
  }
  const actual = exactSum(outcomes);
  if (m === 12) return actual;
  switch (method) {
    case "linjar":
      return actual.times(12).div(m);
    case "profil": {
      const share = sum(profile.slice(0, m));
      if (share.isZero()) {
        throw new KommunError(
          "div0",
          `Profilen har andelen 0 för de ${m} första månaderna, så utfallet kan inte räknas upp.`,
          `The profile gives the first ${m} months a share of 0, so the outcome cannot be scaled up.`,
          "profil",
        );
      }
      return actual.div(share);
    }
    case "budget":
      return actual.plus(budget.times(sum(profile.slice(m))));
  }
}

/**
 * A full-year forecast (helårsprognos) from the outcomes so far.
 *
 * With `m` the last filled month:
 * - `linjar` (run rate): `Σa × 12 / m`
 * - `profil` (seasonal): `Σa / Σ_{i≤m} pᵢ`
 * - `budget` (rest of year as budgeted): `Σa + budget × Σ_{i>m} pᵢ`
 * After month 12 every method gives `Σa`.
 *
 * @param budget - the annual budget (money, any unit); used by `budget`
 * @param utfall - monthly outcomes, up to 12, same unit; blanks (`null`) are months not yet booked
 * @param metod - `"linjar"`, `"profil"` (default) or `"budget"` (also `linjär`/`linear`, `profile`)
 * @param profil - 12 non-negative numbers, normalised by their sum (a monthly budget works); default even
 * @returns the forecast for the whole year, same unit
 * @throws KommunError `na` with no outcome yet; `value` for a gap (an empty month before a filled one),
 *   a profile of another length or with a negative share, an unknown method
 *
 * @example
 * // 1 200 budget, 100 a month for three months, even profile: 300 / (3/12) = 1 200
 * prognos(1200, [100, 100, 100]) // → 1200
 * // run rate after 8 months of 90: 720 × 12 / 8 = 1 080
 * prognos(1200, [90, 90, 90, 90, 90, 90, 90, 90], "linjar") // → 1080
 */
export function prognos(
  budget: number,
  utfall: readonly (number | null | undefined)[],
  metod: PrognosmetodOrd = "profil",
  profil?: readonly number[],
): number {
  const b = toDecimal(budget, "budget", RULES.money);
  const outcomes = monthlyOutcomes(utfall, "utfall");
  const method = readWord(metod, "metod", METHODS, "profil");
  return toNumber(prognosDecimal(b, outcomes, method, toProfile(profil)));
}

/** Run-rate forecast, `prognos(budget, utfall, "linjar")`. @example prognosLinjar([90, 90]) // → 1080 */
export function prognosLinjar(utfall: readonly (number | null | undefined)[]): number {
  const outcomes = monthlyOutcomes(utfall, "utfall");
  return toNumber(prognosDecimal(new Decimal(0), outcomes, "linjar", toProfile(undefined)));
}

/** Seasonal forecast, `prognos(budget, utfall, "profil", profil)`. @example prognosProfil([100], [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]) // → 700 */
export function prognosProfil(
  utfall: readonly (number | null | undefined)[],
  profil?: readonly number[],
): number {
  const outcomes = monthlyOutcomes(utfall, "utfall");
  return toNumber(prognosDecimal(new Decimal(0), outcomes, "profil", toProfile(profil)));
}

/** Rest-of-year-as-budgeted forecast, `prognos(budget, utfall, "budget", profil)`. @example prognosBudget(1200, [150]) // → 1250 */
export function prognosBudget(
  budget: number,
  utfall: readonly (number | null | undefined)[],
  profil?: readonly number[],
): number {
  return prognos(budget, utfall, "budget", profil);
}
