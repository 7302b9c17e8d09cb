import { expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { budgetgap } from "./budgetgap.js";

describe("budgetgap", () => {
  it("proposals of 500 + 300 + 200 = 1 000 Mkr against a frame of 985 Mkr need 15 Mkr of savings", () => {
    expect(budgetgap([500, 300, 200], 1000, 5, 0.02)).toBe(15);
  });

  it("is negative when the proposals leave room: 900 against 985 leaves 85", () => {
    expect(budgetgap([900], 1000, 5)).toBe(-85);
  });

  it("rejects text in the proposals, naming its position", () => {
    expectKommunError(() => budgetgap([500, "x" as unknown as number], 1000, 5), "value", {
      sv: /plats 2/,
      en: /position 2/,
    });
  });

  it("rejects an empty list of proposals", () => {
    expectKommunError(() => budgetgap([], 1000, 5), "value");
  });

  it.each(NOT_NUMBERS)("rejects %s among the proposals", (_l, x) => {
    expectKommunError(() => budgetgap([1, x as number], 1000, 5), "value", { argument: "forslag" });
  });
});
