import { parseYear } from "./model";
import { BUDGET_TEXTS } from "./texts";

describe("Ny budget: the budget year's message (issue 23, s8 finding 11d)", () => {
  it("an empty year is asked for, never quoted as an empty string", () => {
    expect(parseYear("")).toBeUndefined();
    expect(BUDGET_TEXTS.sv.badYear("")).toBe("Fyll i budgetåret, till exempel 2027.");
    expect(BUDGET_TEXTS.en.badYear("  ")).toBe("Fill in the budget year, for example 2027.");
    expect(BUDGET_TEXTS.en.badYear("")).not.toContain('""');
  });

  it("a typed year outside 2000–2100 is quoted with the range the field takes", () => {
    expect(parseYear("1999")).toBeUndefined();
    expect(BUDGET_TEXTS.sv.badYear("1999")).toBe(
      "Budgetåret ”1999” ska vara ett årtal 2000–2100, till exempel 2027.",
    );
    expect(BUDGET_TEXTS.en.badYear("27")).toBe(
      'The budget year "27" should be a year 2000–2100, for example 2027.',
    );
  });
});
