import { HyperFormula } from "hyperformula";

/** A HyperFormula function plugin class, as far as these overrides use it. */
type Plugin = (new (...args: never[]) => object) & {
  implementedFunctions: Record<string, Record<string, unknown>>;
};
type Method = (this: unknown, ...a: unknown[]) => unknown;
/** What a plugin instance offers its methods (FunctionPlugin's protected helpers). */
interface PluginSelf {
  runFunction: (
    args: unknown,
    state: unknown,
    metadata: unknown,
    fn: (...a: unknown[]) => unknown,
  ) => unknown;
  metadata: (name: string) => unknown;
}

/**
 * Registers HyperFormula's own implementation of `name` again, from a subclass of its plugin with
 * `metadata` changed and the method replaced by `method` (HyperFormula looks for the method on the
 * class's own prototype). Nothing happens if this HyperFormula version lacks the function.
 */
function override(
  name: string,
  change: (metadata: Record<string, unknown>) => Record<string, unknown>,
  method: (base: Method) => Method,
): void {
  const own = HyperFormula.getFunctionPlugin(name) as unknown as Plugin | undefined;
  const metadata = own?.implementedFunctions[name];
  const methodName = metadata?.method;
  if (!own || !metadata || typeof methodName !== "string") return;
  const base = (own.prototype as Record<string, unknown>)[methodName];
  if (typeof base !== "function") return;
  const changed = change(metadata);
  class ExcelPlugin extends own {
    static override implementedFunctions = { [name]: changed };
  }
  Object.defineProperty(ExcelPlugin.prototype, methodName, {
    value: method(base as Method),
    writable: true,
    configurable: true,
  });
  HyperFormula.registerFunction(
    name,
    ExcelPlugin as unknown as Parameters<typeof HyperFormula.registerFunction>[1],
  );
}

/**
 * `x` rounded half away from zero to `places` decimals as Excel's ROUND does: on the number's
 * 15 significant digits, the precision Excel keeps (Microsoft, "Floating-point arithmetic may give
 * inaccurate results in Excel"), so `ROUND(1.005,2)` is 1.01 and `ROUND(2.675,2)` 2.68 as in Excel,
 * where JavaScript's binary `1.005 * 100` gives 1.00 and 2.67. `places` is truncated, as Excel does.
 */
export function excelRound(x: number, places: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const p = Math.trunc(places);
  const shift = (n: number, k: number) => {
    const [m, e] = n.toExponential().split("e") as [string, string];
    return Number(`${m}e${Number(e) + k}`);
  };
  const a = Number(Math.abs(x).toPrecision(15));
  const r = shift(Math.round(shift(a, p)), -p);
  return x < 0 ? -r : r;
}

let done = false;

/**
 * Excel's behaviour for functions HyperFormula computes differently, once per process:
 * - SUMPRODUCT evaluates its arguments as arrays without an array formula, so
 *   `SUMPRODUCT((A2:A9="b")*B2:B9)` is a conditional sum, not `#VALUE!` (Microsoft's SUMPRODUCT
 *   page, example 3: `SUMPRODUCT((B2:B9=B12)*(C2:C9=C12)*D2:D9)`);
 * - ROUND rounds the decimal number Excel shows ({@link excelRound});
 * - DATEDIF takes its unit in any case (`"y"`, `"md"`, as Microsoft's DATEDIF page writes them).
 */
export function excelFunctions(): void {
  if (done) return;
  done = true;
  override(
    "SUMPRODUCT",
    (m) => ({ ...m, enableArrayArithmeticForArguments: true }),
    (base) =>
      function (this: unknown, ...a: unknown[]) {
        return base.apply(this, a);
      },
  );
  override(
    "ROUND",
    (m) => m,
    () =>
      function (this: unknown, ast: unknown, state: unknown) {
        const self = this as PluginSelf;
        return self.runFunction((ast as { args: unknown }).args, state, self.metadata("ROUND"), (x, places) =>
          excelRound(x as number, places as number),
        );
      },
  );
  override(
    "DATEDIF",
    (m) => m,
    (base) =>
      function (this: unknown, ...a: unknown[]) {
        const self = this as PluginSelf & Record<string, unknown>;
        const run = self.runFunction;
        // the unit in upper case, then HyperFormula's own DATEDIF
        self.runFunction = (args, state, metadata, fn) =>
          run.call(self, args, state, metadata, (start, end, unit) =>
            fn(start, end, typeof unit === "string" ? unit.toUpperCase() : unit),
          );
        try {
          return base.apply(this, a);
        } finally {
          delete (self as Partial<PluginSelf>).runFunction;
        }
      },
  );
}
