/** The chain's revenue additions (issue 21, API.md §13) through the Excel definitions (HyperFormula). */
import { evaluateFormula } from "../hyperformula/engine";

describe("TAXESANDGRANTS on SKR's growth path", () => {
  it("books the settlement from the growth and shows the previous year's correction in its own column", () => {
    // 1 000 × 1,03 × 1,04 = 1 071,2 at 20 kr = 214,24 preliminary; actual 1 000 × 1,04 × 1,05 = 1 092
    // → 218,4, settlement 4,16; correction −1; total 217,4
    expect(
      evaluateFormula("=KOMMUN.TAXESANDGRANTS({2026},1000,{1.03,1.04},20,,,,{1.04,1.05},-1)", "sv", "en"),
    ).toEqual([
      [
        "År",
        "Uppräknat skatteunderlag",
        "Skatteintäkter",
        "Slutavräkning",
        "Korrigering föregående år",
        "Inkomstutjämning",
        "Övriga bidrag och avgifter",
        "Skatter och bidrag",
      ],
      [2026, 1071.2, 214.24, 4.16, -1, 0, 0, 217.4],
    ]);
  });

  it("refuses a settlement next to the growth it follows from", () => {
    const result = evaluateFormula(
      "=KOMMUN.TAXESANDGRANTS({2026},1000,{1.03,1.04},20,5,,,{1.04,1.05})",
      "en",
    );
    expect(String(result[0]![0])).toMatch(/VALUE/);
  });
});

describe("SENSITIVITY with income equalisation", () => {
  it("shows the national and the own tax base rows in the user's language", () => {
    // 6 000 mnkr at 21,5 kr, 30 000 inhabitants at 200 000 kr against 250 000, county rate 19,41:
    // grant 509,5125 mnkr; national +1 % = 0,01 × (1 290 + 509,5125) mnkr = 17 995 125 kr;
    // own +1 % = 12 900 000 − 0,01 × 6 000 mnkr × 19,41 % = 1 254 000 kr
    const rows = evaluateFormula(
      "=KOMMUN.SENSITIVITY(,,6000000000,21.5,,30000,,509512500,200000,250000,19.41)",
      "sv",
      "en",
    );
    expect(rows.map((r) => r[0])).toEqual([
      "Post",
      "Skattesats",
      "Skatteunderlag i riket",
      "Eget skatteunderlag",
      "Generellt statsbidrag",
    ]);
    expect(rows[2]![1]).toBe("+1 %");
    expect(rows[2]![2]).toBeCloseTo(17_995_125, 4);
    expect(rows[3]![1]).toBe("+1 % (riket oförändrat)");
    expect(rows[3]![2]).toBeCloseTo(1_254_000, 4);
  });

  it("says that equalisation is left out when it is not given", () => {
    const rows = evaluateFormula("=KOMMUN.SENSITIVITY(,,6000000000,21.5)", "en", "en");
    expect(rows[2]).toEqual(["National tax base", "+1 % (income equalisation left out)", 12_900_000]);
  });
});
