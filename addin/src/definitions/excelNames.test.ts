import { isKommunError, type KommunError } from "@kommunkalkyl/calc-core";
import { findFunction } from "./index";
import type { ExcelValue } from "./types";

/** The error a function's adapter throws for these Excel arguments. */
function errorOf(id: string, args: ExcelValue[]): KommunError {
  try {
    findFunction(id)!.invoke(args, "sv");
  } catch (e) {
    if (isKommunError(e)) return e;
    throw e;
  }
  throw new Error(`${id} gave no error`);
}

describe("errors name the argument by its Excel name, as the user typed it", () => {
  it("a month 13 in DEPRECIATION: aktiveringsmånad in Swedish, month_in_use in English", () => {
    const e = errorOf("DEPRECIATION", [100, 10, 1, 13]);
    expect(e.sv).toBe(
      "Argumentet aktiveringsmånad = 13 ligger utanför det rimliga intervallet 1–12 (heltal).",
    );
    expect(e.en).toBe("Argument month_in_use = 13 is outside the plausible range 1–12 (whole number).");
    expect(e.argument).toBe("aktiveringsmanad");
  });
  it("a life of 0: avskrivningstid / depreciation_years", () => {
    const e = errorOf("DEPRECIATION", [100, 0, 1]);
    expect(e.sv).toMatch(/^Argumentet avskrivningstid = 0 /);
    expect(e.en).toMatch(/^Argument depreciation_years = 0 /);
  });
  it("a cell of the projects range: the range's name, its row and the column's name", () => {
    const e = errorOf("INVESTMENTPLAN", [
      [
        [120, 2026, 10, 7, 1],
        [45, 2026, 33, 13, 2],
      ],
      200,
      [[2026, 2027]],
    ]);
    expect(e.sv).toMatch(/^Argumentet projekt \(rad 2, kolumn aktiveringsmånad\) = 13 /);
    expect(e.en).toMatch(/^Argument projects \(row 2, column month in use\) = 13 /);
  });
  it("the self-financing target: mål / target, with the percent hint kept", () => {
    const e = errorOf("INVESTMENTROOM", [40, 80, 80]);
    expect(e.sv).toMatch(/^Argumentet mål = 80 .*Skriv 80 % \(0,8\), inte 80\.$/);
    expect(e.en).toMatch(/^Argument target = 80 .*Write 80 % \(0\.8\), not 80\.$/);
  });
  it("a line of the balanskravsutredning: the English name in English", () => {
    const e = errorOf("BALANCEREQUIREMENTRESULT", [563, -23]);
    expect(e.sv).toMatch(/^Argumentet realisationsvinster är negativt/);
    expect(e.en).toMatch(/^Argument gains_on_sales is negative/);
  });
  it("the first year of RESTORATION: startår / first_year", () => {
    const e = errorOf("RESTORATION", [[[-193, 355]], 14]);
    expect(e.sv).toMatch(/^Argumentet startår = 14 /);
    expect(e.en).toMatch(/^Argument first_year = 14 /);
  });
});
