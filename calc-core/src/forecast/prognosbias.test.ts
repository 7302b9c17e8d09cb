import { errorParts, expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { prognosbias } from "./prognosbias.js";
import { prognostraffsakerhet } from "./prognostraffsakerhet.js";

describe("prognosbias", () => {
  it("forecasts of 1 050 and 1 010 against 1 000 were 3 % too high on average", () => {
    // (50 + 10) / 2 = 30; 30 / 1 000 = 0.03
    expect(prognosbias([1050, 1010], 1000)).toBe(0.03);
  });

  it("errors that cancel out have no bias, but an accuracy of 5 %", () => {
    expect(prognosbias([1050, 950], 1000)).toBe(0);
    expect(prognostraffsakerhet([1050, 950], 1000)).toBe(0.05);
  });

  it("is relative to |utfall|: on a negative result line, forecasts above it are still positive", () => {
    // outcome −200, forecasts −180 and −190: errors +20 and +10, mean 15, / 200 = 0.075
    expect(prognosbias([-180, -190], -200)).toBe(0.075);
  });

  it("skips blanks like the accuracy", () => {
    expect(prognosbias([null, 1100, undefined, 900, 1030], 1000)).toBe(0.01); // (100 − 100 + 30) / 3 / 1 000
  });

  it("nothing to assess is na, an outcome of 0 is div0, word for word", () => {
    expect(errorParts(() => prognosbias([null], 1000))).toEqual([
      "na",
      "Det finns ingen prognos att bedöma.",
      "There is no forecast to assess.",
      "prognoser",
    ]);
    expect(errorParts(() => prognosbias([10], 0))).toEqual([
      "div0",
      "Utfallet är 0, så felet kan inte anges i procent.",
      "The outcome is 0, so the error cannot be given as a percentage.",
      "utfall",
    ]);
  });

  it.each(NOT_NUMBERS)("rejects %s as the outcome", (_l, x) => {
    expectKommunError(() => prognosbias([1000], x as number), "value", { argument: "utfall" });
  });

  it("rejects text among the forecasts by position, and a forecast list that is not a range", () => {
    expectKommunError(() => prognosbias([1000, "x" as never], 1000), "value", {
      argument: "prognoser",
      en: /position 2/,
    });
    expectKommunError(() => prognosbias(5 as never, 1000), "value", { argument: "prognoser" });
  });
});

describe("prognostraffsakerhet with a denominator (namnare)", () => {
  it("measures a result line with outcome 0 against taxes and grants", () => {
    // |30 − 0| and |−10 − 0|: mean 20; 20 / 2 000 = 0.01
    expect(prognostraffsakerhet([30, -10], 0, 2000)).toBe(0.01);
  });

  it("with namnare = |utfall| it is the MAPE, as without", () => {
    expect(prognostraffsakerhet([1050, 980], 1000, 1000)).toBe(prognostraffsakerhet([1050, 980], 1000));
    expect(prognostraffsakerhet([-1050, -980], -1000, 1000)).toBe(0.035);
  });

  it("a small result against a large budget: 5 off a result of 20 is 25 % of the result but 0.25 % of 2 000", () => {
    expect(prognostraffsakerhet([25], 20)).toBe(0.25);
    expect(prognostraffsakerhet([25], 20, 2000)).toBe(0.0025);
  });

  it("a denominator of 0 is div0, a negative one value, both naming namnare", () => {
    expectKommunError(() => prognostraffsakerhet([1], 0, 0), "div0", { argument: "namnare" });
    expectKommunError(() => prognostraffsakerhet([1], 0, -5), "value", { argument: "namnare" });
  });

  it.each(NOT_NUMBERS)("rejects %s as the denominator", (_l, x) => {
    expectKommunError(() => prognostraffsakerhet([1], 1, x as number), "value", { argument: "namnare" });
  });
});
