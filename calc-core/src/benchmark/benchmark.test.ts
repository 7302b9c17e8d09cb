import { expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { effektiviseringspotential } from "./effektiviseringspotential.js";
import { nettokostnadsavvikelse } from "./nettokostnadsavvikelse.js";
import { nettokostnadsavvikelseBelopp } from "./nettokostnadsavvikelseBelopp.js";
import { percentilInc } from "./percentilInc.js";

describe("nettokostnadsavvikelse", () => {
  it("Solna's IFO 2024: a net cost of 43.6 % of the reference is −56.4 %", () => {
    expect(nettokostnadsavvikelse(436, 1000)).toBe(-0.564);
  });

  it("10 % over the reference is +10 %", () => {
    expect(nettokostnadsavvikelse(110, 100)).toBe(0.1);
  });

  it("a zero reference is div0", () => {
    expectKommunError(() => nettokostnadsavvikelse(1, 0), "div0");
  });
});

describe("nettokostnadsavvikelseBelopp", () => {
  it("Solna's IFO: 229 Mkr below the reference over 84 800 inhabitants is about 2 700 kr each", () => {
    expect(nettokostnadsavvikelseBelopp(177e6, 406e6)).toBe(-229e6);
    expect(nettokostnadsavvikelseBelopp(177e6, 406e6, 84800)).toBeCloseTo(-229e6 / 84800, 9);
    expect(Math.round(nettokostnadsavvikelseBelopp(177e6, 406e6, 84800) / 100) * 100).toBe(-2700);
  });

  it("zero inhabitants is div0", () => {
    expectKommunError(() => nettokostnadsavvikelseBelopp(1, 2, 0), "div0");
  });
});

describe("percentilInc equals Excel's PERCENTILE.INC", () => {
  // Excel: =PERCENTILE.INC({1,2,3,4},0.25) = 1.75; ({10,20,30,40,50},0.9) = 46; ({5},0.3) = 5
  it.each([
    [[1, 2, 3, 4], 0.25, 1.75],
    [[1, 2, 3, 4], 0, 1],
    [[1, 2, 3, 4], 1, 4],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[50, 10, 40, 20, 30], 0.9, 46],
    [[5], 0.3, 5],
    [[3, 1, 2], 0.75, 2.5],
  ])("PERCENTILE.INC(%j, %d) = %d", (values, p, expected) => {
    expect(percentilInc(values, p)).toBe(expected);
  });

  it("an empty group is na; p outside 0–1 is value with a hint", () => {
    expectKommunError(() => percentilInc([], 0.5), "na");
    expectKommunError(() => percentilInc([1, 2], 25), "value", { en: /Write 25 %/ });
  });
});

describe("effektiviseringspotential", () => {
  it("moving from 5 000 kr to the 25th percentile of 3 000/4 000/5 000/6 000 (3 750) saves 1 250 kr per inhabitant", () => {
    expect(effektiviseringspotential(5000, [3000, 4000, 5000, 6000])).toBe(1250);
    expect(effektiviseringspotential(5000, [3000, 4000, 5000, 6000], 0.25, 10000)).toBe(12_500_000);
  });

  it("is never negative: already cheaper than the percentile gives 0", () => {
    expect(effektiviseringspotential(2000, [3000, 4000, 5000, 6000])).toBe(0);
  });

  it.each(NOT_NUMBERS)("rejects %s in the peer group", (_l, x) => {
    expectKommunError(() => effektiviseringspotential(5000, [3000, x as number]), "value", {
      argument: "jamforelsegrupp",
    });
  });
});
