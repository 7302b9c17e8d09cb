import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ROOT } from "../helpers";

// The site `npm run build` writes to dist/: the help pages and favicon served by `npm start`, every URL of the
// manifest and of both functions.json answered, and a production build for a municipality's own server.
// The built scripts are used, as `npm start` and `npm run build` use them (npm test builds first).

interface Started {
  server: Server;
  url: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require(join(ROOT, "addin", "dist", "scripts", "server.js")) as {
  serve: (root: string, port: number, host?: string) => Promise<Started>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const site = require(join(ROOT, "addin", "dist", "scripts", "site.js")) as {
  DEV_URL: string;
  baseUrl: (argv: string[], env?: Record<string, string | undefined>) => string;
  buildSite: (root: string, base: string, out?: string) => string[];
  manifestFor: (devManifest: string, base: string) => string;
  icoFromPngs: (pngs: Buffer[]) => Buffer;
};

/** Every http(s) URL in a text, without the XML namespaces (they name schemas, nothing is loaded from them). */
function urls(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^"'<>\s]+/g)]
    .map((m) => m[0])
    .filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
}

describe("the site served by npm start", () => {
  let started: Started;
  let manifest: string;
  // the site's base URL, read from the manifest the build wrote (https://localhost:3000/ unless built with --url)
  let base: string;
  const local = (u: string) => `${started.url}/${u.slice(base.length)}`;
  const fetchText = async (u: string) => {
    const r = await fetch(u);
    return { status: r.status, text: await r.text(), type: r.headers.get("content-type") };
  };

  beforeAll(async () => {
    process.env.KOMMUNKALKYL_HTTP = "1";
    started = await serve(ROOT, 0, "127.0.0.1");
    manifest = (await fetchText(`${started.url}/manifest.xml`)).text;
    base = /<SourceLocation DefaultValue="([^"]+)taskpane\.html"\/>/.exec(manifest)![1]!;
  });

  afterAll(async () => {
    delete process.env.KOMMUNKALKYL_HTTP;
    await new Promise<void>((ok) => started.server.close(() => ok()));
  });

  it("answers 200 for every URL in the manifest: pages, scripts, icons, metadata and help", async () => {
    const all = urls(manifest).filter((u) => u.startsWith(base));
    // taskpane, functions.js, both metadata, four icons, two help pages at least
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const u of new Set(all)) {
      const r = await fetch(local(u));
      expect([u, r.status]).toEqual([u, 200]);
    }
  });

  it("points the support link and Get Started's Learn more at the help page, in Swedish for Swedish Excel", () => {
    expect(manifest).toMatch(
      new RegExp(
        `<SupportUrl DefaultValue="${base}help.html">\\s*<Override Locale="sv-SE" Value="${base}sv-SE/help.html"/>`,
      ),
    );
    expect(manifest).toMatch(/<LearnMoreUrl resid="Help.Url"\/>/);
    expect(manifest).toMatch(
      new RegExp(
        `<bt:Url id="Help.Url" DefaultValue="${base}help.html">\\s*<bt:Override Locale="sv-SE" Value="${base}sv-SE/help.html"/>`,
      ),
    );
  });

  it.each([
    ["functions.json", "en", "help.html", "Error codes"],
    ["sv-SE/functions.json", "sv", "sv-SE/help.html", "Felkoder"],
  ])(
    "%s: every function's helpUrl answers 200 and has a section for it (%s)",
    async (file, lang, page, errorsTitle) => {
      const meta = JSON.parse((await fetchText(`${started.url}/${file}`)).text) as {
        functions: { id: string; name: string; helpUrl: string }[];
      };
      expect(meta.functions.length).toBeGreaterThan(10);
      const pages = new Map<string, string>();
      for (const f of meta.functions) {
        const [url, anchor] = f.helpUrl.split("#") as [string, string];
        expect(url).toBe(`${base}${page}`);
        expect(anchor).toBe(f.id);
        if (!pages.has(url)) {
          const r = await fetchText(local(url));
          expect(r.status).toBe(200);
          expect(r.type).toBe("text/html; charset=utf-8");
          pages.set(url, r.text);
        }
        const html = pages.get(url)!;
        const section = html.slice(html.indexOf(`<section id="${f.id}">`));
        expect(section.length).toBeLessThan(html.length);
        // the heading names the function as Excel in this language shows it
        expect(section).toMatch(
          new RegExp(`^<section id="${f.id}">\\s*<h2>KOMMUN\\.${f.name.replace(".", "\\.")} `),
        );
      }
      expect(pages.get(`${base}${page}`)).toContain(`<html lang="${lang}">`);
      expect(pages.get(`${base}${page}`)).toContain(errorsTitle);
    },
  );

  it("help: syntax in both languages, arguments with units, the example and its result, error codes with messages", async () => {
    const sv = (await fetchText(`${started.url}/sv-SE/help.html`)).text;
    const en = (await fetchText(`${started.url}/help.html`)).text;
    const section = (html: string, id: string) => {
      const start = html.indexOf(`<section id="${id}">`);
      return html.slice(start, html.indexOf("</section>", start));
    };
    const frameSv = section(sv, "NETCOSTFRAME");
    expect(frameSv).toContain("KOMMUN.NETTOKOSTNADSRAM(skatter_och_bidrag; finansnetto; [andel])");
    expect(frameSv).toContain("KOMMUN.NETCOSTFRAME(taxes_and_grants, finance_net, [share])");
    expect(frameSv).toContain("andel (2 % = 0,02)");
    // 1 000 + 5 − 2 % of 1 000
    // Swedish Excel writes the example with its Swedish name and ; between the arguments
    expect(frameSv).toContain("<code>=KOMMUN.NETTOKOSTNADSRAM(1000;5;2%)</code> → <strong>985</strong>");
    // a wrong unit answered in Swedish, with Swedish Excel's name of the error
    expect(frameSv).toMatch(/<code>#VÄRDEFEL!<\/code>[^]*Skriv 2 % \(0,02\), inte 2/);
    const frameEn = section(en, "NETCOSTFRAME");
    expect(frameEn).toContain("share (2 % = 0.02)");
    expect(frameEn).toMatch(/<code>#VALUE!<\/code>[^]*Write 2 % \(0\.02\), not 2/);
    // a function that answers #N/A for a missing outcome says so
    expect(section(en, "FORECAST")).toMatch(/<code>#N\/A<\/code>/);
    expect(section(sv, "TAXRAISEFOR")).toContain("kr per 100 kr");
    // the Swedish page shows the example's result as Swedish Excel does: 20 / 1 000 = 0,02; a result of
    // 5 on 1 000 (0,5 %) is under the 2 % target, in Swedish words; 700 000 / 1 000 000 000 × 100 = 0,07 kr
    // per 100 kr; (1 000 − 1 030) / 1 000 = -0,03; the year-end settlement split 500:300:200 of 100
    expect(section(sv, "RESULTSHARE")).toContain("→ <strong>0,02</strong>");
    expect(section(sv, "BALANCECHECK")).toContain("→ <strong>under resultatmål</strong>");
    expect(section(sv, "TAXRAISEFOR")).toContain("→ <strong>0,07</strong>");
    expect(section(sv, "DEVIATIONSHARE")).toContain("→ <strong>-0,03</strong>");
    expect(section(sv, "YEARENDSETTLEMENT")).toContain("→ <strong>50; 30; 20</strong>");
    expect(section(en, "BALANCECHECK")).toContain("→ <strong>below target</strong>");
    expect(section(en, "RESULTSHARE")).toContain("→ <strong>0.02</strong>");
  });

  it("serves a favicon: an .ico holding the 16 and 32 pixel icons", async () => {
    const r = await fetch(`${started.url}/favicon.ico`);
    expect(r.status).toBe(200);
    const ico = Buffer.from(await r.arrayBuffer());
    expect(ico.readUInt16LE(2)).toBe(1); // an icon
    expect(ico.readUInt16LE(4)).toBe(2); // two images
    expect([ico.readUInt8(6), ico.readUInt8(6 + 16)]).toEqual([16, 32]);
    const first = ico.readUInt32LE(6 + 12);
    expect(ico.subarray(first, first + 8).toString("latin1")).toBe("\x89PNG\r\n\x1a\n");
  });
});

describe("a production build for the municipality's own server", () => {
  const BASE = "https://intranet.example/kommunkalkyl/";
  let out: string;
  let files: string[];

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "kommunkalkyl-site-"));
    site.buildSite(ROOT, BASE, out);
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) =>
        statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)],
      );
    files = walk(out).map((f) => relative(out, f));
  });

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("reads --url, --url=, then KOMMUNKALKYL_URL, else localhost, and always ends the base with /", () => {
    expect(site.baseUrl(["--url", "https://intranet.example/kommunkalkyl"], {})).toBe(BASE);
    expect(site.baseUrl(["--url=https://intranet.example/kommunkalkyl/"], {})).toBe(BASE);
    expect(site.baseUrl([], { KOMMUNKALKYL_URL: "https://intranet.example/kommunkalkyl" })).toBe(BASE);
    expect(site.baseUrl(["--url", "https://a.example/"], { KOMMUNKALKYL_URL: "https://b.example/" })).toBe(
      "https://a.example/",
    );
    expect(site.baseUrl([], {})).toBe("https://localhost:3000/");
  });

  it("builds for the port npm start serves on when PORT is set and no address is given", () => {
    // PORT=3344 npm start serves on 3344, so the manifest it serves must point there, not at 3000
    expect(site.baseUrl([], { PORT: "3344" })).toBe("https://localhost:3344/");
    expect(site.baseUrl([], { PORT: "3344", KOMMUNKALKYL_URL: "https://a.example/" })).toBe(
      "https://a.example/",
    );
    expect(site.baseUrl(["--url", "https://a.example/kk"], { PORT: "3344" })).toBe("https://a.example/kk/");
    // a PORT that is not a port number is not ours to interpret
    expect(site.baseUrl([], { PORT: "pipe" })).toBe("https://localhost:3000/");
  });

  it("refuses a base Excel cannot load from, in both languages", () => {
    expect(() => site.baseUrl(["--url", "http://intranet.example/"], {})).toThrow(
      /måste börja med https.*must start with https/,
    );
    expect(() => site.baseUrl(["--url", "intranet.example"], {})).toThrow(
      /ingen fullständig URL.*not an absolute URL/,
    );
    expect(() => site.baseUrl(["--url", "https://x.example/?a=1"], {})).toThrow(/no query/);
    // the folder, not a file in it (else the site would be looked for under manifest.xml/)
    expect(() => site.baseUrl(["--url", "https://x.example/kommunkalkyl/manifest.xml"], {})).toThrow(
      /pekar på en fil.*names a file/,
    );
    expect(site.baseUrl(["--url", "https://x.example/v1.2"], {})).toBe("https://x.example/v1.2/");
    expect(site.baseUrl(["--url", "http://127.0.0.1:8080"], {})).toBe("http://127.0.0.1:8080/");
  });

  it("holds everything the add-in loads", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "manifest.xml",
        "functions.json",
        join("sv-SE", "functions.json"),
        "help.html",
        join("sv-SE", "help.html"),
        "taskpane.html",
        "functions.js",
        "taskpane.js",
        "index.html",
        "favicon.ico",
        join("assets", "icon-16.png"),
        join("assets", "icon-80.png"),
      ]),
    );
  });

  it("leaves no localhost anywhere: manifest, metadata, pages, scripts", () => {
    const withLocalhost = files.filter(
      (f) => /\.(xml|json|html|js)$/.test(f) && readFileSync(join(out, f), "utf8").includes("localhost"),
    );
    expect(withLocalhost).toEqual([]);
  });

  it("points every URL of the manifest at the base, each at a file the site holds, and the app domain at its origin", () => {
    const xml = readFileSync(join(out, "manifest.xml"), "utf8");
    const all = urls(xml).filter((u) => !u.startsWith("https://appsforoffice.microsoft.com/"));
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const u of all) {
      if (u === "https://intranet.example") continue; // the AppDomain
      expect(u.startsWith(BASE)).toBe(true);
      expect([u, existsSync(join(out, u.slice(BASE.length)))]).toEqual([u, true]);
    }
    expect(xml).toContain("<AppDomain>https://intranet.example</AppDomain>");
    const meta = JSON.parse(readFileSync(join(out, "sv-SE", "functions.json"), "utf8")) as {
      functions: { id: string; helpUrl: string }[];
    };
    for (const f of meta.functions) expect(f.helpUrl).toBe(`${BASE}sv-SE/help.html#${f.id}`);
  });

  it("writes a manifest office-addin-manifest reads as the same add-in", () => {
    // office-addin-manifest loads ES modules that jest's CommonJS runtime cannot, so it runs in its own Node.
    // (Its `validate` command needs Microsoft's validation service on the internet; tests never go there.)
    const path = join(out, "manifest.xml");
    const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(${JSON.stringify(path)}).then((m) => console.log(JSON.stringify(m)))`;
    const r = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    const info = JSON.parse(r.stdout) as {
      id: string;
      displayName: string;
      hosts: string[];
      supportUrl?: string;
    };
    expect(info.displayName).toBe("Kommunkalkyl");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.id).toBe(
      /<Id>([^<]+)<\/Id>/.exec(readFileSync(join(ROOT, "manifests", "manifest.xml"), "utf8"))![1],
    );
  });

  it("writes a base URL with & as XML, so the manifest still parses and gives the URL back", () => {
    const dev = readFileSync(join(ROOT, "manifests", "manifest.xml"), "utf8");
    const xml = site.manifestFor(dev, "https://intranet.example/drift&stod/kommunkalkyl/");
    // outside comments, every & is an entity
    expect(xml.replace(/<!--[^]*?-->/g, "")).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#)/);
    const path = join(out, "amp-manifest.xml");
    writeFileSync(path, xml);
    const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(${JSON.stringify(path)}).then((m) => console.log(JSON.stringify(m)))`;
    const r = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    const info = JSON.parse(r.stdout) as { supportUrl?: string };
    expect(info.supportUrl).toBe("https://intranet.example/drift&stod/kommunkalkyl/help.html");
  });

  it("makes the favicon an .ico of the given PNGs", () => {
    const png = readFileSync(join(ROOT, "addin", "assets", "icon-32.png"));
    const ico = site.icoFromPngs([png]);
    expect(ico.readUInt32LE(6 + 8)).toBe(png.length);
    expect(ico.subarray(22).equals(png)).toBe(true);
  });
});
