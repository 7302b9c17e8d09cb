import { investeringsplan, isKommunError, type InvesteringsProjekt } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { formatNumber } from "../../i18n";
import { FIELDS, formatInput, valueOf, type FieldSpec } from "../../input/number";
import { field, problems, type FieldState } from "../../input/problems";
import { INVESTMENT_TEXTS as T } from "./texts";

export interface Project {
  id: number;
  namn: string;
  belopp?: number;
  ar?: number;
  avskrivningstid?: number;
  aktiveringsmanad?: number;
  driftkostnad?: number;
  besparing?: number;
}

export const NUMBER_FIELDS = [
  "belopp",
  "ar",
  "avskrivningstid",
  "aktiveringsmanad",
  "driftkostnad",
  "besparing",
] as const;
export type NumberFieldKey = (typeof NUMBER_FIELDS)[number];
/** Every field is required: a blank month, running cost or saving is asked for, never read as 1 or 0. */
export const REQUIRED: readonly NumberFieldKey[] = NUMBER_FIELDS;

/** Plausible ranges of the pane's own inputs, in the units the labels state (percent, years, months). */
export const RANGES: Partial<Record<NumberFieldKey, [number, number]>> = {
  ar: [1900, 2200],
  avskrivningstid: [1, 100],
  aktiveringsmanad: [1, 12],
};
export const WHOLE: ReadonlySet<NumberFieldKey> = new Set(["ar", "avskrivningstid", "aktiveringsmanad"]);

export function fieldLabels(lang: Lang): Record<NumberFieldKey, string> {
  const t = T[lang];
  return {
    belopp: t.amount,
    ar: t.year,
    avskrivningstid: t.life,
    aktiveringsmanad: t.month,
    driftkostnad: t.running,
    besparing: t.saving,
  };
}

/** Amounts are in mnkr, as the written sheet's formats and the frame. */
export const UNIT = "mnkr";

/** Each project field's kind for the pane's parser. */
export const PROJECT_SPECS: Record<NumberFieldKey, FieldSpec> = {
  belopp: FIELDS.nonNegativeMoney(UNIT),
  ar: FIELDS.year(),
  avskrivningstid: FIELDS.years(),
  aktiveringsmanad: FIELDS.month(),
  driftkostnad: FIELDS.money(UNIT),
  besparing: FIELDS.money(UNIT),
};

export type TopKey = "frame" | "internal" | "external" | "borrowed";
/** The frame in mnkr; the rates and the share as percentages ("2,5 %" → 0,025). */
export const TOP_SPECS: Record<TopKey, FieldSpec> = {
  frame: FIELDS.nonNegativeMoney(UNIT),
  internal: FIELDS.interest(),
  external: FIELDS.interest(),
  borrowed: FIELDS.share(),
};

/** A project as typed: the name and the six numbers as text. */
export interface ProjectText {
  id: number;
  namn: string;
  texts: Record<NumberFieldKey, string>;
}

/** The label a field shows (and its messages name): money fields say their unit. */
export function shownLabel(label: string, spec: FieldSpec): string {
  return spec.kind === "money" ? `${label} (${spec.unit})` : label;
}

/**
 * The panel's inputs from their texts: every field parsed by its kind, messages naming the field
 * (and the project) by label; the numbers in {@link PlanInput}'s units (percentages in per cent).
 * `judged(label)` says whether a field may show its error (left, or a write attempted); an invalid field
 * not judged yet holds the plan back with a neutral note in `waiting`. A project added and not yet begun
 * (no name, no amount) is left out of the plan, counted in `empty` for a note: never an error, also after a
 * write attempt (issue 23: an empty new measure is left out of the totals with a note). It takes no priority
 * number either: `priority[i]` is the i-th project's place among the begun ones (1, 2, 3 … in their order,
 * as calc-core plans them), `undefined` for one not begun, so that moving an empty project up or down never
 * renumbers the real ones.
 */
export function planFields(
  top: Record<TopKey, string>,
  projects: readonly ProjectText[],
  lang: Lang,
  judged: (label: string) => boolean = () => true,
): {
  top: Record<TopKey, FieldState>;
  projects: Record<NumberFieldKey, FieldState>[];
  lines: string[];
  waiting: string[];
  empty: number;
  priority: (number | undefined)[];
  input: Omit<PlanInput, "years">;
} {
  const t = T[lang];
  const labels = fieldLabels(lang);
  const topLabels: Record<TopKey, string> = {
    frame: t.frame,
    internal: t.internalRate,
    external: t.externalRate,
    borrowed: t.borrowed,
  };
  const topFields = Object.fromEntries(
    (Object.keys(TOP_SPECS) as TopKey[]).map((k) => [
      k,
      field(shownLabel(topLabels[k], TOP_SPECS[k]), top[k], TOP_SPECS[k], lang),
    ]),
  ) as Record<TopKey, FieldState>;
  const begun = projects.map((p) => p.namn.trim() !== "" || p.texts.belopp.trim() !== "");
  let place = 0;
  const priority = begun.map((b) => (b ? ++place : undefined));
  const projectFields = projects.map(
    (p, i) =>
      Object.fromEntries(
        NUMBER_FIELDS.map((k) => {
          const n = priority[i];
          const who =
            n === undefined ? t.notBegun : `${t.priority} ${n}${p.namn.trim() ? `: ${p.namn.trim()}` : ""}`;
          const label = `${shownLabel(labels[k], PROJECT_SPECS[k])} (${who})`;
          return [k, field(label, p.texts[k], PROJECT_SPECS[k], lang)];
        }),
      ) as Record<NumberFieldKey, FieldState>,
  );
  const all = [
    ...Object.values(topFields),
    ...projectFields.filter((_, i) => begun[i]).flatMap((f) => Object.values(f)),
  ];
  const invalid = all.filter((f) => f.parsed.status === "error");
  const lines = problems(invalid.filter((f) => judged(f.label)));
  const waiting = invalid.filter((f) => !judged(f.label)).map((f) => f.label);
  const pct = (k: TopKey) => {
    const v = valueOf(topFields[k].parsed);
    return v === undefined ? undefined : Number((v * 100).toPrecision(12));
  };
  return {
    top: topFields,
    projects: projectFields,
    lines,
    waiting,
    empty: begun.filter((b) => !b).length,
    priority,
    input: {
      frame: valueOf(topFields.frame.parsed),
      internal: pct("internal"),
      external: pct("external"),
      borrowed: pct("borrowed"),
      projects: projects.flatMap((p, i) =>
        begun[i]
          ? [
              {
                id: p.id,
                namn: p.namn,
                ...Object.fromEntries(NUMBER_FIELDS.map((k) => [k, valueOf(projectFields[i]![k].parsed)])),
              },
            ]
          : [],
      ),
    },
  };
}

/** A project's numbers as the fields show them in a language. */
export function projectText(p: Project, lang: Lang): ProjectText {
  return {
    id: p.id,
    namn: p.namn,
    texts: Object.fromEntries(
      NUMBER_FIELDS.map((k) => [k, p[k] === undefined ? "" : formatInput(p[k]!, PROJECT_SPECS[k], lang)]),
    ) as Record<NumberFieldKey, string>,
  };
}

/** The pane's inputs: percentages as typed (2,5 for 2,5 %), `undefined` for a blank or unreadable field. */
export interface PlanInput {
  frame: number | undefined;
  internal: number | undefined;
  external: number | undefined;
  borrowed: number | undefined;
  projects: readonly Project[];
  years: readonly number[];
}

/** Replaces calc-core's argument id in a message by the field's label. */
export function relabel(message: string, argument: string, label: string): string {
  return message.split(argument).join(`"${label}"`);
}

/**
 * Validates the inputs with messages that name the field by its label, then fits and plans with
 * calc-core; a calc-core error is shown with the field's label instead of its internal id.
 */
export function computePlan(
  input: PlanInput,
  lang: Lang,
): { ok: ReturnType<typeof investeringsplan>; error?: undefined } | { ok?: undefined; error: string } {
  const t = T[lang];
  const labels = fieldLabels(lang);
  const f = (v: number) => formatNumber(v, lang);
  const outside = (label: string, v: number, lo: number, hi: number, whole = false) =>
    lang === "sv"
      ? `${label}: ${f(v)} ligger utanför ${f(lo)}–${f(hi)}${whole ? " (heltal)" : ""}.`
      : `${label}: ${f(v)} is outside ${f(lo)}–${f(hi)}${whole ? " (whole number)" : ""}.`;
  const { frame, internal, external, borrowed, projects, years } = input;
  if (frame === undefined) return { error: t.missing(t.frame) };
  if (frame < 0) return { error: `${t.frame}: ${f(frame)}.${t.positive}` };
  // [value, label, highest plausible]; a share typed for a percentage (0,025 for 2,5 %) is computed as typed
  // and warned of under the field and beside the results (input/number.ts, the one rule of every panel)
  const rates: [number | undefined, string, number][] = [
    [internal, t.internalRate, 25],
    [external, t.externalRate, 25],
    [borrowed, t.borrowed, 100],
  ];
  for (const [v, label, hi] of rates) {
    if (v === undefined) return { error: t.missing(label) };
    if (v < 0 || v > hi) return { error: outside(label, v, 0, hi) + t.percentHint };
  }
  const projectName = (i: number) =>
    `${t.priority} ${i + 1}${projects[i]?.namn.trim() ? `: ${projects[i]!.namn.trim()}` : ""}`;
  for (const [i, p] of projects.entries()) {
    for (const key of REQUIRED) {
      const v = p[key];
      const label = `${labels[key]} (${projectName(i)})`;
      if (v === undefined) return { error: t.missing(label) };
      const range = RANGES[key];
      if (WHOLE.has(key) && !Number.isInteger(v))
        return { error: outside(label, v, range![0], range![1], true) };
      if (range && (v < range[0] || v > range[1]))
        return { error: outside(label, v, range[0], range[1], WHOLE.has(key)) };
      if (key === "belopp" && v < 0) return { error: `${label}: ${f(v)}.${t.positive}` };
    }
  }
  if (years.length === 0) return { error: t.missing(t.year) };
  try {
    const list: InvesteringsProjekt[] = projects.map((p, i) => ({
      namn: p.namn.trim() || `${t.project} ${i + 1}`,
      belopp: p.belopp as number,
      ar: p.ar as number,
      avskrivningstid: p.avskrivningstid as number,
      aktiveringsmanad: p.aktiveringsmanad as number,
      prioritet: i + 1,
      driftkostnad: p.driftkostnad as number,
      besparing: p.besparing as number,
    }));
    const ok = investeringsplan(list, frame, {
      ar: years,
      internranta: (internal as number) / 100,
      externRanta: (external as number) / 100,
      lanandel: (borrowed as number) / 100,
    });
    return { ok };
  } catch (e) {
    if (!isKommunError(e)) return { error: String(e) };
    const message = e.messageIn(lang);
    const arg = e.argument ?? "";
    const cell = /^projekt\[(\d+)\]\.(\w+)$/.exec(arg);
    const own: Record<string, string> = {
      ram: t.frame,
      internranta: t.internalRate,
      externRanta: t.externalRate,
      lanandel: t.borrowed,
    };
    if (cell) {
      const i = Number(cell[1]) - 1;
      const label = labels[cell[2] as NumberFieldKey] ?? cell[2]!;
      return { error: relabel(message, arg, `${label} (${projectName(i)})`) };
    }
    if (own[arg]) return { error: relabel(message, arg, own[arg]!) };
    return { error: message };
  }
}

/** The committees' proposals the panel starts with. */
export const START_PROJECTS: Project[] = [
  {
    id: 1,
    namn: "Förskola",
    belopp: 45,
    ar: 2026,
    avskrivningstid: 33,
    aktiveringsmanad: 8,
    driftkostnad: 1.2,
    besparing: 0,
  },
  {
    id: 2,
    namn: "Särskilt boende",
    belopp: 72,
    ar: 2027,
    avskrivningstid: 33,
    aktiveringsmanad: 10,
    driftkostnad: 0,
    besparing: 0,
  },
  {
    id: 3,
    namn: "Sporthall",
    belopp: 35,
    ar: 2028,
    avskrivningstid: 33,
    aktiveringsmanad: 9,
    driftkostnad: 0,
    besparing: 0,
  },
];
