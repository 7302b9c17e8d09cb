import { BUNDLED_TABLES } from "./bundledTables";
import { BudgetUsageError, fetchBudgetData } from "./fetch";
import type { BudgetData } from "./types";
import { KoladaClient } from "../kolada/client";
import { MemoryStorage } from "../kolada/storage";
import { KoladaError } from "../kolada/types";

/** What the pane's fetch from Kolada came to: the figures, or why not (the pane then names the CLI). */
export type PaneFetch =
  | { ok: true; data: BudgetData }
  | { ok: false; reason: "unreachable" | "usage" | "kolada"; sv: string; en: string };

/**
 * Fetches the budget's figures from Kolada in the pane, as the CLI does (`fetchBudgetData`, the bundled
 * tables from the same CSVs, compiled into the bundle), for this session only. A browser may refuse the
 * cross-origin request (Kolada's CORS policy) or the network may block it: that is `unreachable`, and the
 * pane names the command line instead. An unknown or ambiguous municipality is `usage`.
 */
export async function fetchForPane(
  kommun: string,
  budgetar: number,
  options: { baseUrl?: string; fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<PaneFetch> {
  const client = new KoladaClient({
    storage: new MemoryStorage(),
    retries: 0,
    timeoutMs: options.timeoutMs ?? 8000,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  try {
    return { ok: true, data: await fetchBudgetData({ client, kommun, budgetar, tabeller: BUNDLED_TABLES }) };
  } catch (e) {
    if (e instanceof BudgetUsageError) return { ok: false, reason: "usage", sv: e.sv, en: e.en };
    if (e instanceof KoladaError) {
      const unreachable = e.code === "network" || e.code === "timeout";
      return { ok: false, reason: unreachable ? "unreachable" : "kolada", sv: e.sv, en: e.en };
    }
    throw e;
  }
}
