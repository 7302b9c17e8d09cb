import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers";

// The manifest must declare every requirement set the add-in's code uses, or Excel versions without them
// load the add-in and fail at run time. The sets come from the API's own declarations (@types/office-js,
// @types/custom-functions-runtime, @types/office-runtime mark each member "[Api set: X n.m]"); the members
// from the code that runs in Excel. For a name declared on several types, the lowest set counts, so the
// check never asks for more than the code needs.

const manifest = readFileSync(join(ROOT, "manifests", "manifest.xml"), "utf8");

/** name → the lowest version of `set` any declaration of that name needs. */
function apiSets(dts: string, set: string): Map<string, number> {
  const out = new Map<string, number>();
  const re = new RegExp(
    `\\[Api set: ${set} (\\d+)\\.(\\d+)[^\\]]*\\][^]*?\\*/\\s*(?:export\\s+)?(?:readonly\\s+|static\\s+|const\\s+|class\\s+|enum\\s+|interface\\s+|function\\s+)?(\\w+)\\s*[(:?<=,{ ]`,
    "g",
  );
  for (const m of dts.matchAll(re)) {
    const version = Number(m[1]) + Number(m[2]) / 100;
    const name = m[3]!;
    out.set(name, Math.min(out.get(name) ?? Infinity, version));
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

/**
 * The members of Office's objects the code uses: chains from `context.workbook`, `Excel.`, `CustomFunctions.`
 * and `OfficeRuntime.` (arguments skipped), and members of variables assigned from such a chain
 * (`const range = context.workbook.getSelectedRange(); range.load(…)`).
 */
function officeMembers(text: string, roots: string): Set<string> {
  const names = new Set<string>();
  const chain = new RegExp(`\\b(${roots})((?:\\s*\\.\\s*\\w+(?:\\((?:[^()]|\\([^()]*\\))*\\))?)+)`, "g");
  const vars = new Set<string>();
  for (const m of text.matchAll(chain)) {
    for (const n of m[2]!.matchAll(/\.\s*(\w+)/g)) names.add(n[1]!);
  }
  for (const m of text.matchAll(new RegExp(`\\b(?:const|let)\\s+(\\w+)\\s*=\\s*(?:${roots})\\.`, "g"))) {
    vars.add(m[1]!);
  }
  for (const v of vars) {
    for (const m of text.matchAll(new RegExp(`\\b${v}\\s*\\.\\s*(\\w+)`, "g"))) names.add(m[1]!);
  }
  return names;
}

/** The code that runs inside Excel: the functions runtime and the pane's Office host. */
const code = [
  ...sourceFiles(join(ROOT, "addin", "src", "functions")),
  ...sourceFiles(join(ROOT, "addin", "src", "taskpane", "host")),
  join(ROOT, "addin", "src", "taskpane", "index.tsx"),
]
  .map((f) => readFileSync(f, "utf8"))
  .join("\n");
/**
 * Names in those chains that are JavaScript's, not Office's (an array's `map`), or a collection's loaded
 * `items` (declared on every collection since 1.1 without a set of its own, and on newer types with one).
 */
const NOT_OFFICE = new Set([
  "map",
  "filter",
  "find",
  "some",
  "every",
  "flat",
  "join",
  "length",
  "items",
  "then",
]);
/**
 * Members the code calls only where Excel says it has them (`office.supports(version)`, Office's
 * `isSetSupported`), with an honest fallback elsewhere ("could not check"): not required of every Excel the
 * add-in loads in. Each must sit behind that check in the host's code (asserted below).
 */
const CHECKED_AT_RUN_TIME = new Map([
  // every dependent at once (the overwrite dialog), else the direct ones level by level
  ["getDependents", "1.15"],
  ["getDirectDependents", "1.13"],
  // of the WorkbookRangeAreas that getDependents and getDirectDependents give
  ["addresses", "1.13"],
]);
/** Entry points declared without a set of their own: `Excel.run` is ExcelApi 1.1's. */
const BASE = new Map([["run", 1.01]]);

/** Where each set's members are reached from in the code. */
const ROOTS: Record<string, string> = {
  ExcelApi: "context\\.workbook|Excel|range|item|cell|sheets|sheet",
  CustomFunctionsRuntime: "CustomFunctions",
  SharedRuntime: "OfficeRuntime",
};

function declared(set: string): number | undefined {
  const m = new RegExp(`<Set Name="${set}" MinVersion="(\\d+)\\.(\\d+)"/>`).exec(manifest);
  return m ? Number(m[1]) + Number(m[2]) / 100 : undefined;
}

const SOURCES: [string, string][] = [
  ["ExcelApi", join(ROOT, "node_modules", "@types", "office-js", "index.d.ts")],
  ["CustomFunctionsRuntime", join(ROOT, "node_modules", "@types", "custom-functions-runtime", "index.d.ts")],
  ["SharedRuntime", join(ROOT, "node_modules", "@types", "office-runtime", "index.d.ts")],
];

describe("the manifest's requirement sets", () => {
  it.each(SOURCES)("declares %s at least at the version the code needs", (set, path) => {
    const sets = apiSets(readFileSync(path, "utf8"), set);
    expect(sets.size).toBeGreaterThan(set === "ExcelApi" ? 500 : 3);
    const used = officeMembers(code, ROOTS[set]!);
    // a member's declaration, or its type's (OfficeRuntime.storage is an OfficeRuntime.Storage)
    const setOf = (name: string) =>
      BASE.get(name) ?? sets.get(name) ?? sets.get(name[0]!.toUpperCase() + name.slice(1));
    const needs = [...used]
      .filter((name) => !NOT_OFFICE.has(name) && !CHECKED_AT_RUN_TIME.has(name) && setOf(name) !== undefined)
      .map((name) => [name, setOf(name)!] as const);
    expect(needs.length).toBeGreaterThan(0);
    const highest = Math.max(...needs.map(([, v]) => v));
    const version = declared(set);
    expect(version).toBeDefined();
    expect({
      set,
      declared: version,
      needed: highest,
      by: needs.filter(([, v]) => v === highest).map(([n]) => n),
    }).toEqual(expect.objectContaining({ set, declared: expect.any(Number) }));
    expect([set, version!, needs.filter(([, v]) => v > version!)]).toEqual([set, version!, []]);
  });

  it("calls a member newer than the manifest's sets only after asking Excel for its set", () => {
    const codeOnly = code.replace(/\/\*[^]*?\*\//g, "");
    const calls = [...CHECKED_AT_RUN_TIME].filter(([name]) => codeOnly.includes(`.${name}(`));
    expect(calls.map(([name]) => name)).toEqual(["getDependents", "getDirectDependents"]);
    for (const [name, version] of calls) {
      const at = codeOnly.indexOf(`.${name}(`);
      // the check comes first in the same function: `if (!office.supports("1.13")) return undefined;`
      const before = codeOnly.slice(codeOnly.lastIndexOf("async function", at), at);
      expect(before).toContain(`if (!office.supports("${version}")) return undefined;`);
    }
  });

  it("finds what the code needs: ExcelApi 1.9 (getSelectedRanges, areaCount), 1.7 (getActiveCell), 1.4 (getItemOrNullObject), CustomFunctionsRuntime 1.3", () => {
    const excel = apiSets(readFileSync(SOURCES[0]![1], "utf8"), "ExcelApi");
    expect(excel.get("getActiveCell")).toBe(1.07);
    expect(excel.get("getSelectedRanges")).toBe(1.09);
    expect(excel.get("areaCount")).toBe(1.09);
    expect(officeMembers(code, ROOTS.ExcelApi!).has("getSelectedRanges")).toBe(true);
    expect(excel.get("getItemOrNullObject")).toBeLessThanOrEqual(1.04);
    const cf = apiSets(readFileSync(SOURCES[1]![1], "utf8"), "CustomFunctionsRuntime");
    expect(cf.get("invalidValue")).toBe(1.03);
    expect(officeMembers(code, ROOTS.ExcelApi!).has("getActiveCell")).toBe(true);
    expect(officeMembers(code, ROOTS.CustomFunctionsRuntime!).has("invalidValue")).toBe(true);
    expect(declared("ExcelApi")).toBe(1.09);
    expect(declared("CustomFunctionsRuntime")).toBe(1.03);
  });
});

describe("the manifest's Swedish locales", () => {
  it("gives sv-FI and sv-AX every Swedish override sv-SE has, with the same value", () => {
    const sv = [...manifest.matchAll(/<(bt:)?Override Locale="sv-SE" Value="([^"]*)"\/>/g)];
    expect(sv.length).toBeGreaterThanOrEqual(8);
    for (const m of sv) {
      for (const locale of ["sv-FI", "sv-AX"]) {
        expect(manifest).toContain(`<${m[1] ?? ""}Override Locale="${locale}" Value="${m[2]}"/>`);
      }
    }
    // the functions' Swedish names for Finland-Swedish Excel
    expect(manifest).toMatch(
      /<bt:Override Locale="sv-FI" Value="https:\/\/localhost:3000\/sv-SE\/functions.json"\/>/,
    );
  });
});
