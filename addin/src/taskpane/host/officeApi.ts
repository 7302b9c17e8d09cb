import type { SettingsLike } from "./paneMemory";
import { HostError, isHostError } from "./types";

/** The parts of Office.js the host uses, so that tests can pass a mock of the Excel API. */
export interface OfficeApi {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Excel's display language, `sv-SE` or `en-US` (Office.context.displayLanguage) */
  displayLanguage: () => string;
  /** the English KOMMUN names (`NETCOSTFRAME`) → the Swedish ones, loaded when a formula is first written */
  swedishNames: () => Promise<ReadonlyMap<string, string>>;
  /** whether Excel supports an ExcelApi requirement set (`1.11`) */
  supports: (version: string) => boolean;
  /** the document's settings (Office.context.document.settings), where the pane keeps its typed inputs */
  settings?: () => SettingsLike | undefined;
}

/** "'Skatt (2)'!A1:B3" → { sheet: "Skatt (2)", cell: "A1", range: "A1:B3" }. */
export function splitAddress(address: string): { sheet: string; cell: string; range: string } {
  const i = address.lastIndexOf("!");
  const sheet = address.slice(0, i).replace(/^'|'$/g, "").replace(/''/g, "'");
  const range = address.slice(i + 1);
  return { sheet, cell: range.split(":")[0]!, range };
}

/** An Office.js failure as a {@link HostError}: which range, and what the user can do. */
export function hostError(e: unknown, where: string): HostError {
  if (isHostError(e)) return e;
  const code = (e as { code?: string } | undefined)?.code ?? "";
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new HostError("editMode", where);
    case "AccessDenied":
      return new HostError("protected", where);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "PayloadTooLarge":
    case "RangeExceedsLimit":
    case "OperationCellsExceedLimit":
      return new HostError("tooLarge", where);
    case "InvalidSelection":
      return new HostError("multipleAreas", where);
    case "ItemNotFound":
      return new HostError("noSheet", where);
    default:
      return new HostError("other", where, message);
  }
}

/** The English KOMMUN names → Swedish, from the definition table (loaded on first use, not at start). */
async function definitionNames(): Promise<ReadonlyMap<string, string>> {
  const { FUNCTIONS } = await import(/* webpackChunkName: "definitions" */ "../../definitions");
  return new Map(FUNCTIONS.map((f) => [f.en.name.toUpperCase(), f.sv.name]));
}

/** Office.js as the running add-in sees it. */
export function realOffice(): OfficeApi {
  return {
    run: (batch) => Excel.run(batch),
    displayLanguage: () => Office.context?.displayLanguage ?? "en-US",
    swedishNames: definitionNames,
    supports: (version) => Office.context?.requirements?.isSetSupported("ExcelApi", version) ?? false,
    settings: () => Office.context?.document?.settings,
  };
}
