import { HUNDRED } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { requireArray, requireSameLength, toDecimal, toNumber } from "../core/validate.js";
import { factorProduct, toCapacity } from "./validate.js";

/**
 * The final settlement per inhabitant (slutavräkning, kr per invånare) from the
 * preliminary and the final uplift: the preliminary tax money was paid on the tax
 * base uplifted by the government's factors; when the real growth of the tax base in
 * the whole country is known, the difference is settled as an amount per inhabitant.
 *
 * `(Π slutligaFaktorer − Π preliminaraFaktorer) × medelskattekraft × skattesats / 100`
 *
 * Source: lag (1965:269) med särskilda bestämmelser om kommuns och annan menighets utdebitering
 * av skatt, m.m., 4 § (the preliminary factors, fixed in the yearly förordning om
 * uppräkningsfaktorer, e.g. SFS 2017:899); the settlement is that paragraph's fifth
 * subparagraph ("slutavräkning av kommunalskattemedel enligt 4 § femte stycket", as lag
 * (1999:969) 2 § refers to it, which also shows the settlement paid as a uniform amount per
 * inhabitant on 1 November). The settlement follows the growth of the tax base in the whole
 * country, not the municipality's own, as SKR's model "Skatter & bidrag" and its circulars
 * "Budgetförutsättningar" compute it; municipal accounts book it in two lines, the
 * settlement of the current year and the correction of the year before (e.g. Göteborgs Stad,
 * annual report 2015, note 6). The wording of 4 § femte stycket itself could not be
 * retrieved here, so the formula is SKR's method, not a quotation of the law; SKR's published
 * kr-per-inhabitant forecast can be used directly with {@link slutavrakning}.
 *
 * @param preliminaraFaktorer - the factors the preliminary payments used (for t−1 and t), 1,048 not 4,8
 * @param slutligaFaktorer - the final (or SKR's latest forecast) growth factors for the same years
 * @param medelskattekraft - the tax base of income year t−2 per inhabitant of the country
 *   (kr per inhabitant, 1 November t−1)
 * @param skattesats - the municipality's tax rate in kr per 100 kr (10–40)
 * @returns kronor per inhabitant; negative = the municipality pays back
 * @throws KommunError `value` when the two ranges of factors differ in length
 *
 * @example
 * // paid on 1,048 × 1,034 = 1,083632, final 1,05 × 1,04 = 1,092: 0,008368 × 220 000 kr × 21/100
 * slutavrakningPerInvanare([1.048, 1.034], [1.05, 1.04], 220000, 21) // → 386.6016
 */
export function slutavrakningPerInvanare(
  preliminaraFaktorer: readonly number[],
  slutligaFaktorer: readonly number[],
  medelskattekraft: number,
  skattesats: number,
): number {
  const preliminary = factorProduct(preliminaraFaktorer, "preliminaraFaktorer");
  requireSameLength(
    preliminaraFaktorer,
    "preliminaraFaktorer",
    requireArray(slutligaFaktorer, "slutligaFaktorer"),
    "slutligaFaktorer",
  );
  const final = factorProduct(slutligaFaktorer, "slutligaFaktorer");
  const capacity = toCapacity(medelskattekraft, "medelskattekraft");
  const rate = toDecimal(skattesats, "skattesats", RULES.taxRate);
  return toNumber(final.minus(preliminary).times(capacity).times(rate).div(HUNDRED));
}
