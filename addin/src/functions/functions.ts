/**
 * The Excel custom-functions runtime (shared runtime with the task pane):
 * each definition is associated with its id; calc-core does the work.
 * KOLADA is asynchronous: cells that recalculate together share one request.
 */
import { isKommunError } from "@kommunkalkyl/calc-core";
import { FUNCTIONS } from "../definitions";
import { koladaArgs } from "../definitions/kolada";
import { KoladaClient } from "../kolada/client";
import { MemoryStorage } from "../kolada/storage";
import { KoladaValueCache, type KeyValueStore } from "../kolada/valueCache";
import { languageOf, makeHandler, type ErrorFactory } from "./adapter";
import { KoladaBatcher } from "./koladaBatch";

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

/**
 * Where KOLADA's values are kept between sessions: OfficeRuntime.storage in Excel, localStorage elsewhere.
 * A page whose storage is blocked (a webview or browser that refuses site data) throws on the mere mention of
 * `localStorage`: the values are then not kept, and the functions still register.
 */
function store(): KeyValueStore | undefined {
  if (typeof OfficeRuntime !== "undefined" && OfficeRuntime.storage) return OfficeRuntime.storage;
  try {
    if (typeof localStorage !== "undefined") return localStorage;
  } catch {
    // blocked storage: nothing is kept between sessions
  }
  return undefined;
}

/**
 * Kolada's address: https://api.kolada.se unless the page was loaded with `?kolada=<url>` (a proxy where
 * the municipality's network or Kolada's CORS policy blocks the add-in's page from reaching Kolada, and the
 * fake Kolada of the browser tests).
 */
function koladaUrl(): string | undefined {
  try {
    return new URLSearchParams(globalThis.location?.search ?? "").get("kolada") ?? undefined;
  } catch {
    return undefined;
  }
}

const persistent = store();
// the client caches whole requests for this session only; values persist one by one in the value cache
const kolada = new KoladaBatcher(
  new KoladaClient({ storage: new MemoryStorage(), ...(koladaUrl() ? { baseUrl: koladaUrl() } : {}) }),
  undefined,
  persistent ? new KoladaValueCache(persistent) : undefined,
);

for (const def of FUNCTIONS) {
  if (def.id === "KOLADA") {
    CustomFunctions.associate(def.id, async (...args: unknown[]) => {
      const lang = currentLanguage();
      try {
        const a = koladaArgs(args);
        return await kolada.get(a.kpi, a.kommun, a.ar, a.kon);
      } catch (e) {
        if (isKommunError(e)) throw makeError(e.code, e.messageIn(lang));
        throw makeError("na", e instanceof Error ? e.message : String(e));
      }
    });
    continue;
  }
  CustomFunctions.associate(def.id, makeHandler(def, currentLanguage, makeError));
}
