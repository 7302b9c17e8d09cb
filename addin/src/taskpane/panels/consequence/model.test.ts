import { rawOf } from "../../host/types";
import { consequenceBlock, consequenceModel, rowTexts, START_MEASURE, type ConsequenceState } from "./model";

/** The sample's premises measure: one-off 2, investment 10 over 10 years at 2 %, saving 16 mnkr from 2026. */
const state = (
  texts: Partial<ConsequenceState["texts"]> = {},
  measure: Partial<Parameters<typeof rowTexts>[0]> = {},
): ConsequenceState => ({
  texts: { from: "2026", to: "2030", sob: "2 000", base: "6 900", ...texts },
  rows: [
    {
      id: 1,
      namn: "Lokaler",
      texts: rowTexts({ ...START_MEASURE, ...measure }, "sv"),
    },
  ],
});

describe("consequenceModel", () => {
  it("2026: 16 saved − (2 one-off + 10/10 depreciation + 10 × 2 % interest) = 12,8 mnkr, 0,64 % of 2 000", () => {
    const m = consequenceModel(state(), "sv");
    const y = m.analysis!.ar[0]!;
    expect(y.nettoeffekt).toBeCloseTo(12.8, 10);
    expect(y.resultatandelseffekt).toBeCloseTo(0.0064, 10);
    expect(m.warnings).toEqual([]);
  });

  it("a tax base below the taxes and grants (1 500 against 2 000) asks whether they share a unit", () => {
    const m = consequenceModel(state({ base: "1 500" }), "sv");
    expect(m.warnings).toEqual([
      "Skatteunderlag (mnkr) är mindre än Skatter och generella statsbidrag (mnkr). Skatteunderlaget är normalt flera gånger skatterna och bidragen (skatten är cirka 20–23\u00a0kr per\u00a0100\u00a0kr); står de i samma enhet?",
    ]);
  });

  it("taxes and grants of 2 000 000 mnkr is a tkr figure: 2 000 000 tkr = 2 000 mnkr", () => {
    const m = consequenceModel(state({ sob: "2 000 000", base: "6 900 000" }), "sv");
    expect(m.warnings.map((w) => w.replace(/[\u00a0\u202f]/g, " "))).toEqual([
      expect.stringContaining("troligen ett belopp i tkr (2 000 000 tkr = 2 000 mnkr)"),
    ]);
  });

  it("an internal interest of 12 % names the measure's field", () => {
    const m = consequenceModel(state({}, { ranta: 0.12 }), "sv");
    expect(m.warnings).toEqual([expect.stringMatching(/^Åtgärd 1 · Internränta \(%\): 12\s%/)]);
  });

  it("an empty field nobody has left is not an error yet; once judged it is", () => {
    const quiet = consequenceModel(state({ sob: "" }), "sv", () => false);
    expect(quiet.lines).toEqual([]);
    expect(quiet.analysis).toBeUndefined();
    expect(quiet.notes).toEqual(["Resultaten visas när Skatter och generella statsbidrag (mnkr) är ifyllt."]);
    const judged = consequenceModel(state({ sob: "" }), "sv");
    expect(judged.lines).toEqual(["Skatter och generella statsbidrag (mnkr): Fyll i ett värde."]);
  });
});

describe("consequenceBlock", () => {
  it("marks the inputs yellow and the headers bold; the table's formulas refer to the inputs", () => {
    const block = consequenceBlock(consequenceModel(state(), "sv"), "sv")!;
    expect(block[0]!.every((c) => !!c && c.style === "header")).toBe(true);
    // 5 years, payback row, blank, "Indata", then taxes and grants in B10 and tax base in B11
    expect(block[9]![1]).toEqual({ value: 2000, format: "#,##0", style: "input" });
    expect(rawOf(block[1]![2]!)).toBe("=B2/$B$10");
  });
});
