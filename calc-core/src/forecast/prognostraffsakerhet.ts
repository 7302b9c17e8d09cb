import { sum, type Decimal } from "../core/decimal.js";
import { KommunError } from "../core/KommunError.js";
import { RULES } from "../core/rules.js";
import { positionOf, requireArray, toDecimal, toNumber } from "../core/validate.js";

/** @internal the filled forecasts as decimals (blanks skipped); `na` when none is filled */
export function filledForecasts(prognoser: unknown): Decimal[] {
  const arr = requireArray(prognoser, "prognoser");
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
  return filled;
}

/** @internal |utfall| as the denominator; an outcome of 0 is `div0` */
export function outcomeDenominator(actual: Decimal): Decimal {
  if (actual.isZero()) {
    throw new KommunError(
      "div0",
      "Utfallet är 0, så felet kan inte anges i procent.",
      "The outcome is 0, so the error cannot be given as a percentage.",
      "utfall",
    );
  }
  return actual.abs();
}

/**
 * How accurate earlier forecasts were (prognosträffsäkerhet): the mean
 * absolute error of the filled forecasts against the final outcome, relative
 * to `namnare`: `mean(|p − utfall|) / namnare`. With the default denominator
 * `|utfall|` this is the mean absolute percentage error (MAPE). Lower is
 * better; compare methods per line.
 *
 * MAPE blows up for a line whose outcome is near 0 (a result line): give the
 * line's scale as `namnare` instead, e.g. the budgeted taxes and grants, so
 * the error reads "as a share of taxes and grants". And MAPE hides bias: a
 * forecaster always 3 % too low scores 0.03, as does one randomly 3 % off —
 * see {@link prognosbias}. Source: the split into a bias measure (mean error)
 * and accuracy measures (MAE, MAPE) as in R's ftsa::error ("Bias measure … me,
 * mpe; Forecast accuracy error measure … mae, mape").
 *
 * @param prognoser - forecasts made during the year (e.g. months 3–8); blanks are skipped
 * @param utfall - the final outcome for the year (money, same unit)
 * @param namnare - optional denominator (money, same unit, > 0); default `|utfall|`, where an outcome of 0 is `div0`
 * @returns a share; 0.02 = forecasts were 2 % (of the denominator) off on average
 * @throws KommunError `na` when no forecast is filled in; `div0` for a denominator of 0
 *
 * @example
 * // forecasts 1 050 and 950 against an outcome of 1 000: both 5 % off
 * prognostraffsakerhet([1050, 950], 1000) // → 0.05
 * @example
 * // a result line: forecasts 30 and 10 against an outcome of 0, measured against 2 000 of taxes and grants
 * prognostraffsakerhet([30, 10], 0, 2000) // → 0.01
 */
export function prognostraffsakerhet(
  prognoser: readonly (number | null | undefined)[],
  utfall: number,
  namnare?: number,
): number {
  const filled = filledForecasts(prognoser);
  const actual = toDecimal(utfall, "utfall", RULES.money);
  const denominator =
    namnare === undefined
      ? outcomeDenominator(actual)
      : toDecimal(namnare, "namnare", { above: 0, zeroIsDiv0: true, unit: "money" });
  const errors = filled.map((p) => p.minus(actual).abs());
  return toNumber(sum(errors).div(filled.length).div(denominator));
}
