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

/**
 * The records for these texts in `lang` (review s8-2, finding 1): kept with a panel's inputs in the workbook's
 * memory, so that a question still open is asked again after a reload or in another Office, not answered by it.
 */
export function carriedFor(texts: Iterable<string>, lang: Lang): [string, Carried][] {
  const wanted = new Set([...texts].map((t) => t.trim()));
  return [...CARRIED].filter(([k]) => {
    const parts = k.split("\u0000");
    return parts[0] === lang && wanted.has(parts[parts.length - 1]!);
  });
}

/**
 * Forgets the records for these texts in `lang`: texts the user has typed over, so that typing the same text again
 * later is not asked a question that was never asked of it (review s8-2, finding 1).
 */
export function forgetCarriedFor(texts: Iterable<string>, lang: Lang): void {
  for (const [k] of carriedFor(texts, lang)) CARRIED.delete(k);
}

/** Records again what {@link carriedFor} gave (from the memory: anything not such a record is ignored). */
export function carryAgain(records: unknown): void {
  if (!Array.isArray(records)) return;
  for (const r of records as unknown[]) {
    if (!Array.isArray(r) || r.length !== 2 || typeof r[0] !== "string") continue;
    const c = r[1] as Partial<Carried> | null;
    if (
      c &&
      typeof c.typed === "string" &&
      (c.from === "sv" || c.from === "en") &&
      typeof c.value === "number" &&
      typeof c.meant === "number"
    )
      CARRIED.set(r[0], { typed: c.typed, from: c.from, value: c.value, meant: c.meant });
  }
}

/** Forgets every record (tests). */
export function forgetCarried(): void {
  CARRIED.clear();
}
