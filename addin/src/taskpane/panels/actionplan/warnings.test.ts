import type { PlanAtgard } from "@kommunkalkyl/calc-core";
import { actionPlanWarnings } from "./warnings";

/** sv-SE groups digits with a no-break space; the expected texts below are written with plain spaces */
const plain = (lines: string[]) => lines.map((l) => l.replace(/\u00a0/g, " "));
const measure = (helarseffekt: number): PlanAtgard => ({
  namn: "Bemanning",
  helarseffekt,
  startmanad: 4,
  status: "beslutad",
});

describe("Åtgärdsplan: plausibility warnings name the field and what was probably meant", () => {
  it("has nothing to say about a 6,7 mnkr deficit and measures of 2,4 and 1,5 mnkr", () => {
    expect(actionPlanWarnings(6.7, [measure(2.4), measure(1.5)], "sv")).toEqual([]);
  });

  it("a deficit of 6 700 000 mnkr (a tkr figure) echoes the converted value = 6 700 mnkr", () => {
    expect(plain(actionPlanWarnings(6_700_000, [measure(2.4)], "sv"))).toEqual([
      "”Prognostiserat underskott” = 6 700 000 mnkr är mer än en kommuns hela årskostnad. Står beloppet i tkr blir det = 6 700 mnkr.",
    ]);
  });

  it("a measure of 0,0005 mnkr is 500 kr", () => {
    expect(actionPlanWarnings(6.7, [undefined, measure(0.0005)], "en")).toEqual([
      '"Measure 2 · Full-year effect (mnkr)" = 0.0005\u00a0mnkr is 500\u00a0kr. The amounts are in mnkr: write for example 0.5 for 500,000\u00a0kr.',
    ]);
  });

  it("a measure of 24 against a deficit of 6,7 is 24 / 6,7 = 3,6 times it", () => {
    expect(actionPlanWarnings(6.7, [measure(24)], "sv")).toEqual([
      "”Åtgärd 1 · Helårseffekt (mnkr)” är 3,6 gånger ”Prognostiserat underskott”. Står åtgärd och underskott i samma enhet (mnkr)?",
    ]);
  });
});

describe("Åtgärdsplan: the deficit against the measures together (issue 23, s8 finding 3)", () => {
  it('English "18,500" (18 500 mnkr) with measures of 6 and 4.8: the deficit is named, = 18.5 mnkr in tkr', () => {
    // 18 500 / (6 + 4,8) = 1 712,96… → 1,713 times; below the 20 000 mnkr of a municipality's whole cost
    expect(actionPlanWarnings(18_500, [measure(6), measure(4.8)], "en")).toEqual([
      '"Forecast deficit" = 18,500\u00a0mnkr is 1,713 times the measures\' full-year effects together (10.8\u00a0mnkr). If the deficit is in tkr, it is = 18.5\u00a0mnkr.',
    ]);
  });

  it("a deficit of 100 times the measures is not judged (the measures close 1 %), 101 times is", () => {
    expect(actionPlanWarnings(1000, [measure(6), measure(4)], "sv")).toEqual([]);
    expect(plain(actionPlanWarnings(1010.1, [measure(6), measure(4)], "sv"))).toEqual([
      "”Prognostiserat underskott” = 1 010,1 mnkr är 101 gånger åtgärdernas helårseffekt tillsammans (10 mnkr). Står underskottet i tkr blir det = 1,0101 mnkr.",
    ]);
  });

  it("0,0185 with measures of 6 and 4,8: the deficit is named once, not each measure", () => {
    // 6 / 0,0185 = 324,3 and 4,8 / 0,0185 = 259,5 times the deficit: both over 2, so the deficit is what is off
    expect(plain(actionPlanWarnings(0.0185, [measure(6), measure(4.8)], "sv"))).toEqual([
      "”Prognostiserat underskott” = 0,0185 mnkr är mindre än hälften av varje åtgärds helårseffekt (tillsammans 10,8 mnkr). Står underskott och åtgärder i samma enhet (mnkr)?",
    ]);
  });

  it("one measure of the two far above the deficit: that measure is named, as before", () => {
    // 24 / 6,7 = 3,6; 1,5 / 6,7 = 0,22
    expect(actionPlanWarnings(6.7, [measure(24), measure(1.5)], "sv")).toEqual([
      "”Åtgärd 1 · Helårseffekt (mnkr)” är 3,6 gånger ”Prognostiserat underskott”. Står åtgärd och underskott i samma enhet (mnkr)?",
    ]);
  });
});
