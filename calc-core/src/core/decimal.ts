import DecimalJs from "decimal.js";

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

/** Sum of decimals; 0 for an empty list. */
export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}
