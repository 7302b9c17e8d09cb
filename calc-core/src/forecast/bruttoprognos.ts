import { monthlyOutcomes } from "../core/months.js";
import { RULES } from "../core/rules.js";
import { requireObject, toDecimal, toNumber } from "../core/validate.js";
import { METHODS, readWord, type PrognosmetodOrd } from "../core/words.js";
import { prognosDecimal } from "./prognos.js";
import { toProfile } from "./profile.js";

/** Input of {@link bruttoprognos}. */
export interface BruttoprognosInput {
  /** monthly gross costs so far (positive), blanks for months not yet booked */
  kostnader: readonly (number | null | undefined)[];
  /** monthly revenues so far (positive) */
  intakter: readonly (number | null | undefined)[];
  budgetKostnad: number;
  budgetIntakt: number;
  metod?: PrognosmetodOrd;
  /** one profile for both, or separate ones */
  profil?: readonly number[];
  profilIntakt?: readonly number[];
}

/**
 * Cost control, not net-cost control (seed 003): forecasts gross cost and
 * revenue separately, so a temporary revenue does not hide cost growth.
 *
 * @returns `{ kostnad, intakt, netto }` with `netto = kostnad − intakt` (net cost)
 *
 * @example
 * bruttoprognos({ kostnader: [110, 110], intakter: [20, 20], budgetKostnad: 1200, budgetIntakt: 120, metod: "linjar" })
 * // → { kostnad: 1320, intakt: 240, netto: 1080 }
 */
export function bruttoprognos(input: BruttoprognosInput): { kostnad: number; intakt: number; netto: number } {
  const o = requireObject(input, "input");
  const method = readWord(o.metod, "metod", METHODS, "profil");
  const costProfile = toProfile(o.profil, "profil");
  const revenueProfile =
    o.profilIntakt === undefined ? costProfile : toProfile(o.profilIntakt, "profilIntakt");
  const cost = prognosDecimal(
    toDecimal(o.budgetKostnad, "budgetKostnad", RULES.money),
    monthlyOutcomes(o.kostnader, "kostnader"),
    method,
    costProfile,
    "kostnader",
  );
  const revenue = prognosDecimal(
    toDecimal(o.budgetIntakt, "budgetIntakt", RULES.money),
    monthlyOutcomes(o.intakter, "intakter"),
    method,
    revenueProfile,
    "intakter",
  );
  return { kostnad: toNumber(cost), intakt: toNumber(revenue), netto: toNumber(cost.minus(revenue)) };
}
