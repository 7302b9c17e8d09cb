import { expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { resultat } from "./resultat.js";
import { resultatandel } from "./resultatandel.js";

describe("resultat", () => {
  it("1 000 + 5 − (500 + 300 + 185) = 20", () => {
    expect(resultat(1000, 5, [500, 300, 185])).toBe(20);
  });

  it.each(NOT_NUMBERS)("rejects %s among the net costs", (_l, x) => {
    expectKommunError(() => resultat(1000, 5, [1, x as number]), "value", { argument: "nettokostnader" });
  });
});

describe("resultatandel", () => {
  it("20 Mkr on 1 000 Mkr of taxes and grants is 2 %", () => {
    expect(resultatandel(20, 1000)).toBe(0.02);
  });

  it("a deficit gives a negative share: −15 / 1 000 = −1.5 %", () => {
    expect(resultatandel(-15, 1000)).toBe(-0.015);
  });

  it("zero taxes and grants is a division by zero", () => {
    expectKommunError(() => resultatandel(20, 0), "div0", { argument: "skatterOchBidrag" });
  });

  it.each(NOT_NUMBERS)("rejects %s as the result", (_l, x) => {
    expectKommunError(() => resultatandel(x as number, 1000), "value", { argument: "resultat" });
  });
});
