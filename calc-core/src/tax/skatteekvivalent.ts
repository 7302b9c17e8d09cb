import { HUNDRED } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";

/**
 * What an amount is worth in tax rate (skatteekvivalent), unrounded: "this
 * measure alone removes the need for a tax raise of X öre".
 *
 * @param belopp - a saving or cost (money, same unit as the tax base)
 * @param skatteunderlag - the uplifted tax base of the budget year (see `uppraknatSkatteunderlag`); 0 is `div0`
 * @returns `belopp / (skatteunderlag / 100)` in kronor per 100 kronor
 *
 * @example
 * skatteekvivalent(6.9, 6900) // → 0.1 (10 öre)
 */
export function skatteekvivalent(belopp: number, skatteunderlag: number): number {
  const amount = toDecimal(belopp, "belopp", RULES.money);
  const base = toDecimal(skatteunderlag, "skatteunderlag", { ...RULES.nonNegativeMoney, zeroIsDiv0: true });
  return toNumber(amount.div(base.div(HUNDRED)));
}
