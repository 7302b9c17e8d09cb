import { ACTIONPLAN } from "./actionplan";
import { ALLOCATION } from "./allocation";
import { BALANCE } from "./balance";
import { BENCHMARK } from "./benchmark";
import { CONSEQUENCE } from "./consequence";
import { FINANCE } from "./finance";
import { PRICING } from "./pricing";
import { BUDGET } from "./budget";
import { FORECAST } from "./forecast";
import { KOLADA } from "./kolada";
import { SENSITIVITY } from "./sensitivity";
import { REVENUE } from "./revenue";
import { TAX } from "./tax";
import { WORKLINES } from "./worklines";
import type { FunctionDef } from "./types";

export type * from "./types";

/** The namespace of every Kommunkalkyl function in Excel. */
export const NAMESPACE = "KOMMUN";

/** Every Excel function, in the order of the README: one definition each. */
export const FUNCTIONS: readonly FunctionDef[] = [
  ...BUDGET,
  ...SENSITIVITY,
  ...FORECAST,
  ...TAX,
  ...WORKLINES,
  ...BENCHMARK,
  ...KOLADA,
  ...PRICING,
  ...CONSEQUENCE,
  ...REVENUE,
  ...BALANCE,
  ...FINANCE,
  ...ACTIONPLAN,
  ...ALLOCATION,
];

/** Finds a function by its id (`NETCOSTFRAME`). */
export function findFunction(id: string): FunctionDef | undefined {
  return FUNCTIONS.find((f) => f.id === id);
}
