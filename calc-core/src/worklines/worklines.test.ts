import { expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { arbetslinjeBesparing } from "./arbetslinjeBesparing.js";
import { arbetslinjePlan } from "./arbetslinjePlan.js";
import { besparingVidReferensniva } from "./besparingVidReferensniva.js";
import { bistandPerInvanare } from "./bistandPerInvanare.js";

describe("bistandPerInvanare", () => {
  it("26 477 000 kr over 83 000 inhabitants is 319 kr (Solna's 2024 level)", () => {
    expect(bistandPerInvanare(26_477_000, 83_000)).toBe(319);
  });

  it("zero inhabitants is div0", () => {
    expectKommunError(() => bistandPerInvanare(1000, 0), "div0", { argument: "invanare" });
  });

  it.each(NOT_NUMBERS)("rejects %s as inhabitants", (_l, x) => {
    expectKommunError(() => bistandPerInvanare(1000, x as number), "value", { argument: "invanare" });
  });
});

describe("besparingVidReferensniva", () => {
  it("the national 1 454 kr brought to Solna's 319 kr in a municipality of 30 000: (1 454 − 319) × 30 000 = 34 050 000 kr", () => {
    expect(besparingVidReferensniva(1454, 319, 30000)).toBe(34_050_000);
  });

  it("is negative when already below the reference", () => {
    expect(besparingVidReferensniva(300, 319, 1000)).toBe(-19_000);
  });
});

describe("arbetslinjeBesparing", () => {
  const base = { hushall: 400, kostnadPerHushall: 110_000, andelSomLamnar: 0.15 };

  it("60 of 400 households leave: 6.6 Mkr of assistance saved", () => {
    const r = arbetslinjeBesparing(base);
    expect(r.lamnar).toBe(60);
    expect(r.bistandBesparing).toBe(6_600_000);
    expect(r.netto).toBe(6_600_000);
  });

  it("exits to another benefit save money but give zero tax, and are reported apart", () => {
    const r = arbetslinjeBesparing({
      ...base,
      andelTillArbete: 0,
      inkomstVidArbete: 300_000,
      skattesats: 21.5,
      behallenAndel: 1,
    });
    expect(r.varavAnnanErsattning).toBe(6_600_000);
    expect(r.varavTillArbete).toBe(0);
    expect(r.skattetillskott).toBe(0);
  });

  it("a retained share of 0 (the default) gives zero tax even with an income and a rate", () => {
    const r = arbetslinjeBesparing({ ...base, inkomstVidArbete: 300_000, skattesats: 21.5 });
    expect(r.skattetillskott).toBe(0);
  });

  it("counts tax only for exits to work, times the retained share: 36 × 300 000 × 21.5 % × 20 % = 464 400", () => {
    const r = arbetslinjeBesparing({
      ...base,
      andelTillArbete: 0.6,
      inkomstVidArbete: 300_000,
      skattesats: 21.5,
      behallenAndel: 0.2,
      programkostnad: 3_000_000,
    });
    expect(r.varavTillArbete).toBe(3_960_000);
    expect(r.varavAnnanErsattning).toBe(2_640_000);
    expect(r.skattetillskott).toBe(464_400);
    expect(r.netto).toBe(6_600_000 + 464_400 - 3_000_000);
  });

  it("asks for the tax rate when tax is to be counted", () => {
    expectKommunError(
      () => arbetslinjeBesparing({ ...base, inkomstVidArbete: 300_000, behallenAndel: 0.2 }),
      "value",
      {
        argument: "skattesats",
      },
    );
  });

  it("rejects shares above 1 and a rate written as a share", () => {
    expectKommunError(() => arbetslinjeBesparing({ ...base, andelSomLamnar: 15 }), "value", {
      en: /Write 15 %/,
    });
    expectKommunError(() => arbetslinjeBesparing({ ...base, behallenAndel: 1.2 }), "value");
    expectKommunError(
      () => arbetslinjeBesparing({ ...base, inkomstVidArbete: 1, skattesats: 0.215, behallenAndel: 1 }),
      "value",
      { en: /write 21.5/ },
    );
  });
});

describe("arbetslinjePlan", () => {
  const input = {
    hushall: 100,
    kostnadPerHushall: 100_000,
    andelSomLamnar: 0.1,
    programkostnad: 1_500_000,
    ar: 5,
  };

  it("households on assistance fall geometrically: 100 × 0.9^t", () => {
    const plan = arbetslinjePlan(input);
    expect(plan.ar.map((y) => y.kvarPaBistand)).toEqual([90, 81, 72.9, 65.61, 59.049]);
  });

  it("pays back in year 3 on a hand-computed case", () => {
    // year 1: 10 left → 1.0 − 1.5 = −0.5 Mkr; year 2: 19 → +0.4 (cum. −0.1); year 3: 27.1 → +1.21 (cum. 1.11)
    const plan = arbetslinjePlan(input);
    expect(plan.ar.slice(0, 3).map((y) => y.netto)).toEqual([-500_000, 400_000, 1_210_000]);
    expect(plan.ar.slice(0, 3).map((y) => y.kumulativt)).toEqual([-500_000, -100_000, 1_110_000]);
    expect(plan.aterbetalningsar).toBe(3);
  });

  it("labels calendar years from startar", () => {
    const plan = arbetslinjePlan({ ...input, startar: 2025 });
    expect(plan.ar.map((y) => y.ar)).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(plan.aterbetalningsar).toBe(2027);
  });

  it("never paying back is null", () => {
    expect(arbetslinjePlan({ ...input, programkostnad: 50_000_000 }).aterbetalningsar).toBeNull();
  });

  // 100 households, 10 % leave each year, all to work at 300 000 kr, rate 20, 50 % kept: the tax gain of
  // n households who have left is n × 300 000 × 20/100 × 50 % = n × 30 000. Left by year 1, 2, 3: 10, 19, 27.1.
  const taxed = {
    ...input,
    programkostnad: 0,
    inkomstVidArbete: 300_000,
    skattesats: 20,
    behallenAndel: 0.5,
  };

  it("counts the tax gain two years late by default (skattefordrojning = 2)", () => {
    const plan = arbetslinjePlan(taxed);
    // years 1–2: nothing yet; year 3: the 10 of year 1 → 300 000; year 4: the 19 of year 2 → 570 000;
    // year 5: the 27.1 of year 3 → 813 000
    expect(plan.ar.map((y) => y.skattetillskott)).toEqual([0, 0, 300_000, 570_000, 813_000]);
    // year 3 net: saving 27.1 × 100 000 = 2 710 000 + 300 000 = 3 010 000
    expect(plan.ar[2]!.netto).toBe(3_010_000);
  });

  it("a delay of 0 counts the gain in the year people start working, as before the change", () => {
    const plan = arbetslinjePlan({ ...taxed, skattefordrojning: 0 });
    expect(plan.ar.map((y) => y.skattetillskott)).toEqual([300_000, 570_000, 813_000, 1_031_700, 1_228_530]);
    // 100 × (1 − 0.9^4) = 34.39 and 100 × (1 − 0.9^5) = 40.951 households by years 4 and 5, × 30 000
  });

  it("a delay of 1 shifts the gain one year; the benefit saving is never delayed", () => {
    const plan = arbetslinjePlan({ ...taxed, skattefordrojning: 1 });
    expect(plan.ar.map((y) => y.skattetillskott)).toEqual([0, 300_000, 570_000, 813_000, 1_031_700]);
    expect(plan.ar.map((y) => y.bistandBesparing)).toEqual(
      arbetslinjePlan({ ...taxed, skattefordrojning: 0 }).ar.map((y) => y.bistandBesparing),
    );
  });

  it("the delay moves payback later when the tax gain is what pays", () => {
    // no benefit saving (0 kr per household), programme 400 000 a year: with delay 0 the cumulative net is
    // −100 000, +70 000 → payback in year 2; with delay 2: −400 000, −800 000, −900 000, −730 000, −317 000 → never in 5
    const lean = { ...taxed, kostnadPerHushall: 0, programkostnad: 400_000 };
    expect(arbetslinjePlan({ ...lean, skattefordrojning: 0 }).aterbetalningsar).toBe(2);
    expect(arbetslinjePlan(lean).aterbetalningsar).toBeNull();
    expect(arbetslinjePlan(lean).ar.map((y) => y.kumulativt)).toEqual([
      -400_000, -800_000, -900_000, -730_000, -317_000,
    ]);
  });

  it("rejects a delay that is not a whole number of years 0–10", () => {
    for (const bad of [-1, 1.5, 11]) {
      expectKommunError(() => arbetslinjePlan({ ...taxed, skattefordrojning: bad }), "value", {
        argument: "skattefordrojning",
      });
    }
    for (const [, bad] of NOT_NUMBERS) {
      expectKommunError(() => arbetslinjePlan({ ...taxed, skattefordrojning: bad as number }), "value", {
        argument: "skattefordrojning",
      });
    }
  });

  it("rejects a number of years that is not whole or not 1–50", () => {
    expectKommunError(() => arbetslinjePlan({ ...input, ar: 2.5 }), "value", { argument: "ar" });
    expectKommunError(() => arbetslinjePlan({ ...input, ar: 0 }), "value", { argument: "ar" });
  });
});
