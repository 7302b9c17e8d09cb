import { judgedAfterSwitch } from "./useJudged";

describe("judged fields across a language switch (review s8, finding 1)", () => {
  it("a field judged in Swedish is judged in English: the same place among the panel's fields", () => {
    const sv = ["Budgetgap (mnkr)", "Skatteunderlag (mnkr)", "Nettokostnad (mnkr)"];
    const en = ["Budget gap (mnkr)", "Tax base (mnkr)", "Net cost (mnkr)"];
    expect(judgedAfterSwitch(sv, en, new Set(["Budgetgap (mnkr)", "Nettokostnad (mnkr)"]))).toEqual([
      "Budget gap (mnkr)",
      "Net cost (mnkr)",
    ]);
    expect(judgedAfterSwitch(sv, en, new Set())).toEqual([]);
  });

  it("fields that are not the same (another number of them) are not matched", () => {
    expect(judgedAfterSwitch(["A", "B"], ["X"], new Set(["A"]))).toBeUndefined();
  });
});
