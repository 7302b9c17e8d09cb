export { prognos, prognosLinjar, prognosProfil, prognosBudget } from "./prognos.js";
export { sasongsprofil } from "./sasongsprofil.js";
export { avvikelse } from "./avvikelse.js";
export { avvikelseAndel } from "./avvikelseAndel.js";
export { prognosstatus } from "./prognosstatus.js";
export type { Prognosstatus } from "./prognosstatus.js";
export { prognostraffsakerhet } from "./prognostraffsakerhet.js";
export { bruttoprognos } from "./bruttoprognos.js";
export type { BruttoprognosInput } from "./bruttoprognos.js";
