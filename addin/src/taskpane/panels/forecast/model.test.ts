import { rawOf } from "../../host/types";
import { readRow } from "../../input/selection";
import { forecastBlock, forecastModel, type ForecastState } from "./model";

/** Förskola: a budget of 240 and eight months of 20 each (the even profile's pace is 240 / 12 = 20 a month). */
const row = readRow(
  "Uppföljning!B7:N7",
  [[240, 20, 20, 20, 20, 20, 20, 20, 20, null, null, null, null]],
  "sv",
);
const state = (patch: Partial<ForecastState> = {}): ForecastState => ({
  row,
  budgetText: "240",
  sign: "kostnad",
  profile: undefined,
  ...patch,
});

describe("forecastModel: Prognos opens without errors", () => {
  it("before anything is selected: what to select, as a note; no red 'Fyll i ett värde'", () => {
    const m = forecastModel(state({ row: undefined, budgetText: "" }), "sv", () => false);
    expect(m.lines).toEqual([]);
    expect(m.notes).toEqual([
      "Markera en rad: etikett (valfri), budget (valfri) och upp till 12 månader, som B7:N7 eller A20:N20.",
    ]);
    expect(m.results).toEqual([]);
  });

  it("once a row is read (an attempt to compute) an empty budget is an error naming the field", () => {
    const m = forecastModel(state({ budgetText: "" }), "sv", () => true);
    expect(m.lines).toEqual(["Årsbudget: Fyll i ett värde."]);
  });

  it("eight months of 20 against a budget of 240: every method forecasts 240, deviation 0", () => {
    // linear: 160 / 8 × 12 = 240; even profile: 160 / (8/12) = 240; rest by budget: 160 + 4 × 20 = 240
    const m = forecastModel(state(), "sv");
    expect(m.results.map((r) => [r.method, r.forecast, r.deviation])).toEqual([
      ["linjar", 240, 0],
      ["profil", 240, 0],
      ["budget", 240, 0],
    ]);
  });
});

describe("forecastWarnings: budget and outcomes far apart in size", () => {
  it("outcomes of 20 a month against a budget of 240 (the same pace): no warning", () => {
    expect(forecastModel(state(), "sv").warnings).toEqual([]);
  });

  it("a budget typed in tkr (0,24) against outcomes of 20 a month: 240 a year is 1 000 times the budget", () => {
    const m = forecastModel(state({ budgetText: "0,24" }), "sv");
    expect(m.warnings.map((w) => w.replace(/[\u00a0\u202f]/g, " "))).toEqual([
      "Årsbudget: utfallen i den takten ger 240 på ett år, 1 000 gånger budgeten 0,24. Står budget och utfall i samma enhet (kr, tkr, mnkr)?",
    ]);
  });
});

describe("forecastBlock: live formulas first, then the inputs they refer to", () => {
  it("at D2: the budget cell is $E$8 and the forecasts read the selected months", () => {
    const s = state();
    const block = forecastBlock(s, forecastModel(s, "sv"), "D2", "sv")!;
    expect(rawOf(block[1]![1]!)).toBe('=KOMMUN.FORECAST($E$8,Uppföljning!$C$7:$N$7,"linear")');
    expect(rawOf(block[6]![1]!)).toBe("=Uppföljning!$B$7");
  });
});
