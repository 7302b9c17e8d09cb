export { resursfordelning } from "./resursfordelning.js";
export { demografiskKostnadsforandring } from "./demografiskKostnadsforandring.js";
