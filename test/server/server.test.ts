import { request } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { Server } from "node:http";
import { ROOT } from "../helpers";

interface Started {
  server: Server;
  url: string;
  secure: boolean;
  why?: string;
}
// the built server, as `npm start` runs it (npm test builds first)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require(join(ROOT, "addin", "dist", "scripts", "server.js")) as {
  serve: (root: string, port: number, host?: string) => Promise<Started>;
};

// `npm start`'s server, on the site `npm run build` wrote to dist/ (npm test builds first), over http on a
// free port. Requests are sent with their paths exactly as written (no client normalises `..` or escapes).

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let started: Started;
let port: number;

function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", fail);
    req.end();
  });
}

/** The server still serves the add-in: the metadata Excel loads first. */
async function stillAnswers(): Promise<void> {
  const r = await get("/functions.json");
  expect(r.status).toBe(200);
  expect(JSON.parse(r.body.toString("utf8")).functions.length).toBeGreaterThan(10);
}

beforeAll(async () => {
  process.env.KOMMUNKALKYL_HTTP = "1";
  started = await serve(ROOT, 0, "127.0.0.1");
  port = Number(new URL(started.url).port);
});

afterAll(async () => {
  delete process.env.KOMMUNKALKYL_HTTP;
  await new Promise<void>((ok) => started.server.close(() => ok()));
});

describe("npm start's static server", () => {
  it("serves over http with the reason when asked to (KOMMUNKALKYL_HTTP=1)", () => {
    expect(started.secure).toBe(false);
    expect(started.why).toMatch(/KOMMUNKALKYL_HTTP=1/);
    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each([
    ["/", "text/html; charset=utf-8"],
    ["/taskpane.html", "text/html; charset=utf-8"],
    ["/functions.js", "text/javascript; charset=utf-8"],
    ["/functions.json", "application/json; charset=utf-8"],
    ["/sv-SE/functions.json", "application/json; charset=utf-8"],
    ["/manifest.xml", "application/xml"],
    ["/help.html", "text/html; charset=utf-8"],
    ["/favicon.ico", "image/vnd.microsoft.icon"],
    ["/assets/icon-32.png", "image/png"],
    ["/samples/internpris.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  ])("serves %s as %s, to any origin", async (path, type) => {
    const r = await get(path);
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe(type);
    expect(r.headers["access-control-allow-origin"]).toBe("*");
  });

  it("serves the file itself: the manifest byte for byte as the build wrote it", async () => {
    const r = await get("/manifest.xml");
    expect(r.body.equals(readFileSync(join(ROOT, "dist", "manifest.xml")))).toBe(true);
  });

  it("compresses what a browser accepts compressed, and sends the same bytes", async () => {
    const plain = await get("/taskpane.js");
    const gz = await get("/taskpane.js", { "Accept-Encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(plain.headers["content-encoding"]).toBeUndefined();
  });

  it("sends the build's brotli and gzip files as they are, to whoever accepts them, else the file itself", async () => {
    // webpack.config.cjs writes taskpane.js.br and .gz beside taskpane.js; nothing is compressed per request
    const file = readFileSync(join(ROOT, "dist", "taskpane.js"));
    const br = await get("/taskpane.js", { "Accept-Encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.body.equals(readFileSync(join(ROOT, "dist", "taskpane.js.br")))).toBe(true);
    expect(brotliDecompressSync(br.body).equals(file)).toBe(true);
    expect(br.headers["content-type"]).toMatch(/^text\/javascript; charset=utf-8$/i);
    expect(br.headers["vary"]).toMatch(/Accept-Encoding/i);
    const gz = await get("/taskpane.js", { "Accept-Encoding": "gzip" });
    expect(gz.body.equals(readFileSync(join(ROOT, "dist", "taskpane.js.gz")))).toBe(true);
    const plain = await get("/taskpane.js", { "Accept-Encoding": "identity" });
    expect([plain.headers["content-encoding"], plain.body.equals(file)]).toEqual([undefined, true]);
    // the page Excel opens, prerendered pane and all, the same way
    const page = await get("/taskpane.html", { "Accept-Encoding": "br" });
    expect(brotliDecompressSync(page.body).equals(readFileSync(join(ROOT, "dist", "taskpane.html")))).toBe(
      true,
    );
  });

  it.each(["/%2e%2e/package.json", "/..%2fpackage.json", "/taskpane.js.br/../../package.json"])(
    "a way out of the site (%s) is refused whatever the encoding asked for",
    async (path) => {
      const r = await get(path, { "Accept-Encoding": "br, gzip" });
      expect([400, 403, 404]).toContain(r.status);
      expect(r.body.toString("utf8")).not.toContain('"name"');
    },
  );

  it("answers a missing file 404 without our paths or a stack trace", async () => {
    const r = await get("/finns-inte.html");
    expect(r.status).toBe(404);
    expect(r.body.toString("utf8")).not.toMatch(/node_modules|\/work\/|at /);
  });

  it.each([
    "/%E0%A4%A",
    "/%",
    "/%zz",
    "/help.html%",
    "/samples/%E0%A4%A",
    "/%c0%ae%c0%ae/package.json",
    "/%ff",
  ])("answers the malformed escape %s with 400, no stack trace, and stays up", async (path) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.body.toString("utf8")).not.toMatch(/node_modules|Error:|at /);
    await stillAnswers();
  });

  // `..` written plainly, percent-encoded in either case, with encoded slashes and backslashes, half-encoded,
  // behind the /samples/ mount and double-encoded: none may reach package.json (or anything) outside the folders
  const OUTSIDE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).name as string;
  it.each([
    "/../package.json",
    "/../../package.json",
    "/%2e%2e/package.json",
    "/%2E%2E/package.json",
    "/%2e%2e%2fpackage.json",
    "/..%2fpackage.json",
    "/..%2F..%2Fpackage.json",
    "/.%2e/package.json",
    "/%2e./package.json",
    "/..%5cpackage.json",
    "/..\\package.json",
    "/assets/../../package.json",
    "/assets/%2e%2e%2f%2e%2e%2fpackage.json",
    "/samples/../package.json",
    "/samples/%2e%2e/package.json",
    "/samples/..%2fpackage.json",
    "/%252e%252e/package.json",
    "/sv-SE/%2e%2e/%2e%2e/package.json",
  ])("never serves a file outside its folders for %s", async (path) => {
    const r = await get(path);
    expect([400, 403, 404]).toContain(r.status);
    expect(r.body.toString("utf8")).not.toContain(OUTSIDE);
    await stillAnswers();
  });

  it.each([
    ["a path of 4 000 characters", `/${"a".repeat(4000)}`],
    ["a segment longer than a file name may be", `/${"b".repeat(300)}.html`],
    ["a path of 10 000 encoded characters", `/${"%41".repeat(10_000)}`],
    ["a path longer than Node's header limit", `/${"c".repeat(20_000)}`],
  ])("answers %s with an error status and stays up", async (_label, path) => {
    const r = await get(path).catch(() => ({ status: 0 }) as Answer);
    // 404 (no such file, also ENAMETOOLONG), 414/431 from Node itself, or a closed connection (0)
    expect([0, 404, 414, 431]).toContain(r.status);
    await stillAnswers();
  });

  it("answers a request that is not GET or HEAD 405 and stays up", async () => {
    const r = await new Promise<number>((ok, fail) => {
      const req = request({ host: "127.0.0.1", port, path: "/help.html", method: "DELETE" }, (res) => {
        res.resume();
        ok(res.statusCode ?? 0);
      });
      req.on("error", fail);
      req.end();
    });
    expect(r).toBe(405);
    await stillAnswers();
  });
});
