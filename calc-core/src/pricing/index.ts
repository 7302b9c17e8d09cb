export { sjalvkostnadspris } from "./sjalvkostnadspris.js";
export { arsavrakning } from "./arsavrakning.js";
export { outnyttjadKapacitet } from "./outnyttjadKapacitet.js";
export type { Barare } from "./outnyttjadKapacitet.js";
