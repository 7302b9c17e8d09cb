import { formulaLocale, fromSwedishFormula, toLocalFormula } from "./localFormula";
import { uniqueSheetName } from "./types";

const SV = formulaLocale("sv-SE", ",");
const EN = formulaLocale("en-US", ".");
const NAMES = new Map([
  ["NETCOSTFRAME", "NETTOKOSTNADSRAM"],
  ["TAXRAISEFOR", "SKATTEHÖJNING"],
]);
const same = new Map([...NAMES.keys()].map((k) => [k, k]));

describe("formulas in the user's Excel language (formulasLocal)", () => {
  it("Swedish Excel: Swedish names, ';' between arguments, decimal comma (Microsoft's =SUMME(A1; 1,5) rule)", () => {
    expect(toLocalFormula("=KOMMUN.NETCOSTFRAME(B2,B3,2%)", SV, NAMES)).toBe(
      "=KOMMUN.NETTOKOSTNADSRAM(B2;B3;2%)",
    );
    expect(toLocalFormula("=SUM(A1,1.5)", SV, NAMES)).toBe("=SUMMA(A1;1,5)");
    expect(toLocalFormula("=IF(B2>0.5,TRUE,FALSE)", SV, NAMES)).toBe("=OM(B2>0,5;SANT;FALSKT)");
  });

  it("leaves references, quoted sheet names and text in quotes as they are", () => {
    expect(toLocalFormula("='Skatt (2)'!$B$12*1.5", SV, NAMES)).toBe("='Skatt (2)'!$B$12*1,5");
    expect(toLocalFormula('=KOMMUN.TAXRAISEFOR(Budget!B5,"1,5 mnkr")', SV, NAMES)).toBe(
      '=KOMMUN.SKATTEHÖJNING(Budget!B5;"1,5 mnkr")',
    );
    expect(toLocalFormula("=AB12+B2E3", SV, NAMES)).toBe("=AB12+B2E3");
  });

  it("English Excel keeps names and separators", () => {
    expect(toLocalFormula("=KOMMUN.NETCOSTFRAME(B2,B3,0.02)", EN, same)).toBe(
      "=KOMMUN.NETCOSTFRAME(B2,B3,0.02)",
    );
  });

  it("English Excel takes array constants as they are; a comma locale refuses them", () => {
    expect(toLocalFormula("=KOMMUN.NETCOSTFRAME({500,300;200,1},1000)", EN, same)).toBe(
      "=KOMMUN.NETCOSTFRAME({500,300;200,1},1000)",
    );
    expect(() => toLocalFormula("=KOMMUN.NETCOSTFRAME({500,300},1000)", SV, NAMES)).toThrow(/array/);
  });

  it("refuses what it cannot translate rather than writing something Excel reads differently", () => {
    expect(() => toLocalFormula("=KOMMUN.NOSUCH(1)", SV, NAMES)).toThrow(/unknown function/);
    expect(() => toLocalFormula("=VLOOKUP(1,A1:B2,2)", SV, NAMES)).toThrow(/no Swedish name/);
    expect(() => toLocalFormula("=SUM({1,2})", SV, NAMES)).toThrow(/array constants/);
  });

  it("a comma decimal separator means ';' between arguments, a point means ','", () => {
    expect(formulaLocale("de-DE", ",")).toEqual({ names: "en", decimal: ",", list: ";" });
    expect(formulaLocale("sv-SE", ".")).toEqual({ names: "sv", decimal: ".", list: "," });
  });
});

describe("a formula in Swedish syntax, as the Swedish function reference shows it", () => {
  const SV_TO_EN = new Map([...NAMES].map(([en, sv]) => [sv, en]));
  for (const en of NAMES.keys()) SV_TO_EN.set(en, en);

  it("becomes the pane's English syntax: names, ',' between arguments, '.' decimals", () => {
    expect(fromSwedishFormula("=KOMMUN.NETTOKOSTNADSRAM(1000;5;2,5%)", SV_TO_EN)).toBe(
      "=KOMMUN.NETCOSTFRAME(1000,5,2.5%)",
    );
    expect(fromSwedishFormula('=OM(A1>0,5;SANT;"a;b")', SV_TO_EN)).toBe('=IF(A1>0.5,TRUE,"a;b")');
    expect(fromSwedishFormula("=KOMMUN.SKATTEHÖJNING(700000)", SV_TO_EN)).toBe("=KOMMUN.TAXRAISEFOR(700000)");
  });

  it("leaves English syntax alone, and round-trips through the Swedish formulasLocal", () => {
    const en = "=KOMMUN.NETCOSTFRAME(1000,5,2.5%)";
    expect(fromSwedishFormula(en, SV_TO_EN)).toBe(en);
    expect(fromSwedishFormula(toLocalFormula(en, SV, NAMES), SV_TO_EN)).toBe(en);
  });
});

describe("sheet names Excel accepts", () => {
  it("at most 31 characters, also with a number added", () => {
    const taken = [
      "Skatt eller effektivisering",
      ...[2, 3, 4, 5, 6, 7, 8, 9].map((i) => `Skatt eller effektivisering (${i})`),
    ];
    const name = uniqueSheetName("Skatt eller effektivisering", taken);
    expect(name).toBe("Skatt eller effektiviserin (10)");
    expect(name).toHaveLength(31);
    expect(uniqueSheetName("x".repeat(40), [])).toHaveLength(31);
  });

  it("unique ignoring case, as Excel compares them", () => {
    expect(uniqueSheetName("Prognos", ["PROGNOS"])).toBe("Prognos (2)");
    expect(uniqueSheetName("Prognos", ["prognos", "prognos (2)"])).toBe("Prognos (3)");
    expect(uniqueSheetName("Prognos", ["Budget"])).toBe("Prognos");
  });

  it("without the characters Excel forbids, nor an apostrophe at either end", () => {
    expect(uniqueSheetName("Q1/Q2: [utfall]?", [])).toBe("Q1 Q2   utfall");
    expect(uniqueSheetName("'Budget'", [])).toBe("Budget");
  });
});
