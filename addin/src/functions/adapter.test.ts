import { KommunError } from "@kommunkalkyl/calc-core";
import { findFunction, type FunctionDef } from "../definitions";
import { EXCEL_ERROR_CODES, excelErrorCode, languageOf, makeHandler } from "./adapter";

class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}
const factory = (code: keyof typeof EXCEL_ERROR_CODES, message: string) =>
  new FakeExcelError(EXCEL_ERROR_CODES[code], message);

function handler(id: string, lang: "sv" | "en" = "sv") {
  return makeHandler(findFunction(id) as FunctionDef, () => lang, factory);
}

function thrown(fn: () => unknown): FakeExcelError {
  try {
    fn();
  } catch (e) {
    if (e instanceof FakeExcelError) return e;
    throw e;
  }
  throw new Error("no error thrown");
}

describe("the custom-functions adapter", () => {
  it("computes NETCOSTFRAME from Excel's arguments, with null for an omitted optional one", () => {
    expect(handler("NETCOSTFRAME")(1000, 5, null)).toBe(985);
    expect(handler("NETCOSTFRAME")(1000, 5, 0.02)).toBe(985);
  });

  it("reads a range as Excel passes it (rows of cells) and spills in the same shape", () => {
    expect(handler("ALLOCATE")([[100], [100], [100]], 10, null, 0)).toEqual([[4], [3], [3]]);
  });

  it("throws Excel's #VALUE! with the Swedish message for a Swedish user", () => {
    const e = thrown(() => handler("RESULTREQUIREMENT", "sv")(1000, 2));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/Skriv 2 %/);
  });

  it("throws the English message for an English user", () => {
    const e = thrown(() => handler("RESULTREQUIREMENT", "en")(1000, 2));
    expect(e.message).toMatch(/Write 2 %/);
  });

  it("maps every KommunError code to Excel's error", () => {
    expect(thrown(() => handler("RESULTSHARE")(20, 0)).code).toBe("#DIV/0!");
    expect(EXCEL_ERROR_CODES).toEqual({ value: "#VALUE!", div0: "#DIV/0!", na: "#N/A", num: "#NUM!" });
  });

  it("names a bad argument by its Excel name in the user's language, not by the calc-core key", () => {
    // EFFICIENCYPOTENTIALNCD's first argument is nkaEgen in calc-core, own_ncd / nka_egen in Excel
    expect(
      thrown(() => handler("EFFICIENCYPOTENTIALNCD", "en")(10, [[-0.1], [0]], 200, null)).message,
    ).toMatch(/^Argument own_ncd = 10 /);
    expect(
      thrown(() => handler("EFFICIENCYPOTENTIALNCD", "sv")(10, [[-0.1], [0]], 200, null)).message,
    ).toMatch(/^Argumentet nka_egen = 10 /);
    // TAXREVENUE's skatteunderlag is tax_base in English, and keeps its name in Swedish
    expect(thrown(() => handler("TAXREVENUE", "en")("x", 20)).message).toMatch(/^Argument tax_base /);
    expect(thrown(() => handler("TAXREVENUE", "sv")("x", 20)).message).toMatch(/^Argumentet skatteunderlag /);
  });

  it("names a cell of a row range by the range, its row and its column, the same way in every area", () => {
    // month 13 in the second project's fourth column (aktiveringsmånad)
    const projects = [
      [120, 2026, 10, 7, 1],
      [45, 2026, 33, 13, 2],
    ];
    expect(thrown(() => handler("INVESTMENTPLAN", "en")(projects, 200, [[2026, 2027]])).message).toMatch(
      /^Argument projects \(row 2, column month_in_use\) = 13 /,
    );
    // the action plan's measures are rows of the ranges typed one per field: row 2 of status
    const plan = () =>
      handler("ACTIONPLAN", "sv")(
        1000000,
        [["a"], ["b"]],
        [[1200000], [600000]],
        [[4], [7]],
        [["beslutad"], ["beslutat"]],
        null,
        null,
      );
    expect(thrown(plan).message).toMatch(/^Argumentet status \(rad 2\)/);
  });

  // Excel shows a custom function's message only with #VALUE! and #N/A
  it("keeps #DIV/0! only when the argument it blames was given as 0 itself (the code says it all)", () => {
    expect(thrown(() => handler("RESULTSHARE", "en")(20, 0)).code).toBe("#DIV/0!");
    // a one-cell range holding 0 is the same as 0
    expect(thrown(() => handler("RESULTSHARE", "en")(20, [[0]])).code).toBe("#DIV/0!");
  });

  it("turns a division by zero from inside a range into #VALUE! with its message", () => {
    // weights 0 and 0: nothing the user typed is "0 as a divisor", the message says what sums to 0
    const weights = thrown(() => handler("WEIGHTEDINDEX", "en")([[0.027, 0.1]], [[0, 0]]));
    expect(weights.code).toBe("#VALUE!");
    expect(weights.message).toMatch(/weights sum to 0/);
    // a year of history that sums to 0 cannot be normalised
    const year = Array(12).fill(0);
    const profile = thrown(() => handler("SEASONALPROFILE", "sv")([year]));
    expect(profile.code).toBe("#VALUE!");
    expect(profile.message.length).toBeGreaterThan(20);
  });

  it("maps the codes by the same rule for every function: #N/A keeps its message", () => {
    const e = thrown(() => handler("FORECAST", "en")(1200, [[null, null]], null, null));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/no outcome yet/);
    expect(excelErrorCode("num", findFunction("NETCOSTFRAME") as FunctionDef, [], undefined)).toBe("num");
    expect(excelErrorCode("div0", findFunction("NETCOSTFRAME") as FunctionDef, [1, 2], undefined)).toBe(
      "value",
    );
  });

  it("rejects a whole range where one value belongs", () => {
    const e = thrown(() => handler("NETCOSTFRAME", "en")([[1], [2]], 5, null));
    expect(e.message).toMatch(/single value/);
  });

  it("treats an unexpected exception as #VALUE!, never as a crash", () => {
    const broken: FunctionDef = {
      ...(findFunction("RESULT") as FunctionDef),
      invoke: () => {
        throw new TypeError("boom");
      },
    };
    const e = thrown(() => makeHandler(broken, () => "en", factory)(1, 2, 3));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/boom/);
    expect(new KommunError("na", "a", "b")).toBeInstanceOf(Error);
  });

  it("takes the language from Office's display language: Swedish for every Swedish locale, else English", () => {
    expect(languageOf("sv-SE")).toBe("sv");
    expect(languageOf("sv-FI")).toBe("sv");
    expect(languageOf("SV-ax")).toBe("sv");
    expect(languageOf("sv")).toBe("sv");
    expect(languageOf("en-US")).toBe("en");
    // not Swedish, so English — as Excel's function names are for these locales
    expect(languageOf("fi-FI")).toBe("en");
    expect(languageOf("de-DE")).toBe("en");
    expect(languageOf("svx")).toBe("en");
    expect(languageOf(undefined)).toBe("sv");
  });
});
