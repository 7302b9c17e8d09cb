import { formatAmount } from "./format";

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
