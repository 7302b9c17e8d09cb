/** One value from Kolada, with Kolada's flags kept. */
export interface KoladaValue {
  kpi: string;
  /** 4-digit municipality code with its leading zero, "0184" */
  kommun: string;
  ar: number;
  /** "T" total, "K" women, "M" men */
  kon: string;
  varde: number | null;
  /** Kolada's status flag (e.g. an uncertain value); "" when none */
  status: string;
  /** Kolada has withdrawn the value */
  borttagen: boolean;
}

export interface KoladaMunicipality {
  id: string;
  title: string;
  /** "K" municipality, "L" region */
  type: string;
}

export interface KoladaKpi {
  id: string;
  title: string;
  description: string;
}

/** Where the client keeps its cache: files in Node, OfficeRuntime.storage or localStorage in Excel. */
export interface KoladaStorage {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

export type KoladaErrorCode = "network" | "timeout" | "http" | "malformed" | "shape" | "notfound" | "usage";

/** A failure talking to Kolada, in Swedish and English. */
export class KoladaError extends Error {
  override readonly name = "KoladaError";
  constructor(
    readonly code: KoladaErrorCode,
    readonly sv: string,
    readonly en: string,
  ) {
    super(en);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
