export { kapitalkostnad } from "./kapitalkostnad.js";
export { nettoeffekt } from "./nettoeffekt.js";
export { aterbetalningsar } from "./aterbetalningsar.js";
export { konsekvensanalys } from "./konsekvensanalys.js";
export type { KonsekvensAtgard, KonsekvensAr } from "./konsekvensanalys.js";
