import { ONE } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { optionalDecimal, toDecimal, toNumber } from "../core/validate.js";

/**
 * A frame uplifted by an index (uppräknad ram), compensated fully or in part.
 *
 * @param bas - last year's frame (money, any unit)
 * @param index - the price change as a share (4.9 % = 0.049), −0.2–0.3
 * @param kompensationsgrad - how much of the index is compensated, 0–2; default 1 (full)
 * @returns `bas × (1 + index × kompensationsgrad)`
 *
 * @example
 * // 100 Mkr uplifted by PKV 4.9 %, compensated at 80 %: 100 × (1 + 0.049 × 0.8)
 * uppraknadRam(100, 0.049, 0.8) // → 103.92
 */
export function uppraknadRam(bas: number, index: number, kompensationsgrad: number = 1): number {
  const b = toDecimal(bas, "bas", RULES.money);
  const i = toDecimal(index, "index", RULES.indexChange);
  const k = optionalDecimal(kompensationsgrad, "kompensationsgrad", 1, RULES.compensation)!;
  return toNumber(b.times(ONE.plus(i.times(k))));
}
