import { HUNDRED } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";

/**
 * What one krona on the tax rate is worth (skattekrona): the revenue of raising
 * the rate by 1 kr per 100 kr.
 *
 * @param skatteunderlag - the uplifted tax base of the budget year (see `uppraknatSkatteunderlag`; money, any unit)
 * @returns `skatteunderlag / 100`, same unit
 *
 * @example
 * skattekrona(6900) // → 69 (mnkr per krona; 0.69 mnkr per öre)
 */
export function skattekrona(skatteunderlag: number): number {
  return toNumber(toDecimal(skatteunderlag, "skatteunderlag", RULES.nonNegativeMoney).div(HUNDRED));
}
