import { rawOf } from "../../host/types";
import { readRow } from "../../input/selection";
import { formatFixed } from "../../shared/format";
import {
  FORECAST_DECIMALS,
  coversSource,
  deviationNotes,
  firstMonthWarnings,
  forecastBlock,
  forecastModel,
  type ForecastState,
} from "./model";

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

  it("once the budget field is judged (left, or a write tried) an empty budget is an error naming the field", () => {
    const m = forecastModel(state({ budgetText: "" }), "sv", () => true);
    expect(m.lines).toEqual(["Årsbudget: Fyll i ett värde."]);
  });

  it("months read, the budget not yet left: no red line, a note saying what the forecast waits for (s8 finding 8)", () => {
    const m = forecastModel(state({ budgetText: "" }), "sv", () => false);
    expect(m.lines).toEqual([]);
    expect(m.notes).toEqual(["Resultaten visas när Årsbudget är ifyllt."]);
    expect(m.results).toEqual([]);
    const en = forecastModel(state({ budgetText: "" }), "en", () => false);
    expect(en.lines).toEqual([]);
    expect(en.notes).toEqual(["The results show once Annual budget is filled in."]);
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

  it("one rule for the decimals: the written forecasts are #,##0.0 and the pane shows the same one decimal", () => {
    const s = state();
    const block = forecastBlock(s, forecastModel(s, "sv"), "D2", "sv")!;
    const forecastCell = block[1]![1]!;
    expect("format" in forecastCell && forecastCell.format).toBe("#,##0.0");
    // 332,93 and 287,2 side by side were the finding: with one decimal both read alike, 332,9 and 287,2
    expect([332.93, 287.2].map((x) => formatFixed(x, "sv", FORECAST_DECIMALS))).toEqual(["332,9", "287,2"]);
  });

  it("marked as every panel's block: the header row bold, the typed budget and the sign yellow inputs", () => {
    // a budget typed in the pane (no budget cell in the row read): rows 0 headers, 6 budget, 7 sign
    const s = state({ row: readRow("Uppföljning!C7:J7", [[25, 26, 24, 27, 25, 26, 25, 24]], "sv") });
    const block = forecastBlock(s, forecastModel(s, "sv"), "D2", "sv")!;
    expect(block[0]!.map((c) => c && "style" in c && c.style)).toEqual([
      "header",
      "header",
      "header",
      "header",
    ]);
    expect(block[6]![1]).toMatchObject({ style: "input" });
    expect(block[7]![1]).toMatchObject({ style: "input" });
    // a budget read from the workbook stays a formula pointing at it, not an input of the block
    const read = forecastBlock(state(), forecastModel(state(), "sv"), "D2", "sv")!;
    expect(read[6]![1]).not.toMatchObject({ style: "input" });
  });
});

describe("firstMonthWarnings: a budget read as January", () => {
  // LSS laid out as label, budget, months: A10 "LSS", B10 budget 150, C10:J10 January–August (99,7 in all)
  const months = [12.4, 12.6, 12.5, 12.3, 12.5, 12.4, 12.5, 12.5];
  const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

  it("A10:J10 selected (label, budget, eight months): B10 is read as January, 150 = 12 × the median 12,5", () => {
    // the other months sorted: 12,3 12,4 12,4 12,5 12,5 12,5 12,5 12,6 → median (12,5 + 12,5) / 2 = 12,5
    const read = readRow("Uppföljning!A10:J10", [["LSS", 150, ...months]], "sv");
    expect(read.ok && read.months.length).toBe(9);
    expect(firstMonthWarnings(read, "sv").map(sp)).toEqual([
      "B10 (150) läses som januari men är 12 gånger de andra månadernas median. Är det årsbudgeten? Markera i så fall raden från etiketten till december (etikett, budget, tolv månader).",
    ]);
    expect(firstMonthWarnings(read, "en")[0]).toMatch(/^B10 \(150\) is read as January but is 12 times/);
    // and it stands beside the results, not instead of them
    const m = forecastModel(state({ row: read, budgetText: "150" }), "sv");
    expect(m.results.length).toBe(3);
    expect(m.warnings.map(sp)).toContain(firstMonthWarnings(read, "sv").map(sp)[0]);
  });

  it("A10:N10 (label, budget, twelve month cells): the budget is B10, no warning", () => {
    const read = readRow("Uppföljning!A10:N10", [["LSS", 150, ...months, null, null, null, null]], "sv");
    expect(read.ok && read.budget?.ref).toBe("Uppföljning!$B$10");
    expect(firstMonthWarnings(read, "sv")).toEqual([]);
  });

  it("a January twice the other months (a seasonal payment) is no budget: no warning", () => {
    const read = readRow("Uppföljning!C10:J10", [[25, ...months.slice(1)]], "sv");
    expect(firstMonthWarnings(read, "sv")).toEqual([]);
  });
});

describe("coversSource: a table never written over the row it reads", () => {
  const read = readRow(
    "Uppföljning!A10:N10",
    [["LSS", 150, ...Array(8).fill(12.5), null, null, null, null]],
    "sv",
  );
  const block = [[null, null, null, null], [null], [null], [null]].map((r) => r.map(() => ({ text: "" })));

  it("written at C10 a 4 × 4 table covers C10:F13, over the months C10:N10: refused, naming both", () => {
    expect(coversSource(read, "Uppföljning", "C10", block, "sv")).toBe(
      "Inget skrevs: tabellen skulle täcka C10:F13, där raden som prognosen läser står (C10:N10). Välj en cell utanför raden, till exempel under tabellen.",
    );
  });

  it("a one-column table at B5 (B5:B10) reaches only the budget cell B10: refused, naming B10", () => {
    const column = Array.from({ length: 6 }, () => [{ text: "" }]);
    expect(coversSource(read, "Uppföljning", "B5", column, "en")).toBe(
      "Nothing was written: the table would cover B5:B10, where the row the forecast reads is (B10). Choose a cell outside the row, for example below the table.",
    );
  });

  it("below the row (A20) or on another sheet: nothing in the way", () => {
    expect(coversSource(read, "Uppföljning", "A20", block, "sv")).toBeUndefined();
    expect(coversSource(read, "Prognos", "C10", block, "sv")).toBeUndefined();
  });
});

describe("deviationNotes: a shown deviation that differs from the shown budget minus the shown forecast (issue 23)", () => {
  // LSS, C10:J10: eight months that sum to 99,7 (3 × 12,4 + 5 × 12,5 = 37,2 + 62,5), budget 150
  const lss = readRow("LSS!C10:J10", [[12.4, 12.5, 12.4, 12.5, 12.4, 12.5, 12.5, 12.5]], "sv");
  it("linear 99,7 / 8 × 12 = 149,55 → 149,6; deviation 150 − 149,55 = 0,45 → 0,5; on screen 150,0 − 149,6 = 0,4", () => {
    const m = forecastModel(state({ row: lss, budgetText: "150" }), "sv");
    const linear = m.results.find((r) => r.method === "linjar")!;
    expect(formatFixed(linear.forecast, "sv", FORECAST_DECIMALS)).toBe("149,6");
    expect(formatFixed(linear.deviation, "sv", FORECAST_DECIMALS)).toBe("0,5");
    const notes = deviationNotes(150, m.results, "kostnad", false, "sv");
    expect(notes).toContain(
      "Linjär: avvikelsen 0,5 är räknad på de oavrundade beloppen, 150 − 149,55 = 0,45; de avrundade ger 150,0 − 149,6 = 0,4.",
    );
    // the even profile gives the same 149,55; the budget method 99,7 + 150 × 4/12 = 149,7 and 150 − 149,7 = 0,3
    // agree on screen: no note for it
    expect(notes).toHaveLength(2);
    expect(notes.some((n) => n.startsWith("Resten enligt budget"))).toBe(false);
    const en = deviationNotes(150, m.results, "kostnad", false, "en");
    expect(en[0]).toBe(
      "Run rate: the deviation 0.5 is worked out from the unrounded amounts, 150 − 149.55 = 0.45; the rounded ones give 150.0 − 149.6 = 0.4.",
    );
  });

  it("for a revenue the order is forecast − budget: 149,55 − 150 = −0,45 → −0,5, on screen 149,6 − 150,0 = −0,4", () => {
    const m = forecastModel(state({ row: lss, budgetText: "150", sign: "intakt" }), "sv");
    expect(deviationNotes(150, m.results, "intakt", false, "sv")[0]).toBe(
      "Linjär: avvikelsen −0,5 är räknad på de oavrundade beloppen, 149,55 − 150 = −0,45; de avrundade ger 149,6 − 150,0 = −0,4.",
    );
  });

  it("says nothing when the rounded figures agree (Förskola: 240, forecast 240, deviation 0)", () => {
    const m = forecastModel(state(), "sv");
    expect(deviationNotes(240, m.results, "kostnad", false, "sv")).toEqual([]);
  });
});
