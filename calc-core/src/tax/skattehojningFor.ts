import { Decimal } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";

const TEN_THOUSAND = new Decimal(10000);

/** @internal the öre-rounded raise as a decimal: ceil(belopp × 10 000 / skatteunderlag) / 100 */
export function skattehojningDecimal(belopp: Decimal, skatteunderlag: Decimal): Decimal {
  return belopp.times(TEN_THOUSAND).div(skatteunderlag).ceil().div(100);
}

/**
 * The tax-rate change that raises an amount (skattehöjning för ett belopp),
 * rounded **up** to a whole öre (0.01 kr per 100 kr): the smallest multiple of
 * one öre `r` with `skatteunderlag × r / 100 ≥ belopp`. Exact where binary
 * floating point is not: 700 000 on a tax base of 1 000 000 000 is 7 öre, not 8.
 *
 * @param belopp - the amount to raise (money, same unit as the tax base); negative gives the most cautious cut
 * @param skatteunderlag - the uplifted tax base of the budget year (see `uppraknatSkatteunderlag`); 0 is `div0`
 * @returns the change in kronor per 100 kronor (0.07 = 7 öre)
 *
 * @example
 * skattehojningFor(700000, 1000000000) // → 0.07
 * skattehojningFor(25, 6900)           // → 0.37 (25 × 10 000 / 6 900 = 36.2… öre, rounded up)
 */
export function skattehojningFor(belopp: number, skatteunderlag: number): number {
  const amount = toDecimal(belopp, "belopp", RULES.money);
  const base = toDecimal(skatteunderlag, "skatteunderlag", { ...RULES.nonNegativeMoney, zeroIsDiv0: true });
  return toNumber(skattehojningDecimal(amount, base));
}
