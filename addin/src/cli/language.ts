import type { Lang } from "../definitions";

/** The system's language: Swedish when LC_ALL, LC_MESSAGES, LANG or LANGUAGE (the first set) is Swedish. */
export function systemLanguage(env: NodeJS.ProcessEnv = process.env): Lang {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"]) {
    const v = env[name];
    if (v) return /^sv([_-]|$)/i.test(v) ? "sv" : "en";
  }
  return "en";
}

const SWEDISH = /[åäöÅÄÖ]|\b(och|för|med|att|inte|summa|totalt|kostnad|kostnader|intäkter|nämnd|år)\b/i;
const ENGLISH = /\b(the|and|of|for|with|total|costs?|revenues?|committee|year|sum)\b/i;

/** Whether a workbook's own text (labels and sheet names) reads as Swedish rather than English. */
export function textLooksSwedish(texts: Iterable<string>): boolean {
  let sv = 0;
  let en = 0;
  for (const t of texts) {
    if (SWEDISH.test(t)) sv++;
    else if (ENGLISH.test(t)) en++;
  }
  return sv > en;
}
