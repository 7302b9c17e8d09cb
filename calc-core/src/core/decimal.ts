// the named export: under node16/nodenext an ES importer of decimal.js' CommonJS-typed declarations gets
// the module object as the default import, not the class (it is the same class in both of its builds)
import { Decimal as DecimalJs } from "decimal.js";

/**
 * The decimal type used inside every calculation. 34 significant digits
 * (as IEEE 754 decimal128) is far more than any municipal budget needs and keeps
 * divisions such as 1/3 of a gap exact to well below one öre.
 */
export const Decimal = DecimalJs.clone({
  precision: 34,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

/** Sum of decimals (plain numbers are read as `new Decimal(x)` reads them); 0 for an empty list. */
export function sum(values: readonly (Decimal | number)[]): Decimal {
  return values.reduce((acc: Decimal, v) => acc.plus(v), ZERO);
}

/** Below this size neighbouring hundredths are thousands of ulps apart, so `x × 100` rounds to the right whole öre. */
const CENT_LIMIT = 7e12;

/**
 * The exact decimal sum of plain numbers, each read as the shortest decimal that
 * prints it (as `new Decimal(x)` does), so `exactSum([0.1, 0.2])` is 0.3, not
 * 0.30000000000000004.
 *
 * Fast path: amounts with at most two decimals (kronor and öre, or Mkr with two
 * decimals) below 7 × 10¹² are added as whole hundredths in `number`, which is
 * exact while the running total stays a safe integer; one `Decimal` is made at
 * the end. `Math.round(x × 100) / 100 === x` proves that `x` prints with at most
 * two decimals: below the limit the hundredth that rounds to `x` is the only
 * short decimal that does. Anything else falls back to adding decimals.
 *
 * @param values - finite numbers (validated by the caller)
 * @returns their sum as a decimal
 * @example exactSum([0.1, 0.2]) // → 0.3 (a Decimal; 0.1 + 0.2 in `number` is 0.30000000000000004)
 */
export function exactSum(values: readonly number[]): Decimal {
  let cents = 0;
  // Stryker disable all: equivalent mutants. Loosening or tightening these guards only moves amounts
  // between the fast path and the exact fallback, which give the same sum (decimal.test.ts and the laws
  // check the sums); what differs is speed, which `npm run bench` measures.
  for (const x of values) {
    const c = Math.round(x * 100);
    cents += c;
    if (!(Math.abs(x) < CENT_LIMIT) || c / 100 !== x || !Number.isSafeInteger(cents)) {
      // Stryker restore all
      return sum(values);
    }
  }
  return new Decimal(cents).div(100);
}
