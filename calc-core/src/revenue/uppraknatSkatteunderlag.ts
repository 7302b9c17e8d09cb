import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";
import { factorProduct } from "./validate.js";

/**
 * The uplifted tax base (uppräknat skatteunderlag) of a budget year: SCB's tax base
 * of the income year two years before, uplifted by the government's factors for
 * the two years between (or SKR's forecast growth for years not yet fixed).
 *
 * Source: lag (1965:269) med särskilda bestämmelser om kommuns och annan menighets utdebitering
 * av skatt, m.m., 4 § (the preliminary tax money of year t is paid on the income of year t−2
 * uplifted by the factors the government fixes; the title as the yearly förordningar om
 * uppräkningsfaktorer vid beräkning av preliminära kommunalskattemedel cite it). The factors
 * are fixed each September, e.g. förordning (2017:899): 1,048 for income year 2017 and 1,034
 * for 2018; förordning (2024:669): 1,031 for 2024 and 1,045 for 2025. The same definition
 * is used by lag (2004:773) om kommunalekonomisk utjämning, 3 §.
 *
 * @param skatteunderlag - the tax base (beskattningsbara inkomster) of income year t−2, in kr,
 *   tkr or mnkr; the result is in the same unit
 * @param faktorer - the uplift factors in order (for t−1, then t, then each plan year),
 *   written as the government writes them: 1,048 for +4,8 % (0,8–1,2; 4,8 or 104,8 gets a hint)
 * @returns `skatteunderlag × Π faktorer`
 * @throws KommunError `value` for a negative tax base, no factors or a factor in the wrong unit
 *
 * @example
 * // SFS 2017:899: 2 087 172 tkr of income 2016 × 1,048 × 1,034 = × 1,083632
 * uppraknatSkatteunderlag(2087172, [1.048, 1.034]) // → 2261726.368704
 */
export function uppraknatSkatteunderlag(skatteunderlag: number, faktorer: readonly number[]): number {
  const base = toDecimal(skatteunderlag, "skatteunderlag", RULES.nonNegativeMoney);
  return toNumber(base.times(factorProduct(faktorer, "faktorer")));
}
