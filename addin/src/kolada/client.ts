import {
  KoladaError,
  type KoladaKpi,
  type KoladaMunicipality,
  type KoladaStorage,
  type KoladaValue,
} from "./types";
import { MemoryStorage } from "./storage";

/** The public Kolada API; v2 was switched off on 2026-03-31. */
export const KOLADA_URL = "https://api.kolada.se";
/** Kolada allows at most 25 municipality ids in one data request. */
export const MAX_IDS_PER_REQUEST = 25;
export const PER_PAGE = 5000;

export interface KoladaClientOptions {
  /** default `KOMMUNKALKYL_KOLADA_URL` or the public API */
  baseUrl?: string;
  fetch?: typeof fetch;
  storage?: KoladaStorage;
  /** per request; default 10 s */
  timeoutMs?: number;
  /** retries after the first attempt on 429 and 5xx; default 3 */
  retries?: number;
  /** first backoff, doubled each retry; default 500 ms */
  backoffMs?: number;
  /** how long a cached answer is fresh; default 24 h */
  ttlMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface CacheEntry<T> {
  savedAt: number;
  key: string;
  data: T;
}

/**
 * Why a request failed, as a user can act on it: Node's fetch says only "fetch failed" and keeps
 * the reason (ECONNREFUSED, ENOTFOUND, a certificate error) in `cause`.
 */
export function networkCause(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const cause = (e as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const why =
    typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : "";
  return why && !message.includes(why) ? `${message}: ${why}` : message;
}

/** Where an answer came from. */
export interface Sourced<T> {
  data: T;
  /** "network", "cache" (fresh) or "stale-cache" (Kolada could not be reached) */
  source: "network" | "cache" | "stale-cache";
  savedAt: number;
}

function env(name: string): string | undefined {
  return typeof process !== "undefined" ? process.env?.[name] : undefined;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/** Checks one page of a data response and turns it into values; anything unexpected is a `shape` error. */
export function parseDataPage(json: unknown): { values: KoladaValue[]; next: string | null } {
  // each language's text in its own language: what is wrong, in Swedish and in English
  const bad = (sv: string, en: string = sv): never => {
    throw new KoladaError(
      "shape",
      `Kolada svarade med oväntad form: ${sv}.`,
      `Kolada answered in an unexpected shape: ${en}.`,
    );
  };
  if (!isRecord(json) || !Array.isArray(json.values)) return bad("fältet values saknas", "no values field");
  const next = json.next_url;
  if (next !== undefined && next !== null && typeof next !== "string")
    bad("next_url är inte text", "next_url is not text");
  const values: KoladaValue[] = [];
  for (const item of json.values) {
    if (!isRecord(item) || typeof item.kpi !== "string" || typeof item.municipality !== "string")
      bad("kpi eller municipality saknas eller är inte text", "kpi or municipality missing or not text");
    const entry = item as Record<string, unknown>;
    const period = Number(entry.period);
    if (!Number.isInteger(period)) bad("period är inget heltal", "period is not an integer");
    if (!Array.isArray(entry.values))
      bad("values per period är ingen lista", "values per period is not a list");
    for (const v of entry.values as unknown[]) {
      if (!isRecord(v) || typeof v.gender !== "string")
        bad("gender saknas eller är inte text", "gender missing or not text");
      const value = (v as Record<string, unknown>).value;
      if (value !== null && (typeof value !== "number" || !Number.isFinite(value)))
        bad("value är inget tal", "value is not a number");
      values.push({
        kpi: entry.kpi as string,
        kommun: entry.municipality as string,
        ar: period,
        kon: (v as Record<string, unknown>).gender as string,
        varde: value as number | null,
        status:
          typeof (v as Record<string, unknown>).status === "string"
            ? ((v as Record<string, unknown>).status as string)
            : "",
        borttagen: (v as Record<string, unknown>).isdeleted === true,
      });
    }
  }
  return { values, next: typeof next === "string" && next !== "" ? next : null };
}

/**
 * A client for Kolada's API v3 with a cache that also serves offline.
 * Isomorphic: it needs only `fetch` and a {@link KoladaStorage}.
 */
export class KoladaClient {
  readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  readonly storage: KoladaStorage;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: KoladaClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? env("KOMMUNKALKYL_KOLADA_URL") ?? KOLADA_URL).replace(/\/+$/, "");
    this.fetchImpl = options.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
    this.storage = options.storage ?? new MemoryStorage();
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.retries = options.retries ?? 3;
    this.backoffMs = options.backoffMs ?? 500;
    this.ttlMs = options.ttlMs ?? 24 * 3600 * 1000;
    this.now = options.now ?? (() => Date.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** GET a URL and parse JSON, with a timeout and bounded retries on 429 (honouring Retry-After) and 5xx. */
  async getJson(url: string): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), this.timeoutMs);
      let response: Response;
      let text: string;
      try {
        response = await this.fetchImpl(url, {
          signal: controller.signal,
          headers: { Accept: "application/json" },
        });
        text = await response.text();
      } catch (e) {
        clearTimeout(timer);
        const timedOut = controller.signal.aborted;
        if (attempt < this.retries && !timedOut) {
          await this.sleep(this.backoffMs * 2 ** attempt);
          continue;
        }
        throw timedOut
          ? new KoladaError(
              "timeout",
              `Kolada svarade inte inom ${this.timeoutMs / 1000} s.`,
              `Kolada did not answer within ${this.timeoutMs / 1000} s.`,
            )
          : new KoladaError(
              "network",
              `Kolada kunde inte nås (${networkCause(e)}).`,
              `Kolada could not be reached (${networkCause(e)}).`,
            );
      }
      clearTimeout(timer);
      if (response.status === 429 || response.status >= 500) {
        if (attempt < this.retries) {
          const retryAfter = Number(response.headers.get("retry-after"));
          const wait =
            Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : this.backoffMs * 2 ** attempt;
          await this.sleep(Math.min(wait, 60_000));
          continue;
        }
      }
      if (!response.ok) {
        throw new KoladaError(
          "http",
          `Kolada svarade ${response.status} för ${url}.`,
          `Kolada answered ${response.status} for ${url}.`,
        );
      }
      try {
        return JSON.parse(text);
      } catch {
        throw new KoladaError(
          "malformed",
          "Kolada svarade med trasig JSON.",
          "Kolada answered with malformed JSON.",
        );
      }
    }
  }

  /** Runs `load` unless a fresh cache entry exists; on failure serves a stale entry; never caches a failure. */
  private async cached<T>(key: string, load: () => Promise<T>): Promise<Sourced<T>> {
    const raw = await this.storage.get(key);
    let entry: CacheEntry<T> | undefined;
    if (raw) {
      try {
        entry = JSON.parse(raw) as CacheEntry<T>;
      } catch {
        entry = undefined;
      }
    }
    if (entry && this.now() - entry.savedAt < this.ttlMs)
      return { data: entry.data, source: "cache", savedAt: entry.savedAt };
    try {
      const data = await load();
      const savedAt = this.now();
      await this.storage.set(key, JSON.stringify({ savedAt, key, data } satisfies CacheEntry<T>));
      return { data, source: "network", savedAt };
    } catch (e) {
      if (entry) return { data: entry.data, source: "stale-cache", savedAt: entry.savedAt };
      throw e;
    }
  }

  /** All pages of one data request, following next_url; all or nothing. */
  private async allPages(url: string): Promise<KoladaValue[]> {
    const values: KoladaValue[] = [];
    const seen = new Set<string>();
    let next: string | null = url;
    while (next) {
      if (seen.has(next) || seen.size > 1000) {
        throw new KoladaError("shape", "Koladas sidor pekar i en ring.", "Kolada's pages point in a loop.");
      }
      seen.add(next);
      const page = parseDataPage(await this.getJson(next));
      values.push(...page.values);
      next = page.next;
    }
    return values;
  }

  /**
   * Values of KPIs for municipalities and years: split into requests of at most
   * 25 municipalities, each followed through every page, each cached on its own.
   */
  async data(request: { kpi: string[]; kommun: string[]; ar: number[] }): Promise<Sourced<KoladaValue[]>> {
    if (request.kpi.length === 0 || request.kommun.length === 0 || request.ar.length === 0) {
      throw new KoladaError(
        "usage",
        "Ange minst ett nyckeltal, en kommun och ett år.",
        "Give at least one KPI, one municipality and one year.",
      );
    }
    const chunks: string[][] = [];
    for (let i = 0; i < request.kommun.length; i += MAX_IDS_PER_REQUEST)
      chunks.push(request.kommun.slice(i, i + MAX_IDS_PER_REQUEST));
    const results = await Promise.all(
      chunks.map((ids) => {
        const url = `${this.baseUrl}/v3/data/kpi/${request.kpi.join(",")}/municipality/${ids.join(",")}/year/${request.ar.join(",")}?per_page=${PER_PAGE}`;
        return this.cached(`data:${url.replace(this.baseUrl, "")}`, () => this.allPages(url));
      }),
    );
    const order = { network: 0, cache: 1, "stale-cache": 2 } as const;
    const worst = results.reduce((w, r) => (order[r.source] > order[w.source] ? r : w));
    return {
      data: results.flatMap((r) => r.data),
      source: worst.source,
      savedAt: Math.min(...results.map((r) => r.savedAt)),
    };
  }

  /** Municipalities (and regions) whose title contains `title`; all without it. */
  async municipalities(title?: string): Promise<Sourced<KoladaMunicipality[]>> {
    const url = `${this.baseUrl}/v3/municipality${title ? `?title=${encodeURIComponent(title)}` : ""}`;
    return this.cached(`municipality:${title ?? ""}`, async () => {
      const json = await this.getJson(url);
      if (!isRecord(json) || !Array.isArray(json.values)) {
        throw new KoladaError(
          "shape",
          "Kolada svarade med oväntad form för kommuner.",
          "Kolada answered in an unexpected shape for municipalities.",
        );
      }
      return json.values.map((m) => {
        if (!isRecord(m) || typeof m.id !== "string" || typeof m.title !== "string") {
          throw new KoladaError(
            "shape",
            "En kommun saknar id eller namn.",
            "A municipality lacks an id or a title.",
          );
        }
        return { id: m.id, title: m.title, type: typeof m.type === "string" ? m.type : "" };
      });
    });
  }

  /** KPIs whose title contains `title`. */
  async kpis(title: string): Promise<Sourced<KoladaKpi[]>> {
    const url = `${this.baseUrl}/v3/kpi?title=${encodeURIComponent(title)}`;
    return this.cached(`kpi:${title}`, async () => {
      const json = await this.getJson(url);
      if (!isRecord(json) || !Array.isArray(json.values)) {
        throw new KoladaError(
          "shape",
          "Kolada svarade med oväntad form för nyckeltal.",
          "Kolada answered in an unexpected shape for KPIs.",
        );
      }
      return json.values.map((k) => {
        if (!isRecord(k) || typeof k.id !== "string" || typeof k.title !== "string") {
          throw new KoladaError(
            "shape",
            "Ett nyckeltal saknar id eller titel.",
            "A KPI lacks an id or a title.",
          );
        }
        return {
          id: k.id,
          title: k.title,
          description: typeof k.description === "string" ? k.description : "",
        };
      });
    });
  }

  /**
   * A municipality code from a code or a name: "0184" stays "0184", "184" becomes
   * "0184", "Solna" is looked up (case-insensitive, municipalities before regions).
   */
  async resolveMunicipality(codeOrName: string | number): Promise<string> {
    const text = String(codeOrName).trim();
    if (/^\d{1,4}$/.test(text)) return text.padStart(4, "0");
    const { data } = await this.municipalities(text);
    const wanted = text.toLocaleLowerCase("sv");
    const match =
      data.find((m) => m.title.toLocaleLowerCase("sv") === wanted && m.type === "K") ??
      data.find((m) => m.title.toLocaleLowerCase("sv") === wanted);
    if (!match) {
      throw new KoladaError(
        "notfound",
        `Hittar ingen kommun som heter "${text}" i Kolada.`,
        `No municipality called "${text}" in Kolada.`,
      );
    }
    return match.id;
  }
}
