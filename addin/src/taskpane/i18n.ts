import type { Lang } from "../definitions";

/** Every UI text in Swedish and English. Swedish is the default. */
export const TEXTS = {
  sv: {
    title: "Kommunkalkyl",
    subtitle: "Budget och ekonomiska konsekvenser i kommunen",
    functionsTab: "Funktioner",
    search: "Sök funktion",
    searchHint: "Namn eller beskrivning, på svenska eller engelska",
    insert: "Infoga",
    example: "Exempel",
    language: "Språk",
    noMatch: "Ingen funktion matchar sökningen.",
    dark: "Mörkt tema",
  },
  en: {
    title: "Kommunkalkyl",
    subtitle: "Municipal budgets and economic consequences",
    functionsTab: "Functions",
    search: "Search functions",
    searchHint: "Name or description, in Swedish or English",
    insert: "Insert",
    example: "Example",
    language: "Language",
    noMatch: "No function matches the search.",
    dark: "Dark theme",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type TextKey = keyof (typeof TEXTS)["sv"];

/** Numbers as a Swedish controller reads them: 1 234 567,89. */
export function formatNumber(x: number, lang: Lang, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(lang === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits }).format(x);
}
