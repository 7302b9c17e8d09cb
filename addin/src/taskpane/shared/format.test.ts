import { formatAmount, formatFixedAmount, formatPercentFixedAmount } from "./format";

const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("formatAmount: a small amount never reads as 0", () => {
  it("25 kr typed in an mnkr field is 25 / 1 000 000 = 0,000025 mnkr, shown so, not 0", () => {
    expect(formatAmount(25 / 1e6, "sv")).toBe("0,000025");
    expect(formatAmount(25 / 1e6, "en")).toBe("0.000025");
    expect(formatAmount(-25 / 1e6, "sv")).toBe("−0,000025");
  });

  it("amounts that show at two decimals keep the usual format (6 950,5; 0,01), and 0 stays 0", () => {
    expect(sp(formatAmount(6950.5, "sv"))).toBe("6 950,5");
    expect(formatAmount(0.01, "sv")).toBe("0,01");
    expect(formatAmount(0, "sv")).toBe("0");
  });
});

describe("formatFixedAmount: a column's decimals, but a non-zero effect never reads 0,00", () => {
  it("keeps the column's decimals for figures that show at them", () => {
    // 12,8 in a column of two decimals is 12,80, as Excel's 0.00 shows it
    expect(formatFixedAmount(12.8, "sv", 2)).toBe("12,80");
    expect(formatFixedAmount(0.005, "en", 2)).toBe("0.01");
    expect(formatFixedAmount(0, "sv", 2)).toBe("0,00");
  });

  it("a tiny effect gets two significant digits instead of 0,00", () => {
    // 25 kr over 6 900 mnkr of tax base: 25 / 6 900 000 000 × 100 kr = 0,00000036 kr per 100 kr
    expect(formatFixedAmount((25 / 6.9e9) * 100, "sv", 2)).toBe("0,00000036");
    // 1 200 kr in mnkr is 0,0012
    expect(formatFixedAmount(-0.0012, "en", 2)).toBe("-0.0012"); // en-GB writes a hyphen-minus
  });
});

describe("formatPercentFixedAmount: a column's share decimals, but a non-zero share never reads 0,000 %", () => {
  it("keeps three decimals for shares that show at them, two significant digits below", () => {
    // −16,4 mnkr of 2 000 mnkr: −0,82 %, written −0,820 % in a column of three decimals
    expect(sp(formatPercentFixedAmount(-16.4 / 2000, "sv", 3))).toBe("−0,820 %");
    // 1 200 kr (0,0012 mnkr) of 2 000 mnkr: 0,0000006 = 0,00006 %, not 0,000 %
    expect(sp(formatPercentFixedAmount(0.0012 / 2000, "sv", 3))).toBe("0,00006 %");
    expect(formatPercentFixedAmount(0, "en", 3)).toBe("0.000%");
  });
});
