import { HUNDRED } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";

/**
 * What a tax-rate change costs one taxpayer a year, **brutto** (gross):
 * the change times the taxable income, before any tax reduction.
 *
 * Brutto, not netto: for wage earners the jobbskatteavdrag (a tax reduction
 * on work income, 67 kap. 5–7 §§ inkomstskattelagen (1999:1229)) is computed
 * as an amount "multiplicerad med skattesatsen för kommunal inkomstskatt"
 * (67 kap. 7 §, e.g. in the wording of SFS 2009:1452), so a higher municipal
 * rate also raises the reduction and the net cost for a wage earner is lower
 * than this figure; pensioners and others without work income pay it in full.
 * The thresholds of 67 kap. 7 § change from year to year (prisbasbelopp,
 * grundavdrag), and no current wording was found to compute a net figure
 * from, so only the gross cost is computed. Sources: IL 67 kap. 5–7 §§;
 * Skatteverket, Rättslig vägledning 2022.3, "Jobbskatteavdrag".
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
