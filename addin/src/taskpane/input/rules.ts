import type { Lang } from "../../definitions";
import { formatWith, localeOf } from "../shared/numberFormat";
import type { FieldSpec, Parsed } from "./number";
import { NUMBER_TEXTS as T } from "./texts";

/**
 * The field rules behind input/number.ts: a number as a field shows it, the bounds of calc-core's rule in the
 * field's unit, and the check of a number against them (range, whole numbers, a share in a percent field).
 */

/** Rounds away binary noise (0.07 * 100 = 7.000000000000001). */
export const clean = (x: number): number => Number(x.toPrecision(12));

/** A number as the language writes it: 1 950,5 / 1,950.5; years and months without grouping. */
export function formatPlain(x: number, lang: Lang, maximumFractionDigits = 6, grouping = true): string {
  return formatWith(localeOf(lang), { maximumFractionDigits, useGrouping: grouping }, clean(x));
}

/** The bounds of a rule, in the unit the field shows (percent fields in %). */
export function bounds(spec: FieldSpec): { min?: number; max?: number; above?: number } {
  const r = spec.rule ?? {};
  const k = spec.kind === "percent" ? 100 : 1;
  return {
    ...(r.min !== undefined ? { min: clean(r.min * k) } : {}),
    ...(r.max !== undefined ? { max: clean(r.max * k) } : {}),
    ...(r.above !== undefined ? { above: clean(r.above * k) } : {}),
  };
}

/** Range, whole-number and unit checks of a number in the unit the field shows (percent fields in %). */
export function check(shown: number, spec: FieldSpec, lang: Lang): Parsed {
  const t = T[lang];
  const f = (x: number) => formatPlain(x, lang, 6, spec.kind !== "year" && spec.kind !== "month");
  const pct = spec.kind === "percent" ? (lang === "sv" ? "\u00a0%" : "%") : "";
  const unit = spec.kind === "money" && spec.unit ? `\u00a0${spec.unit}` : "";
  const b = bounds(spec);
  const tooLow = (b.min !== undefined && shown < b.min) || (b.above !== undefined && shown <= b.above);
  const tooHigh = b.max !== undefined && shown > b.max;
  if (tooLow || tooHigh) {
    const lo = b.above ?? b.min;
    let message =
      lo !== undefined && b.max !== undefined && b.above === undefined
        ? t.between(f(lo) + pct + unit, f(b.max) + pct + unit)
        : tooHigh
          ? t.atMost(f(b.max!) + pct + unit)
          : b.above !== undefined
            ? t.above(f(b.above) + pct + unit)
            : t.atLeast(f(lo!) + pct + unit);
    if (spec.kind === "year" && Number.isInteger(shown) && Math.abs(shown) < 100) message = t.year4;
    if (spec.kind === "krPer100" && !spec.change && inRange(shown * 100, b))
      message += t.taxRateHint(f(clean(shown * 100)), f(shown));
    if (spec.kind === "krPer100" && spec.change && inRange(shown / 100, b))
      message += t.taxChangeHint(f(shown), f(clean(shown / 100)));
    return { status: "error", message };
  }
  const integer =
    spec.rule?.integer || spec.kind === "count" || spec.kind === "year" || spec.kind === "month";
  if (integer && !Number.isInteger(shown)) return { status: "error", message: t.integer };
  if (spec.kind === "percent") {
    const value = clean(shown / 100);
    const times = clean(shown * 100);
    const warn = shown !== 0 && Math.abs(shown) < 1 && inRange(times, b);
    // the value typed is computed (never corrected), the hint shown under the field, and `meant` (the share
    // for the percentage probably meant: 0,02 → 0.02 for 2 %) makes every panel warn beside its results too
    return warn
      ? { status: "ok", value, warning: t.percentHint(f(shown), f(times)), meant: clean(times / 100) }
      : { status: "ok", value };
  }
  return { status: "ok", value: shown };
}

export function inRange(x: number, b: { min?: number; max?: number; above?: number }): boolean {
  return (
    (b.min === undefined || x >= b.min) &&
    (b.max === undefined || x <= b.max) &&
    (b.above === undefined || x > b.above)
  );
}
