import { HUNDRED } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";
import { GARANTINIVA } from "./inkomstutjamning.js";
import { REVENUE_RULES, toCapacity } from "./validate.js";

/** What one more inhabitant brings: the own tax, the change in equalisation, and their sum (kr a year). */
export interface Marginalintakt {
  /** `inkomst × skattesats / 100` */
  skatt: number;
  /** `(1,15 × medelskattekraft − inkomst) × lansSkattesats / 100` */
  utjamning: number;
  /** `skatt + utjamning` */
  summa: number;
}

/**
 * The marginal revenue of one more inhabitant (marginalintäkt) in a municipality that
 * receives income equalisation: the tax on the newcomer's income, and the change in the
 * grant — which rises by the guaranteed 115 % of the average capacity and falls by the
 * newcomer's own income, both at the county rate. The income therefore matters little:
 * each krona of it brings `(skattesats − lansSkattesats) / 100`.
 *
 * Source: SKL, promemoria "Marginalintäkter vid befolkningsförändring" (2014-04-17, dnr 14/2556);
 * the grant of lag (2004:773) 5 § with the county rates of förordning (2004:881) 2 §. It holds
 * while the municipality stays below 115 % (one newcomer's effect on the national average is
 * left out, as in the memo); cost equalisation and the per-inhabitant grants come on top.
 *
 * @param inkomst - the newcomer's taxable income a year (kr, ≥ 0)
 * @param skattesats - the municipality's tax rate, kr per 100 kr (10–40)
 * @param lansSkattesats - the county rate for grants, kr per 100 kr (10–30), e.g. 19.41
 * @param medelskattekraft - the uplifted national tax base per inhabitant (kr per inhabitant)
 * @returns `{ skatt, utjamning, summa }` in kronor a year
 *
 * @example
 * // 300 000 kr at 21,50 kr: 64 500 kr of tax; the grant falls by (300 000 − 287 500) × 19,41 %
 * marginalintakt(300000, 21.5, 19.41, 250000) // → { skatt: 64500, utjamning: -2426.25, summa: 62073.75 }
 */
export function marginalintakt(
  inkomst: number,
  skattesats: number,
  lansSkattesats: number,
  medelskattekraft: number,
): Marginalintakt {
  const income = toDecimal(inkomst, "inkomst", RULES.nonNegativeMoney);
  const rate = toDecimal(skattesats, "skattesats", RULES.taxRate);
  const county = toDecimal(lansSkattesats, "lansSkattesats", REVENUE_RULES.countyRate);
  const average = toCapacity(medelskattekraft, "medelskattekraft");
  const skatt = income.times(rate).div(HUNDRED);
  const utjamning = GARANTINIVA.times(average).minus(income).times(county).div(HUNDRED);
  return { skatt: toNumber(skatt), utjamning: toNumber(utjamning), summa: toNumber(skatt.plus(utjamning)) };
}
