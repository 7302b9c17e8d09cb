import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AddressInfo } from "node:net";

export const FIXTURES = join(__dirname, "..", "fixtures", "kolada");
export const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), "utf8"));

/** What the fake server does for one request. */
export type Behaviour =
  | { json: unknown; status?: number; headers?: Record<string, string> }
  | { status: number; headers?: Record<string, string>; body?: string }
  | { raw: string }
  | { hang: true };

/**
 * A fake Kolada on 127.0.0.1 (an ephemeral port). `routes` maps a path
 * (without the query) to the behaviours of its successive requests; the last
 * one repeats. `{base}` in a JSON body is replaced by the server's URL (for next_url).
 */
export async function startFakeKolada(routes: Record<string, Behaviour[]>): Promise<{
  url: string;
  requests: string[];
  close: () => Promise<void>;
}> {
  const requests: string[] = [];
  const counts = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  let base = "";
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? "/";
    requests.push(url);
    const path = url.split("?")[0]!;
    const page = new URL(url, "http://x").searchParams.get("page");
    const key = page ? `${path}?page=${page}` : path;
    const list = routes[key] ?? routes[path];
    if (!list) {
      res.writeHead(404).end("{}");
      return;
    }
    const n = counts.get(key) ?? 0;
    counts.set(key, n + 1);
    const b = list[Math.min(n, list.length - 1)]!;
    if ("hang" in b) {
      hanging.add(res);
      return;
    }
    if ("raw" in b) {
      res.writeHead(200, { "Content-Type": "application/json" }).end(b.raw);
      return;
    }
    if ("json" in b) {
      const text = JSON.stringify(b.json).replaceAll("{base}", base);
      res.writeHead(b.status ?? 200, { "Content-Type": "application/json", ...b.headers }).end(text);
      return;
    }
    res.writeHead(b.status, b.headers).end(b.body ?? "");
  });
  base = await listen(server);
  return { url: base, requests, close: () => closeServer(server, hanging) };
}

/** Listens on an ephemeral port of 127.0.0.1; the server's base URL. */
async function listen(server: Server): Promise<string> {
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Ends the requests left hanging and every connection, then closes the server. */
function closeServer(server: Server, hanging: Iterable<ServerResponse> = []): Promise<void> {
  return new Promise<void>((ok) => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    server.close(() => ok());
  });
}

/** A data page in Kolada's shape. */
export function dataPage(
  values: {
    kpi: string;
    municipality: string;
    period: number;
    value: number | null;
    isdeleted?: boolean;
    status?: string;
  }[],
  next: string | null,
) {
  return {
    count: values.length,
    values: values.map((v) => ({
      kpi: v.kpi,
      municipality: v.municipality,
      period: v.period,
      values: [
        { gender: "T", count: 1, status: v.status ?? "", value: v.value, isdeleted: v.isdeleted ?? false },
      ],
    })),
    next_url: next,
    previous_url: null,
  };
}

/** A recorded Kolada v3 dataset: the `values` of each endpoint as Kolada's OpenAPI description gives them. */
export interface KoladaDataset {
  municipality: { id: string; title: string; type: string }[];
  municipality_groups: {
    id: string;
    title: string;
    members: { member_id: string; member_title: string }[];
  }[];
  kpi: { id: string; title: string; [key: string]: unknown }[];
  data: { kpi: string; municipality: string; period: number; values: unknown[] }[];
}

/**
 * A fake Kolada v3 on 127.0.0.1 that answers from a dataset as the published API does:
 * `/v3/municipality[?title=]`, `/v3/municipality_groups[?title=]`, `/v3/kpi/{ids}` and
 * `/v3/data/kpi/{ids}/municipality/{ids}/year/{years}`, every list paged by `per_page` and `page` with
 * `count`, `next_url` and `previous_url`; more than 25 municipality ids in one data request → 422 (as
 * Kolada refuses long id lists). `pageSize` caps the page size whatever the client asks, to test paging.
 */
export async function startFakeKoladaV3(
  dataset: KoladaDataset,
  options: { pageSize?: number } = {},
): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  let base = "";
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const raw = req.url ?? "/";
    requests.push(raw);
    const url = new URL(raw, "http://x");
    const path = decodeURIComponent(url.pathname).replace(/\/+$/, "");
    const title = url.searchParams.get("title")?.toLocaleLowerCase("sv");
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
    const paged = (items: unknown[]) => {
      const asked = Number(url.searchParams.get("per_page") ?? 5000);
      const perPage = Math.min(asked, options.pageSize ?? asked);
      const page = Number(url.searchParams.get("page") ?? 1);
      const slice = items.slice((page - 1) * perPage, page * perPage);
      const link = (p: number) => {
        const u = new URL(raw, base);
        u.searchParams.set("page", String(p));
        return u.toString();
      };
      send(200, {
        count: slice.length,
        values: slice,
        next_url: page * perPage < items.length ? link(page + 1) : null,
        previous_url: page > 1 ? link(page - 1) : null,
      });
    };
    const byTitle = <T extends { title: string }>(xs: T[]) =>
      title ? xs.filter((x) => x.title.toLocaleLowerCase("sv").includes(title)) : xs;
    if (path === "/v3/municipality") return paged(byTitle(dataset.municipality));
    if (path === "/v3/municipality_groups") return paged(byTitle(dataset.municipality_groups));
    const kpi = /^\/v3\/kpi\/([^/]+)$/.exec(path);
    if (kpi) {
      const ids = kpi[1]!.split(",");
      return paged(dataset.kpi.filter((k) => ids.includes(k.id)));
    }
    const data = /^\/v3\/data\/kpi\/([^/]+)\/municipality\/([^/]+)\/year\/([^/]+)$/.exec(path);
    if (data) {
      const [kpis, kommuner, years] = [data[1]!, data[2]!, data[3]!].map((s) => s.split(","));
      if (kommuner!.length > 25) return send(422, { detail: "too many ids" });
      return paged(
        dataset.data.filter(
          (d) =>
            kpis!.includes(d.kpi) && kommuner!.includes(d.municipality) && years!.includes(String(d.period)),
        ),
      );
    }
    send(404, { detail: "not found" });
  });
  base = await listen(server);
  return { url: base, requests, close: () => closeServer(server) };
}
