import {
  inkomstutjamning,
  isKommunError,
  marginalintakt,
  preliminaraSkatteintakter,
  skatterOchBidrag,
  slutavrakning,
  uppraknatSkatteunderlag,
  type KommunError,
  type SkatterOchBidragAr,
} from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { formatNumber } from "../../i18n";
import { FIELDS, formatInput, valueOf, type FieldSpec } from "../../input/number";
import {
  field as parseField,
  meantOtherwise,
  percentStyle,
  problems,
  type FieldState,
} from "../../input/problems";
import { REVENUE_TEXTS } from "./texts";
import { revenueWarnings } from "./warnings";

export type Key =
  | "year"
  | "inhabitants"
  | "taxRate"
  | "taxBase"
  | "factorPrev"
  | "factorYear"
  | "growth1"
  | "growth2"
  | "average"
  | "county"
  | "countyCharge"
  | "settlement"
  | "other";

/** The sample municipality's figures (samples/skatter-och-bidrag.xlsx) as a start. */
export const START: Record<Key, number | undefined> = {
  year: 2025,
  inhabitants: 30000,
  taxRate: 21.5,
  taxBase: 6000,
  factorPrev: 1.031,
  factorYear: 1.045,
  growth1: 3.8,
  growth2: 3.6,
  average: 265000,
  county: 19.41,
  countyCharge: undefined,
  settlement: 250,
  other: 33,
};

/**
 * Each field's kind for the pane's parser. The uplift factors (1,048) are plain decimals: the parser
 * reads them, and calc-core's `uppraknatSkatteunderlag` checks the range with its hint (4,8 → 1,048).
 * The growth is a percentage (3,8 % → 0,038); the panel's checks and forecast take it in per cent.
 */
export const SPECS: Record<Key, FieldSpec> = {
  year: FIELDS.year(),
  inhabitants: FIELDS.positiveCount(),
  taxRate: FIELDS.taxRate(),
  taxBase: FIELDS.positiveMoney("mnkr"),
  factorPrev: { kind: "krPer100" },
  factorYear: { kind: "krPer100" },
  growth1: { kind: "percent", rule: { min: -0.2, max: 0.2, unit: "share" } },
  growth2: { kind: "percent", rule: { min: -0.2, max: 0.2, unit: "share" } },
  average: FIELDS.kronor(),
  county: FIELDS.taxRate(),
  countyCharge: { ...FIELDS.taxRate(), optional: true },
  settlement: FIELDS.money("kr"),
  other: FIELDS.money("mnkr"),
};

/** A field's number as the panel's checks take it: growth in per cent (3,8), the rest as the field holds it. */
export const asPanelValue = (k: Key, v: number | undefined) =>
  v !== undefined && (k === "growth1" || k === "growth2") ? Number((v * 100).toPrecision(12)) : v;

/** The panel's start texts in a language, from the sample figures. */
export function revenueStartTexts(lang: Lang): Record<Key, string> {
  return Object.fromEntries(
    ORDER.map((k) => {
      const v = START[k];
      const shown = v !== undefined && (k === "growth1" || k === "growth2") ? v / 100 : v;
      return [k, shown === undefined ? "" : formatInput(shown, SPECS[k], lang)];
    }),
  ) as Record<Key, string>;
}

/**
 * The panel's state from its texts: every field parsed by its kind (messages name the field's label),
 * then the cross-field and calc-core checks of {@link revenueInputError}; the values when all are right.
 * `judged(label)` says whether a field may show its error (left, or a write attempted): an invalid field
 * not judged yet holds the results back with a neutral note, not a red line. The plausibility warnings
 * (see {@link revenueWarnings}) are judged on every usable value.
 */
export function revenueState(
  texts: Record<Key, string>,
  lang: Lang,
  judged: (label: string) => boolean = () => true,
): {
  fields: Record<Key, FieldState>;
  lines: string[];
  notes: string[];
  warnings: string[];
  values: Record<Key, number | undefined>;
} {
  const labels = revenueLabels(lang);
  const fields = Object.fromEntries(
    ORDER.map((k) => [k, parseField(labels[k], texts[k], SPECS[k], lang)]),
  ) as Record<Key, FieldState>;
  const values = Object.fromEntries(
    ORDER.map((k) => [k, asPanelValue(k, valueOf(fields[k].parsed))]),
  ) as Record<Key, number | undefined>;
  const invalid = ORDER.map((k) => fields[k]).filter((f) => f.parsed.status === "error");
  const lines = problems(invalid.filter((f) => judged(f.label)));
  const waiting = invalid.filter((f) => !judged(f.label)).map((f) => f.label);
  const notes =
    waiting.length > 0 && lines.length === 0 ? [REVENUE_TEXTS[lang].waiting(waiting.join(", "))] : [];
  // a field calc-core refuses gets that one message, no plausibility warning beside it
  const wrong = invalid.length === 0 ? revenueInputProblem(values, lang) : undefined;
  if (wrong) lines.push(wrong.message);
  const judgedValues = { ...values };
  for (const k of wrong?.keys ?? []) judgedValues[k] = undefined;
  // a share in a growth field is said once, by revenueWarnings' growth text (it says how growth is written)
  const meant = meantOtherwise(
    ORDER.filter((k) => k !== "growth1" && k !== "growth2").map((k) => fields[k]),
  ).map((m) => m.text);
  return {
    fields,
    lines,
    notes,
    warnings: [...meant, ...revenueWarnings(judgedValues, labels, lang)],
    values,
  };
}

export interface Forecast {
  years: SkatterOchBidragAr[];
}

/** The field labels in a language (the messages name the fields by them, never by calc-core's argument ids). */
export function revenueLabels(lang: Lang): Record<Key, string> {
  const t = REVENUE_TEXTS[lang];
  return {
    year: t.budgetYear,
    inhabitants: t.inhabitants,
    taxRate: t.taxRate,
    taxBase: t.taxBase,
    factorPrev: t.factorPrev,
    factorYear: t.factorYear,
    growth1: t.growth1,
    growth2: t.growth2,
    average: t.average,
    county: t.county,
    countyCharge: t.countyCharge,
    settlement: t.settlement,
    other: t.other,
  };
}

/**
 * Whole numbers of five digits or more in calc-core's message grouped the language's way (sv 10 000 with a
 * no-break space, en 10,000), so "10000–5000000" and "skriv 265000" read as every other figure of the pane
 * (issue 23, s8 finding 9); years and decimals are left as they are.
 */
export function groupDigits(message: string, lang: Lang): string {
  return message.replace(/(?<![\d.,])\d{5,}(?![\d.,]\d)/g, (d) => formatNumber(Number(d), lang, 0));
}

/** calc-core's message about one value, with the argument (`Argumentet faktorer (plats 1)`) replaced by the field. */
export function relabel(e: KommunError, label: string, lang: Lang): string {
  const message = groupDigits(e.messageIn(lang), lang);
  const argument = /^Argument(?:et)? \S+(?: \((?:plats|position) \d+\))?/;
  return argument.test(message)
    ? message.replace(argument, REVENUE_TEXTS[lang].field(label))
    : `${label}: ${message}`;
}

/**
 * One check per field, each through the calc-core function that takes the value, so the
 * plausible ranges and the wrong-unit hints (4,8 for 1,048; 0,2137 for 21,37; 265 for
 * 265 000) are calc-core's; the year and the growth in per cent are the pane's own.
 */
export const CHECKS: Partial<Record<Key, (v: number) => unknown>> = {
  inhabitants: (v) => slutavrakning(0, v),
  taxBase: (v) => uppraknatSkatteunderlag(v, [1]),
  taxRate: (v) => preliminaraSkatteintakter(1, [1], v),
  factorPrev: (v) => uppraknatSkatteunderlag(1, [v]),
  factorYear: (v) => uppraknatSkatteunderlag(1, [v]),
  average: (v) => marginalintakt(0, 20, 20, v),
  county: (v) => marginalintakt(0, 20, v, 250000),
  countyCharge: (v) => inkomstutjamning(300000, 250000, 1, 20, v),
  settlement: (v) => slutavrakning(v, 1),
};

/** The fields in the order the panel shows them, which is the order they are checked in. */
export const ORDER: Key[] = [
  "year",
  "inhabitants",
  "taxBase",
  "taxRate",
  "factorPrev",
  "factorYear",
  "growth1",
  "growth2",
  "average",
  "county",
  "countyCharge",
  "settlement",
  "other",
];

/**
 * The first thing wrong with the panel's input, in the user's language and naming the
 * field by its label; `undefined` when the forecast can be computed.
 */
export function revenueInputError(values: Record<Key, number | undefined>, lang: Lang): string | undefined {
  return revenueInputProblem(values, lang)?.message;
}

/**
 * {@link revenueInputError} with the fields the message is about, so that the plausibility warnings say
 * nothing more of them: one message per field (issue 23, s8 finding 9: Medelskattekraft 265 got an error and a
 * warning).
 */
export function revenueInputProblem(
  values: Record<Key, number | undefined>,
  lang: Lang,
): { keys: Key[]; message: string } | undefined {
  const t = REVENUE_TEXTS[lang];
  const labels = revenueLabels(lang);
  const show = (v: number) => formatNumber(v, lang, 6);
  for (const k of ORDER) {
    const v = values[k];
    if (v === undefined) {
      if (k === "countyCharge") continue; // asked for only above 115 % (below)
      return { keys: [k], message: t.fillIn(labels[k]) };
    }
    if (k === "year" && (!Number.isInteger(v) || v < 1900 || v > 2200))
      return { keys: [k], message: t.notYear(labels[k], String(v)) };
    if ((k === "growth1" || k === "growth2") && (v < -20 || v > 20)) {
      const meant = v - 100 >= -20 && v - 100 <= 20 ? Number((v - 100).toPrecision(12)) : undefined;
      return {
        keys: [k],
        message: t.growthRange(labels[k], show(v), meant === undefined ? undefined : show(meant)),
      };
    }
    try {
      CHECKS[k]?.(v);
    } catch (e) {
      if (isKommunError(e)) return { keys: [k], message: relabel(e, labels[k], lang) };
      throw e;
    }
  }
  const v = values as Record<Key, number>;
  const capacity = (v.taxBase * v.factorPrev * v.factorYear * 1_000_000) / v.inhabitants;
  try {
    marginalintakt(0, 20, 20, capacity);
  } catch (e) {
    if (isKommunError(e))
      return {
        keys: ["taxBase", "inhabitants"],
        message: t.capacity(show(Math.round(capacity)), labels.taxBase, labels.inhabitants),
      };
    throw e;
  }
  return undefined;
}

/**
 * A message of the forecast itself (the fields are valid): above 115 % calc-core asks for the
 * charge rate by its argument id (`avgiftsSkattesats`); the pane names the field.
 */
export function forecastMessage(e: KommunError, lang: Lang): string {
  const label = revenueLabels(lang).countyCharge;
  const quoted = lang === "sv" ? `”${label}”` : `"${label}"`;
  return percentStyle(e.messageIn(lang), lang).replace(/\bavgiftsSkattesats\b/g, quoted);
}

/** Computes the forecast as the written formulas will: per year, with calc-core. */
export function revenueForecast(v: Record<Key, number>, charge: number | undefined): Forecast {
  const ar = [v.year, v.year + 1, v.year + 2];
  const faktorer = [v.factorPrev, v.factorYear, 1 + v.growth1 / 100, 1 + v.growth2 / 100];
  const equalisation: number[] = [];
  const settlement: number[] = [];
  ar.forEach((_, i) => {
    // calc-core validates the factors (4,8 written for 1,048 gets its hint) before anything uses them
    const uplifted = uppraknatSkatteunderlag(v.taxBase, faktorer.slice(0, i + 2));
    // the national average grows with the national tax base, i.e. with the plan years' factors
    const average = i === 0 ? v.average : uppraknatSkatteunderlag(v.average, faktorer.slice(2, i + 2));
    const capacity = (uplifted * 1_000_000) / v.inhabitants;
    equalisation.push(inkomstutjamning(capacity, average, v.inhabitants, v.county, charge) / 1_000_000);
    settlement.push(slutavrakning(i === 0 ? v.settlement : 0, v.inhabitants) / 1_000_000);
  });
  const years = skatterOchBidrag({
    ar,
    skatteunderlag: v.taxBase,
    faktorer,
    skattesats: v.taxRate,
    slutavrakning: settlement,
    inkomstutjamning: equalisation,
    ovriga: [[v.other, v.other, v.other]],
  });
  return { years };
}
