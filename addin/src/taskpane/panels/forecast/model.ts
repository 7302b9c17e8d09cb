import { avvikelse, prognos, prognosstatus } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { formula, header, input, parseAddress, text, toAddress, type Block } from "../../host/types";
import { formatFixed, formatNumber, TEXTS } from "../../i18n";
import { formatWith } from "../../shared/numberFormat";
import { valueOf, type FieldSpec } from "../../input/number";
import { errorText, field, meantOtherwise, problems, type FieldState } from "../../input/problems";
import { splitAddress, type RowRead, type Sign } from "../../input/selection";

/** The decimals of every forecast figure, in the pane and in the written block (#,##0.0): one rule per panel. */
export const FORECAST_DECIMALS = 1;

export const METHODS = ["linjar", "profil", "budget"] as const;
export type Method = (typeof METHODS)[number];
/** the method words in the English formulas the pane writes */
const METHOD_WORD = { linjar: "linear", profil: "profile", budget: "budget" } as const;

/** A budget: money, not zero (a deviation is a share of it). */
export const BUDGET: FieldSpec = { kind: "money", rule: { above: 0, unit: "money" } };

export interface ForecastState {
  row: RowRead | undefined;
  budgetText: string;
  sign: Sign;
  profile: { values: number[]; ref: string } | undefined;
}

export type ForecastResult = { method: Method; forecast: number; deviation: number; status: string };

export interface ForecastModel {
  budgetField: FieldState;
  budget: number | undefined;
  outcomes: (number | null)[];
  /** why there are no results (red): only what the user has been judged on */
  lines: string[];
  /** what the results wait for (neutral): nothing selected yet, a field not left yet */
  notes: string[];
  results: ForecastResult[];
  /** plausibility: the budget and the outcomes far apart in size (a unit mix-up), naming the budget field */
  warnings: string[];
}

const WARN = {
  sv: {
    title: "Rimlighetskontroll",
    apart: (label: string, pace: string, budget: string, times: string) =>
      `${label}: utfallen i den takten ger ${pace} på ett år, ${times} gånger budgeten ${budget}. Står budget och utfall i samma enhet (kr, tkr, mnkr)?`,
    firstMonth: (cell: string, value: string, times: string) =>
      `${cell} (${value}) läses som januari men är ${times} gånger de andra månadernas median. Är det årsbudgeten? Markera i så fall raden från etiketten till december (etikett, budget, tolv månader).`,
    onSource: (target: string, source: string) =>
      `Inget skrevs: tabellen skulle täcka ${target}, där raden som prognosen läser står (${source}). Välj en cell utanför raden, till exempel under tabellen.`,
  },
  en: {
    title: "Plausibility check",
    apart: (label: string, pace: string, budget: string, times: string) =>
      `${label}: the outcomes at this pace make ${pace} in a year, ${times} times the budget ${budget}. Are budget and outcomes in the same unit (kr, tkr, mnkr)?`,
    firstMonth: (cell: string, value: string, times: string) =>
      `${cell} (${value}) is read as January but is ${times} times the other months' median. Is it the annual budget? Then select the row from its label to December (label, budget, twelve months).`,
    onSource: (target: string, source: string) =>
      `Nothing was written: the table would cover ${target}, where the row the forecast reads is (${source}). Choose a cell outside the row, for example below the table.`,
  },
} as const;
export const FORECAST_WARNINGS_TITLE = { sv: WARN.sv.title, en: WARN.en.title } as const;

/**
 * The outcomes' yearly pace against the budget. A row whose pace is more than ten times the budget, or less
 * than a tenth of it, is a unit mix-up (an outcome in kr against a budget in tkr is 1 000 times), not a
 * forecast: an assumption, since a real deviation of that size would be a crisis seen long before.
 */
export function forecastWarnings(
  budget: number,
  outcomes: (number | null)[],
  label: string,
  lang: Lang,
): string[] {
  const booked = outcomes.filter((x): x is number => x !== null);
  if (booked.length === 0 || budget <= 0) return [];
  const pace = (booked.reduce((a, b) => a + b, 0) / booked.length) * 12;
  const ratio = pace / budget;
  if (pace <= 0 || (ratio <= 10 && ratio >= 0.1)) return [];
  const f = (x: number) => formatNumber(x, lang);
  const times = ratio > 1 ? formatNumber(ratio, lang, 0) : formatNumber(ratio, lang, 3);
  return [WARN[lang].apart(label, f(pace), f(budget), times)];
}

/**
 * A selection without a budget cell whose first month is at least five times the median of the other months
 * (three or more) has probably taken the budget for January (B10:J10 selected in a row laid out as label,
 * budget, months): said beside the result, naming the cell. Five times is an assumption: a municipal month's
 * net cost seldom moves that far from the year's other months, a budget is about twelve times a month.
 */
export function firstMonthWarnings(row: RowRead | undefined, lang: Lang): string[] {
  if (!row?.ok || row.budget) return [];
  const [first, ...rest] = row.months;
  const others = rest.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (first === null || first === undefined || others.length < 3) return [];
  const mid = others.length / 2;
  const median = others.length % 2 ? others[Math.floor(mid)]! : (others[mid - 1]! + others[mid]!) / 2;
  if (median <= 0 || first < 5 * median) return [];
  const cell = row.monthsRef
    .slice(row.monthsRef.lastIndexOf("!") + 1)
    .split(":")[0]!
    .replace(/\$/g, "");
  return [WARN[lang].firstMonth(cell, formatNumber(first, lang), formatNumber(first / median, lang, 0))];
}

/**
 * Why a forecast table written at sheet!topLeft would cover the row it reads (its months or its budget cell),
 * or undefined when it would not: the table's formulas would then refer to themselves.
 */
export function coversSource(
  row: RowRead | undefined,
  sheet: string,
  topLeft: string,
  block: Block,
  lang: Lang,
): string | undefined {
  if (!row?.ok) return undefined;
  const { row: r0, col: c0 } = parseAddress(topLeft);
  const rows = block.length;
  const cols = Math.max(...block.map((b) => b.length));
  for (const source of [row.monthsRef, row.budget?.ref]) {
    if (!source) continue;
    const { sheet: onSheet, ...p } = splitAddress(source);
    if (onSheet && onSheet.toLowerCase() !== sheet.toLowerCase()) continue;
    const cells = source.slice(source.lastIndexOf("!") + 1).replace(/\$/g, "");
    const end = cells.split(":")[1];
    const q = end ? parseAddress(end) : p;
    const apart = q.row < r0 || p.row > r0 + rows - 1 || q.col < c0 || p.col > c0 + cols - 1;
    if (!apart) {
      const target = `${topLeft}:${toAddress(r0 + rows - 1, c0 + cols - 1)}`;
      return WARN[lang].onSource(target, cells);
    }
  }
  return undefined;
}

/**
 * The three methods' forecasts of the selected row. Before anything is selected the panel says what to
 * select (a note, not an error); the budget is judged once left or once a selection was read.
 */
export function forecastModel(
  s: ForecastState,
  lang: Lang,
  judged: (label: string) => boolean = () => true,
): ForecastModel {
  const t = TEXTS[lang];
  const budgetField = field(t.budget, s.budgetText, BUDGET, lang);
  const budget = valueOf(budgetField.parsed);
  const outcomes = s.row?.ok ? s.row.months : [];
  const lines: string[] = [];
  const notes: string[] = [];
  if (!s.row) notes.push(t.selectRow);
  else if (!s.row.ok) lines.push(s.row.message);
  if (judged(budgetField.label)) lines.push(...problems([budgetField]));
  // months read, the budget not yet given nor left: what the forecast waits for, neutrally
  else if (s.row?.ok && budgetField.parsed.status === "error") notes.push(t.fillToSee(budgetField.label));
  let results: ForecastResult[] = [];
  if (s.row?.ok && lines.length === 0 && budget !== undefined) {
    try {
      results = METHODS.map((m) => {
        const f = prognos(budget, outcomes, m, s.profile?.values);
        return {
          method: m,
          forecast: f,
          deviation: avvikelse(budget, f, s.sign),
          status: prognosstatus(budget, f, s.sign),
        };
      });
    } catch (e) {
      lines.push(
        errorText(e, lang, (arg) => ({ budget: t.budget, utfall: t.outcomes, profil: t.profile })[arg]),
      );
      results = [];
    }
  }
  const warnings = [
    ...meantOtherwise([budgetField]).map((m) => m.text),
    ...(budget !== undefined && s.row?.ok ? forecastWarnings(budget, outcomes, budgetField.label, lang) : []),
    ...firstMonthWarnings(s.row, lang),
  ];
  return { budgetField, budget, outcomes, lines, notes, results, warnings };
}

/** Rounded as the pane shows it (Intl rounds the decimal representation, as shared/rounding.ts does). */
const roundShown = (x: number) =>
  Number(formatWith("en-US", { maximumFractionDigits: FORECAST_DECIMALS, useGrouping: false }, x));

/**
 * A note for each method whose deviation, shown rounded, differs from the shown budget minus the shown
 * forecast (a controller checks it that way): budget 150, forecast 149,55 → 149,6, deviation 0,45 → 0,5, while
 * 150,0 − 149,6 = 0,4 on screen. The note gives the unrounded figures (up to 4 decimals) the deviation comes
 * from, and what the rounded ones give, as the shared rounding note does for totals. Empty when they agree.
 */
export function deviationNotes(
  budget: number,
  results: readonly ForecastResult[],
  sign: Sign,
  hasProfile: boolean,
  lang: Lang,
): string[] {
  const f1 = (x: number) => formatFixed(x, lang, FORECAST_DECIMALS);
  const exact = (x: number) => formatNumber(x, lang, 4);
  return results.flatMap((r) => {
    const [b, f] = [roundShown(budget), roundShown(r.forecast)];
    // the deviation's order: budget − forecast for a cost, forecast − budget for a revenue (calc-core avvikelse)
    const [first, second, exactFirst, exactSecond] =
      sign === "kostnad" ? [b, f, budget, r.forecast] : [f, b, r.forecast, budget];
    const shownDiff = roundShown(first - second);
    if (f1(shownDiff) === f1(r.deviation)) return [];
    const name = methodName(r.method, hasProfile, lang);
    const minus = (x: string, y: string, z: string) => `${x} − ${y} = ${z}`;
    return [
      lang === "sv"
        ? `${name}: avvikelsen ${f1(r.deviation)} är räknad på de oavrundade beloppen, ${minus(exact(exactFirst), exact(exactSecond), exact(r.deviation))}; de avrundade ger ${minus(f1(first), f1(second), f1(shownDiff))}.`
        : `${name}: the deviation ${f1(r.deviation)} is worked out from the unrounded amounts, ${minus(exact(exactFirst), exact(exactSecond), exact(r.deviation))}; the rounded ones give ${minus(f1(first), f1(second), f1(shownDiff))}.`,
    ];
  });
}

/** A method's name; without a chosen profile the profile method is the even one, and says so. */
export function methodName(m: Method, hasProfile: boolean, lang: Lang): string {
  const t = TEXTS[lang];
  return m === "profil" && !hasProfile
    ? `${t.methods.profil} (${t.clearProfile.toLowerCase()})`
    : t.methods[m];
}

/**
 * The forecast table at a cell: the methods' live formulas first, then the inputs they refer to (budget,
 * sign, the outcomes' range), headers in the first row.
 */
export function forecastBlock(
  s: ForecastState,
  m: ForecastModel,
  topLeft: string,
  lang: Lang,
): Block | undefined {
  const t = TEXTS[lang];
  const row = s.row;
  if (!row?.ok || m.results.length === 0 || m.budget === undefined) return undefined;
  const { row: r0, col: c0 } = parseAddress(topLeft);
  const at = (r: number, c: number) => toAddress(r0 + r, c0 + c);
  const abs = (r: number, c: number) => at(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const budgetCell = abs(6, 1);
  const signCell = abs(7, 1);
  const fmt = `#,##0.${"0".repeat(FORECAST_DECIMALS)}`;
  return [
    [header(t.method), header(t.forecast), header(t.deviation), header(t.status)],
    ...METHODS.map((meth, i) => [
      text(methodName(meth, s.profile !== undefined, lang)),
      formula(
        `=KOMMUN.FORECAST(${budgetCell},${row.monthsRef},"${METHOD_WORD[meth]}"${s.profile ? `,${s.profile.ref}` : ""})`,
        fmt,
      ),
      formula(`=KOMMUN.DEVIATION(${budgetCell},${at(1 + i, 1)},${signCell})`, fmt),
      formula(`=KOMMUN.FORECASTSTATUS(${budgetCell},${at(1 + i, 1)},${signCell})`),
    ]),
    [],
    [header(t.inputs)],
    [text(t.budget), row.budget ? formula(`=${row.budget.ref}`, fmt) : input(m.budget, fmt)],
    [text(t.sign), input(s.sign === "intakt" ? "intäkt" : "kostnad")],
    [text(t.outcomes), text(row.monthsRef.replace(/\$/g, ""))],
  ];
}

/** Every warning text of the panel, sv and en (walked by panels/texts.test.ts). */
export const FORECAST_WARNING_TEXTS = WARN;
