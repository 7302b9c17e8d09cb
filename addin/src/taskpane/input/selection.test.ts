import { readRow, signOfLabel, splitAddress } from "./selection";

const months8 = [7.1, 8.1, 9.1, 16.1, 11.1, 12.1, 13.1, 14.1];
const blanks = [null, null, null, null];

describe("readRow: one forecast row as the workbook lays it out", () => {
  it("label, budget and twelve months (A20:N20): the budget is not January, the label gives the sign", () => {
    const r = readRow(
      "Uppföljning!A20:N20",
      [["Intäkter (april: tomtförsäljning)", 85, ...months8, ...blanks]],
      "sv",
    );
    expect(r).toEqual({
      ok: true,
      label: "Intäkter (april: tomtförsäljning)",
      budget: { value: 85, ref: "Uppföljning!$B$20" },
      months: [...months8, ...blanks],
      monthsRef: "Uppföljning!$C$20:$N$20",
    });
    expect(signOfLabel("Intäkter (april: tomtförsäljning)")).toBe("intakt");
    expect(signOfLabel("Kostnader")).toBe("kostnad");
    expect(signOfLabel("Förskola")).toBeUndefined();
  });

  it("budget and months without a label (B7:N7); months only (C10:J10) has no budget", () => {
    const withBudget = readRow("Uppföljning!B7:N7", [[240, ...months8, ...blanks]], "sv");
    expect(withBudget.ok && withBudget.budget).toEqual({ value: 240, ref: "Uppföljning!$B$7" });
    expect(withBudget.ok && withBudget.months).toHaveLength(12);
    const monthsOnly = readRow("Uppföljning!C10:J10", [months8], "sv");
    expect(monthsOnly.ok && monthsOnly.budget).toBeUndefined();
    expect(monthsOnly.ok && monthsOnly.monthsRef).toBe("Uppföljning!$C$10:$J$10");
  });

  it("two rows, text among the months, no months and too many cells are refused with a reason", () => {
    expect(readRow("Uppföljning!C7:N8", [months8, months8], "sv")).toEqual({
      ok: false,
      message: "Uppföljning!C7:N8: Markera en enda rad; markeringen har 2 rader.",
    });
    const text = readRow(
      "Uppföljning!A6:N6",
      [
        [
          "Nämnd",
          "Budget 2025",
          ...["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        ],
      ],
      "sv",
    );
    expect(text.ok).toBe(false);
    expect(!text.ok && text.message).toMatch(/^C6 \(”jan”\) innehåller text där ett månadsutfall ska stå\./);
    expect(readRow("Blad1!A1:C1", [[null, null, null]], "en")).toEqual({
      ok: false,
      message:
        "Blad1!A1:C1: The selection holds no monthly outcomes. Select one row: label (optional), budget (optional) and up to 12 months, like B7:N7 or A20:N20.",
    });
    const wide = readRow("Blad1!A1:O1", [Array.from({ length: 15 }, (_, i) => i + 1)], "sv");
    expect(!wide.ok && wide.message).toBe(
      "Blad1!A1:O1: Markeringen har för många celler för en budget och 12 månader (15).",
    );
  });

  it("reads quoted sheet names and quotes them back when needed", () => {
    expect(splitAddress("'Skatt eller effektivisering'!B3:C4")).toEqual({
      sheet: "Skatt eller effektivisering",
      row: 2,
      col: 1,
    });
    const r = readRow("'Min bok'!C2:E2", [[1, 2, 3]], "sv");
    expect(r.ok && r.monthsRef).toBe("'Min bok'!$C$2:$E$2");
  });
});
