/**
 * The worked examples in the TSDoc of calc-core are part of the contract: each
 * `@example` is run here and must give what its `// →` line says. So a
 * controller who copies an example from the documentation gets that figure,
 * and a change that breaks an example fails the suite.
 *
 * Format, as written in the sources:
 *   call(args) // → expected (a comment in parentheses)
 * or a call over several lines followed by `// → expected`. Lines starting
 * with `//` without an arrow are explanations. In the expected value `…` means
 * "and more": `0.01315…` is a number starting with those digits, `{ a: 1, … }`
 * an object with at least that field. A fenced (```ts) block without an arrow
 * is a usage snippet and is not run.
 */
import { join } from "node:path";
import { Decimal } from "./core/decimal.js";
import * as api from "./index.js";
import { examples, parseExpected, SRC } from "./__testing__/examples.js";

function plain(x: unknown): unknown {
  if (Decimal.isDecimal(x)) return (x as Decimal).toNumber();
  if (Array.isArray(x)) return x.map(plain);
  if (x !== null && typeof x === "object") {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)]));
  }
  return x;
}

function check(actual: unknown, expected: unknown, where: string): void {
  if (expected !== null && typeof expected === "object" && "__startsWith" in expected) {
    const digits = (expected as { __startsWith: string }).__startsWith;
    expect({ where, value: String(actual).startsWith(digits) }).toEqual({ where, value: true });
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    expect({ where, length: (actual as unknown[]).length }).toEqual({ where, length: expected.length });
    expected.forEach((e, i) => check((actual as unknown[])[i], e, `${where}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === "object") {
    const { __more, ...fields } = expected as Record<string, unknown>;
    expect(actual).not.toBeNull();
    expect(typeof actual).toBe("object");
    if (!__more) expect(Object.keys(actual as object).sort()).toEqual(Object.keys(fields).sort());
    for (const [k, v] of Object.entries(fields))
      check((actual as Record<string, unknown>)[k], v, `${where}.${k}`);
    return;
  }
  expect({ where, value: actual }).toEqual({ where, value: expected });
}

describe("the worked examples in the TSDoc give what they say", () => {
  it("finds an example for every public function", () => {
    const documented = new Set(examples.flatMap((e) => e.code.match(/\b[a-zA-Z]+(?=\()/g) ?? []));
    const functions = Object.entries(api)
      .filter(([, v]) => typeof v === "function" && !/^[A-Z]/.test(v.name))
      .map(([k]) => k);
    expect(functions.filter((f) => !documented.has(f))).toEqual([]);
    console.log(`${examples.length} TSDoc examples in ${new Set(examples.map((e) => e.file)).size} files`);
  });

  it.each(examples.map((e) => [`${e.file}: ${e.code.slice(0, 70)}`, e] as const))("%s", (_, e) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const own = require(join(SRC, e.file)) as Record<string, unknown>;
    const scope: Record<string, unknown> = { ...api, ...own, Decimal };
    const run = new Function(...Object.keys(scope), `return (${e.code});`) as (...args: unknown[]) => unknown;
    check(plain(run(...Object.values(scope))), parseExpected(e.expected), e.code);
  });
});
