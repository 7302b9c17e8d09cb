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
export type Prognosmetod = keyof typeof METHODS;

/** Sign conventions and the words that name them. */
export const SIGNS = {
  kostnad: ["kostnad", "cost"],
  intakt: ["intäkt", "revenue"],
  resultat: ["resultat", "result"],
} as const;
export type Tecken = keyof typeof SIGNS;
