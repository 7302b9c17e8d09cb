export { KommunError, isKommunError } from "./KommunError.js";
export type { KommunErrorCode } from "./KommunError.js";
export { METHODS, SIGNS } from "./words.js";
export type { Prognosmetod, PrognosmetodOrd, Tecken, TeckenOrd } from "./words.js";
export { monthOfBudgetYear } from "./period.js";
export { RULES } from "./rules.js";
export type { Rule } from "./validate.js";
