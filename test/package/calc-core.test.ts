import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers";

// What a user of @kommunkalkyl/calc-core gets from npm: the tarball `npm pack` makes from the built package
// (`npm run build` first), checked by arethetypeswrong and publint offline, then installed into a scratch
// folder and used from an ES module, from CommonJS and from TypeScript. The scratch folder lives inside this
// repository's node_modules so the package's own dependencies (decimal.js, date-fns) resolve as after install.

const CALC_CORE = join(ROOT, "calc-core");
const BIN = join(ROOT, "node_modules", ".bin");
let scratch: string;
let tarball: string;
let files: string[];

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
}

beforeAll(() => {
  const cache = join(ROOT, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  scratch = mkdtempSync(join(cache, "calc-core-pack-"));
  const pack = run("npm", ["pack", "--json", "--pack-destination", scratch], CALC_CORE);
  expect(pack.status).toBe(0);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(scratch, info!.filename);
  files = info!.files.map((f) => f.path);
  // install it as npm would: the tarball's package/ folder as node_modules/@kommunkalkyl/calc-core
  const target = join(scratch, "node_modules", "@kommunkalkyl");
  mkdirSync(target, { recursive: true });
  expect(run("tar", ["-xzf", tarball, "-C", target], scratch).status).toBe(0);
  expect(run("mv", [join(target, "package"), join(target, "calc-core")], scratch).status).toBe(0);
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("the calc-core tarball", () => {
  it("ships the two builds, the README and the licence, and nothing else", () => {
    expect(files).toEqual(expect.arrayContaining(["package.json", "README.md", "LICENSE"]));
    const other = files.filter(
      (f) => !["package.json", "README.md", "LICENSE"].includes(f) && !/^dist\/(esm|cjs)\//.test(f),
    );
    expect(other).toEqual([]);
    expect(files.filter((f) => /__testing__|\.test\.|tsbuildinfo|^src\//.test(f))).toEqual([]);
    // each build has its JavaScript and its own declarations
    expect(files).toEqual(
      expect.arrayContaining([
        "dist/esm/index.js",
        "dist/esm/index.d.mts",
        "dist/esm/package.json",
        "dist/cjs/index.js",
        "dist/cjs/index.d.cts",
        "dist/cjs/package.json",
      ]),
    );
    expect(files.filter((f) => f.endsWith(".d.ts"))).toEqual([]);
  });

  it("has no problem for @arethetypeswrong/cli under node10, node16 (CJS and ESM) and bundler", () => {
    const r = run(join(BIN, "attw"), ["--no-definitely-typed", "--format", "json", tarball], scratch);
    const report = JSON.parse(r.stdout) as {
      problems?: unknown[] | Record<string, unknown>;
      analysis: {
        entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } }> }>;
      };
    };
    // `problems` is a list or a map by kind, depending on the version: either way, empty
    expect(Object.keys(report.problems ?? {})).toEqual([]);
    expect(r.status).toBe(0);
    const root = report.analysis.entrypoints["."]!.resolutions;
    // ESM importers get the ES-module declarations, CommonJS the CommonJS ones
    expect(root["node16-esm"]?.resolution?.fileName).toMatch(/dist\/esm\/index\.d\.mts$/);
    expect(root["node16-cjs"]?.resolution?.fileName).toMatch(/dist\/cjs\/index\.d\.cts$/);
  });

  it("names no address that does not exist yet: repository, homepage and bugs wait for the real one", () => {
    const meta = JSON.parse(readFileSync(join(CALC_CORE, "package.json"), "utf8")) as Record<string, unknown>;
    // the project has no public repository yet (see README, "Before publishing"); an invented URL would mislead
    expect(Object.keys(meta).filter((k) => ["repository", "homepage", "bugs"].includes(k))).toEqual([]);
    expect(JSON.stringify(meta)).not.toMatch(/https?:\/\//);
    expect(meta).toMatchObject({ license: "MIT", sideEffects: false, engines: { node: ">=20" } });
  });

  it("is clean for publint --strict", () => {
    const r = run(join(BIN, "publint"), ["run", "--strict", tarball], scratch);
    expect(r.stdout + r.stderr).not.toMatch(/Errors:|Warnings:|Suggestions:/);
    expect(r.stdout).toMatch(/All good!/);
    expect(r.status).toBe(0);
  });
});

describe("the installed package", () => {
  it("works from an ES module, and isKommunError recognises errors from both builds", () => {
    const script = `
      import * as esm from "@kommunkalkyl/calc-core";
      import { createRequire } from "node:module";
      const cjs = createRequire(import.meta.url)("@kommunkalkyl/calc-core");
      const thrown = (f) => { try { f(); } catch (e) { return e; } throw new Error("did not throw"); };
      const fromEsm = thrown(() => esm.resultatkrav(1000, 2));
      const fromCjs = thrown(() => cjs.resultatkrav(1000, 2));
      console.log(JSON.stringify({
        twoClasses: esm.KommunError !== cjs.KommunError,
        instanceofAcross: fromCjs instanceof esm.KommunError || fromEsm instanceof cjs.KommunError,
        esmSeesCjs: esm.isKommunError(fromCjs), cjsSeesEsm: cjs.isKommunError(fromEsm),
        esmSeesEsm: esm.isKommunError(fromEsm), cjsSeesCjs: cjs.isKommunError(fromCjs),
        plainError: esm.isKommunError(new Error("x")) || cjs.isKommunError({ name: "KommunError" }),
        code: fromCjs.code, argument: fromEsm.argument,
        frame: esm.nettokostnadsram(1000, 5, 0.02),
        runRate: esm.prognos(1200, [90, 90, 90, 90, 90, 90, 90, 90], "linjär"),
        raise: esm.skattehojningFor(25000000, 6900000000),
        defaultExport: "default" in esm,
      }));`;
    writeFileSync(join(scratch, "use.mjs"), script);
    const r = run(process.execPath, ["use.mjs"], scratch);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({
      // the dual-package hazard is real: two classes, and instanceof fails across them…
      twoClasses: true,
      instanceofAcross: false,
      // …which isKommunError does not
      esmSeesCjs: true,
      cjsSeesEsm: true,
      esmSeesEsm: true,
      cjsSeesCjs: true,
      plainError: false,
      code: "value",
      argument: "andel",
      // the README's examples: 1 000 + 5 − 2 % × 1 000; 720 × 12 / 8; 25 Mkr × 100 / 6 900 Mkr = 0.3623… → 0.37 up
      frame: 985,
      runRate: 1080,
      raise: 0.37,
      defaultExport: false,
    });
  });

  it("works from CommonJS", () => {
    const script = `
      const { nettokostnadsram, resultatkrav, isKommunError } = require("@kommunkalkyl/calc-core");
      let err; try { nettokostnadsram(1000, 5, 2); } catch (e) { err = e; }
      console.log(JSON.stringify([resultatkrav(1000, 0.02), nettokostnadsram(1000, 5), isKommunError(err), err.argument]));`;
    writeFileSync(join(scratch, "use.cjs"), script);
    const r = run(process.execPath, ["use.cjs"], scratch);
    expect(r.stderr).toBe("");
    // 2 % of 1 000; 1 000 + 5 − 20 with the default 2 %
    expect(JSON.parse(r.stdout)).toEqual([20, 985, true, "andel"]);
  });

  it("type-checks for TypeScript importers and requirers under nodenext: named imports only, methods as words", () => {
    writeFileSync(
      join(scratch, "use.mts"),
      `import { isKommunError, prognos, type KommunError } from "@kommunkalkyl/calc-core";
// @ts-expect-error there is no default export (an ES importer must not be told there is one)
import calcCore from "@kommunkalkyl/calc-core";
export const a: number = prognos(1200, [90], "linjär");
// @ts-expect-error "gissning" is not a forecast method
export const b: number = prognos(1200, [90], "gissning");
export const c = (e: unknown): string | undefined => (isKommunError(e) ? (e as KommunError).sv : undefined);
export { calcCore };
`,
    );
    writeFileSync(
      join(scratch, "use.cts"),
      `import calc = require("@kommunkalkyl/calc-core");
export const a: number = calc.nettokostnadsram(1000, 5);
export const b: "ok" | "varning" | "kritisk" = calc.prognosstatus(1000, 1020, "cost");
// @ts-expect-error "netto" is not a sign convention
export const c = calc.avvikelse(1000, 1020, "netto");
`,
    );
    writeFileSync(
      join(scratch, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ["use.mts", "use.cts"],
      }),
    );
    const r = run(join(BIN, "tsc"), ["-p", "tsconfig.json"], scratch);
    expect(r.stdout).toBe("");
    expect(r.status).toBe(0);
    // and the declarations it checked were the published ones, one kind per build
    expect(readdirSync(join(scratch, "node_modules", "@kommunkalkyl", "calc-core", "dist", "esm"))).toContain(
      "index.d.mts",
    );
  });

  it("type-checks under moduleResolution bundler, as a Vite or webpack project sees it", () => {
    const dir = join(scratch, "bundler");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "use.ts"),
      `import { isKommunError, nettokostnadsram, prognos, type PrognosmetodOrd } from "@kommunkalkyl/calc-core";
// @ts-expect-error there is no default export
import calcCore from "@kommunkalkyl/calc-core";
const metod: PrognosmetodOrd = "profil";
export const a: number = nettokostnadsram(1000, 5, 0.02) + prognos(1200, [90], metod);
// @ts-expect-error "gissning" is not a forecast method
export const b: number = prognos(1200, [90], "gissning");
export const c = (e: unknown): string | undefined => (isKommunError(e) ? e.messageIn("sv") : undefined);
export { calcCore };
`,
    );
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "esnext",
          moduleResolution: "bundler",
          target: "es2022",
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ["use.ts"],
      }),
    );
    const r = run(join(BIN, "tsc"), ["-p", "tsconfig.json"], dir);
    expect(r.stdout).toBe("");
    expect(r.status).toBe(0);
  });
});
