import { isKommunError, KommunError } from "@kommunkalkyl/calc-core";
import type { KoladaClient } from "../kolada/client";
import { KoladaError, type KoladaValue } from "../kolada/types";
import type { CachedValue, KoladaValueCache } from "../kolada/valueCache";

interface Pending {
  kpi: string;
  kommun: string;
  ar: number;
  kon: string;
  resolve: (v: number) => void;
  reject: (e: unknown) => void;
}

/** How long a cached value is used without asking Kolada again (Kolada updates its figures daily at most). */
export const VALUE_TTL_MS = 24 * 3600 * 1000;

/**
 * Batches KOLADA calls: cells that recalculate together become one request per
 * gender (Kolada returns every gender anyway), split by the client into requests
 * of at most 25 municipalities; each cell then gets its own value or `#N/A`.
 *
 * With a value cache (Excel's `OfficeRuntime.storage`), each value is kept on its own: a cell whose value
 * was fetched within a day is answered without a request, whatever group of cells it recalculates with;
 * when Kolada cannot be reached, a value fetched earlier (of any age) is answered instead of `#N/A`.
 */
export class KoladaBatcher {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(
    private readonly client: KoladaClient,
    private readonly schedule: (fn: () => void) => void = (fn) => setTimeout(fn, 0),
    private readonly cache?: KoladaValueCache,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get(kpi: string, kommun: string, ar: number, kon: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ kpi, kommun, ar, kon, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        this.schedule(() => void this.flush());
      }
    });
  }

  /** Sends everything queued; exposed for tests. */
  async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.scheduled = false;
    const codes = new Map<string, string>();
    const names: Record<string, string> = {};
    for (const p of batch) {
      if (codes.has(p.kommun)) continue;
      try {
        const code = await this.client.resolveMunicipality(p.kommun);
        codes.set(p.kommun, code);
        if (code !== p.kommun) names[p.kommun] = code;
      } catch (e) {
        // offline: a name resolved before is still known
        const known = await this.cache?.code(p.kommun);
        if (known) {
          codes.set(p.kommun, known);
          continue;
        }
        codes.set(p.kommun, "");
        for (const q of batch.filter((x) => x.kommun === p.kommun)) q.reject(toKommunError(e));
      }
    }
    const resolved = batch.filter((p) => codes.get(p.kommun));
    // answered from the cache when fetched within a day
    const cached = new Map<Pending, CachedValue | undefined>();
    for (const p of resolved) cached.set(p, await this.cache?.get(p.kpi, codes.get(p.kommun)!, p.ar, p.kon));
    const ready: Pending[] = [];
    for (const p of resolved) {
      const hit = cached.get(p);
      if (hit && this.now() - hit.savedAt < VALUE_TTL_MS) answer(p, codes.get(p.kommun)!, hit);
      else ready.push(p);
    }
    if (ready.length === 0) return;
    let values: KoladaValue[];
    try {
      values = (
        await this.client.data({
          kpi: [...new Set(ready.map((p) => p.kpi))],
          kommun: [...new Set(ready.map((p) => codes.get(p.kommun)!))],
          ar: [...new Set(ready.map((p) => p.ar))],
        })
      ).data;
    } catch (e) {
      // Kolada unreachable: a value fetched earlier, however old, beats #N/A
      for (const p of ready) {
        const stale = cached.get(p);
        if (stale) answer(p, codes.get(p.kommun)!, stale);
        else p.reject(toKommunError(e));
      }
      return;
    }
    const missing: { kpi: string; kommun: string; ar: number; kon: string }[] = [];
    for (const p of ready) {
      const code = codes.get(p.kommun)!;
      const v = values.find((x) => x.kpi === p.kpi && x.kommun === code && x.ar === p.ar && x.kon === p.kon);
      if (!v) missing.push({ kpi: p.kpi, kommun: code, ar: p.ar, kon: p.kon });
      answer(p, code, v ?? { varde: null, borttagen: false });
    }
    // a full store must not turn fresh values into #N/A: they are answered above, whatever the cache does
    await this.cache?.put(values, missing, names).catch(() => false);
  }
}

function answer(p: Pending, code: string, v: { varde: number | null; borttagen: boolean }): void {
  if (v.varde !== null && !v.borttagen) {
    p.resolve(v.varde);
    return;
  }
  p.reject(
    new KommunError(
      "na",
      `Kolada har inget värde för ${p.kpi}, ${code}, ${p.ar}${v.borttagen ? " (värdet är tillbakadraget)" : ""}.`,
      `Kolada has no value for ${p.kpi}, ${code}, ${p.ar}${v.borttagen ? " (the value is withdrawn)" : ""}.`,
    ),
  );
}

function toKommunError(e: unknown): KommunError {
  if (e instanceof KoladaError) return new KommunError(e.code === "notfound" ? "na" : "na", e.sv, e.en);
  if (isKommunError(e)) return e;
  const text = e instanceof Error ? e.message : String(e);
  return new KommunError("na", `Kolada: ${text}`, `Kolada: ${text}`);
}
