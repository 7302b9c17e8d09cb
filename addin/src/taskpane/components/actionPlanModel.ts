import {
  atgardsplan,
  isKommunError,
  type Atgardsplan,
  type AtgardStatus,
  type PlanAtgard,
} from "@kommunkalkyl/calc-core";
import type { Lang } from "../../definitions";
import { formula, num, text, toAddress, type Block, type CellSpec, type CellValue } from "../host/types";
import { formatNumber, parseNumber } from "../i18n";
import { ACTION_PLAN_TEXTS } from "./actionPlanTexts";

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
export type Checked = { value: number; error?: undefined } | { value?: undefined; error: string };

/**
 * A number as typed in the user's language. Swedish: decimal comma, spaces between thousands
 * ("6,950" = 6,95; "1 200 000"). English: a comma between groups of three digits is a thousands
 * separator ("6,950" = 6950, "1,200,000"), as an English reader means it; otherwise as Swedish.
 */
export function readNumber(s: string, lang: Lang): number | undefined {
  const compact = s.replace(/[\s\u00a0\u202f]/g, "");
  if (lang === "en" && /^[-\u2212]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact))
    return parseNumber(compact.replace(/,/g, ""));
  return parseNumber(s);
}

/** An amount ≥ 0 as typed ("6,7", "1 200 000"). */
export function checkAmount(s: string, lang: Lang): Checked {
  const t = ACTION_PLAN_TEXTS[lang];
  if (s.trim() === "") return { error: t.required };
  const v = readNumber(s, lang);
  if (v === undefined) return { error: t.notNumber };
  if (v < 0) return { error: t.negative };
  return { value: v };
}

/** A calendar month 1–12 as typed. */
export function checkMonth(s: string, lang: Lang): Checked {
  const t = ACTION_PLAN_TEXTS[lang];
  if (s.trim() === "") return { error: t.required };
  const v = readNumber(s, lang);
  if (v === undefined || !Number.isInteger(v) || v < 1 || v > 12) return { error: t.month112 };
  return { value: v };
}

/** Validates one measure; the plan's measure when every field is right. */
export function checkMeasure(m: MeasureInput, lang: Lang): { errors: MeasureErrors; value?: PlanAtgard } {
  const t = ACTION_PLAN_TEXTS[lang];
  const errors: MeasureErrors = {};
  if (m.namn.trim() === "") errors.namn = t.nameMissing;
  const h = checkAmount(m.helarseffekt, lang);
  if (h.error) errors.helarseffekt = h.error;
  const s = checkMonth(m.startmanad, lang);
  if (s.error) errors.startmanad = s.error;
  let p: number | undefined;
  if (m.sannolikhet.trim() !== "") {
    // "80", "80 %" and "80%" all mean 80 %; a share such as 0,8 without the sign is asked for in per cent
    const typed = m.sannolikhet.trim();
    const withSign = /%$/.test(typed);
    const v = readNumber(withSign ? typed.slice(0, -1) : typed, lang);
    if (v === undefined || v < 0 || v > 100) errors.sannolikhet = t.percent;
    else if (!withSign && v > 0 && v < 1) errors.sannolikhet = t.percentNotShare(v);
    else p = v / 100;
  }
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    value: {
      namn: m.namn.trim(),
      helarseffekt: h.value!,
      startmanad: s.value!,
      status: m.status,
      ...(p === undefined ? {} : { sannolikhet: p }),
    },
  };
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
export function sheetRef(address: string): string {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return address;
  const sheet = address.slice(0, bang).replace(/^'|'$/g, "");
  const cell = address.slice(bang + 1).replace(/\$/g, "");
  return /^[\p{L}_][\p{L}0-9_.]*$/u.test(sheet)
    ? `${sheet}!${cell}`
    : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

const MONEY = "#,##0.00";

/**
 * The plan as live formulas: the deficit (a link to the cell it was read from, or the typed number),
 * one row per measure with its year's effect (`KOMMUN.YEAREFFECT`), and the whole plan
 * (`KOMMUN.ACTIONPLAN`) spilling below. Written at A1 of a new sheet; the rows are fixed:
 * deficit in B3, measures from row 6, the plan two rows under the last measure.
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
    [text(t.title)],
    [],
    [text(t.deficit), source ? formula(`=${sheetRef(source)}`, MONEY) : num(deficit, MONEY)],
    [],
    [text(t.name), text(t.fullYear), text(t.start), text(t.status), text(t.probability), text(t.yearEffect)],
  ];
  measures.forEach((m, i) => {
    const r = first + i;
    const cells: CellSpec[] = [
      text(m.namn),
      num(m.helarseffekt, MONEY),
      num(m.startmanad),
      text(t.statuses[m.status as AtgardStatus]),
      m.sannolikhet === undefined ? null : num(m.sannolikhet, "0%"),
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
