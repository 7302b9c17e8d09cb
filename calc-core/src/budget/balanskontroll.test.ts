import { expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { balanskontroll } from "./balanskontroll.js";
import { flerarsplan } from "./flerarsplan.js";

describe("balanskontroll", () => {
  it("exactly 2 % of 1 000 meets the goal", () => {
    expect(balanskontroll(20, 1000)).toBe("ok");
  });

  it("a surplus under the goal meets the balance requirement only", () => {
    expect(balanskontroll(5, 1000)).toBe("under resultatmål");
  });

  it("zero is in balance but under a 2 % goal", () => {
    expect(balanskontroll(0, 1000)).toBe("under resultatmål");
  });

  it("a deficit is a deficit", () => {
    expect(balanskontroll(-0.01, 1000)).toBe("underskott");
  });

  it("a goal of 0 % is met by a zero result", () => {
    expect(balanskontroll(0, 1000, 0)).toBe("ok");
  });

  it.each(NOT_NUMBERS)("rejects %s as the result", (_l, x) => {
    expectKommunError(() => balanskontroll(x as number, 1000), "value", { argument: "resultat" });
  });
});

describe("flerarsplan", () => {
  it("computes frame, gap, result, share and check for the budget year and two plan years", () => {
    const plan = flerarsplan({
      ar: [2025, 2026, 2027],
      skatterOchBidrag: [1000, 1040, 1080],
      finansnetto: [5, 3, 0],
      nettokostnader: [
        [600, 380],
        [630, 400],
        [640, 420],
      ],
    });
    // 2025: frame 1000 + 5 − 20 = 985; costs 980; gap −5; result 25; 2.5 % → ok
    expect(plan[0]).toEqual({
      ar: 2025,
      ram: 985,
      gap: -5,
      resultat: 25,
      resultatandel: 0.025,
      balanskontroll: "ok",
    });
    // 2026: frame 1040 + 3 − 20.8 = 1022.2; costs 1030; gap 7.8; result 13; 1.25 %
    expect(plan[1]).toEqual({
      ar: 2026,
      ram: 1022.2,
      gap: 7.8,
      resultat: 13,
      resultatandel: 0.0125,
      balanskontroll: "under resultatmål",
    });
    // 2027: frame 1080 − 21.6 = 1058.4; costs 1060; result 20 → 1.85… %; gap 1.6
    expect(plan[2]?.gap).toBe(1.6);
    expect(plan[2]?.resultat).toBe(20);
    expect(plan[2]?.balanskontroll).toBe("under resultatmål");
  });

  it("rejects arrays of different lengths", () => {
    expectKommunError(
      () =>
        flerarsplan({
          ar: [2025, 2026],
          skatterOchBidrag: [1000],
          finansnetto: [5, 3],
          nettokostnader: [[1], [1]],
        }),
      "value",
      { en: /2 values.*1 values/ },
    );
  });

  it("rejects a year that is not whole", () => {
    expectKommunError(
      () => flerarsplan({ ar: [2025.5], skatterOchBidrag: [1000], finansnetto: [5], nettokostnader: [[1]] }),
      "value",
      { argument: "ar" },
    );
  });
});
