import { HUNDRED } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";
import { factorProduct } from "./validate.js";

/**
 * The preliminary tax revenue (preliminära skatteintäkter) of a budget year: the
 * uplifted tax base × the municipality's own tax rate / 100. The final settlement
 * (slutavräkning) later corrects it for the real growth of the tax base.
 *
 * Source: lag (1965:269) med särskilda bestämmelser om kommuns och annan menighets utdebitering
 * av skatt, m.m., 4 § (the title as the yearly förordningar om uppräkningsfaktorer vid beräkning
 * av preliminära kommunalskattemedel cite it, e.g. SFS 2017:899 and 2024:669); the factors of
 * that yearly förordning (SFS 2017:899 for 2018).
 *
 * @param skatteunderlag - the tax base of income year t−2 (kr, tkr or mnkr; same unit back)
 * @param faktorer - the uplift factors for t−1 and t (1,048, not 4,8)
 * @param skattesats - the municipality's tax rate in kronor per 100 kr, 10–40, e.g. 21.5
 * @returns `skatteunderlag × Π faktorer × skattesats / 100`
 *
 * @example
 * // 2 087 172 tkr uplifted by 1,048 and 1,034, at 20,50 kr: 463 653,9 tkr
 * preliminaraSkatteintakter(2087172, [1.048, 1.034], 20.5) // → 463653.90558432
 */
export function preliminaraSkatteintakter(
  skatteunderlag: number,
  faktorer: readonly number[],
  skattesats: number,
): number {
  const base = toDecimal(skatteunderlag, "skatteunderlag", RULES.nonNegativeMoney);
  const uplift = factorProduct(faktorer, "faktorer");
  const rate = toDecimal(skattesats, "skattesats", RULES.taxRate);
  return toNumber(base.times(uplift).times(rate).div(HUNDRED));
}
