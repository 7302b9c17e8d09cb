import { DetailedCellError } from "hyperformula";
import { evaluateFormula } from "../hyperformula/engine";
import { findFunction } from "./index";
import { badInputCases, splitArguments } from "./matrix";

const cases = badInputCases();

describe("the bad-input matrix (generated from the definition table)", () => {
  it("splits example arguments at top-level commas", () => {
    expect(splitArguments('=KOMMUN.X({1,2},"a,b",F(1,2),)')).toEqual(["{1,2}", '"a,b"', "F(1,2)", ""]);
  });

  it("has cases for every function", () => {
    expect(new Set(cases.map((c) => c.id)).size).toBeGreaterThanOrEqual(10);
    expect(cases.length).toBeGreaterThan(50);
  });

  // A case passes when the result is a typed error with a message in both languages,
  // or — for 1e308, which can be a legal amount — a finite number (or a word, for the functions
  // that return one); never NaN, Infinity or an untyped failure.
  it.each(cases.map((c) => [c.id, c.param, c.kind, c.formula] as const))(
    "%s(%s = %s): %s gives a typed error or a finite value, never a crash",
    (id, _param, kind, formula) => {
      const textResult = findFunction(id)?.result !== "number"; // words, or a table with a header row
      for (const lang of ["en", "sv"] as const) {
        const rows = evaluateFormula(formula, lang, "en");
        for (const v of rows.flat()) {
          if (v instanceof DetailedCellError) {
            expect(["VALUE", "DIV_BY_ZERO", "NA", "NUM"]).toContain(v.type);
            expect(v.message.length).toBeGreaterThan(10);
          } else if (typeof v === "number") {
            expect(Number.isFinite(v)).toBe(true);
            expect(kind.includes("1e308")).toBe(true);
          } else if (typeof v === "string" && textResult && kind.includes("1e308")) {
            expect(v).not.toMatch(/NaN|Infinity|undefined/);
          } else {
            throw new Error(`${formula} gave ${JSON.stringify(v)} for ${kind}`);
          }
        }
      }
    },
  );

  it("answers a wrong unit with a message that says what to write, in both languages", () => {
    for (const c of cases.filter((x) => x.kind === "wrong unit")) {
      const [[en]] = evaluateFormula(c.formula, "en") as [[DetailedCellError]];
      const [[sv]] = evaluateFormula(c.formula, "sv", "en") as [[DetailedCellError]];
      expect(en.message).toMatch(/[Ww]rite/);
      expect(sv.message).toMatch(/[Ss]kriv/);
    }
  });
});
