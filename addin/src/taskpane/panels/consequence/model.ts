import { konsekvensanalys, type KonsekvensAtgard } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { formula, header, input, num, text, toAddress, type Block } from "../../host/types";
import { formatNumber, formatPercent, TEXTS } from "../../i18n";
import { FIELDS, formatInput, valueOf, type FieldSpec } from "../../input/number";
import { errorText, field, meantOtherwise, problems, type FieldState } from "../../input/problems";
import { CONSEQUENCE_TEXTS } from "./texts";

export const FIELD_KEYS = [
  "startar",
  "engangskostnad",
  "investering",
  "avskrivningstid",
  "ranta",
  "driftkostnad",
  "intakt",
] as const;
export type Key = (typeof FIELD_KEYS)[number];

/** Each measure field's kind and range, from calc-core's rules for konsekvensanalys. */
export const SPECS: Record<Key, FieldSpec> = {
  startar: FIELDS.year(),
  engangskostnad: { kind: "money", rule: { min: 0, unit: "money" } },
  investering: { kind: "money", rule: { min: 0, unit: "money" } },
  avskrivningstid: { ...FIELDS.years(), optional: true },
  ranta: { ...FIELDS.interest(), optional: true },
  driftkostnad: { kind: "money", rule: { unit: "money" } },
  intakt: { kind: "money", rule: { unit: "money" } },
};
export const POSITIVE: FieldSpec = { kind: "money", rule: { above: 0, unit: "money" } };
/** The unit of the panel's amounts (and of the sample konsekvensanalys.xlsx). */
export const UNIT = "mnkr";

export interface Row {
  id: number;
  namn: string;
  texts: Record<Key, string>;
}

/**
 * The measure the panel starts with, as in the sample konsekvensanalys.xlsx: premises with a one-off cost of
 * 2 mnkr and an investment of 10 mnkr over 10 years at 2 %, saving 16 mnkr a year from 2026.
 */
export const START_MEASURE: Record<Key, number> = {
  startar: 2026,
  engangskostnad: 2,
  investering: 10,
  avskrivningstid: 10,
  ranta: 0.02,
  driftkostnad: 0,
  intakt: 16,
};

export function rowTexts(values: Record<Key, number | undefined>, lang: Lang): Record<Key, string> {
  return Object.fromEntries(
    FIELD_KEYS.map((k) => [k, values[k] === undefined ? "" : formatInput(values[k]!, SPECS[k], lang)]),
  ) as Record<Key, string>;
}

export interface ConsequenceState {
  texts: { from: string; to: string; sob: string; base: string };
  rows: Row[];
}

/**
 * Magnitudes for the plausibility check (an assumption with its reasoning, not a source figure): a
 * municipality's taxes and grants are about 70 tkr per inhabitant, so 100 mnkr (2 000 inhabitants; the
 * smallest, Bjurholm and Dorotea, have about 2 350, SCB 2024) to
 * 70 000 mnkr (Stockholm), a region's up to about 150 000 mnkr: above 300 000 mnkr is a figure in tkr.
 * The tax base is about 3–5 times the taxes and grants (a tax of 20–23 kr per 100 kr plus the grants).
 * An internal interest rate above 10 % and a depreciation time above 50 years are not a municipality's.
 * A measure's yearly saving or running cost above half of the taxes and grants is more than any area of
 * activity costs (the largest, education, is about 40 % of a municipality's costs; SKR, "Kommunernas
 * kostnader per verksamhet"), so a figure in tkr (16 000 for 16 mnkr: issue 23, s8 finding 2); it is judged
 * only against taxes and grants that are themselves plausible, and a one-off cost or an investment above
 * 20 000 mnkr (Investeringar's bound: more than a municipality's yearly investments) is one in tkr.
 */
export const PLAUSIBLE = {
  revenueMinMnkr: 100,
  revenueMaxMnkr: 300_000,
  interestMax: 0.1,
  lifeMaxYears: 50,
  yearlyToRevenueMax: 0.5,
  oneOffMaxMnkr: 20_000,
} as const;

export function consequenceModel(
  s: ConsequenceState,
  lang: Lang,
  judged: (label: string) => boolean = () => true,
) {
  const t = TEXTS[lang];
  const w = CONSEQUENCE_TEXTS[lang];
  // every amount of the panel is in mnkr, as in the sample workbook; the labels say so
  const labels: Record<Key, string> = {
    startar: t.startYear,
    engangskostnad: `${t.oneOff} (${UNIT})`,
    investering: `${t.investment} (${UNIT})`,
    avskrivningstid: t.life,
    ranta: t.interest,
    driftkostnad: `${t.running} (${UNIT})`,
    intakt: `${t.saving} (${UNIT})`,
  };
  const fromField = field(`${t.years}: ${t.from}`, s.texts.from, FIELDS.year(), lang);
  let toField = field(`${t.years}: ${t.to}`, s.texts.to, FIELDS.year(), lang);
  const from = valueOf(fromField.parsed);
  const to = valueOf(toField.parsed);
  if (from !== undefined && to !== undefined) {
    if (to < from) toField = { ...toField, parsed: { status: "error", message: t.toBeforeFrom } };
    else if (to - from > 30) toField = { ...toField, parsed: { status: "error", message: t.yearsSpan } };
  }
  const sobField = field(`${t.taxesAndGrants} (${UNIT})`, s.texts.sob, POSITIVE, lang);
  const baseField = field(`${t.taxBase} (${UNIT})`, s.texts.base, POSITIVE, lang);
  const measureFields = s.rows.map((r, i) => {
    const fs = Object.fromEntries(
      FIELD_KEYS.map((k) => [k, field(`${t.measure} ${i + 1} · ${labels[k]}`, r.texts[k], SPECS[k], lang)]),
    ) as Record<Key, FieldState>;
    // with an investment, its depreciation time and interest must be given, not assumed
    if ((valueOf(fs.investering.parsed) ?? 0) > 0) {
      for (const [k, why] of [
        ["avskrivningstid", t.lifeNeeded],
        ["ranta", t.interestNeeded],
      ] as const) {
        if (fs[k].parsed.status === "empty") fs[k] = { ...fs[k], parsed: { status: "error", message: why } };
      }
    }
    return fs;
  });
  const all = [fromField, toField, sobField, baseField, ...measureFields.flatMap((f) => Object.values(f))];
  const invalid = all.filter((f) => f.parsed.status === "error");
  const lines = problems(invalid.filter((f) => judged(f.label)));
  const waiting = invalid.filter((f) => !judged(f.label)).map((f) => f.label);

  let analysis: ReturnType<typeof konsekvensanalys> | undefined;
  const measures: KonsekvensAtgard[] = s.rows.map((r, i) => {
    const f = measureFields[i]!;
    const val = (k: Key) => valueOf(f[k].parsed);
    return {
      namn: r.namn.trim() || `${t.measure} ${i + 1}`,
      startar: val("startar")!,
      engangskostnad: val("engangskostnad")!,
      investering: val("investering")!,
      ...(val("avskrivningstid") !== undefined ? { avskrivningstid: val("avskrivningstid")! } : {}),
      ...(val("ranta") !== undefined ? { ranta: val("ranta")! } : {}),
      driftkostnad: val("driftkostnad")!,
      intakt: val("intakt")!,
    };
  });
  if (invalid.length === 0) {
    try {
      const years = Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
      analysis = konsekvensanalys(measures, {
        ar: years,
        skatterOchBidrag: valueOf(sobField.parsed)!,
        skatteunderlag: valueOf(baseField.parsed)!,
      });
    } catch (e) {
      lines.push(
        errorText(e, lang, (arg, index) => {
          if (arg === "skatterOchBidrag") return sobField.label;
          if (arg === "skatteunderlag") return baseField.label;
          if (arg in labels)
            return index === undefined ? labels[arg as Key] : `${t.measure} ${index} · ${labels[arg as Key]}`;
          return undefined;
        }),
      );
    }
  }

  const warnings: string[] = meantOtherwise(all).map((m) => m.text);
  const sob = valueOf(sobField.parsed);
  const base = valueOf(baseField.parsed);
  if (sob !== undefined && sob > PLAUSIBLE.revenueMaxMnkr)
    warnings.push(w.revenueTooLarge(sobField.label, formatNumber(sob, lang), formatNumber(sob / 1000, lang)));
  else if (sob !== undefined && sob > 0 && sob < PLAUSIBLE.revenueMinMnkr)
    warnings.push(
      w.revenueTooSmall(
        sobField.label,
        formatNumber(sob, lang, 6),
        sob * 1000 <= PLAUSIBLE.revenueMaxMnkr ? formatNumber(sob * 1000, lang, 6) : undefined,
      ),
    );
  else if (sob !== undefined && base !== undefined && base < sob)
    warnings.push(w.baseBelowRevenue(baseField.label, sobField.label));
  // measures are judged against taxes and grants only when those are a municipality's (else they are named)
  const sobPlausible =
    sob !== undefined && sob >= PLAUSIBLE.revenueMinMnkr && sob <= PLAUSIBLE.revenueMaxMnkr;
  measureFields.forEach((f) => {
    // a start year outside the period computes (0 every year, or in effect from the first year) but is
    // said beside the results, naming the field (issue 23)
    const start = valueOf(f.startar.parsed);
    if (start !== undefined && from !== undefined && to !== undefined && to >= from) {
      if (start < from) warnings.push(w.startBefore(f.startar.label, String(start), from, to));
      else if (start > to) warnings.push(w.startAfter(f.startar.label, String(start), from, to));
    }
    // an amount in tkr typed in the mnkr field: named with the amount it probably was
    const mn = (x: number) => formatNumber(x, lang, 6);
    for (const k of ["intakt", "driftkostnad"] as const) {
      const x = valueOf(f[k].parsed);
      if (x !== undefined && sobPlausible && Math.abs(x) > PLAUSIBLE.yearlyToRevenueMax * sob!)
        warnings.push(w.yearlyTooLarge(f[k].label, mn(x), sobField.label, mn(sob!), mn(x / 1000)));
    }
    for (const k of ["engangskostnad", "investering"] as const) {
      const x = valueOf(f[k].parsed);
      if (x !== undefined && x > PLAUSIBLE.oneOffMaxMnkr)
        warnings.push(w.oneOffTooLarge(f[k].label, mn(x), mn(x / 1000)));
    }
    const rate = valueOf(f.ranta.parsed);
    if (rate !== undefined && rate > PLAUSIBLE.interestMax)
      warnings.push(w.interestHigh(f.ranta.label, formatPercent(rate, lang)));
    const life = valueOf(f.avskrivningstid.parsed);
    if (life !== undefined && life > PLAUSIBLE.lifeMaxYears)
      warnings.push(w.lifeLong(f.avskrivningstid.label, String(life)));
  });
  const notes = waiting.length > 0 && lines.length === 0 ? [t.fillToSee(waiting.join(", "))] : [];
  return {
    labels,
    fromField,
    toField,
    sobField,
    baseField,
    measureFields,
    measures,
    lines,
    notes,
    warnings,
    analysis,
    from,
  };
}

export type ConsequenceModel = ReturnType<typeof consequenceModel>;

/** The per-year table first (A1), then the inputs it refers to (marked as inputs), as KOMMUN formulas. */
export function consequenceBlock(model: ConsequenceModel, lang: Lang): Block | undefined {
  const t = TEXTS[lang];
  const { analysis: a, measures, labels, sobField, baseField } = model;
  if (!a) return undefined;
  // the per-year table first (A1), then the inputs it refers to, as KOMMUN formulas
  const y = a.ar.length;
  const sobRow = y + 5;
  const baseRow = y + 6;
  const firstMeasure = y + 9;
  const m = (i: number, col: number) => `$${toAddress(firstMeasure - 1 + i, col).replace(/(\d+)$/, "$$$1")}`;
  const effect = (r: number) =>
    `=${measures
      .map(
        (_, i) =>
          `KOMMUN.NETEFFECT(A${r},${m(i, 1)},${m(i, 2)},${m(i, 3)},${m(i, 4)},${m(i, 5)},${m(i, 6)},${m(i, 7)})`,
      )
      .join("+")}`;
  const block: Block = [
    [
      header(t.year),
      header(`${t.effect} (${UNIT})`),
      header(t.shareEffect),
      header(`${t.taxEquivalent} (${t.ore})`),
    ],
    ...a.ar.map((row, i) => {
      const r = i + 2;
      return [
        num(row.ar, "0"),
        measures.length ? formula(effect(r), "#,##0.00") : num(0, "#,##0.00"),
        formula(`=B${r}/$B$${sobRow}`, "0.000%"),
        formula(`=KOMMUN.TAXEQUIVALENT(B${r},$B$${baseRow})*100`, "0.00"),
      ];
    }),
    [
      text(`${t.payback} (${t.total.toLowerCase()})`),
      a.aterbetalningsar === null ? text(t.never) : num(a.aterbetalningsar, "0"),
    ],
    [],
    [header(t.inputs)],
    [text(sobField.label), input(valueOf(sobField.parsed)!, "#,##0")],
    [text(baseField.label), input(valueOf(baseField.parsed)!, "#,##0")],
    [],
    [header(t.name), ...FIELD_KEYS.map((k) => header(labels[k])), header(t.payback)],
    ...measures.map((mm, i) => {
      const r = firstMeasure + i;
      // without an investment, depreciation time and interest do not change any figure
      const life = mm.avskrivningstid ?? 1;
      const rate = mm.ranta ?? 0;
      return [
        input(mm.namn),
        input(mm.startar, "0"),
        input(mm.engangskostnad!, "#,##0.00"),
        input(mm.investering!, "#,##0.00"),
        input(life, "0"),
        input(rate, "0.0%"),
        input(mm.driftkostnad!, "#,##0.00"),
        input(mm.intakt!, "#,##0.00"),
        formula(`=KOMMUN.PAYBACKYEAR(B${r},C${r},D${r},G${r},H${r})`, "0"),
      ];
    }),
  ];
  return block;
}
