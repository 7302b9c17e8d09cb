import { Decimal } from "../core/decimal.js";
import { formatNumber } from "../core/format.js";
import { KommunError } from "../core/KommunError.js";
import {
  positionOf,
  requireArray,
  requireNumber,
  toDecimal,
  type Position,
  type Rule,
} from "../core/validate.js";

/**
 * Plausible ranges of the revenue side (outside → `value` with a hint where the
 * value fits in another unit).
 */
export const REVENUE_RULES = {
  /**
   * An uplift factor (uppräkningsfaktor) as the government writes it, 1,048 for +4,8 %. The
   * factors fixed since 2015 lie between 1,020 and 1,053 (samples/data/upprakningsfaktorer.csv);
   * 0,8–1,2 leaves room for SKR's forecasts in a deep recession or a boom.
   */
  factor: { min: 0.8, max: 1.2 },
  /**
   * A county rate (länsvis skattesats) of förordning (2004:881) 2–3 §§ for municipalities:
   * 16,98–21,04 kr per 100 kr in the tables since 2015; 10–30 keeps every plausible one and
   * catches 0,1941 written for 19,41.
   */
  countyRate: { min: 10, max: 30, unit: "taxRate" },
  /** kronor per inhabitant of tax capacity (skattekraft), ≈ 200 000–400 000 kr today */
  capacity: { min: 10_000, max: 5_000_000, unit: "money" },
  /** the final settlement per inhabitant: SKR's forecasts lie within a few thousand kronor */
  settlementPerInhabitant: { min: -20_000, max: 20_000, unit: "money" },
} as const satisfies Record<string, Rule>;

const sv = (v: number): string => formatNumber(v, "sv");
const round = (v: number): number => Number(v.toPrecision(12));
const inFactorRange = (v: number): boolean => v >= REVENUE_RULES.factor.min && v <= REVENUE_RULES.factor.max;

/** How a factor written in another unit should have been written (4,8 or 104,8 or 0,048 for 1,048). */
function factorHint(x: number): { sv: string; en: string } | undefined {
  let meant: number | undefined;
  if (Math.abs(x) < 0.25 && inFactorRange(round(1 + x))) meant = round(1 + x);
  else if (inFactorRange(round(1 + x / 100))) meant = round(1 + x / 100);
  else if (inFactorRange(round(x / 100))) meant = round(x / 100);
  if (meant === undefined) return undefined;
  return {
    sv: ` En uppräkningsfaktor skrivs som regeringen skriver den: skriv ${sv(meant)}, inte ${sv(x)}.`,
    en: ` An uplift factor is written as the government writes it: write ${meant}, not ${x}.`,
  };
}

/** Validates one uplift factor (1,048 for +4,8 %), with a hint for 4,8, 104,8 or 0,048. */
export function toFactor(x: unknown, name: string, position?: Position): Decimal {
  const n = requireNumber(x, name, position);
  if (!inFactorRange(n)) {
    const hint = factorHint(n) ?? { sv: "", en: "" };
    const svWhere = position ? ` (${position.sv})` : "";
    const enWhere = position ? ` (${position.en})` : "";
    throw new KommunError(
      "value",
      `Argumentet ${name}${svWhere} = ${sv(n)} ligger utanför det rimliga intervallet 0,8–1,2 (en uppräkningsfaktor, där +4,8 % skrivs 1,048).${hint.sv}`,
      `Argument ${name}${enWhere} = ${n} is outside the plausible range 0.8–1.2 (an uplift factor, where +4.8 % is 1.048).${hint.en}`,
      name,
    );
  }
  return new Decimal(n);
}

/** Validates a range of uplift factors (at least one) and returns their product. */
export function factorProduct(x: unknown, name: string): Decimal {
  const list = requireArray(x, name);
  if (list.length === 0) {
    throw new KommunError(
      "value",
      `Området ${name} måste innehålla minst en uppräkningsfaktor men är tomt.`,
      `Range ${name} must hold at least one uplift factor but is empty.`,
      name,
    );
  }
  return list.reduce((p: Decimal, f, i) => p.times(toFactor(f, name, positionOf(i))), new Decimal(1));
}

/**
 * Validates a tax capacity in kronor per inhabitant; a value that fits when read as
 * thousands of kronor (261 for 261 000) gets a hint.
 */
export function toCapacity(x: unknown, name: string): Decimal {
  const n = requireNumber(x, name);
  const { min, max } = REVENUE_RULES.capacity;
  if (n > 0 && n < min && n * 1000 >= min && n * 1000 <= max) {
    throw new KommunError(
      "value",
      `Argumentet ${name} = ${sv(n)} ligger utanför det rimliga intervallet ${sv(min)}–${sv(max)} (kronor per invånare). Skattekraft anges i kronor per invånare: skriv ${sv(round(n * 1000))}, inte ${sv(n)}.`,
      `Argument ${name} = ${n} is outside the plausible range ${min}–${max} (kronor per inhabitant). Tax capacity is in kronor per inhabitant: write ${round(n * 1000)}, not ${n}.`,
      name,
    );
  }
  return toDecimal(n, name, REVENUE_RULES.capacity);
}
