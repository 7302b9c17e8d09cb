export { skatteintakt } from "./skatteintakt.js";
export { skattekrona } from "./skattekrona.js";
export { skattehojningFor } from "./skattehojningFor.js";
export { skatteekvivalent } from "./skatteekvivalent.js";
export { skattekostnadPerPerson } from "./skattekostnadPerPerson.js";
export { effektiviseringsbehov } from "./effektiviseringsbehov.js";
export { skattEllerEffektivisering } from "./skattEllerEffektivisering.js";
export type {
  Atgard,
  SkattEllerEffektiviseringInput,
  SkattEllerEffektiviseringResultat,
} from "./skattEllerEffektivisering.js";
