export { balanskravsutredning } from "./balanskravsutredning.js";
export type { Balanskravsutredning, BalanskravsutredningInput } from "./balanskravsutredning.js";
export { aterstallande, ATERSTALLANDEFRIST } from "./aterstallande.js";
export type { AterstallandeAr } from "./aterstallande.js";
export {
  reserveringsutrymme,
  RESERVERINGSGRANS,
  RESERVERINGSGRANS_NEGATIVT_EK,
  RESULTATRESERV_TAK,
} from "./reserveringsutrymme.js";
