import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT } from "../helpers";

const PATH = join(ROOT, "manifests", "manifest.xml");
const xml = readFileSync(PATH, "utf8");

describe("manifests/manifest.xml", () => {
  it("parses with office-addin-manifest as a Workbook add-in", () => {
    // office-addin-manifest loads ES modules that jest's CommonJS runtime cannot, so it runs in its own Node
    const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(${JSON.stringify(PATH)}).then((m) => console.log(JSON.stringify(m)))`;
    const r = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    const info = JSON.parse(r.stdout) as {
      id: string;
      displayName: string;
      hosts: string[];
      defaultLocale: string;
    };
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.displayName).toBe("Kommunkalkyl");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.defaultLocale).toBe("en-US");
  });

  it("declares the KOMMUN namespace and a shared runtime for functions and task pane", () => {
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="KOMMUN"\/>/);
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(xml).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
  });

  it("gives Swedish Excel the Swedish metadata", () => {
    expect(xml).toMatch(
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.json">\s*<bt:Override Locale="sv-SE" Value="https:\/\/localhost:3000\/sv-SE\/functions.json"\/>/,
    );
  });

  it("defines every resource it refers to", () => {
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    for (const id of used) expect(defined).toContain(id);
    for (const id of used) expect(id!.length).toBeLessThanOrEqual(32);
  });

  it("points every URL at the dev server and every icon at a file that exists", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://localhost:3000/")).toBe(true);
    for (const url of urls.filter((u) => u.endsWith(".png"))) {
      expect(existsSync(join(ROOT, "addin", url.replace("https://localhost:3000/", "")))).toBe(true);
    }
  });
});
