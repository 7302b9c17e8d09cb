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
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
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
