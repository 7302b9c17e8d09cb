import { expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { fordelaBesparing } from "./fordelaBesparing.js";

describe("fordelaBesparing", () => {
  it("splits a 15 Mkr gap pro rata to proposals of 500, 300, 200: 7.5, 4.5, 3", () => {
    // 15 × 500/1000 = 7.5; 15 × 300/1000 = 4.5; 15 × 200/1000 = 3
    expect(fordelaBesparing([500, 300, 200], 15)).toEqual([7.5, 4.5, 3]);
  });

  it("with whole-unit rounding the parts sum exactly to the gap: 10 over three equal committees = 4 + 3 + 3", () => {
    const parts = fordelaBesparing([100, 100, 100], 10, undefined, 0);
    expect(parts).toEqual([4, 3, 3]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it("six committees, a 7 001 tkr gap, whole tkr: parts sum to 7 001", () => {
    const forslag = [312_400, 248_900, 401_300, 96_700, 57_200, 83_500];
    const parts = fordelaBesparing(forslag, 7001, undefined, 0);
    expect(parts.every((p) => Number.isInteger(p))).toBe(true);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(7001);
  });

  it("uses an explicit key instead of the proposals: 12 split 1:2:3 is 2, 4, 6", () => {
    expect(fordelaBesparing([500, 300, 200], 12, [1, 2, 3])).toEqual([2, 4, 6]);
  });

  it("splits a negative gap (room to give back) the same way", () => {
    expect(fordelaBesparing([1, 1, 1], -10, undefined, 0)).toEqual([-4, -3, -3]);
  });

  it("rejects a key of another size, naming both sizes", () => {
    expectKommunError(() => fordelaBesparing([1, 2, 3], 10, [1, 2]), "value", { en: /3 values.*2 values/ });
  });

  it("rejects a negative key and a key that sums to zero", () => {
    expectKommunError(() => fordelaBesparing([1, 2], 10, [1, -1]), "value", { argument: "nyckel" });
    expectKommunError(() => fordelaBesparing([1, 2], 10, [0, 0]), "div0");
  });

  it("rejects decimals that are not whole", () => {
    expectKommunError(() => fordelaBesparing([1, 2], 10, undefined, 0.5), "value", { argument: "decimaler" });
  });

  it.each(NOT_NUMBERS)("rejects %s as the gap", (_l, x) => {
    expectKommunError(() => fordelaBesparing([1, 2], x as number), "value", { argument: "gap" });
  });
});
