import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";
import { REVENUE_RULES } from "./validate.js";

/**
 * The final settlement (slutavräkning) of a year in kronor: SKR's forecast in kronor
 * per inhabitant × the inhabitants on 1 November of the year before. It is accrued in
 * the accounts of the income year it concerns (RKR R2 Intäkter), so a budget year gets
 * the forecast for its own year plus the correction of the year before.
 *
 * Source: lag (1965:269) med särskilda bestämmelser om kommuns och annan menighets utdebitering
 * av skatt, m.m., 4 § femte stycket (slutavräkning av kommunalskattemedel, as lag (1999:969)
 * 2 § refers to it: a uniform amount per inhabitant on 1 November of the year before the
 * payment); SKR's circulars "Budgetförutsättningar" publish the forecast in kronor per
 * inhabitant. The wording of the paragraph itself could not be retrieved here.
 *
 * @param krPerInvanare - the settlement in kronor per inhabitant (negative = a repayment),
 *   −20 000–20 000
 * @param invanare - the inhabitants on 1 November of the year before (> 0)
 * @returns `krPerInvanare × invanare`, in kronor
 *
 * @example
 * // −250 kr per inhabitant for 30 000 inhabitants: −7,5 Mkr
 * slutavrakning(-250, 30000) // → -7500000
 */
export function slutavrakning(krPerInvanare: number, invanare: number): number {
  const perCapita = toDecimal(krPerInvanare, "krPerInvanare", REVENUE_RULES.settlementPerInhabitant);
  const people = toDecimal(invanare, "invanare", RULES.positiveCount);
  return toNumber(perCapita.times(people));
}
