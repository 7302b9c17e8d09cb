/** The conventions of the issue on conventions, through the Excel definitions (HyperFormula). */
import type { DetailedCellError } from "hyperformula";
import { evaluateFormula } from "../hyperformula/engine";
import { findFunction } from "./index";

describe("conventions in the Excel functions", () => {
  it("TAXCOSTPERPERSON says it is gross (brutto) in both languages", () => {
    const def = findFunction("TAXCOSTPERPERSON")!;
    expect(def.sv.description).toMatch(/brutto/);
    expect(def.sv.description).toMatch(/jobbskatteavdrag/);
    expect(def.en.description).toMatch(/gross \(brutto\)/);
  });

  it("WORKLINEPLAN puts the tax gain two years late by default, as given by its last argument", () => {
    // 100 households, 10 % leave a year, all to work at 300 000 kr, rate 20, 50 % kept:
    // the gain of the 10 who left by year 1 is 10 × 300 000 × 20 % × 50 % = 300 000
    const taxColumn = (formula: string) =>
      evaluateFormula(formula, "en")
        .slice(1, 4)
        .map((r) => r[6]);
    expect(taxColumn("=KOMMUN.WORKLINEPLAN(100,0,10%,3,,300000,20,50%)")).toEqual([0, 0, 300000]);
    expect(taxColumn("=KOMMUN.WORKLINEPLAN(100,0,10%,3,,300000,20,50%,,0)")).toEqual([
      300000, 570000, 813000,
    ]);
    expect(taxColumn("=KOMMUN.WORKLINEPLAN(100,0,10%,3,,300000,20,50%,,1)")).toEqual([0, 300000, 570000]);
  });

  it("WORKLINEPLAN rejects a delay of 1.5 years, naming the argument", () => {
    const formula = "=KOMMUN.WORKLINEPLAN(100,0,10%,3,,300000,20,50%,,1.5)";
    const [[v]] = evaluateFormula(formula, "en") as [[DetailedCellError]];
    expect(v.message).toMatch(/skattefordrojning/);
  });

  it("SENSITIVITY's header row is in the user's language", () => {
    expect(evaluateFormula("=KOMMUN.SENSITIVITY(,,,,,1000)", "sv", "en")).toEqual([
      ["Post", "Förändring", "Effekt på resultatet"],
      ["Generellt statsbidrag", "+100 kr per invånare", 100000],
    ]);
  });
});
