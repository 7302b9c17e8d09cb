import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTIONS, NAMESPACE } from "./index";
import {
  customFunctionsMetadata,
  LOCALES,
  readmeFunctionTable,
  README_END,
  README_START,
  type Locale,
} from "./metadata";

const ROOT = join(__dirname, "..", "..", "..");
const locales = Object.keys(LOCALES) as Locale[];

describe("the definition table", () => {
  it("has ASCII, unique ids of capitals, digits, _ and . that start with a letter (Excel's rule for ids)", () => {
    const ids = FUNCTIONS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
  });

  it("has names of at least three letters that are not cell addresses, in both languages", () => {
    const a1 = /^[A-Z]{1,3}[0-9]{1,7}$/i;
    const r1c1 = /^R[0-9]*C[0-9]*$/i;
    for (const f of FUNCTIONS) {
      for (const name of [f.sv.name, f.en.name]) {
        expect(name.length).toBeGreaterThanOrEqual(3);
        expect(name).toMatch(/^\p{L}[\p{L}0-9_.]*$/u);
        expect(name).not.toMatch(a1);
        expect(name).not.toMatch(r1c1);
      }
    }
  });

  it("keeps å, ä and ö in Swedish names (Excel allows any Unicode letter in a name)", () => {
    expect(FUNCTIONS.map((f) => f.sv.name)).toEqual(expect.arrayContaining(["FÖRDELA", "UPPRÄKNADRAM"]));
  });

  it("uses the English name as the id, so files store the same name whatever the user's language", () => {
    for (const f of FUNCTIONS) expect(f.en.name).toBe(f.id);
  });

  it("has different Swedish and English descriptions for every function and parameter", () => {
    for (const f of FUNCTIONS) {
      expect(f.sv.description).not.toBe(f.en.description);
      for (const p of f.params) expect(p.sv.description).not.toBe(p.en.description);
    }
  });

  it("lists optional parameters only after the required ones", () => {
    for (const f of FUNCTIONS) {
      const firstOptional = f.params.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });
});

describe("the generated custom-functions metadata", () => {
  it("has the same ids, parameters and result shapes in en-US and sv-SE", () => {
    const [en, sv] = locales.map((l) => customFunctionsMetadata(l).functions);
    expect(sv!.map((f) => f.id)).toEqual(en!.map((f) => f.id));
    en!.forEach((f, i) => {
      const g = sv![i]!;
      expect(g.parameters.map((p) => [p.type, p.dimensionality, p.optional])).toEqual(
        f.parameters.map((p) => [p.type, p.dimensionality, p.optional]),
      );
      expect(g.result).toEqual(f.result);
    });
  });

  it("shows Swedish names in sv-SE and English names in en-US", () => {
    const sv = customFunctionsMetadata("sv-SE").functions.find((f) => f.id === "NETCOSTFRAME");
    const en = customFunctionsMetadata("en-US").functions.find((f) => f.id === "NETCOSTFRAME");
    expect(sv?.name).toBe("NETTOKOSTNADSRAM");
    expect(en?.name).toBe("NETCOSTFRAME");
    expect(sv?.parameters.map((p) => p.name)).toEqual(["skatter_och_bidrag", "finansnetto", "andel"]);
  });

  it.each(locales)("is committed under manifests/ exactly as generated (%s)", (locale) => {
    const committed = JSON.parse(readFileSync(join(ROOT, "manifests", `functions.${locale}.json`), "utf8"));
    expect(committed).toEqual(customFunctionsMetadata(locale));
  });

  it("spills only the functions whose definition says so", () => {
    const matrix = customFunctionsMetadata("en-US")
      .functions.filter((f) => f.result.dimensionality === "matrix")
      .map((f) => f.id);
    expect(matrix).toEqual(FUNCTIONS.filter((f) => f.result === "matrix").map((f) => f.id));
  });
});

describe("the README function table", () => {
  it("is the generated one", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const start = readme.indexOf(README_START);
    const end = readme.indexOf(README_END);
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start + README_START.length, end).trim()).toBe(readmeFunctionTable().trim());
  });

  it("names every function in both languages", () => {
    const table = readmeFunctionTable();
    for (const f of FUNCTIONS) {
      expect(table).toContain(`${NAMESPACE}.${f.sv.name}(`);
      expect(table).toContain(`${NAMESPACE}.${f.en.name}(`);
    }
  });
});
