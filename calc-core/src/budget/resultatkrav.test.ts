import { expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { resultatkrav } from "./resultatkrav.js";

describe("resultatkrav", () => {
  it("SKR's rule of thumb: 2 % of 1 000 Mkr of taxes and grants is 20 Mkr", () => {
    expect(resultatkrav(1000, 0.02)).toBe(20);
  });

  it("defaults to 2 %", () => {
    expect(resultatkrav(1000)).toBe(20);
  });

  it("keeps the caller's unit: 2 % of 1 234 567 tkr is 24 691.34 tkr", () => {
    // 1 234 567 × 0.02 = 24 691.34
    expect(resultatkrav(1234567, 0.02)).toBe(24691.34);
  });

  it("rejects 2 for 2 % with a hint to write 2 %", () => {
    expectKommunError(() => resultatkrav(1000, 2), "value", {
      sv: /2 %/,
      en: /Write 2 %/,
      argument: "andel",
    });
  });

  it("rejects a negative share and one above 25 %", () => {
    expectKommunError(() => resultatkrav(1000, -0.01), "value");
    expectKommunError(() => resultatkrav(1000, 0.3), "value");
  });

  it.each(NOT_NUMBERS)("rejects %s as taxes and grants", (_l, x) => {
    expectKommunError(() => resultatkrav(x as number), "value", { argument: "skatterOchBidrag" });
  });

  it.each(NOT_NUMBERS)("rejects %s as the share", (_l, x) => {
    expectKommunError(() => resultatkrav(1000, x as number), "value", { argument: "andel" });
  });
});
