import { HyperFormula } from "hyperformula";

/**
 * SUMPRODUCT as Excel computes it: its arguments are evaluated as arrays without an array
 * formula, so `=SUMPRODUCT((A2:A9="b")*B2:B9)` (a controller's conditional sum) is the sum of
 * the products, not `#VALUE!`. Microsoft's SUMPRODUCT page (support.microsoft.com, "SUMPRODUCT
 * function", example 3) uses such an expression in a plain formula:
 * `SUMPRODUCT((B2:B9=B12)*(C2:C9=C12)*D2:D9)`.
 * HyperFormula's own SUMPRODUCT is registered again with `enableArrayArithmeticForArguments`,
 * its computation unchanged; once per process.
 */
export function excelSumproduct(): void {
  type Plugin = (new (...args: never[]) => object) & {
    implementedFunctions: Record<string, Record<string, unknown>>;
  };
  const own = HyperFormula.getFunctionPlugin("SUMPRODUCT") as unknown as Plugin | undefined;
  const metadata = own?.implementedFunctions.SUMPRODUCT;
  if (!own || !metadata || metadata.enableArrayArithmeticForArguments) return;
  const base = own.prototype as { sumproduct: (...a: unknown[]) => unknown };
  class ExcelSumproductPlugin extends own {
    static override implementedFunctions = {
      SUMPRODUCT: { ...metadata, enableArrayArithmeticForArguments: true },
    };
    // HyperFormula looks for the method on the class's own prototype
    sumproduct(...a: unknown[]): unknown {
      return base.sumproduct.apply(this, a);
    }
  }
  HyperFormula.registerFunction(
    "SUMPRODUCT",
    ExcelSumproductPlugin as unknown as Parameters<typeof HyperFormula.registerFunction>[1],
  );
}
