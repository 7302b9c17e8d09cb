import { exactSum } from "./decimal.js";

describe("exactSum adds outcomes as decimals, never as binary floats", () => {
  it("adds öre exactly where number addition drifts", () => {
    // 0.1 + 0.2 is 0.30000000000000004 in number arithmetic
    expect(exactSum([0.1, 0.2]).toString()).toBe("0.3");
    // 12 months of 1 234 567,89 kr: 14 814 814,68 kr
    expect(exactSum(Array(12).fill(1234567.89)).toString()).toBe("14814814.68");
    expect(exactSum([-0.29, 0.01]).toString()).toBe("-0.28");
  });

  it("falls back to decimals for more than two decimals", () => {
    // 0,001 Mkr (one tkr) three times is 0,003 Mkr, not 0 öre rounded away
    expect(exactSum([0.001, 0.001, 0.001]).toString()).toBe("0.003");
    expect(exactSum([1 / 3]).toString()).toBe("0.3333333333333333");
  });

  it("falls back to decimals for amounts above the whole-öre limit and sums beyond 2^53 öre", () => {
    expect(exactSum([8e12, 0.01]).toString()).toBe("8000000000000.01");
    // 12 × 6 999 999 999 999,99 = 83 999 999 999 999,88 — still below 2^53 öre in total
    expect(exactSum(Array(12).fill(6999999999999.99)).toString()).toBe("83999999999999.88");
    // 13 × 6 999 999 999 999,99 = 90 999 999 999 999,87 — 9 099 999 999 999 987 öre is beyond 2^53
    expect(exactSum(Array(13).fill(6999999999999.99)).toString()).toBe("90999999999999.87");
  });

  it("is 0 for no months", () => {
    expect(exactSum([]).toString()).toBe("0");
  });
});
