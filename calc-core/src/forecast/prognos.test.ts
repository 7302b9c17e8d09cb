import { expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { prognos, prognosBudget, prognosLinjar, prognosProfil } from "./prognos.js";
import type { PrognosmetodOrd } from "../core/words.js";

// A profile where July is half a month (holiday pay) and December one and a half (year-end); sums to 12.
const JULY_LOW = [1, 1, 1, 1, 1, 1, 0.5, 1, 1, 1, 1, 1.5];

describe("prognos", () => {
  it("run rate after 8 months: (90+95+100+85+92+88+70+100) = 720; 720 × 12 / 8 = 1 080", () => {
    expect(prognos(1200, [90, 95, 100, 85, 92, 88, 70, 100], "linjar")).toBe(1080);
  });

  it("seasonal profile with a low July: 825 through August over 7.5/12 of the year is 1 320", () => {
    // 7 months of 110 and July 55 = 825; Σp for Jan–Aug = 7.5 of 12 → 825 / (7.5/12) = 1 320
    expect(prognos(1200, [110, 110, 110, 110, 110, 110, 55, 110], "profil", JULY_LOW)).toBe(1320);
  });

  it("the run rate overstates a year with a low July: the same outcome forecasts 1 237.5", () => {
    // 825 × 12 / 8 = 1 237.5 — July's dip is read as a trend
    expect(prognos(1200, [110, 110, 110, 110, 110, 110, 55, 110], "linjar")).toBe(1237.5);
  });

  it("rest of year as budgeted: 3 × 150 = 450 plus 9/12 of 1 200 = 1 350", () => {
    expect(prognos(1200, [150, 150, 150], "budget")).toBe(1350);
    expect(prognosBudget(1200, [150, 150, 150])).toBe(1350);
  });

  it.each(["linjar", "profil", "budget"] as const)(
    "after month 12, %s gives the sum of the outcomes",
    (metod) => {
      const outcomes = [100, 90, 110, 100, 100, 100, 60, 100, 100, 100, 100, 140];
      expect(prognos(1200, outcomes, metod, JULY_LOW)).toBe(1200);
    },
  );

  it("outcomes that follow the profile exactly forecast the budget", () => {
    // budget 2 400 on JULY_LOW: 200 a month, July 100
    expect(prognos(2400, [200, 200, 200, 200, 200, 200, 100], "profil", JULY_LOW)).toBe(2400);
  });

  it("with an even profile, profil equals linjar", () => {
    const outcomes = [97, 103, 88, 120, 101];
    expect(prognos(0, outcomes, "profil")).toBe(prognos(0, outcomes, "linjar"));
  });

  it("a profile given as monthly budget amounts equals the same profile as shares", () => {
    const amounts = JULY_LOW.map((p) => p * 250); // monthly budget of a 3 000 line
    const outcomes = [240, 260, 250, 255];
    expect(prognos(3000, outcomes, "profil", amounts)).toBe(prognos(3000, outcomes, "profil", JULY_LOW));
  });

  it("accepts the method in Swedish or English, any case, with or without å/ä/ö", () => {
    // the type lists the words as written; Excel users type them in any case, which run time accepts
    for (const word of ["linjär", "LINJAR", "Linear", " linjar "])
      expect(prognos(1200, [90], word as PrognosmetodOrd)).toBe(1080);
    expect(prognos(1200, [100], "Profile" as PrognosmetodOrd)).toBe(1200);
  });

  it("has shorthand functions per method", () => {
    // (90 + 90) × 12 / 2 = 1 080
    expect(prognosLinjar([90, 90])).toBe(1080);
    // 100 in January, a profile where January is 2 of 14: 100 / (2/14) = 700
    expect(prognosProfil([100], [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2])).toBe(700);
  });

  it("a gap in the outcomes (empty March, filled April) is value naming March", () => {
    expectKommunError(() => prognos(1200, [100, 100, null, 100]), "value", { sv: /mars/, en: /March/ });
  });

  it("trailing empty months are months not yet booked", () => {
    expect(prognos(1200, [100, 100, null, null, undefined], "linjar")).toBe(1200);
  });

  it("no outcome yet is na", () => {
    expectKommunError(() => prognos(1200, []), "na");
    expectKommunError(() => prognos(1200, [null, null]), "na");
  });

  it("a profile of 11 months, or with a negative share, is value", () => {
    expectKommunError(() => prognos(1200, [100], "profil", JULY_LOW.slice(1)), "value", {
      en: /12 months but has 11/,
    });
    expectKommunError(() => prognos(1200, [100], "profil", [-1, ...JULY_LOW.slice(1)]), "value", {
      argument: "profil",
    });
  });

  it("an unknown method is value listing the accepted ones", () => {
    // @ts-expect-error an unknown word is a type error; at run time it is a KommunError
    expectKommunError(() => prognos(1200, [100], "gissning"), "value", {
      en: /"linjär".*"profile".*"budget"/,
    });
  });

  it("more than 12 months is value", () => {
    expectKommunError(() => prognos(1200, new Array(13).fill(1)), "value");
  });

  it.each(NOT_NUMBERS.filter(([l]) => l !== "null (empty cell)" && l !== "empty string"))(
    "rejects %s as an outcome, naming the month",
    (_l, x) => {
      expectKommunError(() => prognos(1200, [100, x as number, 100]), "value", {
        sv: /februari/,
        en: /February/,
      });
    },
  );

  it.each(NOT_NUMBERS)("rejects %s as the budget", (_l, x) => {
    expectKommunError(() => prognos(x as number, [100]), "value", { argument: "budget" });
  });
});
