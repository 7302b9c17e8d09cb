import { roundingNote } from "./rounding";

describe("roundingNote", () => {
  it("6,805 + 2,805 = 9,61, but shown rounded 6,81 + 2,81 = 9,62: the note says which is which", () => {
    expect(roundingNote([6.805, 2.805], 9.61, 2, "sv")).toBe(
      "Summan 9,61 är räknad på de oavrundade beloppen; de avrundade delarna ger 9,62.",
    );
  });
  it("9,5 + 6,9 = 16,4 shown the same either way: no note", () => {
    expect(roundingNote([9.5, 6.9], 16.4, 2, "en")).toBeUndefined();
  });
});
