import { translateFormula, valueText } from "./formulaText";

describe("the demo's formula bar in the pane's language", () => {
  it("writes Excel's and the KOMMUN functions' Swedish names, ; and decimal comma", () => {
    expect(translateFormula("=SUM(A1:A3,2.5)", "en", "sv")).toBe("=SUMMA(A1:A3;2,5)");
    expect(translateFormula("=KOMMUN.RESULTREQUIREMENT(B2,0.02)", "en", "sv")).toBe(
      "=KOMMUN.RESULTATKRAV(B2;0,02)",
    );
    expect(translateFormula("=IF(B3>1E+3,B3*1000000,0)", "en", "sv")).toBe("=OM(B3>1E+3;B3*1000000;0)");
  });

  it("keeps texts and quoted sheet names as they are, and translates array separators", () => {
    expect(translateFormula(`='Skatt, 2025'!B2&"a, b 1.5"`, "en", "sv")).toBe(`='Skatt, 2025'!B2&"a, b 1.5"`);
    expect(translateFormula("=SUM({1.5,2;3,4})", "en", "sv")).toBe("=SUMMA({1,5;2|3;4})");
  });

  it("reads a Swedish formula back to the engine's English, so what the user types is what is computed", () => {
    expect(translateFormula("=SUMMA(A1:A3;2,5)", "sv", "en")).toBe("=SUM(A1:A3,2.5)");
    expect(translateFormula("=kommun.resultatkrav(B2;0,02)", "sv", "en")).toBe(
      "=KOMMUN.RESULTREQUIREMENT(B2,0.02)",
    );
    expect(translateFormula("=SUMMA({1,5;2|3;4})", "sv", "en")).toBe("=SUM({1.5,2;3,4})");
  });

  it("leaves values and English alone; a Swedish value gets its decimal comma", () => {
    expect(translateFormula("12.5", "en", "sv")).toBe("12.5");
    expect(translateFormula("=SUM(1.5,2)", "en", "en")).toBe("=SUM(1.5,2)");
    expect(valueText("12.5", "sv")).toBe("12,5");
    expect(valueText("12.5", "en")).toBe("12.5");
    expect(valueText("Förskola 1.2", "sv")).toBe("Förskola 1.2");
  });
});
