import { errorParts, expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { demografiskKostnadsforandring, resursfordelning } from "../index.js";

describe("resursfordelning", () => {
  it("preschool and school: (1 650 × 0.135 + 3 500 × 0.125) × 1.03 + 6 = 686.0575 mnkr", () => {
    expect(resursfordelning([1650, 3500], [0.135, 0.125], 0.03, 6)).toBe(686.0575);
  });

  it("without index and fixed part it is Σ volume × price, in kronor: 1 780 × 245 000 kr", () => {
    expect(resursfordelning([1780], [245_000])).toBe(436_100_000);
  });

  it("does not uplift the fixed part: 0 volume leaves exactly the fixed part", () => {
    expect(resursfordelning([0, 0], [0.1, 0.2], 0.05, 12.5)).toBe(12.5);
  });

  it("names both sizes when volumes and prices differ", () => {
    expect(errorParts(() => resursfordelning([1, 2, 3], [0.1, 0.2]))).toEqual([
      "value",
      "Områdena volymer (3 värden) och prisPerEnhet (2 värden) måste vara lika stora.",
      "Ranges volymer (3 values) and prisPerEnhet (2 values) must be the same size.",
      "prisPerEnhet",
    ]);
  });

  it("answers an index written as 3 instead of 3 % with what to write", () => {
    expectKommunError(() => resursfordelning([1], [1], 3), "value", {
      argument: "index",
      sv: /Skriv 3 % \(0,03\)/,
      en: /Write 3 % \(0.03\)/,
    });
  });

  it("rejects a negative volume and a negative price, naming the position", () => {
    expectKommunError(() => resursfordelning([1, -2], [1, 1]), "value", {
      argument: "volymer",
      sv: /plats 2/,
    });
    expectKommunError(() => resursfordelning([1, 2], [1, -1]), "value", {
      argument: "prisPerEnhet",
      en: /position 2/,
    });
  });

  it.each(NOT_NUMBERS)("rejects %s inside the volumes", (_, bad) => {
    expectKommunError(() => resursfordelning([1, bad as number], [1, 1]), "value", { argument: "volymer" });
  });

  it("rejects empty ranges", () => {
    expectKommunError(() => resursfordelning([], []), "value", { argument: "volymer" });
  });
});

describe("demografiskKostnadsforandring", () => {
  it("40 fewer children at 0.135 and 90 more 80+ at 0.26: −5.4 + 23.4 = 18 mnkr", () => {
    expect(demografiskKostnadsforandring([1650, 1700], [1610, 1790], [0.135, 0.26])).toBe(18);
  });

  it("a population that shrinks costs less: negative pressure", () => {
    expect(demografiskKostnadsforandring([3500], [3450], [125_000])).toBe(-6_250_000);
  });

  it("names both sizes of a mismatch, for the later volumes and for the costs", () => {
    expect(errorParts(() => demografiskKostnadsforandring([1, 2], [1], [1, 1]))).toEqual([
      "value",
      "Områdena volymNu (2 värden) och volymSenare (1 värden) måste vara lika stora.",
      "Ranges volymNu (2 values) and volymSenare (1 values) must be the same size.",
      "volymSenare",
    ]);
    expectKommunError(() => demografiskKostnadsforandring([1, 2], [1, 2], [1]), "value", {
      argument: "kostnadPerEnhet",
      en: /\(2 values\) and kostnadPerEnhet \(1 values\)/,
    });
  });

  it.each(NOT_NUMBERS)("rejects %s as a cost per unit", (_, bad) => {
    expectKommunError(() => demografiskKostnadsforandring([1], [2], [bad as number]), "value", {
      argument: "kostnadPerEnhet",
    });
  });
});
