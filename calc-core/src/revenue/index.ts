export { uppraknatSkatteunderlag } from "./uppraknatSkatteunderlag.js";
export { preliminaraSkatteintakter } from "./preliminaraSkatteintakter.js";
export { slutavrakning } from "./slutavrakning.js";
export { slutavrakningPerInvanare } from "./slutavrakningPerInvanare.js";
export { inkomstutjamning } from "./inkomstutjamning.js";
export { marginalintakt } from "./marginalintakt.js";
export type { Marginalintakt } from "./marginalintakt.js";
export { skatterOchBidrag } from "./skatterOchBidrag.js";
export type { SkatterOchBidragAr, SkatterOchBidragInput } from "./skatterOchBidrag.js";
