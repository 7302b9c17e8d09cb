export { nettokostnadsavvikelse } from "./nettokostnadsavvikelse.js";
export { nettokostnadsavvikelseBelopp } from "./nettokostnadsavvikelseBelopp.js";
export { percentilInc } from "./percentilInc.js";
export { effektiviseringspotential } from "./effektiviseringspotential.js";
export { effektiviseringspotentialNka } from "./effektiviseringspotentialNka.js";
