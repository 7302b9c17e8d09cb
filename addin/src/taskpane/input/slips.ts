import type { Lang } from "../../definitions";
import type { FieldSpec, Parsed } from "./number";
import { bounds, check, clean, formatPlain, inRange } from "./rules";
import { NUMBER_TEXTS as T } from "./texts";

/*
 * A number typed with the other language's signs (issue 23): what parseInput (input/number.ts) says for it,
 * going straight to what the field takes.
 */

/**
 * A share typed in a percent field with the other language's decimal sign: English "0,2137" or Swedish
 * "0.2137". Read with the right sign it would be 0,2137 %, but a share below 1 in a percent field almost always
 * means the percentage (21,37 %), so the one message says both the decimal sign and what to write for it, in
 * the language's own words: "In English the decimal sign is a point, and the field is in percent: write 21.37
 * for 21.37%, not 0,2137." (issue 23). Only when 21,37 % is within the field's range; else undefined.
 */
export function shareWithOtherDecimal(
  typed: string,
  s: string,
  spec: FieldSpec,
  lang: Lang,
): string | undefined {
  if (spec.kind !== "percent") return undefined;
  const m = (lang === "en" ? /^([−–+-]?)\s*(\d*),(\d+)$/ : /^([−–+-]?)\s*(\d*)\.(\d+)$/).exec(s.trim());
  if (!m) return undefined;
  const share = Number(`${m[2] || "0"}.${m[3]}`) * (m[1] && m[1] !== "+" ? -1 : 1);
  const times = clean(share * 100);
  if (share === 0 || Math.abs(share) >= 1 || !inRange(times, bounds(spec))) return undefined;
  return T[lang].percentShare(typed, formatPlain(times, lang));
}

/**
 * A number typed with the other language's decimal sign whose corrected reading the field would refuse in turn
 * (issue 23): following "write 0.2137" in a tax rate field would only lead to "write 21.37". One message goes
 * straight to what the field takes: a tax rate in kronor per 100 kr ("write 21.37 (kr per 100 kr), not
 * 0,2137"), a tax change in kronor per 100 kr ("0,5" öre → 0.005); any other refusal is said with the number
 * read the right way ("so 1,5 is 1.5: must be a whole number"). Undefined when the corrected reading is fine.
 */
export function otherDecimalRefused(
  typed: string,
  read: number,
  spec: FieldSpec,
  lang: Lang,
): string | undefined {
  const shown = clean(read);
  const c = check(shown, spec, lang);
  if (c.status !== "error") return undefined;
  const t = T[lang];
  const b = bounds(spec);
  if (spec.kind === "krPer100") {
    const meant = clean(spec.change ? shown / 100 : shown * 100);
    if (inRange(meant, b)) return t.decimalKrPer100(typed, formatPlain(meant, lang, 6));
  }
  const m = c.message;
  return t.decimalThen(typed, formatPlain(shown, lang, 6), m.charAt(0).toLowerCase() + m.slice(1));
}

/**
 * Swedish money typed with an English thousands separator: a comma followed by exactly three digits
 * ("6,950", "1,250", "−12,500") is read as the decimal comma it is in Swedish, and gets a warning with
 * the number it probably meant ("menade du 6 950?"). Money is rarely typed to a thousandth of its unit,
 * so three decimals are a likelier slip than a meaning; the value stays as read (never guessed), the
 * warning says both. English mirrors it: "6.950" is read as 6.95 and asks "did you mean 6,950?" (issue 23).
 */
export function thousandsComma(
  p: Parsed & { status: "ok" },
  s: string,
  suffix: string,
  factor: number,
  spec: FieldSpec,
  lang: Lang,
): Parsed {
  // sv: "6,950" (a decimal comma); en, the mirror: "6.950" (a decimal point) — each read as 6,95 / 6.95
  const m = (
    lang === "sv" ? /^\s*([−–+-]?)\s*(\d{1,3}),(\d{3})\s*$/ : /^\s*([−–+-]?)\s*(\d{1,3})\.(\d{3})\s*$/
  ).exec(s);
  if (!m || p.warning) return p;
  const meantTyped = Number(`${m[2]}${m[3]}`) * (m[1] && m[1] !== "+" ? -1 : 1);
  const meant = clean(meantTyped * factor);
  if (check(meant, spec, lang).status !== "ok") return p;
  const unit = spec.unit ? `\u00a0${spec.unit}` : "";
  const read = `${formatPlain(p.value, lang, 12)}${unit}`;
  const said = `${formatPlain(meantTyped, lang)}${suffix}`;
  return { ...p, warning: T[lang].thousandsComma(`${s.trim()}${suffix}`, read, said), meant };
}
