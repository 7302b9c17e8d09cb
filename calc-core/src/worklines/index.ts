export { bistandPerInvanare } from "./bistandPerInvanare.js";
export { besparingVidReferensniva } from "./besparingVidReferensniva.js";
export { arbetslinjeBesparing } from "./arbetslinjeBesparing.js";
export type { ArbetslinjeInput, ArbetslinjeResultat } from "./arbetslinjeBesparing.js";
export { arbetslinjePlan } from "./arbetslinjePlan.js";
export type { ArbetslinjePlanInput, ArbetslinjePlanAr } from "./arbetslinjePlan.js";
