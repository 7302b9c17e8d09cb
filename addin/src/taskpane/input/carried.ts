import type { Lang } from "../../definitions";
import type { FieldSpec } from "./number";

/*
 * A question a language switch must not answer (issue 23, review s8 finding 1): Swedish "6,950" in a money field is
 * read as 6,95 and asks "menade du 6 950?". Written the English way the text is "6.95", which English reads as
 * 6.95 without a question, so the switch would turn an open question into a confirmed figure. The switch records
 * here what the new text was read from; parsing that text in that language then says so again, in that language,
 * with the same question (input/number.ts parseInput), and switching back restores the text as typed.
 */

/** What a field's text was rewritten from by a language switch. */
export interface Carried {
  /** the text as the user typed it, in `from` */
  typed: string;
  from: Lang;
  /** the number the text is read as (the field's unit), and what was probably meant */
  value: number;
  meant: number;
}

const CARRIED = new Map<string, Carried>();

const keyOf = (text: string, spec: FieldSpec, lang: Lang): string =>
  [lang, spec.kind, spec.unit ?? "", spec.change ? "change" : "", text.trim()].join("\u0000");

/** Records that `text` in `lang` was written by a switch from what the user typed. */
export function carry(text: string, spec: FieldSpec, lang: Lang, c: Carried): void {
  CARRIED.set(keyOf(text, spec, lang), c);
}

/** What `text` in `lang` was rewritten from, if a switch wrote it. */
export function carriedFrom(text: string, spec: FieldSpec, lang: Lang): Carried | undefined {
  return CARRIED.get(keyOf(text, spec, lang));
}

/** Forgets every record (tests). */
export function forgetCarried(): void {
  CARRIED.clear();
}
