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

  it("WORKLINEPLAN rejects a delay of 1.5 or −1 years, naming the argument as Excel shows it", () => {
    const first = (formula: string, lang: "sv" | "en") =>
      (evaluateFormula(formula, lang, lang) as DetailedCellError[][])[0]![0]!.message;
    expect(first("=KOMMUN.WORKLINEPLAN(100,0,10%,3,,300000,20,50%,,1.5)", "en")).toBe(
      "Argument tax_delay must be a whole number but is 1.5.",
    );
    expect(first("=KOMMUN.ARBETSLINJEPLAN(100;0;10%;3;;300000;20;50%;;2,5)", "sv")).toBe(
      "Argumentet skattefördröjning måste vara ett heltal men är 2,5.",
    );
    expect(first("=KOMMUN.WORKLINEPLAN(100,0,10%,3,,300000,20,50%,,-1)", "en")).toMatch(
      /^Argument tax_delay = -1 is outside the plausible range 0–10/,
    );
  });

  it("the new functions name a bad argument by its Excel name, with the unit hint", () => {
    const message = (formula: string, lang: "sv" | "en") =>
      (evaluateFormula(formula, lang, lang) as DetailedCellError[][])[0]![0]!.message;
    // 10 for 10 % and −56.4 for −56.4 % in an NKA
    expect(message("=KOMMUN.EFFICIENCYPOTENTIALNCD(10,{-0.1,0},200)", "en")).toMatch(
      /^Argument own_ncd = 10 .*Write 10 % \(0\.1\), not 10\.$/,
    );
    expect(message("=KOMMUN.EFFEKTIVISERINGSPOTENTIALNKA(0,1;{-56,4;0};200)", "sv")).toMatch(
      /^Argumentet nka_grupp \(plats 1\) = -56,4 .*Skriv -56,4 % \(-0,564\), inte -56,4\.$/,
    );
    expect(message('=KOMMUN.EFFICIENCYPOTENTIALNCD(0.1,{-0.1,0},"x")', "en")).toBe(
      'Argument reference_cost must be a number but is the text "x".',
    );
    expect(message("=KOMMUN.FORECASTACCURACY({30,10},0,0)", "en")).toBe(
      "Argument denominator is 0 and cannot be divided by.",
    );
    expect(message("=KOMMUN.TRÄFFSÄKERHET({30;10};0;-5)", "sv")).toMatch(/^Argumentet nämnare = -5 /);
    expect(message("=KOMMUN.FORECASTBIAS({970,970},TRUE())", "en")).toBe(
      "Argument outcome must be a number but is the boolean TRUE.",
    );
    // a sensitivity call with only a tax rate names the missing tax base in words, with its Excel argument
    expect(message("=KOMMUN.SENSITIVITY(,,,21.5)", "en")).toMatch(
      /^The tax base \(kr, argument tax_base\) is missing: /,
    );
    expect(message("=KOMMUN.KÄNSLIGHETSANALYS(;;;21,5)", "sv")).toMatch(
      /^Skatteunderlaget \(kr, argumentet skatteunderlag\) saknas: /,
    );
    // the own tax base row without the county rate (the 11th argument): its Excel name in each language
    expect(message("=KOMMUN.SENSITIVITY(,,6900000000,21.5,,30000,,,230000,250000)", "en")).toMatch(
      /^The county rate for the grant \(kr per 100 kr, argument county_rate\) is missing: /,
    );
    expect(message("=KOMMUN.KÄNSLIGHETSANALYS(;;6900000000;21,5;;30000;;;230000;250000)", "sv")).toMatch(
      /^Länets skattesats för bidraget \(kr per 100 kr, argumentet länsskattesats\) saknas: /,
    );
    // amounts in mnkr beside inhabitants: a hint, not a table mixing mnkr and kronor
    expect(message("=KOMMUN.SENSITIVITY(1400,,,,,30000)", "en")).toMatch(
      // 1 400 mnkr written in kronor: 1 400 × 1 000 000, grouped by thousands
      /^The personnel costs incl\. social charges \(argument personnel_costs\) = 1,400 is only 0\.047 kr per inhabitant.*1,400,000,000, not 1,400\.$/,
    );
  });

  it("SENSITIVITY's header row is in the user's language", () => {
    expect(evaluateFormula("=KOMMUN.SENSITIVITY(,,,,,1000)", "sv", "en")).toEqual([
      ["Post", "Förändring", "Effekt på resultatet"],
      ["Generellt statsbidrag", "+100 kr per invånare", 100000],
    ]);
  });
});
