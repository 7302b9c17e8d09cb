// per-function and per-locale entry points: the package roots load all of date-fns and every locale
import { format } from "date-fns/format";
import { enGB } from "date-fns/locale/en-GB";
import { sv } from "date-fns/locale/sv";

/** Formats a finite number for a message: decimal comma in Swedish, point in English. */
export function formatNumber(x: number, language: "sv" | "en"): string {
  const s = String(x);
  return language === "sv" ? s.replace(".", ",") : s;
}

/** Describes a value that is not a number, for a message. */
export function describeValue(x: unknown, language: "sv" | "en"): string {
  const sv = language === "sv";
  if (x === null || x === undefined || x === "") return sv ? "en tom cell" : "an empty cell";
  if (typeof x === "boolean") {
    return sv ? `sanningsvärdet ${x ? "SANT" : "FALSKT"}` : `the boolean ${x ? "TRUE" : "FALSE"}`;
  }
  if (typeof x === "string") {
    const shown = x.length > 40 ? `${x.slice(0, 40)}…` : x;
    return sv ? `texten "${shown}"` : `the text "${shown}"`;
  }
  if (typeof x === "number") {
    if (Number.isNaN(x)) return sv ? "NaN (inte ett tal)" : "NaN (not a number)";
    if (x === Infinity) return sv ? "plus oändligheten" : "plus infinity";
    if (x === -Infinity) return sv ? "minus oändligheten" : "minus infinity";
    return formatNumber(x, language);
  }
  if (Array.isArray(x)) return sv ? "ett område" : "a range";
  return sv ? "ett värde av fel typ" : "a value of the wrong type";
}

/** The name of calendar month `index` (0 = January) in a language, from date-fns' locales. */
export function monthName(index: number, language: "sv" | "en"): string {
  const month = ((index % 12) + 12) % 12;
  return format(new Date(2000, month, 1), "LLLL", { locale: language === "sv" ? sv : enGB });
}
