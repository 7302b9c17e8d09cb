import { sum } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { positionOf, requireArray, toDecimal, toNumber } from "../core/validate.js";

/**
 * How accurate earlier forecasts were (prognosträffsäkerhet): the mean absolute
 * percentage error (MAPE) of the filled forecasts against the final outcome,
 * `mean(|p − utfall| / |utfall|)`. Lower is better; compare methods per line.
 *
 * @param prognoser - forecasts made during the year (e.g. months 3–8); blanks are skipped
 * @param utfall - the final outcome for the year (money, same unit); 0 is `div0`
 * @returns a share; 0.02 = forecasts were 2 % off on average
 * @throws KommunError `na` when no forecast is filled in
 *
 * @example
 * // forecasts 1 050 and 950 against an outcome of 1 000: both 5 % off
 * prognostraffsakerhet([1050, 950], 1000) // → 0.05
 */
export function prognostraffsakerhet(
  prognoser: readonly (number | null | undefined)[],
  utfall: number,
): number {
  const arr = requireArray(prognoser, "prognoser");
  const actual = toDecimal(utfall, "utfall", RULES.money);
  const filled = arr
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => v !== null && v !== undefined && v !== "")
    .map(({ v, i }) => toDecimal(v, "prognoser", RULES.money, positionOf(i)));
  if (filled.length === 0) {
    throw new KommunError(
      "na",
      "Det finns ingen prognos att bedöma.",
      "There is no forecast to assess.",
      "prognoser",
    );
  }
  if (actual.isZero()) {
    throw new KommunError(
      "div0",
      "Utfallet är 0, så felet kan inte anges i procent.",
      "The outcome is 0, so the error cannot be given as a percentage.",
      "utfall",
    );
  }
  const errors = filled.map((p) => p.minus(actual).abs().div(actual.abs()));
  return toNumber(sum(errors).div(filled.length));
}
