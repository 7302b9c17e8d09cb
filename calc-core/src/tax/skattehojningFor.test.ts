import fc from "fast-check";
import { expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { skattehojningFor } from "./skattehojningFor.js";

describe("skattehojningFor", () => {
  it("an exact multiple stays: 5 000 000 on 1 000 000 000 is 50 öre, 0.50", () => {
    expect(skattehojningFor(5_000_000, 1_000_000_000)).toBe(0.5);
  });

  it("anything above rounds up: 3 334 000 on 1 000 000 000 is 33.34 öre → 0.34", () => {
    expect(skattehojningFor(3_334_000, 1_000_000_000)).toBe(0.34);
  });

  it("the float trap: 700 000 on 1 000 000 000 is exactly 7 öre, where binary floats round up to 8", () => {
    // the naive way: the rate 0.07 in öre is 0.07 × 100 = 7.000000000000001 in binary, and rounding up gives 8
    expect(Math.ceil(((700_000 * 100) / 1_000_000_000) * 100) / 100).toBe(0.08);
    expect(skattehojningFor(700_000, 1_000_000_000)).toBe(0.07);
  });

  it("a 25 Mkr gap on a 6 900 Mkr tax base needs 37 öre (36.23 rounded up)", () => {
    expect(skattehojningFor(25, 6900)).toBe(0.37);
  });

  it("a negative amount gives the most cautious cut: −734 000 on 1e9 is −7 öre, not −8", () => {
    expect(skattehojningFor(-734_000, 1_000_000_000)).toBe(-0.07);
  });

  it("zero needs no raise", () => {
    expect(skattehojningFor(0, 1000)).toBe(0);
  });

  it("law: never collects less than the amount, and one öre less always does", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (base, amountOre) => {
          const amount = amountOre * 100; // kr
          const r = skattehojningFor(amount, base * 100);
          // compare in whole öre × base to stay exact in integers
          const collected = BigInt(Math.round(r * 100)) * BigInt(base * 100);
          const needed = BigInt(amount) * 10_000n;
          const oneLess = BigInt(Math.round(r * 100) - 1) * BigInt(base * 100);
          return collected >= needed && oneLess < needed;
        },
      ),
    );
  });

  it("a zero tax base is div0", () => {
    expectKommunError(() => skattehojningFor(100, 0), "div0", { argument: "skatteunderlag" });
  });

  it.each(NOT_NUMBERS)("rejects %s as the amount", (_l, x) => {
    expectKommunError(() => skattehojningFor(x as number, 1000), "value", { argument: "belopp" });
  });
});
