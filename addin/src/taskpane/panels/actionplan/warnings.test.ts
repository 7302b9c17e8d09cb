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
      '"Measure 2 · Full-year effect" = 0.0005\u00a0mnkr is 500\u00a0kr. The amounts are in mnkr: write for example 0.5 for 500,000\u00a0kr.',
    ]);
  });

  it("a measure of 24 against a deficit of 6,7 is 24 / 6,7 = 3,6 times it", () => {
    expect(actionPlanWarnings(6.7, [measure(24)], "sv")).toEqual([
      "”Åtgärd 1 · Helårseffekt” är 3,6 gånger ”Prognostiserat underskott”. Står åtgärd och underskott i samma enhet (mnkr)?",
    ]);
  });
});
