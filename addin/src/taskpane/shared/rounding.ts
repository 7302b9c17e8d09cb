import type { Lang } from "../../definitions";
import { formatFixed } from "../i18n";
import { formatWith } from "./numberFormat";

/** Rounded as the pane shows it (Intl rounds the decimal representation: 6,805 → 6,81). */
const round = (x: number, digits: number) =>
  Number(formatWith("en-US", { maximumFractionDigits: digits, useGrouping: false }, x));

/**
 * A note when a total shown rounded differs from the sum of its parts shown rounded (6,81 + 2,81 shown,
 * 9,61 the total of 6,805 + 2,805): the total is the sum of the unrounded parts, and the note says so,
 * so a reader adding the column does not think the pane mis-added. Undefined when they agree.
 */
export function roundingNote(
  parts: readonly number[],
  total: number,
  digits: number,
  lang: Lang,
): string | undefined {
  if (parts.length < 2) return undefined;
  const shownSum = round(
    parts.reduce((a, p) => a + round(p, digits), 0),
    digits,
  );
  if (shownSum === round(total, digits)) return undefined;
  const f = (x: number) => formatFixed(x, lang, digits);
  return lang === "sv"
    ? `Summan ${f(total)} är räknad på de oavrundade beloppen; de avrundade delarna ger ${f(shownSum)}.`
    : `The total ${f(total)} is the sum of the unrounded amounts; the rounded parts add up to ${f(shownSum)}.`;
}
