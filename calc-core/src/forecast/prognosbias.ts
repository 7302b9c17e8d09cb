import { sum } from "../core/decimal.js";
import { RULES } from "../core/rules.js";
import { toDecimal, toNumber } from "../core/validate.js";
import { filledForecasts, outcomeDenominator } from "./prognostraffsakerhet.js";

/**
 * The bias of earlier forecasts (prognosbias): the mean signed error of the
 * filled forecasts against the final outcome, relative to the outcome,
 * `mean(p − utfall) / |utfall|`. Positive = the forecasts were too high,
 * negative = too low; 0 = errors that cancel out. Read it beside
 * {@link prognostraffsakerhet}: a forecaster always 3 % too low has a bias of
 * −0.03 and an accuracy of 0.03, one randomly ±3 % off a bias near 0 and the
 * same accuracy. For a cost line a positive bias is a cautious forecaster; for
 * a revenue or result line a negative one is.
 *
 * Source: the mean error (ME, mean percentage error) as the bias measure, apart
 * from the accuracy measures, as in R's ftsa::error ("Bias measure: … me … mpe").
 * The sign is the controller's, not the statistician's: ftsa and R's forecast
 * package take the error as outcome − forecast; here it is forecast − outcome,
 * so that a positive bias reads "the forecasts were too high". The mean of the
 * signed errors is divided once by |utfall| (all forecasts are of the same
 * year's outcome, so this equals the mean percentage error).
 *
 * @param prognoser - forecasts made during the year; blanks are skipped
 * @param utfall - the final outcome for the year (money, same unit); 0 is `div0`
 * @returns a share; −0.03 = forecasts were 3 % too low on average
 * @throws KommunError `na` when no forecast is filled in, `div0` for an outcome of 0
 *
 * @example
 * // forecasts 970, 970 and 970 against 1 000: always 3 % too low
 * prognosbias([970, 970, 970], 1000) // → -0.03
 */
export function prognosbias(prognoser: readonly (number | null | undefined)[], utfall: number): number {
  const filled = filledForecasts(prognoser);
  const actual = toDecimal(utfall, "utfall", RULES.money);
  const denominator = outcomeDenominator(actual);
  const errors = filled.map((p) => p.minus(actual));
  return toNumber(sum(errors).div(filled.length).div(denominator));
}
