import { KommunError } from "@kommunkalkyl/calc-core";
import type { KoladaClient } from "../kolada/client";
import { KoladaError, type KoladaValue } from "../kolada/types";

interface Pending {
  kpi: string;
  kommun: string;
  ar: number;
  kon: string;
  resolve: (v: number) => void;
  reject: (e: unknown) => void;
}

/**
 * Batches KOLADA calls: cells that recalculate together become one request per
 * gender (Kolada returns every gender anyway), split by the client into requests
 * of at most 25 municipalities; each cell then gets its own value or `#N/A`.
 */
export class KoladaBatcher {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(
    private readonly client: KoladaClient,
    private readonly schedule: (fn: () => void) => void = (fn) => setTimeout(fn, 0),
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
    for (const p of batch) {
      if (codes.has(p.kommun)) continue;
      try {
        codes.set(p.kommun, await this.client.resolveMunicipality(p.kommun));
      } catch (e) {
        codes.set(p.kommun, "");
        for (const q of batch.filter((x) => x.kommun === p.kommun)) q.reject(toKommunError(e));
      }
    }
    const ready = batch.filter((p) => codes.get(p.kommun));
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
      for (const p of ready) p.reject(toKommunError(e));
      return;
    }
    for (const p of ready) {
      const code = codes.get(p.kommun)!;
      const v = values.find((x) => x.kpi === p.kpi && x.kommun === code && x.ar === p.ar && x.kon === p.kon);
      if (v && v.varde !== null && !v.borttagen) p.resolve(v.varde);
      else
        p.reject(
          new KommunError(
            "na",
            `Kolada har inget värde för ${p.kpi}, ${code}, ${p.ar}${v?.borttagen ? " (värdet är tillbakadraget)" : ""}.`,
            `Kolada has no value for ${p.kpi}, ${code}, ${p.ar}${v?.borttagen ? " (the value is withdrawn)" : ""}.`,
          ),
        );
    }
  }
}

function toKommunError(e: unknown): KommunError {
  if (e instanceof KoladaError) return new KommunError(e.code === "notfound" ? "na" : "na", e.sv, e.en);
  if (e instanceof KommunError) return e;
  const text = e instanceof Error ? e.message : String(e);
  return new KommunError("na", `Kolada: ${text}`, `Kolada: ${text}`);
}
