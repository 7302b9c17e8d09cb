/**
 * @kommunkalkyl/calc-core — pure calculations for Swedish municipal budgets.
 *
 * Every function takes and returns plain numbers (money in the unit it is
 * given), computes with decimal.js inside and throws {@link KommunError} for
 * bad input.
 */
export * from "./core/index.js";
export * from "./budget/index.js";
export * from "./forecast/index.js";
export * from "./tax/index.js";
export * from "./worklines/index.js";
export * from "./benchmark/index.js";
export * from "./pricing/index.js";
export * from "./consequence/index.js";
export * from "./revenue/index.js";
export * from "./balance/index.js";
export * from "./finance/index.js";
export * from "./actionplan/index.js";
export * from "./allocation/index.js";
