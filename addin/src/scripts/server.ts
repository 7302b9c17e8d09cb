import { createReadStream, existsSync, statSync } from "node:fs";
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".txt": "text/plain; charset=utf-8",
};

/** URL path → file, for what the add-in serves: the built web app, the metadata per locale, the manifest, samples. */
export function routes(repoRoot: string): { mounts: [string, string][]; files: Record<string, string> } {
  return {
    files: {
      "/functions.json": join(repoRoot, "manifests", "functions.en-US.json"),
      "/sv-SE/functions.json": join(repoRoot, "manifests", "functions.sv-SE.json"),
      "/manifest.xml": join(repoRoot, "manifests", "manifest.xml"),
    },
    mounts: [
      ["/assets/", join(repoRoot, "addin", "assets")],
      ["/samples/", join(repoRoot, "samples")],
      ["/", join(repoRoot, "addin", "dist", "web")],
    ],
  };
}

function resolvePath(repoRoot: string, urlPath: string): string | undefined {
  const { files, mounts } = routes(repoRoot);
  const path = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  if (files[path]) return files[path];
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    let rel = path.slice(prefix.length);
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const full = resolve(dir, normalize(rel));
    if (!full.startsWith(resolve(dir))) return undefined; // no way out of the folder
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return undefined;
}

/** A small static server for the add-in; Office requires CORS for the metadata and scripts. */
export function handler(repoRoot: string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const file = resolvePath(repoRoot, req.url ?? "/");
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Cache-Control", "no-cache");
    if (!file) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Hittades inte / not found\n");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  };
}

export interface Started {
  server: Server;
  url: string;
  secure: boolean;
  why?: string;
}

/**
 * Serves the add-in over HTTPS with office-addin-dev-certs' localhost certificate,
 * or over HTTP with the reason when no certificate can be made or trusted here.
 */
export async function serve(repoRoot: string, port: number, host = "localhost"): Promise<Started> {
  let options: { key?: Buffer | string; cert?: Buffer | string; ca?: Buffer | string } | undefined;
  let why: string | undefined;
  if (process.env.KOMMUNKALKYL_HTTP === "1") {
    why = "KOMMUNKALKYL_HTTP=1 är satt / is set";
  } else {
    try {
      const devCerts = await import("office-addin-dev-certs");
      options = await Promise.race([
        devCerts.getHttpsServerOptions(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout after 30 s")), 30_000)),
      ]);
    } catch (e) {
      why = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    }
  }
  const server = options
    ? createHttpsServer(options, handler(repoRoot))
    : createHttpServer(handler(repoRoot));
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    server,
    url: `${options ? "https" : "http"}://${host}:${actualPort}`,
    secure: !!options,
    ...(why ? { why } : {}),
  };
}
