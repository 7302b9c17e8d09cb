export { avskrivning } from "./avskrivning.js";
export { sjalvfinansieringsgrad } from "./sjalvfinansieringsgrad.js";
export { soliditet } from "./soliditet.js";
export { nettokostnadsandel } from "./nettokostnadsandel.js";
export { investeringsutrymme } from "./investeringsutrymme.js";
export { investeringsplan } from "./investeringsplan.js";
export type {
  InvesteringsProjekt,
  InvesteringsplanOptions,
  InvesteringsplanProjekt,
  InvesteringsplanAr,
  InvesteringsplanAnmarkning,
} from "./investeringsplan.js";
