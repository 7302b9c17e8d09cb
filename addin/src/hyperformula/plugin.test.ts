import { DetailedCellError } from "hyperformula";
import { FUNCTIONS, type FunctionDef } from "../definitions";
import { evaluateFormula } from "./engine";
import { fromStoredFormula, storedName, toStoredFormula } from "./formulas";
import { setKoladaLookup } from "../kolada/lookup";
import { fixtureLookup } from "../scripts/samples";

// KOLADA's example reads the recorded fixtures (test/fixtures/kolada), as the CLI reads its cache
beforeAll(() => setKoladaLookup(fixtureLookup()));

/** The documented value of an example: "4; 3; 3" is a column, "a, b" a row. */
function expected(def: FunctionDef): unknown[][] {
  const v = def.example.value;
  const cell = (s: string): unknown => (/^-?[0-9.]+(e-?[0-9]+)?$/.test(s.trim()) ? Number(s) : s.trim());
  return v.split(";").map((row) => row.split(",").map(cell));
}

describe("the HyperFormula plugin", () => {
  it.each(FUNCTIONS.map((f) => [f.id, f] as const))("computes the documented example of %s", (_id, def) => {
    const rows = evaluateFormula(def.example.formula, "en");
    const want = expected(def);
    expect(rows.length).toBe(want.length);
    want.forEach((row, r) =>
      row.forEach((v, c) => {
        const got = rows[r]?.[c];
        if (typeof v === "number") expect(got).toBeCloseTo(v, 10);
        else expect(got).toBe(v);
      }),
    );
  });

  it("answers Swedish names, semicolons and decimal commas in Swedish mode", () => {
    expect(evaluateFormula("=KOMMUN.NETTOKOSTNADSRAM(1000;5;2%)", "sv")).toEqual([[985]]);
    expect(evaluateFormula("=KOMMUN.UPPRÄKNADRAM(100;4,9%;80%)", "sv")[0]?.[0]).toBeCloseTo(103.92, 10);
    expect(evaluateFormula("=SUMMA(KOMMUN.RESULTATKRAV(1000);1)", "sv")).toEqual([[21]]);
  });

  it("turns a KommunError into #VALUE! with the message in the chosen language", () => {
    const [[en]] = evaluateFormula("=KOMMUN.RESULTREQUIREMENT(1000,2)", "en") as [[DetailedCellError]];
    expect(en.value).toBe("#VALUE!");
    expect(en.message).toMatch(/Write 2 %/);
    const [[sv]] = evaluateFormula("=KOMMUN.RESULTATKRAV(1000;2)", "sv") as [[DetailedCellError]];
    expect(sv.type).toBe("VALUE");
    expect(sv.message).toMatch(/Skriv 2 %/);
  });

  it("maps division by zero to #DIV/0!", () => {
    const [[e]] = evaluateFormula("=KOMMUN.RESULTSHARE(20,0)", "en") as [[DetailedCellError]];
    expect(e.value).toBe("#DIV/0!");
  });

  it("passes an error in an argument on unchanged", () => {
    const [[e]] = evaluateFormula("=KOMMUN.RESULTREQUIREMENT(1/0)", "en") as [[DetailedCellError]];
    expect(e.value).toBe("#DIV/0!");
  });

  it("spills ALLOCATE in the shape of its input: a row stays a row", () => {
    expect(evaluateFormula("=KOMMUN.ALLOCATE({100,100,100},10,,0)", "en")).toEqual([[4, 3, 3]]);
  });

  it("returns the balance check's word in the user's language", () => {
    expect(evaluateFormula("=KOMMUN.BALANCECHECK(-1,1000)", "en")).toEqual([["deficit"]]);
    expect(evaluateFormula("=KOMMUN.BALANSKONTROLL(-1;1000)", "sv")).toEqual([["underskott"]]);
  });
});

describe("stored formula names", () => {
  it("are _xldudf_KOMMUN_<ID>, as Excel saves an add-in's custom function", () => {
    expect(storedName("NETCOSTFRAME")).toBe("_xldudf_KOMMUN_NETCOSTFRAME");
    expect(toStoredFormula("KOMMUN.NETCOSTFRAME(B5,B6,B7)+SUM(A1:A2)")).toBe(
      "_xldudf_KOMMUN_NETCOSTFRAME(B5,B6,B7)+SUM(A1:A2)",
    );
  });

  it("are read back, as are plain KOMMUN.<name> calls in either language, leaving strings alone", () => {
    expect(fromStoredFormula("_xldudf_KOMMUN_NETCOSTFRAME(B5,B6,B7)")).toBe("KOMMUN.NETCOSTFRAME(B5,B6,B7)");
    expect(fromStoredFormula("KOMMUN.NETTOKOSTNADSRAM(B5,B6)")).toBe("KOMMUN.NETCOSTFRAME(B5,B6)");
    expect(fromStoredFormula('CONCATENATE("_xldudf_KOMMUN_RESULT(",A1)')).toBe(
      'CONCATENATE("_xldudf_KOMMUN_RESULT(",A1)',
    );
    expect(fromStoredFormula("_xlfn.STDEV.S(A1:A3)")).toBe("STDEV.S(A1:A3)");
  });
});
