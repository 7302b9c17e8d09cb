import { FUNCTIONS } from "./index";
import type { FunctionDef, ParamDef } from "./types";

/** Splits the arguments of a formula call at its top-level commas (not inside braces, brackets or strings). */
export function splitArguments(formula: string): string[] {
  const open = formula.indexOf("(");
  const body = formula.slice(open + 1, formula.lastIndexOf(")"));
  const args: string[] = [];
  let depth = 0;
  let inString = false;
  let current = "";
  for (const ch of body) {
    if (ch === '"') inString = !inString;
    if (!inString && (ch === "(" || ch === "{")) depth++;
    if (!inString && (ch === ")" || ch === "}")) depth--;
    if (!inString && depth === 0 && ch === ",") {
      args.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  args.push(current);
  return args;
}

/** One bad-input case: a formula with one argument replaced, and what must come back. */
export interface BadInputCase {
  id: string;
  param: string;
  kind: string;
  formula: string;
}

/**
 * The bad-input matrix, generated from the definition table so that a new
 * function is covered by adding its entry: for every parameter of every function,
 * text, a blank, a boolean, an error-free but infinite value, a wrong unit, 1e308
 * and, for ranges, text inside the range and a range of the wrong size.
 */
export function badInputCases(functions: readonly FunctionDef[] = FUNCTIONS): BadInputCase[] {
  const cases: BadInputCase[] = [];
  for (const def of functions) {
    const args = splitArguments(def.example.formula);
    const name = def.example.formula.slice(1, def.example.formula.indexOf("("));
    def.params.forEach((p: ParamDef, i) => {
      const withArg = (value: string): string => {
        const copy = args.slice();
        while (copy.length <= i) copy.push("");
        copy[i] = value;
        return `=${name}(${copy.join(",")})`;
      };
      const add = (kind: string, value: string) =>
        cases.push({ id: def.id, param: p.key, kind, formula: withArg(value) });
      if (p.kind === "text") {
        add("unknown word", '"xyzzy"');
        add("number for a word", "42");
        return;
      }
      // a range of words (names, statuses) takes text: a single text is one valid entry, not bad input
      if (!(p.kind === "range" && p.unit === "word")) add("text", '"abc"');
      add("boolean", "TRUE()");
      if (!p.optional) add("blank", "Z1000");
      if (p.kind === "range") {
        add("text in range", '{1,"abc"}');
        add("blank in range", "Z1000:Z1001");
      }
      if (p.wrongUnit !== undefined) {
        // in a range, the wrong unit replaces the first element so the sizes still match
        const example = args[i] ?? "";
        const value =
          p.kind === "range" && example.startsWith("{")
            ? `{${[String(p.wrongUnit), ...splitArguments(`(${example.slice(1, -1)})`).slice(1)].join(",")}}`
            : String(p.wrongUnit);
        add("wrong unit", value);
      }
      add("1e308", p.kind === "range" ? "{1e308,1e308}" : "1e308");
      add("-1e308", p.kind === "range" ? "{-1e308,-1e308}" : "-1e308");
    });
  }
  return cases;
}
