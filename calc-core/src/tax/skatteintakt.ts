import { HUNDRED } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";

/**
 * Tax revenue (skatteintäkt) from a tax base at a municipal tax rate.
 *
 * @param skatteunderlag - the uplifted tax base of the budget year: SCB's taxable income of all
 *   inhabitants in year t−2 × the uplift factors (see `uppraknatSkatteunderlag`); money, any unit
 * @param skattesats - the municipal tax rate in kronor per 100 kronor (utdebitering), 10–40, e.g. 21.37
 * @returns `skatteunderlag × skattesats / 100`, same unit as the tax base
 * @throws KommunError `value` for a rate written as a share (0.2137 instead of 21.37)
 *
 * @example
 * // 6 900 mnkr of tax base at 21.50 kr: 1 483.5 mnkr
 * skatteintakt(6900, 21.5) // → 1483.5
 */
export function skatteintakt(skatteunderlag: number, skattesats: number): number {
  const base = toDecimal(skatteunderlag, "skatteunderlag", RULES.nonNegativeMoney);
  const rate = toDecimal(skattesats, "skattesats", RULES.taxRate);
  return toNumber(base.times(rate).div(HUNDRED));
}
