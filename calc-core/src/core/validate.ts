import { Decimal } from "./decimal.js";
import { KommunError } from "./KommunError.js";
import { describeValue, formatNumber } from "./format.js";

/**
 * How a number is to be understood, so that a value in the wrong unit gets a
 * message that says what to write instead.
 */
export type Unit =
  /** a share written as Excel stores a percentage: 2 % = 0.02 */
  | "share"
  /** kronor per 100 kronor of tax base (utdebitering), 21.37 */
  | "taxRate"
  /** a change in the tax rate in kronor per 100 kronor, 0.25 = 25 öre */
  | "taxChange"
  /** money in the unit the caller uses (kr, tkr, mnkr) */
  | "money"
  /** a count (inhabitants, households, volume) */
  | "count"
  /** a calendar year */
  | "year"
  /** a whole number of decimals or years */
  | "whole";

export interface Rule {
  /** inclusive lower bound */
  min?: number;
  /** inclusive upper bound */
  max?: number;
  /** exclusive lower bound; a value equal to it is `div0` when `zeroIsDiv0` */
  above?: number;
  /** a zero value is a division by zero (no inhabitants, zero tax base) */
  zeroIsDiv0?: boolean;
  integer?: boolean;
  unit?: Unit;
}

function fail(code: "value" | "div0" | "na" | "num", sv: string, en: string, argument?: string): never {
  throw new KommunError(code, sv, en, argument);
}

/** Throws `value` unless `x` is a finite JavaScript number. */
export function requireNumber(x: unknown, name: string, position?: Position): number {
  if (typeof x === "number" && Number.isFinite(x)) return x;
  const where = position ? { sv: ` (${position.sv})`, en: ` (${position.en})` } : { sv: "", en: "" };
  return fail(
    "value",
    `Argumentet ${name}${where.sv} måste vara ett tal men är ${describeValue(x, "sv")}.`,
    `Argument ${name}${where.en} must be a number but is ${describeValue(x, "en")}.`,
    name,
  );
}

const UNIT_TEXT: Record<Unit, { sv: string; en: string }> = {
  share: { sv: "andel, där 2 % skrivs 0,02", en: "a share, where 2 % is written 0.02" },
  taxRate: { sv: "kronor per 100 kr, till exempel 21,37", en: "kronor per 100 kr, e.g. 21.37" },
  taxChange: {
    sv: "kronor per 100 kr, där 25 öre skrivs 0,25",
    en: "kronor per 100 kr, where 25 öre is 0.25",
  },
  money: { sv: "belopp", en: "amount" },
  count: { sv: "antal", en: "count" },
  year: { sv: "årtal", en: "year" },
  whole: { sv: "heltal", en: "whole number" },
};

/** A hint for a value that is plausible in another unit: 2 written for 2 %, 0.2137 for 21.37. */
function unitHint(x: number, rule: Rule): { sv: string; en: string } | undefined {
  const inRange = (v: number): boolean =>
    (rule.min === undefined || v >= rule.min) && (rule.max === undefined || v <= rule.max);
  const sv = (v: number): string => formatNumber(v, "sv");
  const round = (v: number): number => Number(v.toPrecision(12));
  if (rule.unit === "share" && inRange(round(x / 100))) {
    const pct = x;
    return {
      sv: ` Skriv ${sv(pct)} % (${sv(round(x / 100))}), inte ${sv(x)}.`,
      en: ` Write ${pct} % (${round(x / 100)}), not ${x}.`,
    };
  }
  if (rule.unit === "taxRate" && inRange(round(x * 100))) {
    return {
      sv: ` Skattesatsen anges i kronor per 100 kr: skriv ${sv(round(x * 100))}, inte ${sv(x)}.`,
      en: ` The tax rate is in kronor per 100 kr: write ${round(x * 100)}, not ${x}.`,
    };
  }
  if (rule.unit === "taxChange" && inRange(round(x / 100))) {
    return {
      sv: ` En ändring på ${sv(x)} öre skrivs ${sv(round(x / 100))} (kronor per 100 kr), inte ${sv(x)}.`,
      en: ` For a change of ${x} öre, write ${round(x / 100)} (kronor per 100 kr), not ${x}.`,
    };
  }
  return undefined;
}

function rangeText(rule: Rule, language: "sv" | "en"): string {
  const f = (v: number): string => formatNumber(v, language);
  const lo = rule.above !== undefined ? rule.above : rule.min;
  const loStrict = rule.above !== undefined;
  const hi = rule.max;
  if (lo !== undefined && hi !== undefined) {
    if (!loStrict) return `${f(lo)}–${f(hi)}`;
    return language === "sv" ? `över ${f(lo)} och högst ${f(hi)}` : `above ${f(lo)} and at most ${f(hi)}`;
  }
  if (lo !== undefined) {
    if (loStrict) return language === "sv" ? `över ${f(lo)}` : `above ${f(lo)}`;
    return language === "sv" ? `minst ${f(lo)}` : `at least ${f(lo)}`;
  }
  if (hi !== undefined) return language === "sv" ? `högst ${f(hi)}` : `at most ${f(hi)}`;
  return "";
}

/**
 * Validates one numeric argument and returns it as a decimal.
 *
 * Text, booleans, blanks, NaN and ±Infinity are `value`; a value outside the
 * rule's range is `value` with a hint when the value fits the range in another
 * unit (2 for 2 %); zero where zero would be divided by is `div0`.
 */
export function toDecimal(x: unknown, name: string, rule: Rule = {}, position?: Position): Decimal {
  const n = requireNumber(x, name, position);
  if (rule.zeroIsDiv0 && n === 0) {
    fail(
      "div0",
      `Argumentet ${name} är 0 och det går inte att dela med noll.`,
      `Argument ${name} is 0 and cannot be divided by.`,
      name,
    );
  }
  const tooLow = (rule.min !== undefined && n < rule.min) || (rule.above !== undefined && n <= rule.above);
  const tooHigh = rule.max !== undefined && n > rule.max;
  if (tooLow || tooHigh) {
    const hint = unitHint(n, rule) ?? { sv: "", en: "" };
    const unit = rule.unit ? UNIT_TEXT[rule.unit] : undefined;
    const svWhere = position ? ` (${position.sv})` : "";
    const enWhere = position ? ` (${position.en})` : "";
    fail(
      "value",
      `Argumentet ${name}${svWhere} = ${formatNumber(n, "sv")} ligger utanför det rimliga intervallet ${rangeText(rule, "sv")}${unit ? ` (${unit.sv})` : ""}.${hint.sv}`,
      `Argument ${name}${enWhere} = ${n} is outside the plausible range ${rangeText(rule, "en")}${unit ? ` (${unit.en})` : ""}.${hint.en}`,
      name,
    );
  }
  if (rule.integer && !Number.isInteger(n)) {
    fail(
      "value",
      `Argumentet ${name}${position ? ` (${position.sv})` : ""} måste vara ett heltal men är ${formatNumber(n, "sv")}.`,
      `Argument ${name}${position ? ` (${position.en})` : ""} must be a whole number but is ${n}.`,
      name,
    );
  }
  return new Decimal(n);
}

/** Like {@link toDecimal}, for an optional argument: `undefined` (omitted) gives the default. */
export function optionalDecimal(
  x: unknown,
  name: string,
  fallback: number | undefined,
  rule: Rule = {},
): Decimal | undefined {
  if (x === undefined) return fallback === undefined ? undefined : new Decimal(fallback);
  return toDecimal(x, name, rule);
}

/** Validates a whole number (years, decimals, counts of years) and returns it as `number`. */
export function toInteger(x: unknown, name: string, rule: Omit<Rule, "integer"> = {}): number {
  return toDecimal(x, name, { ...rule, integer: true }).toNumber();
}

/** Converts a decimal result to `number` at the edge; an overflow is `num`. */
export function toNumber(d: Decimal): number {
  const n = d.toNumber();
  if (!Number.isFinite(n)) {
    fail(
      "num",
      "Resultatet är för stort för att visas som ett tal.",
      "The result is too large to be shown as a number.",
    );
  }
  return Object.is(n, -0) ? 0 : n;
}

/** Requires an array (a range) and returns it. */
export function requireArray(x: unknown, name: string): readonly unknown[] {
  if (!Array.isArray(x)) {
    fail(
      "value",
      `Argumentet ${name} måste vara ett område (en lista med tal) men är ${describeValue(x, "sv")}.`,
      `Argument ${name} must be a range (a list of numbers) but is ${describeValue(x, "en")}.`,
      name,
    );
  }
  return x;
}

/** Where in a range a value stands, in both languages. */
export interface Position {
  sv: string;
  en: string;
}

/** Position text for element `i` (0-based) of a range: "plats 3" / "position 3". */
export function positionOf(i: number): Position {
  return { sv: `plats ${i + 1}`, en: `position ${i + 1}` };
}

/**
 * Validates a range of numbers (no blanks) and returns decimals. Every element
 * follows `rule`; an error names the position (1-based).
 */
export function toDecimalArray(
  x: unknown,
  name: string,
  rule: Rule = {},
  options: { minLength?: number } = {},
): Decimal[] {
  const arr = requireArray(x, name);
  const minLength = options.minLength ?? 1;
  if (arr.length < minLength) {
    fail(
      "value",
      `Området ${name} måste innehålla minst ${minLength} tal men är tomt.`,
      `Range ${name} must hold at least ${minLength} number(s) but is empty.`,
      name,
    );
  }
  return arr.map((v, i) => toDecimal(v, name, rule, positionOf(i)));
}

/** Throws `value` naming both sizes unless two ranges have the same length. */
export function requireSameLength(
  a: readonly unknown[],
  aName: string,
  b: readonly unknown[],
  bName: string,
): void {
  if (a.length !== b.length) {
    fail(
      "value",
      `Områdena ${aName} (${a.length} värden) och ${bName} (${b.length} värden) måste vara lika stora.`,
      `Ranges ${aName} (${a.length} values) and ${bName} (${b.length} values) must be the same size.`,
      bName,
    );
  }
}

/** Validates an options object (the argument of functions that take one). */
export function requireObject(x: unknown, name: string): Record<string, unknown> {
  if (typeof x !== "object" || x === null || Array.isArray(x)) {
    fail(
      "value",
      `Argumentet ${name} måste vara ett objekt med namngivna fält.`,
      `Argument ${name} must be an object with named fields.`,
      name,
    );
  }
  return x as Record<string, unknown>;
}

/** Throws a `div0` error with the given messages. */
export function divisionByZero(sv: string, en: string, argument?: string): never {
  return fail("div0", sv, en, argument);
}

/** Throws an `na` error (nothing to compute from). */
export function notAvailable(sv: string, en: string, argument?: string): never {
  return fail("na", sv, en, argument);
}

/** Throws a `value` error with the given messages. */
export function invalid(sv: string, en: string, argument?: string): never {
  return fail("value", sv, en, argument);
}
