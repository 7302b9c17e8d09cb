import { listCells, OVERWRITE_TEXTS, targetOf } from "./overwrite";
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

  it("lists at most three cells and counts the rest", () => {
    const cells = ["T9", "T10", "T11", "T12", "T14"].map((a) => ({
      address: `Uppföljning!${a}`,
      value: "#VALUE!",
    }));
    expect(listCells(cells, "sv")).toBe(
      "Uppföljning!T9 (#VALUE!), Uppföljning!T10 (#VALUE!), Uppföljning!T11 (#VALUE!) och 2 celler till",
    );
    expect(listCells(cells.slice(0, 2), "en")).toBe("Uppföljning!T9 (#VALUE!) and Uppföljning!T10 (#VALUE!)");
    expect(listCells(cells.slice(0, 1), "en")).toBe("Uppföljning!T9 (#VALUE!)");
  });
});
