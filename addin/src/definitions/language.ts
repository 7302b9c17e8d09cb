import type { Lang } from "./types";

/**
 * The Swedish locales Excel can run in: Sweden, Finland (Finland-Swedish) and Åland. The manifest gives each
 * of them the Swedish metadata (function names, descriptions, help), and every other locale the English.
 */
export const SWEDISH_LOCALES = ["sv-SE", "sv-FI", "sv-AX"] as const;

/**
 * The one rule for the language of the pane and of the messages in cells, from Office's display language:
 * Swedish for every Swedish locale (`sv`, `sv-SE`, `sv-FI`, …), English for every other — as Excel's own
 * function names are Swedish or English by the same locales. Swedish when Office gives none (the demo).
 */
export function languageOf(displayLanguage: string | undefined): Lang {
  if (!displayLanguage) return "sv";
  return /^sv(-|$)/i.test(displayLanguage) ? "sv" : "en";
}
