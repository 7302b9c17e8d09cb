import { RULES } from "../core/rules.js";
import { invalid, toDecimal, toNumber } from "../core/validate.js";

/**
 * The net cost share (nettokostnadsandel): how much of taxes and grants the
 * operations' net cost takes after the finance net,
 * `(nettokostnad − finansnetto) / skatterOchBidrag`, which is 1 − the result
 * share. Below 98 % leaves the 2 % result that SKR's rule of thumb and many
 * municipalities' targets for good financial management ask for.
 *
 * @param nettokostnad - the operations' net cost incl. depreciation, a positive amount (money)
 * @param finansnetto - finance net (financial income − costs), same unit
 * @param skatterOchBidrag - taxes + general grants and equalisation, same unit, above 0
 * @returns a share (0.98 = 98 %)
 * @throws KommunError `div0` when taxes and grants are 0; `value` for a negative net cost (the
 *   income statement's sign), which would give a negative share
 *
 * @example
 * // net cost 985, finance net −5, taxes and grants 1 000: (985 + 5) / 1 000 = 99 %
 * nettokostnadsandel(985, -5, 1000) // → 0.99
 */
export function nettokostnadsandel(
  nettokostnad: number,
  finansnetto: number,
  skatterOchBidrag: number,
): number {
  const nk = toDecimal(nettokostnad, "nettokostnad", RULES.money);
  if (nk.isNegative() && !nk.isZero()) {
    // the income statement shows the net cost with a minus sign; read as written it would give a negative share
    invalid(
      `Argumentet nettokostnad = ${nk.toString().replace(".", ",")} är negativt. Skriv verksamhetens nettokostnad som ett positivt belopp (${nk.negated().toString().replace(".", ",")}), inte med resultaträkningens minustecken.`,
      `Argument nettokostnad = ${nk.toString()} is negative. Write the operations' net cost as a positive amount (${nk.negated().toString()}), without the income statement's minus sign.`,
      "nettokostnad",
    );
  }
  const fn = toDecimal(finansnetto, "finansnetto", RULES.money);
  const sob = toDecimal(skatterOchBidrag, "skatterOchBidrag", { above: 0, zeroIsDiv0: true, unit: "money" });
  return toNumber(nk.minus(fn).div(sob));
}
