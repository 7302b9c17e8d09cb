import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";

/**
 * A self-financing target: above 0 and at most 150 %. Municipalities' targets lie around
 * 60–100 %; a 2 typed for a target is read as 200 % and is rejected rather than halving the room.
 */
export const TARGET_RULE = { above: 0, max: 1.5, zeroIsDiv0: true, unit: "share" } as const;

/**
 * The investment room (investeringsutrymme) at a self-financing target g: the
 * net investments that the result and depreciation finance to the degree g,
 * `(resultat + avskrivningar) / g`. At g = 100 % the investments are paid
 * without new loans.
 *
 * @param resultat - the budgeted result (money, any unit)
 * @param avskrivningar - the budgeted depreciation, same unit
 * @param malSjalvfinansieringsgrad - the target as a share (100 % = 1, 80 % = 0.8), above 0 and at most 1.5 (150 %)
 * @returns the investment room, same unit
 *
 * @example
 * // result 40 and depreciation 80 Mkr at a target of 80 %: 120 / 0.8 = 150 Mkr
 * investeringsutrymme(40, 80, 0.8) // → 150
 */
export function investeringsutrymme(
  resultat: number,
  avskrivningar: number,
  malSjalvfinansieringsgrad: number,
): number {
  const r = toDecimal(resultat, "resultat", RULES.money);
  const a = toDecimal(avskrivningar, "avskrivningar", RULES.nonNegativeMoney);
  const g = toDecimal(malSjalvfinansieringsgrad, "malSjalvfinansieringsgrad", TARGET_RULE);
  return toNumber(r.plus(a).div(g));
}
