import { expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { avvikelse } from "./avvikelse.js";
import { avvikelseAndel } from "./avvikelseAndel.js";
import { prognosstatus } from "./prognosstatus.js";
import { prognostraffsakerhet } from "./prognostraffsakerhet.js";
import { bruttoprognos } from "./bruttoprognos.js";
import { prognos } from "./prognos.js";

describe("avvikelse", () => {
  it("a cost forecast 30 over a budget of 1 000 is −30 (unfavourable)", () => {
    expect(avvikelse(1000, 1030)).toBe(-30);
  });

  it("revenue 30 over budget is +30 (favourable), as is a result 30 over", () => {
    expect(avvikelse(1000, 1030, "intakt")).toBe(30);
    expect(avvikelse(1000, 1030, "revenue")).toBe(30);
    expect(avvikelse(1000, 1030, "resultat")).toBe(30);
  });

  it("changes sign when budget and forecast swap", () => {
    expect(avvikelse(1030, 1000)).toBe(-avvikelse(1000, 1030));
  });

  it("rejects an unknown sign word, listing the accepted ones", () => {
    // @ts-expect-error an unknown word is a type error; at run time it is a KommunError
    expectKommunError(() => avvikelse(1, 2, "netto"), "value", { sv: /"kostnad"/, en: /"revenue"/ });
  });

  it.each(NOT_NUMBERS)("rejects %s as the forecast", (_l, x) => {
    expectKommunError(() => avvikelse(1000, x as number), "value", { argument: "prognos" });
  });
});

describe("avvikelseAndel", () => {
  it("30 over 1 000 is −3 %", () => {
    expect(avvikelseAndel(1000, 1030)).toBe(-0.03);
  });

  it("uses |budget| so a negative budget (result convention) keeps the sign of the deviation", () => {
    // a budgeted result of −100 forecast at −70 is 30 better: +30 %
    expect(avvikelseAndel(-100, -70, "resultat")).toBe(0.3);
  });

  it("a zero budget is div0", () => {
    expectKommunError(() => avvikelseAndel(0, 10), "div0");
  });
});

describe("prognosstatus", () => {
  it("0.5 % over is ok, 2 % over is a warning, 4 % over is critical (defaults 1 % and 3 %)", () => {
    expect(prognosstatus(1000, 1005)).toBe("ok");
    expect(prognosstatus(1000, 1020)).toBe("varning");
    expect(prognosstatus(1000, 1040)).toBe("kritisk");
  });

  it("exactly at a threshold is not over it", () => {
    expect(prognosstatus(1000, 1010)).toBe("ok");
    expect(prognosstatus(1000, 1030)).toBe("varning");
  });

  it("an underspend is ok however large", () => {
    expect(prognosstatus(1000, 500)).toBe("ok");
  });

  it("uses the user's thresholds", () => {
    expect(prognosstatus(1000, 1020, "kostnad", 0.005, 0.015)).toBe("kritisk");
  });

  it("a revenue shortfall is what counts for revenue", () => {
    expect(prognosstatus(1000, 950, "intakt")).toBe("kritisk");
  });

  it("rejects a critical threshold below the warning, and 3 for 3 %", () => {
    expectKommunError(() => prognosstatus(1000, 1020, "kostnad", 0.03, 0.01), "value", {
      argument: "kritisk",
    });
    expectKommunError(() => prognosstatus(1000, 1020, "kostnad", 0.01, 3), "value", { en: /Write 3 %/ });
  });
});

describe("prognostraffsakerhet", () => {
  it("forecasts 1 050 and 950 against 1 000 were 5 % off on average", () => {
    expect(prognostraffsakerhet([1050, 950], 1000)).toBe(0.05);
  });

  it("skips months without a forecast: |1 020 − 1 000| / 1 000 and |970 − 1 000| / 1 000 average 2.5 %", () => {
    expect(prognostraffsakerhet([null, 1020, undefined, 970], 1000)).toBe(0.025);
  });

  it("a zero final outcome is div0; no forecast is na", () => {
    expectKommunError(() => prognostraffsakerhet([10], 0), "div0");
    expectKommunError(() => prognostraffsakerhet([null], 1000), "na");
  });
});

describe("bruttoprognos — cost control, not net-cost control", () => {
  // Budget: cost 1 200 (100 a month), revenue 240 (20 a month), net 960.
  // Outcome Jan–Aug: cost 110 a month (10 % growth); revenue 20 a month plus a one-off 80 in March.
  const kostnader = [110, 110, 110, 110, 110, 110, 110, 110];
  const intakter = [20, 20, 100, 20, 20, 20, 20, 20];
  const input = { kostnader, intakter, budgetKostnad: 1200, budgetIntakt: 240, metod: "linjar" as const };

  it("the net forecast looks on budget: (880 − 240) × 12 / 8 = 960", () => {
    const netOutcomes = kostnader.map((c, i) => c - intakter[i]!);
    const net = prognos(960, netOutcomes, "linjar");
    expect(net).toBe(960);
    expect(prognosstatus(960, net)).toBe("ok");
  });

  it("while the gross cost forecast shows the overrun: 880 × 12 / 8 = 1 320, 10 % over, critical", () => {
    const f = bruttoprognos(input);
    expect(f).toEqual({ kostnad: 1320, intakt: 360, netto: 960 });
    expect(prognosstatus(1200, f.kostnad)).toBe("kritisk");
  });

  it("rejects a gap in the revenue months, naming the month", () => {
    expectKommunError(() => bruttoprognos({ ...input, intakter: [20, null, 20] }), "value", {
      en: /February/,
    });
  });
});
