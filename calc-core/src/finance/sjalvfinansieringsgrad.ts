import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";

/**
 * The self-financing ratio of investments (självfinansieringsgrad av
 * investeringar): how much of the year's net investments the result and the
 * depreciation pay for, `(resultat + avskrivningar) / nettoinvesteringar`.
 * 100 % (1) means the investments are paid without borrowing or using cash.
 * A usual financial target of good financial management (god ekonomisk
 * hushållning, kommunallagen (2017:725) 11 kap. 1 §; the budget states the
 * finansiella mål, which the 2024 change left as they were: SKR, "Proposition:
 * En effektiv ekonomistyrning i kommuner och regioner", 1 June 2023); SKR and
 * Kolada publish it. The law prescribes no particular ratio or level.
 *
 * @param resultat - the year's result (money, any unit)
 * @param avskrivningar - the year's depreciation, same unit
 * @param nettoinvesteringar - net investments, same unit, above 0
 * @returns a share (1 = 100 %)
 * @throws KommunError `div0` when the net investments are 0
 *
 * @example
 * // result 40, depreciation 60, investments 125: 100 / 125 = 80 %
 * sjalvfinansieringsgrad(40, 60, 125) // → 0.8
 */
export function sjalvfinansieringsgrad(
  resultat: number,
  avskrivningar: number,
  nettoinvesteringar: number,
): number {
  const r = toDecimal(resultat, "resultat", RULES.money);
  const a = toDecimal(avskrivningar, "avskrivningar", RULES.nonNegativeMoney);
  const i = toDecimal(nettoinvesteringar, "nettoinvesteringar", {
    above: 0,
    zeroIsDiv0: true,
    unit: "money",
  });
  return toNumber(r.plus(a).div(i));
}
