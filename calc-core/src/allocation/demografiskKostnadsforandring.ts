import { sum } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { requireArray, requireSameLength, toDecimalArray, toNumber } from "../core/validate.js";

/**
 * The demographic cost pressure (demografiskt betingad kostnadsförändring): what a changing
 * population costs before any decision, as the change in each group's volume times the cost
 * per unit of that group. Positive = the population needs more; negative = it needs less.
 *
 * Sources: SPEC §10 ("demographic pressure = Σ change in volume × cost per unit"); the same
 * method as SKR's calculation of demographically driven cost changes (the cost per inhabitant
 * of each age group in a base year × the change in the number of inhabitants of that group),
 * which SKR publishes in its Ekonomirapporten; the exact SKR page could not be retrieved here.
 *
 * @param volymNu - the volumes per group now (counts ≥ 0)
 * @param volymSenare - the volumes per group later (same groups, same order)
 * @param kostnadPerEnhet - the cost per unit of each group (money ≥ 0)
 * @returns `Σ (volymSenare − volymNu) × kostnadPerEnhet`, in the unit of the costs
 * @throws KommunError `value` for ranges of different sizes (naming both sizes), negative
 *   volumes or costs, non-numbers
 *
 * @example
 * // 40 fewer children 1–5 at 0.135 mnkr, 90 more inhabitants 80+ at 0.26 mnkr
 * demografiskKostnadsforandring([1650, 1700], [1610, 1790], [0.135, 0.26]) // → 18
 */
export function demografiskKostnadsforandring(
  volymNu: readonly number[],
  volymSenare: readonly number[],
  kostnadPerEnhet: readonly number[],
): number {
  requireSameLength(
    requireArray(volymNu, "volymNu"),
    "volymNu",
    requireArray(volymSenare, "volymSenare"),
    "volymSenare",
  );
  requireSameLength(
    requireArray(volymNu, "volymNu"),
    "volymNu",
    requireArray(kostnadPerEnhet, "kostnadPerEnhet"),
    "kostnadPerEnhet",
  );
  const now = toDecimalArray(volymNu, "volymNu", RULES.count);
  const later = toDecimalArray(volymSenare, "volymSenare", RULES.count);
  const cost = toDecimalArray(kostnadPerEnhet, "kostnadPerEnhet", RULES.nonNegativeMoney);
  return toNumber(sum(later.map((l, i) => l.minus(now[i]!).times(cost[i]!))));
}
