import { expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { effektiviseringspotential } from "./effektiviseringspotential.js";
import { effektiviseringspotentialNka } from "./effektiviseringspotentialNka.js";
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

describe("effektiviseringspotentialNka", () => {
  const GROUP = [-0.1, -0.05, 0, 0.05, 0.2];

  it("own NKA +10 % against the group's P25 (−5 %) on a 200 Mkr reference cost: 30 Mkr", () => {
    // PERCENTILE.INC at 25 % of 5 values: rank 1 → the second smallest, −0.05; (0.10 + 0.05) × 200 Mkr
    expect(effektiviseringspotentialNka(0.1, GROUP, 200_000_000)).toBe(30_000_000);
  });

  it("takes another percentile: at the median (0) the potential is 10 % of the reference", () => {
    expect(effektiviseringspotentialNka(0.1, GROUP, 200_000_000, 0.5)).toBe(20_000_000);
  });

  it("is 0 for a municipality already below the percentile", () => {
    expect(effektiviseringspotentialNka(-0.2, GROUP, 200_000_000)).toBe(0);
  });

  it("differs from the raw-cost potential: structure is not counted as inefficiency", () => {
    // own cost 12 000 kr/inv, exactly its reference (NKA 0); peers' costs 9 000–11 000 kr/inv at NKA −5 %, 0, +5 %.
    // raw: P25 of 9 000/10 000/11 000 = 9 500 → 2 500 kr/inv; NKA: P25 (rank 0.5) = −2.5 % → 2.5 % × 12 000 = 300
    expect(effektiviseringspotential(12000, [9000, 10000, 11000])).toBe(2500);
    expect(effektiviseringspotentialNka(0, [-0.05, 0, 0.05], 12000)).toBe(300);
  });

  it("an empty group is na, an NKA in per cent is value with a hint", () => {
    expectKommunError(() => effektiviseringspotentialNka(0.1, [], 100), "na", { argument: "nkaGrupp" });
    expectKommunError(() => effektiviseringspotentialNka(-56.4, GROUP, 100), "value", {
      argument: "nkaEgen",
      en: /Write -56.4 % \(-0.564\)/,
    });
    expectKommunError(() => effektiviseringspotentialNka(0.1, [10, 0], 100), "value", {
      argument: "nkaGrupp",
      en: /position 1/,
    });
  });

  it("rejects a negative reference cost and a percentile over 100 %", () => {
    expectKommunError(() => effektiviseringspotentialNka(0.1, GROUP, -1), "value", {
      argument: "referenskostnad",
    });
    expectKommunError(() => effektiviseringspotentialNka(0.1, GROUP, 100, 25), "value", {
      argument: "p",
      en: /Write 25 %/,
    });
  });

  it.each(NOT_NUMBERS)("rejects %s in every argument", (_l, x) => {
    expectKommunError(() => effektiviseringspotentialNka(x as number, GROUP, 100), "value", {
      argument: "nkaEgen",
    });
    expectKommunError(() => effektiviseringspotentialNka(0.1, [0, x as number], 100), "value", {
      argument: "nkaGrupp",
    });
    expectKommunError(() => effektiviseringspotentialNka(0.1, GROUP, x as number), "value", {
      argument: "referenskostnad",
    });
    expectKommunError(() => effektiviseringspotentialNka(0.1, GROUP, 100, x as number), "value", {
      argument: "p",
    });
  });
});
