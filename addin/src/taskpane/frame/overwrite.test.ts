import { listAddresses, listCells, OVERWRITE_TEXTS, targetOf } from "./overwrite";
import { num, text } from "../host/types";

describe("the range a write replaces", () => {
  it("the Prognos table (9 rows, at most 4 columns) at Uppföljning!P9 covers P9:S17", () => {
    const block = [
      [text("Metod"), text("Prognos"), text("Avvikelse"), text("Status")],
      ...Array.from({ length: 3 }, () => [text("m"), num(1), num(2), text("ok")]),
      [],
      [text("Indata")],
      [text("Budget"), num(480)],
      [text("Raden är"), text("kostnad")],
      [text("Månadsutfall"), text("Uppföljning!C9:J9")],
    ];
    // rows 9 + 9 − 1 = 17; columns P + 4 − 1 = S
    expect(targetOf("Uppföljning", "P9", block)).toEqual({
      range: "P9:S17",
      address: "Uppföljning!P9:S17",
      rows: 9,
      cols: 4,
    });
  });

  it("a sheet name with a space or a bracket is quoted as Excel writes it; one cell is one cell", () => {
    expect(targetOf("Skatt (2)", "A1", [[num(1), num(2)]]).address).toBe("'Skatt (2)'!A1:B1");
    expect(targetOf("Budget", "C4", [[num(1)]]).address).toBe("Budget!C4");
  });
});

describe("what the dialog and the warning say", () => {
  it("names the range and both counts, singular and plural, in Swedish and English", () => {
    const t = { address: "Uppföljning!P9:S17", values: 1, formulas: 28 };
    expect(OVERWRITE_TEXTS.sv.body(t)).toBe(
      "Uppföljning!P9:S17 innehåller redan 1 värde och 28 formler. Ersätt skriver över hela området.",
    );
    expect(OVERWRITE_TEXTS.en.body(t)).toBe(
      "Uppföljning!P9:S17 already holds 1 value and 28 formulas. Replace overwrites the whole range.",
    );
    expect(OVERWRITE_TEXTS.sv.body({ ...t, values: 2, formulas: 0 })).toBe(
      "Uppföljning!P9:S17 innehåller redan 2 värden. Ersätt skriver över hela området.",
    );
    expect(OVERWRITE_TEXTS.en.body({ ...t, values: 0, formulas: 1 })).toBe(
      "Uppföljning!P9:S17 already holds 1 formula. Replace overwrites the whole range.",
    );
  });

  it("lists at most three cells and counts the rest, each error as Excel in the pane's language names it", () => {
    const cells = ["T9", "T10", "T11", "T12", "T14"].map((a) => ({
      address: `Uppföljning!${a}`,
      value: "#VALUE!",
    }));
    expect(listCells(cells, "sv")).toBe(
      "Uppföljning!T9 (#VÄRDEFEL!), Uppföljning!T10 (#VÄRDEFEL!), Uppföljning!T11 (#VÄRDEFEL!) och 2 celler till",
    );
    // Swedish Excel's own names in an English pane
    expect(listCells([{ address: "Budget!B12", value: "#DIVISION/0!" }], "en")).toBe("Budget!B12 (#DIV/0!)");
    expect(listCells(cells.slice(0, 2), "en")).toBe("Uppföljning!T9 (#VALUE!) and Uppföljning!T10 (#VALUE!)");
    expect(listCells(cells.slice(0, 1), "en")).toBe("Uppföljning!T9 (#VALUE!)");
  });
});

describe("what the dialog says about formulas elsewhere that read from the range", () => {
  const five = ["Summering!A1", "Budget!B12", "Budget!C12", "Budget!B13", "Budget!C13"];

  it("counts them exactly, names three and counts the rest", () => {
    expect(OVERWRITE_TEXTS.sv.readers(five)).toBe(
      "5 formler utanför området läser härifrån (Summering!A1, Budget!B12, Budget!C12 och 2 till) och kan visa fel efteråt.",
    );
    expect(OVERWRITE_TEXTS.en.readers(five)).toBe(
      "5 formulas outside the range read from it (Summering!A1, Budget!B12, Budget!C12 and 2 more) and may show errors afterwards.",
    );
    expect(OVERWRITE_TEXTS.sv.readers(five.slice(0, 1))).toBe(
      "1 formel utanför området läser härifrån (Summering!A1) och kan visa fel efteråt.",
    );
    expect(OVERWRITE_TEXTS.en.readers(five.slice(0, 2))).toBe(
      "2 formulas outside the range read from it (Summering!A1 and Budget!B12) and may show errors afterwards.",
    );
    expect(OVERWRITE_TEXTS.en.readers(five.slice(0, 1))).toBe(
      "1 formula outside the range reads from it (Summering!A1) and may show an error afterwards.",
    );
  });

  it("says none only when the host checked, and that it could not check otherwise", () => {
    expect(OVERWRITE_TEXTS.sv.readers([])).toBe("Ingen formel utanför området läser härifrån.");
    expect(OVERWRITE_TEXTS.en.readers([])).toBe("No formula outside the range reads from it.");
    expect(OVERWRITE_TEXTS.sv.readers(undefined)).toContain(
      "kunde inte ta reda på om formler utanför området läser härifrån",
    );
    expect(OVERWRITE_TEXTS.en.readers(undefined)).toContain("Formulas → Trace Dependents");
    expect(OVERWRITE_TEXTS.en.readers(undefined)).not.toContain("No formula");
  });

  it("a thousand and more are counted as Swedish writes numbers", () => {
    const many = Array.from({ length: 1204 }, (_, i) => `Blad1!A${i + 1}`);
    expect(listAddresses(many, "sv").replace(/\u00a0/g, " ")).toBe(
      "Blad1!A1, Blad1!A2, Blad1!A3 och 1 201 till",
    );
    expect(listAddresses(many, "en")).toBe("Blad1!A1, Blad1!A2, Blad1!A3 and 1,201 more");
    expect(OVERWRITE_TEXTS.sv.readers(many).replace(/\u00a0/g, " ")).toMatch(/^1 204 formler utanför/);
  });
});
