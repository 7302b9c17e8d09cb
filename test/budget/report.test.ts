import { DetailedCellError } from "hyperformula";
import { budgetReport, errorCells, parseBudgetYear } from "../../addin/src/cli/budget";
import type { BudgetData } from "../../addin/src/budget/types";

describe("the budget command's year, report and error list", () => {
  it("defaults to next calendar year and refuses a year in the wrong unit", () => {
    expect(parseBudgetYear(undefined, new Date(Date.UTC(2026, 11, 4)))).toBe(2027);
    expect(parseBudgetYear("2026", new Date())).toBe(2026);
    for (const bad of ["26", "20266", "2026.5", "1999", "år"]) {
      expect(() => parseBudgetYear(bad, new Date())).toThrow(/four digits/);
    }
  });

  it("reports in Swedish: the source, the year and value of each figure (sv-SE digits), assumptions, what is missing", () => {
    const data: BudgetData = {
      kommun: { kod: "1265", namn: "Sjöbo" },
      budgetar: 2027,
      figurer: {
        N01951: {
          kpi: "N01951",
          title: "Invånare totalt, antal",
          kommun: "1265",
          ar: 2025,
          varde: 19500,
          enhet: "antal",
          url: "http://k/v3/data/kpi/N01951/municipality/1265/year/2025",
          hamtad: "2026-12-01",
          kalla: "Kolada",
          status: "Osäker",
        },
      },
      jamforelse: {},
      tabeller: [
        {
          kpi: "upprakningsfaktorer",
          title: "Uppräkningsfaktor",
          kommun: "0000",
          ar: 2027,
          varde: 1.045,
          enhet: "faktor",
          url: "https://lagen.nu/2024:669",
          hamtad: "2024-09-19",
          kalla: "SFS 2024:669",
          antagande: "antagande: ersätt med SKR:s senaste prognos (x)",
        },
      ],
      saknas: [{ kpi: "N03064", title: "LSS-utjämning, kr/inv", skal: "inget värde" }],
      cache: { anvand: true, datum: "2026-12-01" },
    };
    const text = budgetReport(data, "http://k", "ut.xlsx", "sv");
    expect(text).toContain("Mål och budget 2027 för Sjöbo (1265) → ut.xlsx");
    expect(text).toContain("Källa: Kolada (http://k), ur cachen från 2026-12-01.");
    // sv-SE groups thousands with a no-break space
    expect(text).toMatch(/N01951 {2}2025 +19\u00a0500 {2}antal/);
    expect(text).toContain("Värden som Kolada flaggar (status):\n  N01951  2025  Osäker");
    expect(text).toContain("upprakningsfaktorer 2027: antagande: ersätt med SKR:s senaste prognos (x)");
    // the assumed row in the table list says so on its own line
    expect(text).toMatch(
      /upprakningsfaktorer {2}2027 .*\(SFS 2024:669, https:\/\/lagen\.nu\/2024:669\) {2}ANTAGANDE\n/,
    );
    expect(text).toContain("Kunde inte hämtas (fyll i):\n  N03064  LSS-utjämning, kr/inv: inget värde");

    // the cells the workbook marks, counted by kind and listed with their sheet and cell
    const marked = budgetReport(data, "http://k", "ut.xlsx", "sv", [
      { cell: "Förutsättningar!H34", kind: "fyll i", text: "fyll i: saknas (inget värde)" },
      { cell: "Resultatbudget!A6", kind: "antagande", text: "Finansnetto (kr/inv oförändrat: antagande)" },
    ]);
    expect(marked).toContain(
      "Markerat i arbetsboken: 1 att fylla i, 1 antaganden att pröva (blad!cell):\n" +
        "  Förutsättningar!H34  fyll i: saknas (inget värde)\n" +
        "  Resultatbudget!A6  Finansnetto (kr/inv oförändrat: antagande)\n",
    );
    expect(text).not.toContain("Markerat i arbetsboken");
  });

  it("lists error cells as beräkna does, sheet names quoted, with the message", () => {
    const error = new DetailedCellError({ type: "NA", message: "ange avgiftsSkattesats" } as never, "#N/A");
    const cells = errorCells({
      "Skatter och bidrag": [
        [1, null],
        [null, error],
      ],
      Budget: [[error]],
    });
    expect(cells).toEqual([
      "'Skatter och bidrag'!B2  #N/A  ange avgiftsSkattesats",
      "Budget!A1  #N/A  ange avgiftsSkattesats",
    ]);
  });
});
