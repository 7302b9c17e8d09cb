import { DetailedCellError } from "hyperformula";
import { evaluateFormula } from "../hyperformula/engine";
import { isKommunError, type KommunError } from "@kommunkalkyl/calc-core";
import { FUNCTIONS, findFunction, type ExcelScalar, type ExcelValue } from "./index";
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

describe("the bad-input matrix through the calc-core API (each definition's adapter)", () => {
  const BAD: [string, unknown][] = [
    ["text", "abc"],
    ["boolean", true],
    ["NaN", Number.NaN],
    ["+Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
    ["blank", null],
  ];
  const rows: [string, string, string, ExcelValue[]][] = [];
  for (const def of FUNCTIONS) {
    // the example's arguments as Excel would pass them (a range as rows, an omitted one as undefined)
    const base: ExcelValue[] = splitArguments(def.example.formula).map((a) => {
      if (a.trim() === "") return undefined;
      const v = evaluateFormula(`=${a}`, "en") as ExcelValue[][];
      return a.trim().startsWith("{") ? (v as ExcelScalar[][]) : (v[0]?.[0] as ExcelScalar);
    });
    def.params.forEach((p, i) => {
      for (const [kind, bad] of BAD) {
        if (p.optional && kind === "blank") continue; // a blank optional argument means "use the default"
        if (p.blanks && kind === "blank") continue; // an empty month is a month not yet booked
        if (p.kind === "text" && kind === "text") continue; // text is what a word parameter takes
        const args = base.slice();
        args[i] = p.kind === "range" ? [[1, bad as ExcelScalar]] : (bad as ExcelScalar);
        rows.push([def.id, p.key, kind, args]);
      }
    });
  }

  it.each(rows)(
    "%s(%s = %s) throws a KommunError in both languages, never a crash or NaN",
    (id, _param, _kind, args) => {
      const def = findFunction(id)!;
      for (const lang of ["sv", "en"] as const) {
        let thrown: unknown;
        let result: unknown;
        try {
          result = def.invoke(args, lang);
        } catch (e) {
          thrown = e;
        }
        if (thrown === undefined) {
          throw new Error(`${id} returned ${JSON.stringify(result)} instead of an error`);
        }
        expect(isKommunError(thrown)).toBe(true);
        const e = thrown as KommunError;
        expect(["value", "div0", "na", "num"]).toContain(e.code);
        expect(e.sv).not.toBe(e.en);
      }
    },
  );

  it("reports its size", () => {
    const byHf = cases.length;
    console.log(
      `bad-input matrix: ${FUNCTIONS.length} functions, ${byHf} cases through the HyperFormula plugin, ${rows.length} through calc-core (× sv and en), 0 crashes`,
    );
    expect(rows.length).toBeGreaterThan(200);
  });
});

describe("the law's refusals in the chain (issue 21): #VALUE! naming the rule, in both languages", () => {
  // [formula, English fragment, Swedish fragment]: each a use of the reserve or an input the law or the
  // plan does not allow (KL 11 kap. 12–14 §§; a spending profile is the whole amount)
  const REFUSALS: [string, RegExp, RegExp][] = [
    ["=KOMMUN.BALANCEREQUIREMENTRESULT(100,,,,,,,50)", /KL ch\. 11 § 14/, /KL 11 kap\. 14 §/],
    ["=KOMMUN.BALANCEREQUIREMENTRESULT(-50,,,,,,30)", /only a surplus may be reserved/, /bara ett överskott/],
    ["=KOMMUN.BALANCEREQUIREMENTRESULT(-205,,,,,,,206)", /not create a surplus/, /inte skapa ett överskott/],
    ["=KOMMUN.BALANCEREQUIREMENTRESULT(-10,,,,,,5,5)", /in one year/, /samma år/],
    [
      "=KOMMUN.BALANCEREQUIREMENTRESULT(563,23,,,,,186,,16200,,193)",
      /reservation room/,
      /reserveringsutrymmet/,
    ],
    ["=KOMMUN.DEFICITTORESTORE(10,,,,,,,,,,5,1)", /KL ch\. 11 § 13/, /KL 11 kap\. 13 §/],
    // 100 after adjustments, 50 still to restore from earlier years: reserving 80 would leave 30 open
    [
      "=KOMMUN.BALANCEREQUIREMENTRESULT(100,,,,,,80,,,,50)",
      /that is 50 \(KL ch\. 11 §§ 12 and 14\)/,
      /alltså 50 \(KL 11 kap\. 12 och 14 §§\)/,
    ],
    [
      "=KOMMUN.DEFICITTORESTORE(10,,,,,,,,,,-193)",
      /not −193 as the annual report/,
      /inte −193 som årsredovisningens/,
    ],
    ["=KOMMUN.RESERVEROOM(540,16200,,,-193)", /positive amount/, /positivt belopp/],
    ["=KOMMUN.INVESTMENTFITS({100,2026,30,1,1,0,0,0.5,0.4},100)", /sums to 90 %/, /summerar till 90 %/],
    ["=KOMMUN.INVESTMENTFITS({100,2026,30,1,1},{100,100})", /needs the plan's years/, /kräver planens år/],
  ];

  it.each(REFUSALS)("%s", (formula, en, sv) => {
    const [[inEnglish]] = evaluateFormula(formula, "en") as [[DetailedCellError]];
    const [[inSwedish]] = evaluateFormula(formula, "sv", "en") as [[DetailedCellError]];
    expect(inEnglish).toBeInstanceOf(DetailedCellError);
    expect(inEnglish.type).toBe("VALUE");
    expect(inEnglish.message).toMatch(en);
    expect(inSwedish.message).toMatch(sv);
  });
});
