import { showNumber } from "./showNumber";

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("numbers as Excel shows them in a number format (the demo grid)", () => {
  it("groups thousands with the format's decimals, in the UI language", () => {
    expect(nbsp(showNumber(1950, "#,##0.0", "sv"))).toBe("1 950,0");
    expect(showNumber(1950, "#,##0.0", "en")).toBe("1,950.0");
    expect(nbsp(showNumber(-12, "#,##0", "sv"))).toBe("−12");
  });

  it("percentages, years and General", () => {
    expect(nbsp(showNumber(0.0132, "0.00%", "sv"))).toBe("1,32 %");
    expect(showNumber(2025, "0", "sv")).toBe("2025");
    expect(showNumber(9.869565217391, "General", "en")).toBe("9.869565217");
  });

  it('keeps the text in quotes of a format such as 0.00 "öre"', () => {
    expect(showNumber(0.37, '0.00" kr/100 kr"', "sv")).toBe("0,37 kr/100 kr");
    expect(nbsp(showNumber(1184, '#,##0" kr"', "sv"))).toBe("1 184 kr");
  });
});
