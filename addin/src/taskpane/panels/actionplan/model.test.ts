import { atgardsplan } from "@kommunkalkyl/calc-core";
import { actionPlanWorkbook } from "../../../samples/actionplan";
import { engineInput } from "../../../samples/model";
import { BrowserWorkbook } from "../../host/browserWorkbook";
import { parseAddress } from "../../host/types";
import {
  checkAmount,
  checkMeasure,
  checkMonth,
  deficitFromSelection,
  planBlock,
  planRow,
  sheetRef,
  type MeasureInput,
  measureFieldLabel,
  planModel,
} from "./model";
import { actionPlanWarnings } from "./warnings";

const measure = (patch: Partial<MeasureInput> = {}): MeasureInput => ({
  id: 1,
  namn: "Nattbemanning",
  helarseffekt: "2,4",
  startmanad: "3",
  status: "beslutad",
  sannolikhet: "",
  ...patch,
});

describe("the Åtgärdsplan panel's inputs: every one validated, never a silent default", () => {
  it("reads Swedish numbers and names what is wrong in the user's language", () => {
    expect(checkAmount("6,7", "sv")).toEqual({ value: 6.7 });
    expect(checkAmount("1 200 000", "en")).toEqual({ value: 1_200_000 });
    expect(checkAmount("", "sv")).toEqual({ error: "Fyll i ett värde." });
    expect(checkAmount("sex", "en")).toEqual({ error: '"sex" is not a number.' });
    expect(checkAmount("-6,7", "sv").error).toMatch(/positivt belopp/);
    expect(checkMonth("13", "sv")).toEqual({ error: "Skriv en månad 1–12 (4 = april)." });
    expect(checkMonth("4,5", "en").error).toBe("Enter a month 1–12 (4 = April).");
    expect(checkMonth("4", "en")).toEqual({ value: 4 });
  });

  it('reads "6,950" as the reader of each language means it: 6,95 in Swedish, 6 950 in English', () => {
    expect(checkAmount("6,950", "sv")).toMatchObject({ value: 6.95 }); // with "menade du 6 950?" (below)
    expect(checkAmount("6,950", "en")).toEqual({ value: 6950 });
    expect(checkAmount("1,200,000.5", "en")).toEqual({ value: 1_200_000.5 });
    // not a thousands group: in English never read as another number, but answered with the fix
    expect(checkAmount("2,4", "en").error).toMatch(/write 2\.4, not 2,4/);
    expect(checkAmount("2,4", "sv")).toEqual({ value: 2.4 });
  });

  it('takes a probability typed "20 %" or "20%" as 20 %, and asks for per cent when 0,8 is typed for 80 %', () => {
    expect(checkMeasure(measure({ sannolikhet: "20 %" }), "sv").value?.sannolikhet).toBe(0.2);
    expect(checkMeasure(measure({ sannolikhet: "20%", helarseffekt: "2.4" }), "en").value?.sannolikhet).toBe(
      0.2,
    );
    // a share typed in the percent field is computed as typed (0,8 % = 0,008), and warned of (issue 23)
    const share = checkMeasure(measure({ sannolikhet: "0,8" }), "sv");
    expect(share.errors).toEqual({});
    expect(share.value?.sannolikhet).toBe(0.008);
    // the hint under the field, as the pane's parser gives it for every percent field
    expect(share.hints?.sannolikhet).toBe("0,8 i ett procentfält betyder 0,8\u00a0% — menade du 80\u00a0%?");
    expect(actionPlanWarnings(undefined, [share.value], "sv")).toEqual([
      "Åtgärd 1 · Sannolikhet (%): 0,8 i ett procentfält betyder 0,8\u00a0% — menade du 80\u00a0%?",
    ]);
    const en = checkMeasure(measure({ sannolikhet: "0.8", helarseffekt: "2.4" }), "en");
    expect(actionPlanWarnings(undefined, [en.value], "en")).toEqual([
      "Measure 1 · Probability (%): 0.8 in a percent field means 0.8% — did you mean 80%?",
    ]);
    expect(checkMeasure(measure({ sannolikhet: "abc %" }), "sv").errors.sannolikhet).toBe(
      "Skriv en sannolikhet 0–100 (procent).",
    );
  });

  it("turns a measure into calc-core's, probability in per cent; an empty probability is a certain measure", () => {
    expect(checkMeasure(measure(), "sv").value).toEqual({
      namn: "Nattbemanning",
      helarseffekt: 2.4,
      startmanad: 3,
      status: "beslutad",
    });
    expect(checkMeasure(measure({ sannolikhet: "50" }), "sv").value?.sannolikhet).toBe(0.5);
  });

  it("collects every wrong field of a measure and gives no measure then", () => {
    const c = checkMeasure(
      measure({ namn: " ", helarseffekt: "x", startmanad: "0", sannolikhet: "150" }),
      "en",
    );
    expect(c.value).toBeUndefined();
    expect(c.errors).toEqual({
      namn: "Give the measure a name.",
      helarseffekt: '"x" is not a number.',
      startmanad: "Enter a month 1–12 (4 = April).",
      sannolikhet: "Enter a probability 0–100 (per cent).",
    });
  });

  it("reads the deficit from one selected cell, and names a negative one instead of flipping its sign", () => {
    expect(deficitFromSelection([[7.01]], "sv")).toEqual({ value: 7.01 });
    expect(deficitFromSelection([[1, 2]], "sv")).toEqual({ error: "Markera en enda cell med underskottet." });
    expect(deficitFromSelection([["LSS"]], "en")).toEqual({ error: "The selected cell holds no number." });
    expect(deficitFromSelection([[-7]], "en").error).toBe(
      "The selected cell is -7, a negative number (a deviation?). The deficit is written as a positive amount.",
    );
  });

  it("quotes a sheet name with spaces in a reference", () => {
    expect(sheetRef("Åtgärdsplan!$B$10")).toBe("Åtgärdsplan!B10");
    expect(sheetRef("Mål och budget!B10")).toBe("'Mål och budget'!B10");
  });
});

describe("the plan written into a workbook as live KOMMUN formulas, and read back", () => {
  const measures = [
    checkMeasure(measure(), "sv").value!,
    checkMeasure(
      measure({
        namn: "Köpta platser",
        helarseffekt: "3",
        startmanad: "10",
        status: "förslag",
        sannolikhet: "50",
      }),
      "sv",
    ).value!,
  ];

  it("writes the deficit as a link to the cell it was read from; the spilled plan equals calc-core's", async () => {
    const host = new BrowserWorkbook({ title: "t", sheets: engineInput(actionPlanWorkbook()) }, "sv");
    host.setActiveSheet("Åtgärdsplan");
    const b10 = parseAddress("B10");
    host.select(b10);
    const selection = await host.readSelection();
    const deficit = deficitFromSelection(selection.values, "sv").value!;
    expect(deficit).toBeGreaterThan(6.5); // the LSS deficit of the sample, about 7 mnkr
    const written = await host.writeNewSheet(
      "Åtgärdsplan",
      "A1",
      planBlock(deficit, selection.address, measures, "sv"),
    );
    const sheet = written.sheet;
    expect(sheet).toBe("Åtgärdsplan (2)");
    expect(written.errors).toEqual([]);

    const expected = atgardsplan(deficit, measures);
    const row = planRow(measures.length) - 1; // 0-based
    expect(host.display(2, 1, sheet)).toBeCloseTo(deficit, 12);
    expect(host.display(5, 5, sheet)).toBeCloseTo(2, 12); // 2.4 × 10/12, KOMMUN.YEAREFFECT
    expect(host.display(row, 0, sheet)).toBe("Åtgärd"); // the plan's header row
    expect(host.display(row + 1, 1, sheet)).toBe("beslutad");
    const label = (r: number) => host.display(r, 0, sheet);
    const left = Array.from({ length: 8 }, (_, i) => row + i).find((r) => label(r) === "Kvar att åtgärda")!;
    expect(host.display(left, 5, sheet)).toBeCloseTo(expected.kvar, 12);
    expect(host.display(left + 1, 5, sheet)).toBeCloseTo(expected.kvarBeslutade, 12);
    expect(host.display(left + 2, 6, sheet)).toBeCloseTo(expected.kvarForvantad, 12);

    // live: a higher LSS budget (smaller deficit) flows through to the written plan
    host.setActiveSheet("Åtgärdsplan");
    const b6 = parseAddress("B6");
    host.edit(b6.row, b6.col, "152");
    const smaller = host.display(9, 1, "Åtgärdsplan") as number;
    expect(smaller).toBeCloseTo(deficit - 2, 9);
    expect(host.display(left, 5, sheet)).toBeCloseTo(atgardsplan(smaller, measures).kvar, 12);
  });

  it("writes a typed deficit as a number", () => {
    const block = planBlock(6.7, undefined, measures, "en");
    // inputs yellow (style "input"), labels of the inputs and the table's headers bold (style "header")
    expect(block[2]).toEqual([
      { text: "Forecast deficit", style: "header" },
      { value: 6.7, format: "#,##0.00", style: "input" },
    ]);
    expect(block[4]![0]).toEqual({ text: "Name", style: "header" });
    expect(block[planRow(2) - 1]).toEqual([
      { formula: "=KOMMUN.ACTIONPLAN(B3,A6:A7,B6:B7,C6:C7,D6:D7,E6:E7)", format: "#,##0.00" },
    ]);
    expect(block[5]![3]).toEqual({ text: "decided", style: "input" });
    expect(block[6]![4]).toEqual({ value: 0.5, format: "0%", style: "input" });
    expect(block[5]![4]).toBeNull();
  });
});

describe("planModel: the panel opens without errors, a new measure is a note until filled", () => {
  const blank = {
    id: 1,
    namn: "",
    helarseffekt: "",
    startmanad: "",
    status: "förslag" as const,
    sannolikhet: "",
  };
  const nattbemanning = { ...blank, id: 2, namn: "Nattbemanning", helarseffekt: "2,4", startmanad: "3" };

  it("as it opens (no deficit, no measures, nothing left yet): no error line", () => {
    const m = planModel({ deficitText: "", asOfText: "8", measures: [] }, "sv", () => false);
    expect(m.lines).toEqual([]);
    expect(m.notes).toEqual(["Resultatet visas när Prognostiserat underskott är ifyllt."]);
  });

  it("a blank new measure is left out of the plan with a note, and the other measures' plan stays", () => {
    const m = planModel({ deficitText: "6,7", asOfText: "8", measures: [nattbemanning, blank] }, "sv");
    expect(m.counted).toEqual([true, false]);
    expect(m.lines).toEqual([]);
    expect(m.notes).toEqual(["Åtgärd 2 räknas inte med förrän något är ifyllt i den."]);
    // 2,4 mnkr a full year from March: 10 of 12 months = 2,0 mnkr this year
    expect(m.plan!.summa).toBeCloseTo(2, 10);
  });

  it("a month of 13 is an error once the field was left, naming the measure and the field", () => {
    const bad = { ...nattbemanning, startmanad: "13" };
    const label = measureFieldLabel(0, "startmanad", "sv");
    const before = planModel({ deficitText: "6,7", asOfText: "8", measures: [bad] }, "sv", () => false);
    expect(before.lines).toEqual([]);
    expect(before.plan).toBeUndefined();
    const after = planModel({ deficitText: "6,7", asOfText: "8", measures: [bad] }, "sv", (l) => l === label);
    expect(after.lines).toEqual(["Åtgärd 1 · Startmånad (1–12): Skriv en månad 1–12 (4 = april)."]);
  });
});

describe("checkAmount: what the deficit field says beside its number", () => {
  it("25 tkr in the mnkr field is 25 / 1 000 = 0,025 mnkr, echoed in the field's unit", () => {
    expect(checkAmount("25 tkr", "sv")).toEqual({ value: 0.025, converted: "= 0,025\u00a0mnkr" });
  });
  it("Swedish 6,950 is 6,95 mnkr, with the question whether 6 950 was meant", () => {
    const c = checkAmount("6,950", "sv");
    expect(c.value).toBe(6.95);
    expect(c.warning).toContain("menade du 6\u00a0950?");
  });
});
