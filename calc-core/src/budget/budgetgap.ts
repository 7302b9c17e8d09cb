import { sum } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { optionalDecimal, toDecimal, toDecimalArray, toNumber } from "../core/validate.js";
import { nettokostnadsramDecimal } from "./nettokostnadsram.js";

/**
 * The budget gap (budgetgap): how far the committees' proposals exceed the
 * net-cost frame. Positive means savings are needed; negative is room left.
 *
 * @param forslag - each committee's proposed net cost (money, any unit)
 * @param skatterOchBidrag - taxes + general grants, same unit
 * @param finansnetto - finance net, same unit
 * @param andel - result requirement, 2 % = 0.02; default 2 %
 * @returns `Σ forslag − nettokostnadsram(skatterOchBidrag, finansnetto, andel)`
 *
 * @example
 * // proposals 500 + 300 + 200 = 1 000 Mkr against a frame of 985 Mkr: 15 Mkr to save
 * budgetgap([500, 300, 200], 1000, 5, 0.02) // → 15
 */
export function budgetgap(
  forslag: readonly number[],
  skatterOchBidrag: number,
  finansnetto: number,
  andel: number = 0.02,
): number {
  const f = toDecimalArray(forslag, "forslag", RULES.money);
  const sob = toDecimal(skatterOchBidrag, "skatterOchBidrag", RULES.nonNegativeMoney);
  const fn = toDecimal(finansnetto, "finansnetto", RULES.money);
  const a = optionalDecimal(andel, "andel", 0.02, RULES.resultShare)!;
  return toNumber(sum(f).minus(nettokostnadsramDecimal(sob, fn, a)));
}
