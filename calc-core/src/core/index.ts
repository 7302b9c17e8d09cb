export { KommunError, isKommunError } from "./KommunError.js";
export type { KommunErrorCode } from "./KommunError.js";
