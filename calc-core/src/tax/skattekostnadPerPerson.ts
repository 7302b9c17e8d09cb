import { HUNDRED } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";

/**
 * What a tax-rate change costs one taxpayer a year (skattekostnad per person).
 *
 * @param andring - the change in kronor per 100 kronor, −5–5 (25 öre = 0.25)
 * @param beskattningsbarInkomst - the person's taxable income a year (kr)
 * @returns `beskattningsbarInkomst × andring / 100` in kr a year
 * @throws KommunError `value` for 25 written for 25 öre
 *
 * @example
 * skattekostnadPerPerson(0.37, 320000) // → 1184
 */
export function skattekostnadPerPerson(andring: number, beskattningsbarInkomst: number): number {
  const change = toDecimal(andring, "andring", RULES.taxChange);
  const income = toDecimal(beskattningsbarInkomst, "beskattningsbarInkomst", RULES.nonNegativeMoney);
  return toNumber(income.times(change).div(HUNDRED));
}
