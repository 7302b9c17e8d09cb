import compression from "compression";
import expressStaticGzip from "express-static-gzip";
import finalhandler from "finalhandler";
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { join } from "node:path";
import serveStatic from "serve-static";

/** The folders `npm start` serves: the built site (`npm run build` writes it to dist/) and the sample workbooks. */
export function folders(repoRoot: string): { site: string; samples: string } {
  return { site: join(repoRoot, "dist"), samples: join(repoRoot, "samples") };
}

type Next = (err?: unknown) => void;

/** The path of a request's URL as Express's `req.path` gives it (still percent-encoded, no query). */
function pathOf(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0]!;
  return path.startsWith("/") ? path : "/";
}

/**
 * The add-in's static server, built from Express's well-kept parts rather than our own: `serve-static`
 * (with `send`) finds the file, answers a malformed escape with 400 and a path with `..` in any encoding
 * with 403, never leaves its folder, and sends the type of the file; `compression` gzips or brotli-
 * compresses what is worth it; `finalhandler` answers what is left (404, 400, 405) and never throws.
 * Office loads the metadata and scripts cross-origin, so every answer allows any origin.
 */
export function handler(repoRoot: string): (req: IncomingMessage, res: ServerResponse) => void {
  const { site, samples } = folders(repoRoot);
  const headers = (res: ServerResponse): void => {
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Cache-Control", "no-cache");
  };
  const common = { dotfiles: "ignore" as const, redirect: false, setHeaders: headers };
  const serveSamples = serveStatic(samples, { ...common, index: false, fallthrough: false });
  // fallthrough: false — a bad request (400), a way out (403) or a missing file (404) goes to finalhandler.
  // The build writes each page, script and style also brotli- and gzip-compressed beside it (webpack.config.cjs):
  // express-static-gzip sends the one the browser accepts, through the same serve-static, so nothing is
  // compressed again per request; a file without them is compressed by `compression` below as before.
  const gzipSite = expressStaticGzip(site, {
    enableBrotli: true,
    orderPreference: ["br", "gzip"],
    index: "index.html",
    serveStatic: { ...common, index: ["index.html"], fallthrough: false },
  }) as (req: IncomingMessage, res: ServerResponse, next: Next) => void;
  const serveSite = (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    // express-static-gzip reads Express's `req.path`; the add-in's server is plain Node http
    Object.defineProperty(req, "path", { configurable: true, get: () => pathOf(req.url) });
    gzipSite(req, res, next);
  };
  // compression is typed for Express but needs only Node's request and response (it is connect middleware)
  const compress = compression() as unknown as (
    req: IncomingMessage,
    res: ServerResponse,
    next: Next,
  ) => void;
  return (req, res) => {
    const done = finalhandler(req, res, {
      env: "production", // the status text only, never a stack trace with our paths
      onerror: (err: unknown) => {
        const status = (err as { status?: number }).status ?? 500;
        if (status >= 500) console.error(err);
      },
    });
    headers(res);
    compress(req, res, (err?: unknown) => {
      if (err) return done(err);
      const url = req.url ?? "/";
      const next: Next = (e) => done(e);
      if (url.startsWith("/samples/")) {
        // mounted at /samples/: the folder sees the rest of the path
        req.url = url.slice("/samples".length);
        serveSamples(req, res, next);
        return;
      }
      serveSite(req, res, next);
    });
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
