export { arseffekt } from "./arseffekt.js";
export { atgardsplan } from "./atgardsplan.js";
export type { Atgardsplan, AtgardsplanAtgard, AtgardsplanManad } from "./atgardsplan.js";
export { atgardsuppfoljning } from "./atgardsuppfoljning.js";
export type { Atgardsuppfoljning, Uppfoljningsrad } from "./atgardsuppfoljning.js";
export { STATUSES } from "./measures.js";
export type { PlanAtgard, AtgardStatus } from "./measures.js";
