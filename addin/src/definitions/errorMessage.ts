import type { KommunError } from "@kommunkalkyl/calc-core";
import type { FunctionDef, Lang } from "./types";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A KommunError's message as the Excel user should read it: calc-core names the argument by its
 * calc-core key (`nkaEgen`, `skattefordrojning`), the user typed the function with the Excel names
 * of its arguments (`own_ncd`, `skattefördröjning`). So "Argument nkaEgen …" becomes
 * "Argument own_ncd …" (and "Argumentet nkaEgen …" becomes "Argumentet nka_egen …"); a message that
 * names no argument of the function is passed on unchanged.
 *
 * @example
 * // EFFICIENCYPOTENTIALNCD(10, …) in English: "Argument own_ncd = 10 is outside the plausible range …"
 */
export function excelErrorMessage(def: FunctionDef | undefined, e: KommunError, lang: Lang): string {
  const message = e.messageIn(lang);
  if (!def) return message;
  const word = lang === "sv" ? "Argumentet" : "Argument";
  let out = message;
  for (const p of def.params) {
    const excelName = p[lang].name;
    if (excelName === p.key) continue;
    out = out.replace(
      new RegExp(`\\b${word} ${escape(p.key)}(?![\\p{L}\\p{N}_])`, "gu"),
      `${word} ${excelName}`,
    );
  }
  return out;
}
