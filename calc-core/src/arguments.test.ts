/**
 * Every error names the argument the user got wrong, in both languages.
 *
 * Generated from the worked examples in the TSDoc (see examples.test.ts): each
 * example call is valid, so replacing one argument — or one field of an object
 * argument — with a value of the wrong kind must give a `value` error whose
 * `argument` is that parameter's name (as written in the signature) and whose
 * Swedish and English messages both mention it. A new function with an example
 * is covered automatically.
 */
import * as api from "./index.js";
import { catchKommunError } from "./__testing__/errors.js";
import { closingBracket, examples } from "./__testing__/examples.js";

/** The parameter names of a function, as written in its signature. */
function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const source = fn.toString();
  const open = source.indexOf("(");
  const end = closingBracket(source, open);
  const names: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of source.slice(open + 1, end)) {
    if ("([{".includes(ch)) depth++;
    if (")]}".includes(ch)) depth--;
    if (ch === "," && depth === 0) {
      names.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim()) names.push(current);
  return names.map((p) => p.trim().split(/[\s=:]/)[0]!);
}

/** A value of the wrong kind for `original`: text for anything else, a boolean for a word. */
const wrongKind = (original: unknown): unknown => (typeof original === "string" ? true : "abc");

interface Case {
  name: string;
  call: () => unknown;
  argument: string;
}

const FUNCTIONS = api as unknown as Record<string, (...args: unknown[]) => unknown>;
const cases: Case[] = [];
for (const e of examples) {
  // only examples that are one call of a public function with literal arguments
  const m = /^([a-zA-Z]+)\((.*)\)$/s.exec(e.code);
  if (!m || typeof FUNCTIONS[m[1]!] !== "function") continue;
  const fname = m[1]!;
  const fn = FUNCTIONS[fname]!;
  let args: unknown[];
  try {
    args = new Function(`return [${m[2]}];`)() as unknown[];
  } catch {
    continue; // arguments that are expressions of other calls
  }
  const names = parameterNames(fn);
  args.forEach((arg, i) => {
    if (arg !== null && typeof arg === "object" && !Array.isArray(arg)) {
      for (const [field, value] of Object.entries(arg)) {
        if (value !== null && typeof value === "object" && !Array.isArray(value)) continue;
        const bad = args.map((a, j) => (j === i ? { ...(a as object), [field]: wrongKind(value) } : a));
        cases.push({
          name: `${fname} { ${field}: ${JSON.stringify(wrongKind(value))} }`,
          call: () => fn(...bad),
          argument: field,
        });
      }
    } else {
      const bad = args.map((a, j) => (j === i ? wrongKind(arg) : a));
      cases.push({
        name: `${fname} ${names[i]} = ${JSON.stringify(wrongKind(arg))}`,
        call: () => fn(...bad),
        argument: names[i]!,
      });
    }
  });
}

describe("an error names the argument that is wrong, in Swedish and English", () => {
  it("covers the arguments of the documented calls", () => {
    expect(new Set(cases.map((c) => c.name.split(" ")[0])).size).toBeGreaterThanOrEqual(30);
    console.log(`${cases.length} wrong arguments checked`);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const k = catchKommunError(c.call);
    expect({ code: k.code, argument: k.argument }).toEqual({ code: "value", argument: c.argument });
    expect(k.sv).toContain(c.argument);
    expect(k.en).toContain(c.argument);
  });
});
