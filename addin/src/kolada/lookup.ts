import { KommunError } from "@kommunkalkyl/calc-core";
import type { KoladaMunicipality, KoladaValue } from "./types";

/** Where a KOLADA cell stands, for falling back to the value saved in the workbook. */
export interface CellRef {
  sheet: number;
  row: number;
  col: number;
}

/**
 * A synchronous view of Kolada data for spreadsheet engines that cannot wait
 * (HyperFormula in the CLI and the browser demo): values loaded from the cache,
 * and the values a workbook saved for its KOLADA cells as the last resort,
 * as Excel itself shows the last value when offline.
 */
export class KoladaLookup {
  private readonly values = new Map<string, KoladaValue>();
  private readonly names = new Map<string, string>();
  private readonly saved = new Map<string, number>();

  static key(kpi: string, kommun: string, ar: number, kon: string): string {
    return `${kpi.toUpperCase()}|${kommun}|${ar}|${kon.toUpperCase()}`;
  }

  addValues(values: readonly KoladaValue[]): void {
    for (const v of values) this.values.set(KoladaLookup.key(v.kpi, v.kommun, v.ar, v.kon), v);
  }

  addMunicipalities(list: readonly KoladaMunicipality[]): void {
    // municipalities win over regions of the same name
    for (const m of [...list].sort((a, b) => (a.type === "K" ? 1 : 0) - (b.type === "K" ? 1 : 0))) {
      this.names.set(m.title.toLocaleLowerCase("sv"), m.id);
    }
  }

  addSaved(cell: CellRef, value: number): void {
    this.saved.set(`${cell.sheet}:${cell.row}:${cell.col}`, value);
  }

  /** Loads cache entries as the client writes them (`{ key, data }`). */
  addCacheEntries(texts: readonly string[]): void {
    for (const text of texts) {
      try {
        const entry = JSON.parse(text) as { key?: string; data?: unknown };
        if (!entry.key || !Array.isArray(entry.data)) continue;
        if (entry.key.startsWith("data:")) this.addValues(entry.data as KoladaValue[]);
        if (entry.key.startsWith("municipality:")) this.addMunicipalities(entry.data as KoladaMunicipality[]);
      } catch {
        // a broken cache file is skipped, never fatal
      }
    }
  }

  get size(): number {
    return this.values.size;
  }

  code(kommun: string | number): string {
    const text = String(kommun).trim();
    if (/^\d{1,4}$/.test(text)) return text.padStart(4, "0");
    const id = this.names.get(text.toLocaleLowerCase("sv"));
    if (!id) {
      throw new KommunError(
        "na",
        `Kommunen "${text}" finns inte i Kolada-cachen; skriv koden (t.ex. "0184") eller hämta kommunlistan.`,
        `The municipality "${text}" is not in the Kolada cache; write its code (e.g. "0184") or fetch the list.`,
        "kommun",
      );
    }
    return id;
  }

  /** One value, or `na` with a message saying how to get it. */
  get(kpi: string, kommun: string | number, ar: number, kon = "T", cell?: CellRef): number {
    let code: string | undefined;
    try {
      code = this.code(kommun);
    } catch (e) {
      if (!cell) throw e;
    }
    const v = code ? this.values.get(KoladaLookup.key(kpi, code, ar, kon)) : undefined;
    if (v && v.varde !== null && !v.borttagen) return v.varde;
    const saved = cell ? this.saved.get(`${cell.sheet}:${cell.row}:${cell.col}`) : undefined;
    if (saved !== undefined) return saved;
    if (v?.borttagen) {
      throw new KommunError(
        "na",
        `Kolada har dragit tillbaka värdet för ${kpi} ${code} ${ar}.`,
        `Kolada has withdrawn the value of ${kpi} ${code} ${ar}.`,
      );
    }
    throw new KommunError(
      "na",
      `Kolada har inget värde för ${kpi}, ${code ?? kommun}, ${ar} i cachen; hämta med: kommunkalkyl kolada hämta --kpi ${kpi} --kommun ${code ?? kommun} --år ${ar}`,
      `Kolada has no value for ${kpi}, ${code ?? kommun}, ${ar} in the cache; fetch it with: kommunkalkyl kolada hämta --kpi ${kpi} --kommun ${code ?? kommun} --år ${ar}`,
    );
  }
}

let current = new KoladaLookup();

/** The lookup the KOLADA function reads in HyperFormula. */
export function koladaLookup(): KoladaLookup {
  return current;
}

export function setKoladaLookup(lookup: KoladaLookup): void {
  current = lookup;
}
