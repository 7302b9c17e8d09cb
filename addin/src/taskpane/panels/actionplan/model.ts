import {
  atgardsplan,
  isKommunError,
  type Atgardsplan,
  type AtgardStatus,
  type PlanAtgard,
} from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import {
  formula,
  header,
  input,
  toAddress,
  type Block,
  type CellSpec,
  type CellValue,
} from "../../host/types";
import { formatNumber } from "../../i18n";
import { formatAmount } from "../../shared/format";
import { FIELDS, parseDecimal, parseInput, type FieldSpec } from "../../input/number";
import { quoteSheet } from "../../shared/address";
import { ACTION_PLAN_TEXTS } from "./texts";

/** One measure as typed in the panel: every field kept as text until it validates. */
export interface MeasureInput {
  id: number;
  namn: string;
  helarseffekt: string;
  startmanad: string;
  status: AtgardStatus;
  /** per cent, 0–100; empty = certain */
  sannolikhet: string;
}

export type MeasureErrors = Partial<Record<"namn" | "helarseffekt" | "startmanad" | "sannolikhet", string>>;

/** A validated number field: the value, or the message to show in place of a result. */
export type Checked =
  | {
      value: number;
      error?: undefined;
      /** a value typed in another unit, in the field's ("25 tkr": "= 0,025 mnkr") */
      converted?: string;
      /** what was probably meant ("6,950": "… menade du 6 950?") */
      warning?: string;
    }
  | { value?: undefined; error: string; converted?: undefined; warning?: undefined };

/** The deficit and a measure's full-year effect: an amount of 0 or more, in mnkr. */
export const AMOUNT: FieldSpec = { ...FIELDS.nonNegativeMoney("mnkr") };
/** A probability in per cent; empty = certain. */
const PROBABILITY: FieldSpec = { ...FIELDS.share(), optional: true };

/** Whether a text is a number written with the other language's decimal sign (en "0,6", sv "0.6"). */
function otherSign(s: string, lang: Lang): boolean {
  const d = parseDecimal(s.trim().replace(/\s*%$/, ""), lang);
  return !d.ok && (d.suggested !== undefined || parseDecimal(s.trim(), lang === "sv" ? "en" : "sv").ok);
}

/** A number as typed in the user's language, through the pane's shared parser ("6,950" is 6,95 in sv, 6 950 in en). */
export function readNumber(s: string, lang: Lang): number | undefined {
  const d = parseDecimal(s, lang);
  return d.ok ? d.value : undefined;
}

/** An amount ≥ 0 as typed ("6,7", "1 200 000"), read by the shared parser as a money field in mnkr. */
export function checkAmount(s: string, lang: Lang): Checked {
  const t = ACTION_PLAN_TEXTS[lang];
  const p = parseInput(s, AMOUNT, lang);
  if (p.status === "ok")
    return {
      value: p.value,
      ...(p.converted ? { converted: p.converted } : {}),
      ...(p.warning ? { warning: p.warning } : {}),
    };
  if (p.status === "empty") return { error: t.required };
  const v = readNumber(s.replace(/\s*(mnkr|tkr|kr)\.?$/i, ""), lang);
  return { error: v !== undefined && v < 0 ? t.negative : p.message };
}

/** A calendar month 1–12 as typed, read by the shared parser as a month field. */
export function checkMonth(s: string, lang: Lang): Checked {
  const t = ACTION_PLAN_TEXTS[lang];
  const p = parseInput(s, FIELDS.month(), lang);
  if (p.status === "ok") return { value: p.value };
  return { error: s.trim() === "" ? t.required : t.month112 };
}

/** Validates one measure; the plan's measure when every field is right. */
export function checkMeasure(
  m: MeasureInput,
  lang: Lang,
): { errors: MeasureErrors; value?: PlanAtgard; hints?: MeasureErrors } {
  const t = ACTION_PLAN_TEXTS[lang];
  const errors: MeasureErrors = {};
  if (m.namn.trim() === "") errors.namn = t.nameMissing;
  const h = checkAmount(m.helarseffekt, lang);
  if (h.error) errors.helarseffekt = h.error;
  const s = checkMonth(m.startmanad, lang);
  if (s.error) errors.startmanad = s.error;
  let p: number | undefined;
  // "80", "80 %" and "80%" all mean 80 %; a share such as 0,8 is computed as typed (0,8 %) and warned of
  // beside the results with "menade du 80 %?" (actionPlanWarnings), the one rule of every panel (issue 23)
  const prob = parseInput(m.sannolikhet, PROBABILITY, lang);
  // a probability with the other language's decimal sign (en "0,6", sv "0.6") gets the hint every field gives
  // for it (what was read, what was probably meant); any other refusal the probability's own message
  if (prob.status === "error") errors.sannolikhet = otherSign(m.sannolikhet, lang) ? prob.message : t.percent;
  else if (prob.status === "ok") p = prob.value;
  // the hint under the field: "0,8 i ett procentfält betyder 0,8 % — menade du 80 %?"
  const hints: MeasureErrors = prob.status === "ok" && prob.warning ? { sannolikhet: prob.warning } : {};
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    ...(hints.sannolikhet ? { hints } : {}),
    value: {
      namn: m.namn.trim(),
      helarseffekt: h.value!,
      startmanad: s.value!,
      status: m.status,
      ...(p === undefined ? {} : { sannolikhet: p }),
    },
  };
}

/** A measure nothing has been typed in yet (a new one): left out of the plan with a note, not an error. */
export function isBlankMeasure(m: MeasureInput): boolean {
  return [m.namn, m.helarseffekt, m.startmanad, m.sannolikhet].every((s) => s.trim() === "");
}

/** The judging key of a measure's field ("Åtgärd 2 · Startmånad (1–12)"), as its problem line names it. */
export function measureFieldLabel(index: number, key: keyof MeasureErrors, lang: Lang): string {
  const t = ACTION_PLAN_TEXTS[lang];
  const label = { namn: t.name, helarseffekt: t.fullYear, startmanad: t.start, sannolikhet: t.probability }[
    key
  ];
  return `${t.measure} ${index + 1} · ${label}`;
}

export interface PlanModel {
  deficit: Checked;
  asOf: Checked;
  checked: { errors: MeasureErrors; value?: PlanAtgard; hints?: MeasureErrors }[];
  /** which measures count: a blank new one does not (yet) */
  counted: boolean[];
  /** what is wrong, for fields the user has left (or all after an attempt to write) */
  lines: string[];
  /** neutral notes: measures left out, fields the result waits for */
  notes: string[];
  /** the measures that go into the plan, in order */
  used: PlanAtgard[];
  plan?: Atgardsplan;
}

/**
 * The panel's state judged: a field's error counts once it is judged (left, or a write attempted); a blank
 * new measure is left out with a note. The plan is computed when the deficit, the month and every
 * counted measure are right and at least one measure counts.
 */
export function planModel(
  s: { deficitText: string; asOfText: string; measures: MeasureInput[]; deficitRead?: number },
  lang: Lang,
  judged: (label: string) => boolean = () => true,
): PlanModel {
  const t = ACTION_PLAN_TEXTS[lang];
  const deficit = readDeficit(s.deficitText, s.deficitRead, lang);
  const asOf = checkMonth(s.asOfText, lang);
  const checked = s.measures.map((m) => checkMeasure(m, lang));
  const counted = s.measures.map((m) => !isBlankMeasure(m));
  const lines: string[] = [];
  const waiting: string[] = [];
  const judge = (label: string, error: string | undefined) => {
    if (error === undefined) return;
    if (judged(label)) lines.push(`${label}: ${error}`);
    else waiting.push(label);
  };
  judge(t.deficit, deficit.error);
  judge(t.asOf, asOf.error);
  checked.forEach((c, i) => {
    if (!counted[i]) return;
    for (const [k, msg] of Object.entries(c.errors) as [keyof MeasureErrors, string][])
      judge(measureFieldLabel(i, k, lang), msg);
  });
  const notes = counted.flatMap((c, i) => (c ? [] : [t.leftOut(i + 1)]));
  if (waiting.length > 0 && lines.length === 0) notes.push(t.waiting(waiting.join(", ")));
  const used = checked.flatMap((c, i) => (counted[i] && c.value ? [c.value] : []));
  const model: PlanModel = { deficit, asOf, checked, counted, lines, notes, used };
  const ready = deficit.value !== undefined && waiting.length === 0 && lines.length === 0 && used.length > 0;
  if (ready) {
    const r = computePlan(deficit.value!, used, lang);
    if (r.plan) model.plan = r.plan;
    else lines.push(r.error);
  }
  return model;
}

/** The deficit from a selection: one cell holding a positive number (a negative one is named, not flipped). */
export function deficitFromSelection(values: CellValue[][], lang: Lang): Checked {
  const t = ACTION_PLAN_TEXTS[lang];
  const cells = values.flat();
  if (cells.length !== 1) return { error: t.selectionNotOne };
  const v = cells[0];
  if (typeof v !== "number" || !Number.isFinite(v)) return { error: t.selectionNotNumber };
  if (v < 0) return { error: t.selectionNegative(formatNumber(v, lang)) };
  return { value: v };
}

/**
 * A deficit read from a cell, as the field shows it: with the decimals an mnkr amount deserves (two, as the
 * written #,##0.00 and the cell's own format show it: 7,17 for 7,1725166388), and never 0 for a small
 * amount (formatAmount). The plan is computed with the value read ({@link readDeficit}), issue 23.
 */
export function deficitText(value: number, lang: Lang): string {
  return formatAmount(value, lang, 2);
}

/**
 * The deficit field: what was typed, or — while the field still shows the text a read put there — the value
 * read from the cell, unrounded, with a note of it (the plan computes with what was read, the field shows
 * it rounded).
 */
export function readDeficit(text: string, read: number | undefined, lang: Lang): Checked {
  const typed = checkAmount(text, lang);
  if (read === undefined || text !== deficitText(read, lang) || typed.value === undefined) return typed;
  const full = formatNumber(read, lang, 10);
  return full === text ? typed : { ...typed, value: read, converted: ACTION_PLAN_TEXTS[lang].readFull(full) };
}

/** The plan by calc-core, or its message. */
export function computePlan(
  deficit: number,
  measures: PlanAtgard[],
  lang: Lang,
): { plan: Atgardsplan; error?: undefined } | { plan?: undefined; error: string } {
  try {
    return { plan: atgardsplan(deficit, measures) };
  } catch (e) {
    return { error: isKommunError(e) ? e.messageIn(lang) : String(e) };
  }
}

/** A reference to a cell on another sheet, quoted as Excel wants it ('Mål och budget'!B10). */
export const sheetRef = quoteSheet;

const MONEY = "#,##0.00";

/**
 * The plan as live formulas: the deficit (a link to the cell it was read from, or the typed number),
 * one row per measure with its year's effect (`KOMMUN.YEAREFFECT`), and the whole plan
 * (`KOMMUN.ACTIONPLAN`) spilling below. Written at A1 of a new sheet; the rows are fixed:
 * deficit in B3, measures from row 6, the plan two rows under the last measure. What the user typed is
 * marked yellow as in the samples (a linked deficit is a formula, not an input); headers are bold.
 */
export function planBlock(
  deficit: number,
  source: string | undefined,
  measures: PlanAtgard[],
  lang: Lang,
): Block {
  const t = ACTION_PLAN_TEXTS[lang];
  const first = 6;
  const last = first + measures.length - 1;
  const col = (c: number) => (r: number) => toAddress(r - 1, c);
  const [A, B, C, D, E] = [0, 1, 2, 3, 4].map(col) as [(r: number) => string, ...((r: number) => string)[]];
  const range = (c: (r: number) => string) => `${c(first)}:${c(last)}`;
  const rows: Block = [
    [header(t.title)],
    [],
    [header(t.deficit), source ? formula(`=${sheetRef(source)}`, MONEY) : input(deficit, MONEY)],
    [],
    [t.name, t.fullYear, t.start, t.status, t.probability, t.yearEffect].map(header),
  ];
  measures.forEach((m, i) => {
    const r = first + i;
    const cells: CellSpec[] = [
      input(m.namn),
      input(m.helarseffekt, MONEY),
      input(m.startmanad),
      input(t.statuses[m.status as AtgardStatus]),
      m.sannolikhet === undefined ? null : input(m.sannolikhet, "0%"),
      formula(`=KOMMUN.YEAREFFECT(${B!(r)},${C!(r)})`, MONEY),
    ];
    rows.push(cells);
  });
  rows.push([]);
  rows.push([
    formula(`=KOMMUN.ACTIONPLAN(B3,${range(A)},${range(B!)},${range(C!)},${range(D!)},${range(E!)})`, MONEY),
  ]);
  return rows;
}

/** The row (1-based) of the written block where the spilled plan starts. */
export function planRow(measureCount: number): number {
  return 6 + measureCount + 1;
}
