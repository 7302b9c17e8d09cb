import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";

/**
 * Financial assistance paid per inhabitant (ekonomiskt bistånd per invånare).
 *
 * @param utbetalt - assistance paid in the year (kr)
 * @param invanare - inhabitants; 0 is `div0`
 * @returns kr per inhabitant
 *
 * @example
 * // Solna 2024 (seed 001): 319 kr per inhabitant, e.g. 26 477 000 kr over 83 000 inhabitants
 * bistandPerInvanare(26477000, 83000) // → 319
 */
export function bistandPerInvanare(utbetalt: number, invanare: number): number {
  const paid = toDecimal(utbetalt, "utbetalt", RULES.nonNegativeMoney);
  const people = toDecimal(invanare, "invanare", RULES.positiveCount);
  return toNumber(paid.div(people));
}
