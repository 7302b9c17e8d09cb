import type { Lang } from "../../definitions";
import { formatWith, localeOf } from "./numberFormat";

/** Numbers as a Swedish controller reads them: 1 234 567,89. */
export function formatNumber(x: number, lang: Lang, maximumFractionDigits = 2): string {
  return formatWith(localeOf(lang), { maximumFractionDigits }, noNegativeZero(x, maximumFractionDigits));
}

/**
 * An amount a user typed or derived from what they typed, shown so that a small one never reads as 0: when it
 * would round to 0 at `maximumFractionDigits` but is not 0, two significant digits (25 kr in an mnkr field:
 * 0,000025, not 0). For results of arithmetic that may carry float noise, formatNumber stays right.
 */
export function formatAmount(x: number, lang: Lang, maximumFractionDigits = 2): string {
  if (x === 0 || Math.abs(x) >= 0.5 * 10 ** -maximumFractionDigits)
    return formatNumber(x, lang, maximumFractionDigits);
  return formatWith(localeOf(lang), { maximumSignificantDigits: 2 }, x);
}

/** A value that rounds to zero is shown as 0, never "−0" (−0,000003 → 0). */
function noNegativeZero(x: number, digits: number): number {
  return Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x;
}

/** A share as a percentage: 0.0132 → "1,32 %". */
export function formatPercent(x: number, lang: Lang, maximumFractionDigits = 2): string {
  return formatWith(
    localeOf(lang),
    {
      style: "percent",
      maximumFractionDigits,
    },
    noNegativeZero(x * 100, maximumFractionDigits) / 100,
  );
}

/**
 * A share as a percentage that never reads as 0 when it is not (formatAmount's percent twin): a share that would
 * round to 0 at `maximumFractionDigits` gets two significant digits (0,025 / 1 900 = 0,0013 %, not 0 %).
 */
export function formatPercentAmount(x: number, lang: Lang, maximumFractionDigits = 2): string {
  if (x === 0 || Math.abs(x * 100) >= 0.5 * 10 ** -maximumFractionDigits)
    return formatPercent(x, lang, maximumFractionDigits);
  return formatWith(localeOf(lang), { style: "percent", maximumSignificantDigits: 2 }, x);
}

/**
 * A number with a fixed count of decimals, for a column of figures: every row the same (12,80 / 14,82,
 * never 12,8 / 14,82), as Excel's number formats show them.
 */
export function formatFixed(x: number, lang: Lang, digits: number): string {
  return formatWith(
    localeOf(lang),
    {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    },
    noNegativeZero(x, digits),
  );
}

/** A share as a percentage with fixed decimals: 0.0064 → "0,640 %" with 3. */
export function formatPercentFixed(x: number, lang: Lang, digits: number): string {
  return formatWith(
    localeOf(lang),
    {
      style: "percent",
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    },
    noNegativeZero(x * 100, digits) / 100,
  );
}

/**
 * A figure in a column with a fixed count of decimals (formatFixed), except that a non-zero value that would
 * show as 0 at those decimals gets two significant digits: a per-person or per-krona effect of a small measure
 * reads 0,0012, never 0,00 (issue 23).
 */
export function formatFixedAmount(x: number, lang: Lang, digits: number): string {
  if (x === 0 || Math.abs(x) >= 0.5 * 10 ** -digits) return formatFixed(x, lang, digits);
  return formatWith(localeOf(lang), { maximumSignificantDigits: 2 }, x);
}

/** A share in a column of fixed decimals (formatPercentFixed), a non-zero one never as 0,000 %: 0,000064 %. */
export function formatPercentFixedAmount(x: number, lang: Lang, digits: number): string {
  if (x === 0 || Math.abs(x * 100) >= 0.5 * 10 ** -digits) return formatPercentFixed(x, lang, digits);
  return formatWith(
    localeOf(lang),
    {
      style: "percent",
      maximumSignificantDigits: 2,
    },
    x,
  );
}
