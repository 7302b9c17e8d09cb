import { expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { Decimal } from "./decimal.js";
import { KommunError, isKommunError } from "./KommunError.js";
import { monthOfBudgetYear } from "./period.js";
import { largestRemainder } from "./rounding.js";
import { RULES } from "./rules.js";
import { requireSameLength, toDecimal, toDecimalArray, toNumber } from "./validate.js";

describe("KommunError", () => {
  it("is an Error with a code, both languages and the argument to blame", () => {
    const e = new KommunError("div0", "Dela inte med noll.", "Do not divide by zero.", "invanare");
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("KommunError");
    expect(e.message).toBe("Do not divide by zero.");
    expect(e.messageIn("sv")).toBe("Dela inte med noll.");
    expect(e.argument).toBe("invanare");
    expect(isKommunError(e)).toBe(true);
    expect(isKommunError(new Error("x"))).toBe(false);
  });
});

describe("toDecimal", () => {
  it.each(NOT_NUMBERS)("rejects %s as value, naming the argument", (_label, x) => {
    expectKommunError(() => toDecimal(x, "belopp"), "value", {
      sv: /belopp/,
      en: /belopp/,
      argument: "belopp",
    });
  });

  it("says to write 2 % when a share is given as 2", () => {
    expectKommunError(() => toDecimal(2, "andel", RULES.resultShare), "value", {
      sv: /Skriv 2 % \(0,02\), inte 2/,
      en: /Write 2 % \(0.02\), not 2/,
    });
  });

  it("says to write 21.37 when a tax rate is given as 0.2137", () => {
    expectKommunError(() => toDecimal(0.2137, "skattesats", RULES.taxRate), "value", {
      sv: /skriv 21,37/,
      en: /write 21.37/,
    });
  });

  it("says 25 öre is 0.25 when a tax-rate change is given as 25", () => {
    expectKommunError(() => toDecimal(25, "andring", RULES.taxChange), "value", { sv: /0,25/, en: /0.25/ });
  });

  it("treats zero inhabitants as a division by zero and negative ones as a wrong value", () => {
    expectKommunError(() => toDecimal(0, "invanare", RULES.positiveCount), "div0");
    expectKommunError(() => toDecimal(-5, "invanare", RULES.positiveCount), "value");
  });

  it("keeps 0.1 exact (decimal, not binary)", () => {
    expect(toDecimal(0.1, "x").plus(toDecimal(0.2, "x")).equals(new Decimal("0.3"))).toBe(true);
  });
});

describe("toDecimalArray and requireSameLength", () => {
  it("names the position of text in a range, in both languages", () => {
    expectKommunError(() => toDecimalArray([1, 2, "x"], "forslag"), "value", {
      sv: /plats 3/,
      en: /position 3/,
    });
  });

  it("names both sizes of mismatched ranges", () => {
    expectKommunError(() => requireSameLength([1, 2, 3], "a", [1, 2], "b"), "value", {
      sv: /3 värden.*2 värden/,
      en: /3 values.*2 values/,
    });
  });

  it("rejects something that is not a range", () => {
    expectKommunError(() => toDecimalArray(5, "forslag"), "value", { en: /range/ });
  });
});

describe("toNumber", () => {
  it("turns an overflow into num instead of Infinity", () => {
    expectKommunError(() => toNumber(new Decimal("1e308").times(10)), "num");
  });
});

describe("largestRemainder", () => {
  const d = (xs: number[]): Decimal[] => xs.map((x) => new Decimal(x));
  const n = (xs: Decimal[]): number[] => xs.map((x) => x.toNumber());

  it("splits 10 in three whole parts 4 + 3 + 3, summing exactly to 10", () => {
    const third = new Decimal(10).div(3);
    expect(n(largestRemainder([third, third, third], new Decimal(10), 0))).toEqual([4, 3, 3]);
  });

  it("gives the missing unit to the larger of two equal remainders: 7.5 and 4.5 of 15 become 8 and 4", () => {
    expect(n(largestRemainder(d([7.5, 4.5, 3]), new Decimal(15), 0))).toEqual([8, 4, 3]);
  });

  it("mirrors a negative total", () => {
    const third = new Decimal(-10).div(3);
    expect(n(largestRemainder([third, third, third], new Decimal(-10), 0))).toEqual([-4, -3, -3]);
  });

  it("rounds to thousands with negative decimals", () => {
    // 10 000 in thirds = 3 333.33… each; to whole thousands the sum must be 10 000
    const third = new Decimal(10000).div(3);
    const parts = n(largestRemainder([third, third, third], new Decimal(10000), -3));
    expect(parts).toEqual([4000, 3000, 3000]);
  });

  it("rounds to öre (two decimals)", () => {
    const third = new Decimal(100).div(3);
    expect(n(largestRemainder([third, third, third], new Decimal(100), 2))).toEqual([33.34, 33.33, 33.33]);
  });
});

describe("largestRemainder at the limits of precision", () => {
  it("refuses with num, instead of looping, when 1e308 is to be split to whole units", () => {
    const third = new Decimal("1e308").div(3);
    expectKommunError(() => largestRemainder([third, third, third], new Decimal("1e308"), 0), "num");
  });
});

describe("isKommunError", () => {
  it("recognises a KommunError from another copy of the library by its name and code", () => {
    expect(isKommunError({ name: "KommunError", code: "value", sv: "Fel.", en: "Wrong." })).toBe(true);
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["the text KommunError", "KommunError"],
    ["an object named KommunError without a code", { name: "KommunError" }],
    ["an object named KommunError with a numeric code", { name: "KommunError", code: 1 }],
    ["another error with a code", { name: "TypeError", code: "value" }],
    ["a plain Error", new Error("x")],
  ])("does not take %s for one", (_label, x) => {
    expect(isKommunError(x)).toBe(false);
  });
});

describe("monthOfBudgetYear", () => {
  it("places the first and the last month of a calendar budget year", () => {
    expect(monthOfBudgetYear("2025-01", 2025)).toBe(1);
    expect(monthOfBudgetYear("2025-12", 2025)).toBe(12);
  });

  it("places the first and the last month of a budget year from July", () => {
    expect(monthOfBudgetYear("2025-07", 2025, 7)).toBe(1);
    expect(monthOfBudgetYear("2026-06", 2025, 7)).toBe(12);
  });

  it("says which budget year a period falls outside, and from which month it runs", () => {
    expectKommunError(() => monthOfBudgetYear("2026-07", 2025, 7), "value", {
      sv: "Argumentet per = 2026-07 ligger utanför budgetåret 2025 (från juli).",
      en: "Argument per = 2026-07 is outside the budget year 2025 (from July).",
      argument: "per",
    });
    expectKommunError(() => monthOfBudgetYear("2024-12", 2025), "value", {
      sv: "Argumentet per = 2024-12 ligger utanför budgetåret 2025.",
      en: "Argument per = 2024-12 is outside the budget year 2025.",
      argument: "per",
    });
  });
});

describe("largestRemainder ties and surpluses", () => {
  const d = (xs: number[]): Decimal[] => xs.map((x) => new Decimal(x));
  const n = (xs: Decimal[]): number[] => xs.map((x) => x.toNumber());

  it("gives the unit to the larger part when remainders tie: 1.5 and 2.5 of 4 become 1 and 3", () => {
    expect(n(largestRemainder(d([1.5, 2.5]), new Decimal(4), 0))).toEqual([1, 3]);
  });

  it("on a full tie, to the first: 2.5 and 2.5 of 5 become 3 and 2", () => {
    expect(n(largestRemainder(d([2.5, 2.5]), new Decimal(5), 0))).toEqual([3, 2]);
  });

  it("parts that add up to more than the total give units back, the last of the smallest remainders first", () => {
    // floors 3 + 3 = 6 against a total of 5: one unit back, from the second (equal remainders, equal size)
    expect(n(largestRemainder(d([3, 3]), new Decimal(5), 0))).toEqual([3, 2]);
    // floors 3 + 2 + 2 = 7 against 5: two back, from the smallest remainders 0 (index 2) and 0.2 (index 1)
    expect(n(largestRemainder(d([3.4, 2.2, 2]), new Decimal(5), 0))).toEqual([3, 1, 1]);
  });
});
