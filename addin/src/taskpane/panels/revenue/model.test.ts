import { DetailedCellError } from "hyperformula";
import { isKommunError } from "@kommunkalkyl/calc-core";
import { createEngine } from "../../../hyperformula/engine";
import { rawOf } from "../../host/types";
import { revenueBlock } from "./block";
import { revenueForecast } from "./model";

/** The sample municipality's inputs (samples/skatter-och-bidrag.xlsx, other grants 33 mnkr every year). */
const INPUT = {
  year: 2025,
  inhabitants: 30000,
  taxRate: 21.5,
  taxBase: 6000,
  factorPrev: 1.031,
  factorYear: 1.045,
  growth1: 3.8,
  growth2: 3.6,
  average: 265000,
  county: 19.41,
  countyCharge: 0,
  settlement: 250,
  other: 33,
};

/** Evaluates the block the panel writes, as a sheet of its own. */
function evaluate(block: ReturnType<typeof revenueBlock>) {
  const hf = createEngine({ Blad1: block.map((r) => r.map(rawOf)) }, "sv", "en");
  try {
    return hf.getSheetValues(hf.getSheetId("Blad1")!);
  } finally {
    hf.destroy();
  }
}

describe("the Skatter och bidrag panel", () => {
  it("computes 2025 as the sample does: 1 389,83955 + 7,5 + 519,825033 + 33 = 1 950,164583 mnkr", () => {
    const f = revenueForecast(INPUT, undefined);
    expect(f.years[0]!.summa).toBeCloseTo(1950.164583, 9);
    expect(f.years.map((y) => y.ar)).toEqual([2025, 2026, 2027]);
  });

  it("writes live formulas that give the same totals as the pane shows, with no error cell", () => {
    const values = evaluate(revenueBlock(INPUT, undefined, "sv"));
    const errors = values.flat().filter((v) => v instanceof DetailedCellError);
    expect(errors).toEqual([]);
    // the inputs fill rows 2–11 and the computed rows 13–15, so the spilled table starts at A17: a header row in the user's language, then one row per year
    expect(values[16]![0]).toBe("År");
    const totals = [17, 18, 19].map((r) => values[r]![6] as number);
    revenueForecast(INPUT, undefined).years.forEach((y, i) => expect(totals[i]).toBeCloseTo(y.summa, 6));
  });

  it("asks for the charge rate when the capacity is above 115 % instead of charging at the grant's rate", () => {
    let thrown: unknown;
    try {
      revenueForecast({ ...INPUT, average: 150000 }, undefined);
    } catch (e) {
      thrown = e;
    }
    expect(isKommunError(thrown) && thrown.code).toBe("na");
    // with the charge rate (16,98 for Stockholm in SFS 2015:1011) it computes a negative part
    const f = revenueForecast({ ...INPUT, average: 150000 }, 16.98);
    expect(f.years[0]!.inkomstutjamning).toBeLessThan(0);
  });

  it("passes an uplift factor written as 4,8 on to calc-core, which says to write 1,048", () => {
    let thrown: unknown;
    try {
      revenueForecast({ ...INPUT, factorPrev: 4.8 }, undefined);
    } catch (e) {
      thrown = e;
    }
    expect(isKommunError(thrown) && thrown.messageIn("sv")).toMatch(/skriv 1,048, inte 4,8/);
  });
});
