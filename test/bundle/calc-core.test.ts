import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { ROOT } from "../helpers";

// What an application pays for calc-core when it imports one function: esbuild bundles the published ES build
// (through the package's "exports", as a user's bundler would), minified, and the result is gzipped as a
// server sends it. decimal.js (about 12.5 KB gzipped) is in every function; date-fns must not be, except in
// the functions that read dates (prognosPer, monthOfBudgetYear).
async function bundle(names: string[]): Promise<{ gzip: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents: `export { ${names.join(", ")} } from "@kommunkalkyl/calc-core";`, resolveDir: ROOT },
    bundle: true,
    format: "esm",
    platform: "browser",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return {
    gzip: gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length,
    // the modules that put at least one byte into the bundle
    inputs: Object.entries(output.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([k]) => k),
  };
}

describe("calc-core bundle budget (esbuild, minified, gzipped)", () => {
  it("importing only nettokostnadsram stays within 15 KB and leaves date-fns out", async () => {
    const { gzip, inputs } = await bundle(["nettokostnadsram"]);
    expect(inputs.filter((f) => f.includes("date-fns"))).toEqual([]);
    expect(inputs.some((f) => f.includes("calc-core/dist/esm/"))).toBe(true);
    expect(gzip).toBeLessThanOrEqual(15 * 1024);
  });

  it("importing only prognos stays within 17 KB and leaves date-fns out (month names in messages included)", async () => {
    const { gzip, inputs } = await bundle(["prognos"]);
    expect(inputs.filter((f) => f.includes("date-fns"))).toEqual([]);
    expect(inputs.some((f) => f.endsWith("core/format.js"))).toBe(true);
    expect(gzip).toBeLessThanOrEqual(17 * 1024);
  });

  it("prognosPer, which reads a period as a date, is the one forecast that brings date-fns", async () => {
    const { inputs } = await bundle(["prognosPer"]);
    expect(inputs.some((f) => f.includes("date-fns/parse"))).toBe(true);
  });
});
