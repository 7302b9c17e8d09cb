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

/** Prognos at Uppföljning!B20 (manadsuppfoljning-2025.xlsx): O20:R20 and P21:R21 directly, O21 through O20. */
const EIGHT = ["O20", "P20", "Q20", "R20", "O21", "P21", "Q21", "R21"].map((a) => `Uppföljning!${a}`);

describe("the overwrite dialog's sentence about the formulas that read the range", () => {
  it("counts every reader, direct or through others, names three and counts the rest", () => {
    // 8 readers: three named, 8 − 3 = 5 more
    expect(OVERWRITE_TEXTS.sv.readers({ readers: EIGHT })).toBe(
      "8 formler utanför området läser härifrån, direkt eller via andra formler (Uppföljning!O20, Uppföljning!P20, Uppföljning!Q20 och 5 till), och kan visa fel eller andra värden efteråt.",
    );
    expect(OVERWRITE_TEXTS.en.readers({ readers: EIGHT })).toBe(
      "8 formulas outside the range read from it, directly or through other formulas (Uppföljning!O20, Uppföljning!P20, Uppföljning!Q20 and 5 more), and may show errors or other values afterwards.",
    );
  });

  it("one reader: singular", () => {
    expect(OVERWRITE_TEXTS.sv.readers({ readers: ["Budget!B12"] })).toBe(
      "1 formel utanför området läser härifrån, direkt eller via andra formler (Budget!B12), och kan visa fel eller andra värden efteråt.",
    );
    expect(OVERWRITE_TEXTS.en.readers({ readers: ["Budget!B12"] })).toBe(
      "1 formula outside the range reads from it, directly or through other formulas (Budget!B12), and may show errors or other values afterwards.",
    );
  });

  it("a bound hit says 'at least' and what to do, never a count that looks complete", () => {
    const forty = Array.from({ length: 40 }, (_, i) => `Kedja!A${i + 2}`);
    // 40 found: A2, A3, A4 named, 37 more
    expect(OVERWRITE_TEXTS.sv.readers({ readers: forty, moreReaders: true })).toBe(
      "Minst 40 formler utanför området läser härifrån, direkt eller via andra formler (Kedja!A2, Kedja!A3, Kedja!A4 och 37 till), och kan visa fel eller andra värden efteråt. Det kan finnas fler: Kommunkalkyl följde inte alla kedjor till slut. Kontrollera med Formler → Spåra underordnade innan du ersätter.",
    );
    expect(OVERWRITE_TEXTS.en.readers({ readers: ["Kedja!A2"], moreReaders: true })).toBe(
      "At least 1 formula outside the range reads from it, directly or through other formulas (Kedja!A2), and may show errors or other values afterwards. There may be more: Kommunkalkyl did not follow every chain to its end. Check with Formulas → Trace Dependents before you replace.",
    );
  });

  it("none is said only when the host checked; otherwise it could not check", () => {
    expect(OVERWRITE_TEXTS.sv.readers({ readers: [] })).toBe("Ingen formel utanför området läser härifrån.");
    expect(OVERWRITE_TEXTS.en.readers({ readers: [] })).toBe("No formula outside the range reads from it.");
    for (const held of [{ readers: undefined }, { readers: [], moreReaders: true }]) {
      expect(OVERWRITE_TEXTS.sv.readers(held)).toContain("kunde inte ta reda på");
      expect(OVERWRITE_TEXTS.sv.readers(held)).toContain("Formler → Spåra underordnade");
      expect(OVERWRITE_TEXTS.en.readers(held)).toContain("could not find out");
      expect(OVERWRITE_TEXTS.en.readers(held)).toContain("Formulas → Trace Dependents");
    }
  });

  it("a thousand and more are counted as Swedish writes numbers", () => {
    const many = Array.from({ length: 1204 }, (_, i) => `Blad1!A${i + 1}`);
    expect(listAddresses(many, "sv").replace(/\u00a0/g, " ")).toBe(
      "Blad1!A1, Blad1!A2, Blad1!A3 och 1 201 till",
    );
    expect(listAddresses(many, "en")).toBe("Blad1!A1, Blad1!A2, Blad1!A3 and 1,201 more");
    expect(OVERWRITE_TEXTS.sv.readers({ readers: many }).replace(/\u00a0/g, " ")).toMatch(
      /^1 204 formler utanför/,
    );
  });
});
