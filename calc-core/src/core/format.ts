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

// Month names for messages, written out rather than taken from date-fns' locales: a message must not pull
// a date library and two locales (about 26 KB) into every bundle that imports a forecast function.
const MONTHS = {
  sv: [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
} as const;

/** The name of calendar month `index` (0 = January, wrapping around) in a language: "januari", "January". */
export function monthName(index: number, language: "sv" | "en"): string {
  return MONTHS[language][((index % 12) + 12) % 12] as string;
}
