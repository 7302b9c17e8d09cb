import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "../helpers";

// A size, not a time: the production bundles that Excel downloads, gzipped as a server sends them.
const WEB = join(ROOT, "addin", "dist", "web");
const gzipped = (file: string) => gzipSync(readFileSync(join(WEB, file)), { level: 9 }).length;

describe("bundle budget (production build)", () => {
  it("keeps the task pane bundle within 300 KB gzipped", () => {
    expect(gzipped("taskpane.js")).toBeLessThanOrEqual(300 * 1024);
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
