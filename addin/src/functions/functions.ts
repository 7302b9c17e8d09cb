/**
 * The Excel custom-functions runtime (shared runtime with the task pane):
 * each definition is associated with its id; calc-core does the work.
 */
import { FUNCTIONS } from "../definitions";
import { languageOf, makeHandler, type ErrorFactory } from "./adapter";

const CODES: Record<Parameters<ErrorFactory>[0], CustomFunctions.ErrorCode> = {
  value: CustomFunctions.ErrorCode.invalidValue,
  div0: CustomFunctions.ErrorCode.divisionByZero,
  na: CustomFunctions.ErrorCode.notAvailable,
  num: CustomFunctions.ErrorCode.invalidNumber,
};

const makeError: ErrorFactory = (code, message) => new CustomFunctions.Error(CODES[code], message);

function currentLanguage() {
  try {
    return languageOf(Office.context.displayLanguage);
  } catch {
    return "sv" as const;
  }
}

for (const def of FUNCTIONS) {
  CustomFunctions.associate(def.id, makeHandler(def, currentLanguage, makeError));
}
