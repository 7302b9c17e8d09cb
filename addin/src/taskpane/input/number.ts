import { RULES, type Rule } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../definitions";
import { carriedFrom } from "./carried";
import { check, clean, formatPlain } from "./rules";
import { otherDecimalRefused, shareWithOtherDecimal, thousandsComma } from "./slips";
import { NUMBER_TEXTS as T } from "./texts";

/**
 * The one input model of the task pane: every number a user types (or the pane reads from a sheet)
 * goes through {@link parseInput} for its field kind, and every number the pane puts into a field
 * comes from {@link formatInput}. Ranges come from calc-core's {@link RULES}, so a field rejects what
 * the function behind it would reject, with the same unit hints.
 */

/** Money units of the pane; a money field holds its number in one of them. */
export const MONEY_UNITS = { kr: 1, tkr: 1_000, mnkr: 1_000_000 } as const;
export type MoneyUnit = keyof typeof MONEY_UNITS;

/**
 * What a field holds:
 * - `money`: an amount in the field's unit (kr, tkr, mnkr);
 * - `percent`: a share, typed as a percentage ("2 %" or "2" → 0.02);
 * - `krPer100`: kronor per 100 kronor of tax base (21,37), or a change of it (0,37 = 37 öre);
 * - `count`, `year`, `month`: whole numbers.
 */
export type FieldKind = "money" | "percent" | "krPer100" | "count" | "year" | "month";

export interface FieldSpec {
  kind: FieldKind;
  /** the range (a calc-core rule); for `percent` in shares (0.25 = 25 %) */
  rule?: Rule;
  /** for `money`: the unit the number is in */
  unit?: MoneyUnit;
  /** an empty field is an error (default), or means "not given" */
  optional?: boolean;
  /** for `krPer100`: a change in the rate (öre), so 37 gets the hint "write 0,37" */
  change?: boolean;
}

/** What a field's text means: nothing, a number (maybe with a warning), or why it is not one. */
export type Parsed =
  | { status: "empty" }
  | {
      status: "ok";
      value: number;
      warning?: string;
      converted?: string;
      /**
       * what was probably meant, in the field's unit: sv "6,950" in a money field (read as 6,95) → 6950; in a
       * percent field, as a share: "0,02" (read as 0,02 %) → 0.02 (2 %)
       */
      meant?: number;
    }
  | { status: "error"; message: string };

/** The field kinds with their calc-core ranges, for the pane's fields. */
export const FIELDS = {
  money: (unit: MoneyUnit, rule: Rule = RULES.money): FieldSpec => ({ kind: "money", unit, rule }),
  nonNegativeMoney: (unit: MoneyUnit): FieldSpec => ({ kind: "money", unit, rule: RULES.nonNegativeMoney }),
  positiveMoney: (unit: MoneyUnit): FieldSpec => ({ kind: "money", unit, rule: { above: 0, unit: "money" } }),
  /** kronor (taxable income per person): never converted by the unit switch */
  kronor: (): FieldSpec => ({ kind: "money", unit: "kr", rule: RULES.nonNegativeMoney }),
  share: (): FieldSpec => ({ kind: "percent", rule: RULES.share }),
  interest: (): FieldSpec => ({ kind: "percent", rule: RULES.interest }),
  taxRate: (): FieldSpec => ({ kind: "krPer100", rule: RULES.taxRate }),
  taxChange: (): FieldSpec => ({ kind: "krPer100", rule: RULES.taxChange, change: true }),
  count: (): FieldSpec => ({ kind: "count", rule: RULES.count }),
  positiveCount: (): FieldSpec => ({ kind: "count", rule: RULES.positiveCount }),
  year: (): FieldSpec => ({ kind: "year", rule: RULES.year }),
  month: (): FieldSpec => ({ kind: "month", rule: { min: 1, max: 12, integer: true } }),
  /** depreciation time in whole years, as calc-core's konsekvensanalys takes it */
  years: (): FieldSpec => ({ kind: "count", rule: { min: 1, max: 100, integer: true, unit: "whole" } }),
} as const;

export { formatPlain } from "./rules";

/** A field's value as the field shows it (and as {@link parseInput} reads it back). */
export function formatInput(value: number, spec: FieldSpec, lang: Lang): string {
  switch (spec.kind) {
    case "percent":
      return `${formatPlain(value * 100, lang)}${lang === "sv" ? "\u00a0%" : "%"}`;
    case "year":
    case "month":
      return formatPlain(value, lang, 0, false);
    default:
      return formatPlain(value, lang);
  }
}

/** Spaces people and Intl put between thousands. */
const SPACES = /[\s\u00a0\u202f\u2009]/g;

/**
 * Reads the number part of a text in a language: sv "1 950,5", "−3"; en "1,950.5", "1 950.5".
 * Thousands groups must be three digits, so en "6,95" and sv "6.95" are refused with a hint,
 * never read as another number.
 */
export function parseDecimal(
  raw: string,
  lang: Lang,
): { ok: true; value: number } | { ok: false; message: string; suggested?: number } {
  const t = T[lang];
  let s = raw.trim().replace(/^[−–]/, "-");
  const negative = s.startsWith("-");
  if (negative || s.startsWith("+")) s = s.slice(1).trimStart();
  const decimal = lang === "sv" ? "," : ".";
  const fail = (message: string) => ({ ok: false as const, message });
  // a number written with the other language's decimal sign: the message and the number it suggests
  const suggest = (message: string, value: number) =>
    Number.isFinite(value)
      ? { ok: false as const, message, suggested: negative ? -value : value }
      : fail(message);
  if (!/^[\d\s\u00a0\u202f\u2009.,]+$/.test(s) || !/\d/.test(s)) return fail(t.notNumber(raw.trim()));
  // sv: a point is never read as a decimal point (nor as a thousands separator)
  if (lang === "sv" && s.includes(".")) {
    const sign = negative ? "−" : "";
    // a point between groups of three digits is a thousands separator where Swedish is written with one
    // (6.950, 1.950,5): suggest the grouped number, and the decimal reading too when it has one (issue 23)
    const dots = /^(\d{1,3}(?:\.\d{3})+)(,\d+)?$/.exec(s);
    if (dots) {
      const whole = dots[1]!.replace(/\./g, "");
      const grouped = `${sign}${formatPlain(Number(`${whole}${(dots[2] ?? "").replace(",", ".")}`), "sv")}`;
      const single = dots[2] === undefined && dots[1]!.split(".").length === 2;
      const decimal = single ? `${sign}${formatPlain(Number(dots[1]), "sv")}` : undefined;
      return fail(t.pointThousands(raw.trim(), grouped, decimal));
    }
    // written the English way ("1,950.5"): suggest the same number the Swedish way ("1 950,5")
    const en = s.includes(",") ? parseDecimal(s, "en") : undefined;
    const fixed = en?.ok ? formatPlain(en.value, "sv") : s.replace(".", ",");
    const read = en?.ok ? en.value : Number(s.replace(/[\s\u00a0\u202f\u2009]/g, ""));
    return suggest(t.decimalPoint(raw.trim(), `${negative ? "−" : ""}${fixed}`), read);
  }
  const parts = s.split(decimal);
  if (parts.length > 2) return fail(t.notNumber(raw.trim()));
  const [intPart, frac = ""] = parts as [string, string?];
  if (frac !== "" && !/^\d+$/.test(frac)) return fail(t.notNumber(raw.trim()));
  if (s.endsWith(decimal) && frac === "") return fail(t.notNumber(raw.trim()));
  // the integer part: digits, optionally grouped by threes with spaces (both) or the group sign (en)
  const groups = intPart.replace(SPACES, " ").split(lang === "en" ? /[ ,]/ : / /);
  const grouped = groups.length > 1;
  if (intPart === "" && frac !== "") {
    // ",5" / ".5"
  } else if (
    groups.some((g) => !/^\d+$/.test(g)) ||
    (grouped && (groups[0]!.length > 3 || groups.slice(1).some((g) => g.length !== 3)))
  ) {
    // en: Swedish money ("1 950,5": space-grouped thousands and a decimal comma) → the same number in English
    if (lang === "en" && frac === "" && /^\d{1,3}( \d{3})+,\d+$/.test(intPart.replace(SPACES, " "))) {
      const sv = parseDecimal(s, "sv");
      if (sv.ok)
        return suggest(
          t.decimalPoint(raw.trim(), `${negative ? "-" : ""}${formatPlain(sv.value, "en")}`),
          sv.value,
        );
    }
    // a comma before one or two digits, or after a lone 0 ("0,2137": no thousands group starts with 0), is a
    // decimal comma: the same number with a point is suggested
    const decimalComma = /^(\d+),(\d+)$/.exec(intPart);
    if (
      lang === "en" &&
      frac === "" &&
      decimalComma &&
      (decimalComma[2]!.length <= 2 || decimalComma[1] === "0")
    ) {
      return suggest(
        t.decimalPoint(raw.trim(), `${negative ? "-" : ""}${intPart.replace(",", ".")}`),
        Number(intPart.replace(",", ".")),
      );
    }
    if (lang === "en" && /^\d+,\d+$/.test(intPart) && frac === "") {
      return fail(t.grouping(raw.trim()));
    }
    return fail(groups.every((g) => /^\d+$/.test(g)) ? t.grouping(raw.trim()) : t.notNumber(raw.trim()));
  }
  const digits = `${groups.join("")}${frac ? `.${frac}` : ""}`;
  const value = Number(digits === "" ? "x" : digits.startsWith(".") ? `0${digits}` : digits);
  if (!Number.isFinite(value)) return fail(t.notNumber(raw.trim()));
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

/**
 * Reads what a user typed in a field of a kind. Never guesses: a text that is not a number of
 * that kind gets a message, a value outside calc-core's range gets a message with the unit hint
 * the functions give, and a share typed below 1 in a percent field gets a warning.
 */
export function parseInput(text: string, spec: FieldSpec, lang: Lang): Parsed {
  const t = T[lang];
  let s = text.trim();
  if (s === "") return spec.optional ? { status: "empty" } : { status: "error", message: t.required };
  // unit suffixes: "%" in a percent field; kr/tkr/mnkr in a money field (another unit is converted)
  let factor = 1;
  if (/%$/.test(s)) {
    if (spec.kind !== "percent") return { status: "error", message: t.notPercent };
    s = s.slice(0, -1).trim();
  } else if (spec.kind === "money") {
    const m = /^(.*?)\s*(mnkr|tkr|kr)\.?$/i.exec(s);
    if (m) {
      const typed = m[2]!.toLowerCase() as MoneyUnit;
      s = m[1]!;
      factor = MONEY_UNITS[typed] / MONEY_UNITS[spec.unit ?? "kr"];
    }
  }
  const d = parseDecimal(s, lang);
  // a year is four digits: "6,950.5" in a year field is not helped by "write 6 950,5"
  if (!d.ok && spec.kind === "year" && /\d/.test(s)) return { status: "error", message: t.year4 };
  if (!d.ok)
    return {
      status: "error",
      message:
        shareWithOtherDecimal(text.trim(), s, spec, lang) ??
        (d.suggested !== undefined
          ? otherDecimalRefused(text.trim(), d.suggested * factor, spec, lang)
          : undefined) ??
        d.message,
    };
  const p = check(clean(d.value * factor), spec, lang);
  // a value typed in another unit is echoed in the field's own ("25 kr" in mnkr: "= 0,000025 mnkr")
  const q: Parsed =
    factor !== 1 && p.status === "ok"
      ? { ...p, converted: `= ${formatPlain(p.value, lang, 12)}\u00a0${spec.unit ?? "kr"}` }
      : p;
  const r =
    q.status === "ok" && spec.kind === "money"
      ? thousandsComma(q, s, text.trim().slice(s.length), factor, spec, lang)
      : q;
  // a text a language switch wrote from a figure with an open question asks it again, in this language
  const c = r.status === "ok" && !r.warning ? carriedFrom(text, spec, lang) : undefined;
  if (!c || r.status !== "ok" || c.value !== r.value) return r;
  const unit = spec.kind === "money" && spec.unit ? `\u00a0${spec.unit}` : "";
  const read = `${formatPlain(r.value, lang, 12)}${unit}`;
  return {
    ...r,
    warning: t.carried(read, c.typed, c.from, `${formatPlain(c.meant, lang)}${unit}`),
    meant: c.meant,
  };
}

/**
 * Checks a number read from a sheet (a cell's value, not text) against a field: the same range
 * and whole-number rules as typing it. A sheet stores a percentage as a share (10 % = 0.1).
 */
export function checkValue(value: number, spec: FieldSpec, lang: Lang): Parsed {
  if (!Number.isFinite(value)) return { status: "error", message: T[lang].notNumber(String(value)) };
  return check(clean(spec.kind === "percent" ? value * 100 : value), spec, lang);
}

/** The number of a parsed field, or undefined. */
export function valueOf(p: Parsed): number | undefined {
  return p.status === "ok" ? p.value : undefined;
}
