import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "../helpers";

// A size, not a time: the production bundles that Excel downloads, gzipped as a server sends them.
const WEB = join(ROOT, "addin", "dist", "web");
const gzipped = (file: string) => gzipSync(readFileSync(join(WEB, file)), { level: 9 }).length;

describe("bundle budget (production build)", () => {
  it("keeps the pane page (taskpane.js + functions.js, what taskpane.html loads at start) within 250 KB gzipped", () => {
    const html = readFileSync(join(WEB, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
      .map((m) => m[1]!)
      .filter((src) => !src.startsWith("http"));
    expect(scripts.sort()).toEqual(["functions.js", "taskpane.js"]);
    expect(gzipped("taskpane.js") + gzipped("functions.js")).toBeLessThanOrEqual(250 * 1024);
  });

  it("loads the panels and their charts on first use, not with the pane", () => {
    const pane = readFileSync(join(WEB, "taskpane.js"), "utf8");
    // Chart.js and the panels' own code live in chunks fetched when a panel is opened
    expect(pane).not.toContain("Canvas is already in use"); // a message of Chart.js
    // the first panel (Skatt eller effektivisering?) in one file of its own, the others in theirs
    expect(pane).toMatch(/first-panel/);
    expect(pane).toMatch(/panel-functions/);
  });

  it("preloads the first panel as one file and marks what runs at the start for V8's eager compilation", () => {
    const html = readFileSync(join(WEB, "taskpane.html"), "utf8");
    const preloaded = [...html.matchAll(/<link rel="preload" as="script" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(preloaded).toHaveLength(1);
    expect(preloaded[0]).toMatch(/^first-panel\.[0-9a-f]{8}\.js$/);
    const hint = "//# allFunctionsCalledOnLoad\n";
    // the compile hint must be the file's first line (V8 reads it only there)
    for (const file of ["taskpane.js", preloaded[0]!])
      expect(readFileSync(join(WEB, file), "utf8").startsWith(hint)).toBe(true);
    // the functions' script runs little of itself at the start: compiled lazily, as V8 decides
    expect(readFileSync(join(WEB, "functions.js"), "utf8").startsWith(hint)).toBe(false);
    // the first panel's code is in that file, not only named there: its view's result card for the raise
    expect(readFileSync(join(WEB, preloaded[0]!), "utf8")).toContain('"tax-raise"');
  });

  it("keeps the custom-functions runtime within 60 KB gzipped", () => {
    expect(gzipped("functions.js")).toBeLessThanOrEqual(60 * 1024);
  });

  it("leaves HyperFormula out of what Excel loads (only the browser demo loads it, lazily)", () => {
    for (const file of ["taskpane.js", "functions.js", "demo.js"]) {
      expect(readFileSync(join(WEB, file), "utf8")).not.toMatch(
        /gpl-v3|GPL-3\.0 licence key|HyperFormula is/,
      );
    }
  });
});
