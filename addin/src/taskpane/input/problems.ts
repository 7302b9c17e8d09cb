import { isKommunError } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../definitions";
import { carriedFrom, carry } from "./carried";
import { MONEY_UNITS, formatInput, parseInput, type FieldSpec, type MoneyUnit, type Parsed } from "./number";

/** A field as a panel holds it: its label in the user's words, its text, and what the text means. */
export interface FieldState {
  label: string;
  text: string;
  spec: FieldSpec;
  parsed: Parsed;
}

/** Parses a field's text by its spec. */
export function field(label: string, text: string, spec: FieldSpec, lang: Lang): FieldState {
  return { label, text, spec, parsed: parseInput(text, spec, lang) };
}

/**
 * Why the results cannot be shown: each invalid field once, as "label: message", in the order of
 * the fields. Empty when every field holds a usable number.
 */
export function problems(fields: readonly FieldState[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of fields) {
    if (f.parsed.status !== "error") continue;
    const line = `${f.label}: ${f.parsed.message}`;
    if (!seen.has(line)) {
      seen.add(line);
      out.push(line);
    }
  }
  return out;
}

/**
 * The numbers that were probably meant otherwise, each as "label: what it is read as — what was meant?",
 * for the plausibility warnings beside a result: Swedish "6,950" in a money field, English "6.950", and a share
 * typed in a percent field ("0,02" is 0,02 % — menade du 2 %?), see `parseInput`. One rule for every panel.
 */
export function meantOtherwise(fields: readonly FieldState[]): { field: string; text: string }[] {
  return fields.flatMap((f) =>
    f.parsed.status === "ok" && f.parsed.meant !== undefined && f.parsed.warning
      ? [{ field: f.label, text: `${f.label}: ${f.parsed.warning}` }]
      : [],
  );
}

/**
 * A money field's text in another unit: the same kronor, written for the new unit. A text that is
 * not a number stays as typed (its message stays too).
 */
export function convertMoneyText(
  text: string,
  from: MoneyUnit,
  to: MoneyUnit,
  spec: FieldSpec,
  lang: Lang,
): string {
  const p = parseInput(text, { ...spec, unit: from }, lang);
  if (p.status !== "ok") return text;
  const value = Number(((p.value * MONEY_UNITS[from]) / MONEY_UNITS[to]).toPrecision(12));
  return formatInput(value, { ...spec, unit: to }, lang);
}

/**
 * A percentage the way the language writes it (issue 23): Swedish "1,32 %" with a space, English "1.32%"
 * without, as Intl writes them for sv-SE and en-GB. calc-core's English messages keep "115 %"; the pane
 * shows them without the space, so one pane has one style.
 */
export function percentStyle(text: string, lang: Lang): string {
  return lang === "en" ? text.replace(/(\d)[ \u00a0]%/g, "$1%") : text;
}

/**
 * A calc-core error in the user's words: "Argumentet beskattningsbarInkomst = -1 …" becomes
 * "Beskattningsbar inkomst … = -1 …" with the field's label instead of the argument id, and
 * `atgarder[2].startar` becomes the label of that field of measure 2.
 */
export function errorText(
  e: unknown,
  lang: Lang,
  label: (argument: string, index?: number) => string | undefined,
): string {
  if (!isKommunError(e)) return String(e);
  const text = percentStyle(e.messageIn(lang), lang);
  return text.replace(
    /(Argumentet |Argument |Området |Range )?([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?(?= |\)|,|\.|$)/g,
    (
      whole,
      _prefix: string | undefined,
      name: string,
      index: string | undefined,
      sub: string | undefined,
    ) => {
      const id = sub ?? name;
      const l = label(id, index === undefined ? undefined : Number(index));
      return l ?? whole;
    },
  );
}

/**
 * A typed whole number grouped by spaces ("9 800", "−1 250 %") written as `to` groups it (review s8-2, finding
 * 5a): English groups thousands with commas ("9,800"), Swedish with a space (kept). Only the separators change,
 * never the user's digits; any other text is returned as it is.
 */
export function regrouped(text: string, to: Lang): string {
  if (to !== "en") return text;
  const m = /^(\s*[-−+]?)(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+)(\D*)$/.exec(text);
  return m ? `${m[1]}${m[2]!.split(/[ \u00a0\u202f\u2009]/).join(",")}${m[3]}` : text;
}

/**
 * A field's text for another language (issue 23): what the user typed stays where it means the same there
 * ("25", "6900"; a text that is no number, whose message is then said in the new language); the pane's own
 * writing of a number is written the new language's way (6 900,5 ↔ 6,900.5); a figure read with an open question
 * (sv "6,950", read as 6,95 — "menade du 6 950?") becomes its reading ("6.95") and keeps the question, asked
 * again in the new language (see input/carried.ts); switching back gives the text as it was typed.
 */
export function relangText(text: string, spec: FieldSpec, from: Lang, to: Lang): string {
  if (from === to) return text;
  const back = carriedFrom(text, spec, from);
  if (back && back.from === to) return back.typed;
  const p = parseInput(text, spec, from);
  if (p.status !== "ok") return text;
  const next = formatInput(p.value, spec, to);
  const same = parseInput(text, spec, to);
  const typed = text.trim() !== formatInput(p.value, spec, from);
  if (typed && !p.warning && same.status === "ok" && same.value === p.value && !same.warning)
    return regrouped(text, to);
  if (p.warning && p.meant !== undefined) {
    const again = parseInput(next, spec, to);
    if (!(again.status === "ok" && again.meant !== undefined))
      carry(next, spec, to, { typed: text.trim(), from, value: p.value, meant: p.meant });
  }
  return next;
}
