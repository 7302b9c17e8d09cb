import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";

/**
 * The saving of reaching a reference level per inhabitant (besparing vid
 * referensnivå), e.g. the national 1 454 kr per inhabitant brought down to
 * Solna's 319 kr (2024, seed 001).
 *
 * @param kostnadPerInv - own cost per inhabitant (kr)
 * @param referensPerInv - the reference cost per inhabitant (kr)
 * @param invanare - inhabitants; 0 is `div0`
 * @returns `(kostnadPerInv − referensPerInv) × invanare` in kr; negative when already below the reference
 *
 * @example
 * besparingVidReferensniva(1454, 319, 30000) // → 34050000
 */
export function besparingVidReferensniva(
  kostnadPerInv: number,
  referensPerInv: number,
  invanare: number,
): number {
  const own = toDecimal(kostnadPerInv, "kostnadPerInv", RULES.nonNegativeMoney);
  const ref = toDecimal(referensPerInv, "referensPerInv", RULES.nonNegativeMoney);
  const people = toDecimal(invanare, "invanare", RULES.positiveCount);
  return toNumber(own.minus(ref).times(people));
}
