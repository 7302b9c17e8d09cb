import { ACTIONPLAN } from "./actionplan";
import { ALLOCATION } from "./allocation";
import { BENCHMARK, CONSEQUENCE, PRICING } from "./benchmark";
import { BUDGET } from "./budget";
import { FORECAST } from "./forecast";
import { KOLADA } from "./kolada";
import { TAX } from "./tax";
import { WORKLINES } from "./worklines";
import type { FunctionDef } from "./types";

export type * from "./types";

/** The namespace of every Kommunkalkyl function in Excel. */
export const NAMESPACE = "KOMMUN";

/** Every Excel function, in the order of the README: one definition each. */
export const FUNCTIONS: readonly FunctionDef[] = [
  ...BUDGET,
  ...FORECAST,
  ...TAX,
  ...WORKLINES,
  ...BENCHMARK,
  ...KOLADA,
  ...PRICING,
  ...CONSEQUENCE,
  ...ACTIONPLAN,
  ...ALLOCATION,
];

/** Finds a function by its id (`NETCOSTFRAME`). */
export function findFunction(id: string): FunctionDef | undefined {
  return FUNCTIONS.find((f) => f.id === id);
}
