import { expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { nettokostnadsram } from "./nettokostnadsram.js";

describe("nettokostnadsram", () => {
  it("SKR's rule of thumb: 2 % of 1 000 Mkr leaves a net-cost frame of 980 Mkr plus the finance net of 5: 985", () => {
    expect(nettokostnadsram(1000, 5, 0.02)).toBe(985);
  });

  it("a negative finance net (interest costs) shrinks the frame: 1 000 − 12 − 20 = 968", () => {
    expect(nettokostnadsram(1000, -12)).toBe(968);
  });

  it("with no requirement the frame is all that comes in", () => {
    expect(nettokostnadsram(1000, 5, 0)).toBe(1005);
  });

  it("is exact in decimals: 0.1 + 0.2 − 2 % of 0.1 = 0.298", () => {
    expect(nettokostnadsram(0.1, 0.2, 0.02)).toBe(0.298);
  });

  it("rejects 2 for 2 %", () => {
    expectKommunError(() => nettokostnadsram(1000, 5, 2), "value", { argument: "andel" });
  });

  it.each(NOT_NUMBERS)("rejects %s as finance net", (_l, x) => {
    expectKommunError(() => nettokostnadsram(1000, x as number), "value", { argument: "finansnetto" });
  });
});
