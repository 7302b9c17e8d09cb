/**
 * An example of the definition table as a person reads it in their Excel's language: the formula as Swedish
 * Excel writes it and a long decimal shortened. One place for the Funktioner panel and the help pages, so that
 * the two never show the same example differently (issue 23).
 */
import { METHODS, SIGNS } from "@kommunkalkyl/calc-core";
import { FUNCTIONS, NAMESPACE } from "./index";
import type { Lang } from "./types";

const SV_NAMES = new Map(FUNCTIONS.map((f) => [f.en.name.toUpperCase(), f.sv.name]));

/**
 * The English words the functions accept with their Swedish twins, which they accept as well (calc-core's
 * METHODS and SIGNS: `"linear"` and `"linjär"` both name the linear forecast): a Swedish example shows the
 * Swedish word.
 */
const SV_WORDS = new Map<string, string>(
  [...Object.values(METHODS), ...Object.values(SIGNS)]
    .filter((words) => words.length === 2)
    .map((words) => [words[1]!, words[0]!] as [string, string]),
);

/**
 * An English formula as Swedish Excel shows it: Swedish KOMMUN names, `;` between arguments and
 * decimal commas (`=KOMMUN.SKATTEHÖJNING(700000;1000000000)`); in an array constant, `\` between
 * columns and `;` between rows. Text in quotes is left alone, except an English word the function also takes
 * in Swedish (`"linear"` → `"linjär"`).
 */
export function localFormula(f: string, lang: Lang): string {
  if (lang === "en") return f;
  let depth = 0;
  return f
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) {
        const sv = SV_WORDS.get(part.slice(1, -1));
        return sv ? `"${sv}"` : part;
      }
      let out = "";
      for (let j = 0; j < part.length; j++) {
        const c = part[j]!;
        if (c === "{") depth++;
        if (c === "}") depth--;
        if (c === ",") out += depth > 0 ? "\\" : ";";
        else if (c === "." && /\d/.test(part[j - 1] ?? "") && /\d/.test(part[j + 1] ?? "")) out += ",";
        else out += c;
      }
      return out.replace(/\bKOMMUN\.([A-Z0-9_.]+)(?=\()/g, (w, name: string) => {
        const sv = SV_NAMES.get(name.toUpperCase());
        return sv ? `${NAMESPACE}.${sv}` : w;
      });
    })
    .join("");
}

/**
 * A number of an example's value as a person reads it: a long fraction (more than six decimals, as 1/11 =
 * 0.0909090909090909) to four decimals with "…" to say it goes on, with the decimal sign it was written with
 * ("0,0909090909090909" → "0,0909…"); anything else unchanged. The value a test compares is not touched.
 */
export function readableNumber(v: string): string {
  const m = /^(\s*)(-?\d+)([.,])(\d{7,})(\s*)$/.exec(v);
  if (!m) return v;
  const [, lead, whole, sign, fraction, trail] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return `${lead}${Number(`${whole}.${fraction}`).toFixed(4).replace(".", sign)}…${trail}`;
}
