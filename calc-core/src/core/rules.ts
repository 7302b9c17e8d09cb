import type { Rule } from "./validate.js";

/** Plausible ranges of API.md's conventions, one place for all functions. */
export const RULES = {
  money: { unit: "money" },
  nonNegativeMoney: { min: 0, unit: "money" },
  resultShare: { min: 0, max: 0.25, unit: "share" },
  indexChange: { min: -0.2, max: 0.3, unit: "share" },
  compensation: { min: 0, max: 2, unit: "share" },
  taxRate: { min: 10, max: 40, unit: "taxRate" },
  taxChange: { min: -5, max: 5, unit: "taxChange" },
  share: { min: 0, max: 1, unit: "share" },
  interest: { min: 0, max: 0.25, unit: "share" },
  /** inhabitants, households, volumes: above zero, and zero is a division by zero */
  positiveCount: { above: 0, zeroIsDiv0: true, unit: "count" },
  /** a count that may be zero (households on benefit) */
  count: { min: 0, unit: "count" },
  nonNegativeWeight: { min: 0 },
  year: { min: 1900, max: 2200, integer: true, unit: "year" },
  decimals: { min: -9, max: 10, integer: true, unit: "whole" },
} as const satisfies Record<string, Rule>;
