import { join } from "node:path";
import { createEngine } from "../hyperformula/engine";
import { engineInput } from "./model";
import { taxScenarioWorkbook } from "./taxScenario";

const DATA = join(__dirname, "..", "..", "..", "samples", "data");

/**
 * The sample's sheet Scenario, computed with the KOMMUN functions (HyperFormula, as panels/tax/findings.test.ts
 * computes the pane's block) after typing into its yellow cells: `cells` maps A1 addresses to values.
 */
function scenario(cells: Record<string, number>): (at: string) => unknown {
  const hf = createEngine(engineInput(taxScenarioWorkbook(DATA)), "sv", "en");
  const sheet = hf.getSheetId("Scenario")!;
  const address = (a1: string) => {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    return { sheet, col: m[1]!.charCodeAt(0) - 65, row: Number(m[2]) - 1 };
  };
  for (const [a1, v] of Object.entries(cells)) hf.setCellContents(address(a1), v);
  const values = new Map<string, unknown>();
  return (a1: string) => {
    if (!values.has(a1)) values.set(a1, hf.getCellValue(address(a1)));
    return values.get(a1);
  };
}

/** No measures: each measure's share (C24:C27) set to 0, so the sum of measures D28 is 0. */
const NO_MEASURES = { C24: 0, C25: 0, C26: 0, C27: 0 };
/** 30 mnkr of measures: only the premises, 10 % of 300 mnkr. */
const THIRTY = { ...NO_MEASURES, B25: 300, C25: 0.1 };

describe("samples/skatt-eller-effektivisering.xlsx: the remaining gap follows the pane's rule (issue 23)", () => {
  it("labels row 30 so that a negative figure reads as a surplus", () => {
    const rows = taxScenarioWorkbook(DATA).sheets[0]!.rows;
    expect(rows[30]![0]).toBe("Kvarvarande gap (mnkr; negativt = överskott)");
  });

  it("a gap of −4 (a surplus) with no measures leaves −4, not 0, and a raise of −5 öre (−160 kr a person)", () => {
    const at = scenario({ B5: -4, ...NO_MEASURES });
    expect(at("D28")).toBe(0);
    expect(at("B30")).toBe(-4);
    // −4 mnkr on the 2026 tax base 6 748,5 mnkr: −4 / 67,485 = −5,93 öre, rounded up to a whole öre: −5 öre;
    // 320 000 kr × −0,05 / 100 = −160 kr a person
    expect(at("B31")).toBe(-0.05);
    expect(at("B33")).toBe(-160);
  });

  it("a surplus grows with the sample's measures: −4 − 22,74405 = −26,74405", () => {
    // the measures as the sample has them: 6,84405 + 9,5 + 2,8 + 3,6 = 22,74405 (test/cli/berakna-skatt.test.ts)
    const at = scenario({ B5: -4 });
    expect(at("D28") as number).toBeCloseTo(22.74405, 10);
    expect(at("B30") as number).toBeCloseTo(-26.74405, 10);
  });

  it("a gap of 40 with 30 of measures leaves 10; a gap of 25 with the same 30 leaves 0, never −5", () => {
    const forty = scenario({ B5: 40, ...THIRTY });
    // 300 × 10 % = 30 of measures; 40 − 30 = 10
    expect(forty("D28")).toBe(30);
    expect(forty("B30")).toBe(10);
    // the measures more than close a positive gap: nothing is left, no surplus is invented
    expect(scenario({ B5: 25, ...THIRTY })("B30")).toBe(0);
  });

  it("the sample as saved still leaves 25 − 22,74405 = 2,25595", () => {
    expect(scenario({})("B30") as number).toBeCloseTo(2.25595, 10);
  });
});
