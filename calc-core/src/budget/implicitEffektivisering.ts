import { ONE } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";

/**
 * The implicit efficiency requirement (implicit effektiviseringskrav) of not
 * compensating a frame fully for price changes. Seed 002 warns that it becomes
 * a mere cut unless it is discussed with the committees: this makes it visible.
 *
 * @param bas - last year's frame (money, any unit)
 * @param index - the price change as a share (4.9 % = 0.049)
 * @param kompensationsgrad - compensated share of the index, 0–2 (1 = full)
 * @returns `bas × index × (1 − kompensationsgrad)`; negative when over-compensated
 *
 * @example
 * // 100 Mkr, PKV 4.9 %, 80 % compensated: the committee must absorb 0.98 Mkr
 * implicitEffektivisering(100, 0.049, 0.8) // → 0.98
 */
export function implicitEffektivisering(bas: number, index: number, kompensationsgrad: number): number {
  const b = toDecimal(bas, "bas", RULES.money);
  const i = toDecimal(index, "index", RULES.indexChange);
  const k = toDecimal(kompensationsgrad, "kompensationsgrad", RULES.compensation);
  return toNumber(b.times(i).times(ONE.minus(k)));
}
