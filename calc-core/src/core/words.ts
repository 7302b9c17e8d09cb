import { describeValue } from "./format.js";
import { KommunError } from "./KommunError.js";

/**
 * Reads a word argument (a method, a sign convention) in Swedish or English,
 * any case, with or without å/ä/ö, and returns its canonical form.
 */
export function readWord<T extends string>(
  x: unknown,
  name: string,
  accepted: Record<T, readonly string[]>,
  fallback: T,
): T {
  if (x === undefined) return fallback;
  // fast path: the canonical word itself, as calc-core callers write it
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent — without the fast path the general path below returns the same word
  if (typeof x === "string" && Object.prototype.hasOwnProperty.call(accepted, x)) return x as T;
  if (typeof x === "string") {
    const key = x
      .trim()
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "");
    for (const [canonical, words] of Object.entries(accepted) as [T, readonly string[]][]) {
      if (words.some((w) => w.normalize("NFD").replace(/[\u0300-\u036f]/g, "") === key)) return canonical;
    }
  }
  const list = (Object.values(accepted) as string[][])
    .flat()
    .map((w) => `"${w}"`)
    .join(", ");
  throw new KommunError(
    "value",
    `Argumentet ${name} är ${describeValue(x, "sv")}; tillåtna värden är ${list}.`,
    `Argument ${name} is ${describeValue(x, "en")}; accepted values are ${list}.`,
    name,
  );
}

/** Forecast methods and the words that name them. */
export const METHODS = {
  linjar: ["linjär", "linear"],
  profil: ["profil", "profile"],
  budget: ["budget"],
} as const;
/** A forecast method by its canonical name. */
export type Prognosmetod = keyof typeof METHODS;
/**
 * A forecast method as a caller may write it: the canonical name or any word that names it
 * (`"linjar" | "linjär" | "linear" | "profil" | "profile" | "budget"`). At run time the words are also
 * read in any case and without å/ä/ö, as typed in Excel; anything else throws `KommunError` `value`.
 */
export type PrognosmetodOrd = Prognosmetod | (typeof METHODS)[Prognosmetod][number];

/** Sign conventions and the words that name them. */
export const SIGNS = {
  kostnad: ["kostnad", "cost"],
  intakt: ["intäkt", "revenue"],
  resultat: ["resultat", "result"],
} as const;
/** A sign convention by its canonical name. */
export type Tecken = keyof typeof SIGNS;
/**
 * A sign convention as a caller may write it: the canonical name or any word that names it
 * (`"kostnad" | "cost" | "intakt" | "intäkt" | "revenue" | "resultat" | "result"`).
 */
export type TeckenOrd = Tecken | (typeof SIGNS)[Tecken][number];
