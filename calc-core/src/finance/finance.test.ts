import { errorParts, expectKommunError } from "../__testing__/errors.js";
import { avskrivning } from "./avskrivning.js";
import { investeringsplan, type InvesteringsProjekt } from "./investeringsplan.js";
import { investeringsutrymme } from "./investeringsutrymme.js";
import { nettokostnadsandel } from "./nettokostnadsandel.js";
import { sjalvfinansieringsgrad } from "./sjalvfinansieringsgrad.js";
import { soliditet } from "./soliditet.js";

describe("sjalvfinansieringsgrad", () => {
  it("result 40 + depreciation 60 against investments of 125 finance 80 %", () => {
    expect(sjalvfinansieringsgrad(40, 60, 125)).toBe(0.8);
  });
  it("a deficit lowers it: (−20 + 60) / 80 = 50 %", () => {
    expect(sjalvfinansieringsgrad(-20, 60, 80)).toBe(0.5);
  });
  it("no investments is a division by zero", () => {
    expectKommunError(() => sjalvfinansieringsgrad(40, 60, 0), "div0", { argument: "nettoinvesteringar" });
  });
});

describe("soliditet", () => {
  it("400 of 1 000 is 40 %; with 250 of pension obligations outside the balance sheet 15 %", () => {
    expect(soliditet(400, 1000)).toBe(0.4);
    expect(soliditet(400, 1000, 250)).toBe(0.15);
  });
  it("adds särskild löneskatt 24.26 % to an obligation given without it: 400 − 200 × 1.2426 = 151.48", () => {
    expect(soliditet(400, 1000, 200, 0.2426)).toBeCloseTo(0.15148, 14);
  });
  it("may be negative when the obligations exceed equity", () => {
    expect(soliditet(100, 1000, 300)).toBe(-0.2);
  });
  it("hints at 24.26 % for 24.26", () => {
    expectKommunError(() => soliditet(400, 1000, 200, 24.26), "value", { en: /Write 24.26 %/ });
    expectKommunError(() => soliditet(400, 0), "div0", { argument: "tillgangar" });
  });
});

describe("nettokostnadsandel", () => {
  it("985 net cost and −5 finance net of 1 000 is 99 %, i.e. 1 − the 1 % result share", () => {
    // result = 1 000 − 5 − 985 = 10, 1 % of taxes and grants
    expect(nettokostnadsandel(985, -5, 1000)).toBe(0.99);
  });
  it("taxes and grants of 0 is a division by zero", () => {
    expectKommunError(() => nettokostnadsandel(985, -5, 0), "div0", { argument: "skatterOchBidrag" });
  });
  it("the net cost written with the income statement's minus sign is an error, not a share of −98 %", () => {
    expectKommunError(() => nettokostnadsandel(-985, -5, 1000), "value", {
      argument: "nettokostnad",
      sv: /positivt belopp \(985\)/,
    });
  });
});

describe("investeringsutrymme", () => {
  it("result 40 + depreciation 80 at a target of 80 % allow 150", () => {
    expect(investeringsutrymme(40, 80, 0.8)).toBe(150);
  });
  it("at 100 % the room is what the result and depreciation bring in", () => {
    expect(investeringsutrymme(40, 80, 1)).toBe(120);
  });
  it("hints at 80 % for 80, and 0 is a division by zero", () => {
    expect(errorParts(() => investeringsutrymme(40, 80, 80))).toEqual([
      "value",
      "Argumentet malSjalvfinansieringsgrad = 80 ligger utanför det rimliga intervallet över 0 och högst 1,5 (andel, där 2 % skrivs 0,02). Skriv 80 % (0,8), inte 80.",
      "Argument malSjalvfinansieringsgrad = 80 is outside the plausible range above 0 and at most 1.5 (a share, where 2 % is written 0.02). Write 80 % (0.8), not 80.",
      "malSjalvfinansieringsgrad",
    ]);
    expectKommunError(() => investeringsutrymme(40, 80, 0), "div0");
  });
  it("a target of 2 (200 %, or 2 meant as 2 %) is rejected instead of a room of 60", () => {
    expectKommunError(() => investeringsutrymme(40, 80, 2), "value", {
      argument: "malSjalvfinansieringsgrad",
      en: /at most 1\.5/,
    });
    expect(investeringsutrymme(40, 80, 1.5)).toBe(80);
  });
});

describe("avskrivning", () => {
  it("12 Mkr over 10 years from January: 1.2 Mkr a year for 10 years, nothing in year 11", () => {
    expect([1, 10, 11].map((y) => avskrivning(12e6, 10, y))).toEqual([1.2e6, 1.2e6, 0]);
  });
  it("from September (RKR R4): 4/12 the first year, full years, the other 8/12 in year 11", () => {
    expect([1, 2, 10, 11, 12].map((y) => avskrivning(12e6, 10, y, 9))).toEqual([
      400_000, 1_200_000, 1_200_000, 800_000, 0,
    ]);
  });
  it("from December: 1/12 the first year, 11/12 in the year after the life", () => {
    expect(avskrivning(1200, 5, 1, 12)).toBe(20);
    expect(avskrivning(1200, 5, 6, 12)).toBe(220);
  });
  it("rejects month 13 and a life of 0", () => {
    expectKommunError(() => avskrivning(1200, 5, 1, 13), "value", { argument: "aktiveringsmanad" });
    expectKommunError(() => avskrivning(1200, 0, 1), "value", { argument: "avskrivningstid" });
  });
});

describe("investeringsplan", () => {
  // A frame of 100: the school (60, priority 1) fits, the sports hall (50) waits, the streets (30) fit.
  const projekt: InvesteringsProjekt[] = [
    { namn: "Sporthall", namnd: "KFN", belopp: 50, ar: 2026, avskrivningstid: 25, prioritet: 2 },
    {
      namn: "Skola",
      namnd: "BUN",
      belopp: 60,
      ar: 2026,
      avskrivningstid: 30,
      aktiveringsmanad: 7,
      prioritet: 1,
      driftkostnad: 2.4,
    },
    { namn: "Gator", namnd: "SBN", belopp: 30, ar: 2027, avskrivningstid: 10, prioritet: 3, besparing: 1.2 },
  ];

  it("fits by priority: the school and the streets fit, the sports hall waits, 10 is left", () => {
    const plan = investeringsplan(projekt, 100);
    expect(plan.projekt.map((p) => [p.namn, p.ryms, p.kvarAvRam])).toEqual([
      ["Sporthall", false, 40],
      ["Skola", true, 40],
      ["Gator", true, 10],
    ]);
    expect([plan.ryms, plan.vantar, plan.kvarAvRam]).toEqual([90, 50, 10]);
  });

  it("gives per year depreciation, both interest views, running costs and the effect on the result", () => {
    const plan = investeringsplan(projekt, 100, {
      ar: [2026, 2027, 2028],
      internranta: 0.025,
      externRanta: 0.03,
      lanandel: 0.5,
      resultat: [40, 40, 40],
      avskrivningar: [20, 20, 20],
    });
    const [y26, y27] = plan.ar;
    // 2026: school from July: depreciation 2 × 6/12 = 1; interest on 60 for 6 months:
    // internal 2.5 % × 30 = 0.75, external 3 % × 50 % × 30 = 0.45; running 2.4 × 6/12 = 1.2
    expect(y26!.investeringar).toBe(60);
    expect(y26!.avskrivningar).toBe(1);
    expect(y26!.internranta).toBeCloseTo(0.75, 12);
    expect(y26!.kapitalkostnadIntern).toBeCloseTo(1.75, 12);
    expect(y26!.externranta).toBeCloseTo(0.45, 12);
    expect(y26!.driftkostnader).toBe(1.2);
    // effect on the municipality's result: −1.2 − 1 − 0.45 = −2.65
    expect(y26!.resultatpaverkan).toBeCloseTo(-2.65, 12);
    // self-financing: (40 − 2.65 + 20 + 1) / 60 = 58.35 / 60
    expect(y26!.sjalvfinansieringsgrad).toBeCloseTo(58.35 / 60, 12);
    // 2027: school a full year: 2 depreciation, opening book value 59 (interest 1.475 / 0.885);
    // streets from January: 3 depreciation, book value 30 (0.75 / 0.45); running 2.4, saving 1.2
    expect(y27!.investeringar).toBe(30);
    expect(y27!.avskrivningar).toBe(5);
    expect(y27!.internranta).toBeCloseTo(1.475 + 0.75, 12);
    expect(y27!.externranta).toBeCloseTo(0.885 + 0.45, 12);
    expect(y27!.resultatpaverkan).toBeCloseTo(1.2 - 2.4 - 5 - 1.335, 12);
    // 2028: no investments, so no self-financing ratio
    expect(plan.ar[2]!.sjalvfinansieringsgrad).toBeNull();
  });

  it("shows the projects' years by default, with no ratio without a result", () => {
    const plan = investeringsplan(projekt, 100);
    expect(plan.ar.map((y) => y.ar)).toEqual([2026, 2027]);
    expect(plan.ar[0]!.sjalvfinansieringsgrad).toBeNull();
    expect(plan.ar[0]!.internranta).toBe(0);
  });

  it("names the project and field that is wrong", () => {
    expect(
      errorParts(() => investeringsplan([projekt[0]!, { ...projekt[1]!, belopp: "60" as never }], 100)),
    ).toEqual([
      "value",
      'Argumentet projekt[2].belopp måste vara ett tal men är texten "60".',
      'Argument projekt[2].belopp must be a number but is the text "60".',
      "projekt[2].belopp",
    ]);
    expectKommunError(() => investeringsplan([{ ...projekt[0]!, aktiveringsmanad: 0 }], 100), "value", {
      argument: "projekt[1].aktiveringsmanad",
    });
    expectKommunError(() => investeringsplan(projekt, 100, { ar: [2026], resultat: [1, 2] }), "value", {
      argument: "resultat",
    });
    expectKommunError(() => investeringsplan([], 100), "na", { argument: "ar" });
  });
});

describe("investeringsplan: frames per year, spending profiles, work in progress (issue 21)", () => {
  const two: InvesteringsProjekt[] = [
    { namn: "Skola", belopp: 100, ar: 2026, avskrivningstid: 30, prioritet: 1 },
    { namn: "Förskola", belopp: 100, ar: 2027, avskrivningstid: 30, prioritet: 2 },
  ];

  it("one frame of 150 for both years: the 2027 project waits (100 + 100 > 150), as before", () => {
    const plan = investeringsplan(two, 150);
    expect(plan.projekt.map((p) => p.ryms)).toEqual([true, false]);
  });

  it("a frame of 150 per year: each year's payment fits its own year, nothing waits", () => {
    const plan = investeringsplan(two, [150, 150], { ar: [2026, 2027] });
    expect(plan.projekt.map((p) => p.ryms)).toEqual([true, true]);
    expect([plan.ryms, plan.vantar, plan.kvarAvRam]).toEqual([200, 0, 100]);
  });

  it("a frame per year is that year's: 2027's frame of 80 does not take the 2027 project of 100", () => {
    const plan = investeringsplan(two, [150, 80], { ar: [2026, 2027] });
    expect(plan.projekt.map((p) => p.ryms)).toEqual([true, false]);
  });

  it("a spending profile 40/60 over two years, taken into use in July of the second (hand-computed)", () => {
    // 100 paid 40 in 2026 and 60 in 2027, in use from July 2027, 10 years, running cost 6 a year,
    // external rate 3 %, all borrowed, internal rate 2.5 %.
    // 2026: investments 40, work in progress 40 at year-end, no depreciation, no running cost,
    //       external interest on work in progress paid in earlier years: 0
    // 2027: investments 60; depreciation 10 × 6/12 = 5; running cost 6 × 6/12 = 3;
    //       external interest 3 % × (40 × 6/12 work in progress Jan–Jun + 100 × 6/12 in use) = 2.1;
    //       internal interest only on the asset in use: 2.5 % × 100 × 6/12 = 1.25
    // 2028: depreciation 10; external interest 3 % × 95 (opening book value) = 2.85; running cost 6
    const plan = investeringsplan(
      [
        {
          namn: "Skola",
          belopp: 100,
          ar: 2026,
          avskrivningstid: 10,
          aktiveringsmanad: 7,
          prioritet: 1,
          driftkostnad: 6,
          utbetalningar: [0.4, 0.6],
        },
      ],
      100,
      { ar: [2026, 2027, 2028], externRanta: 0.03, internranta: 0.025 },
    );
    const [y26, y27, y28] = plan.ar;
    expect([y26!.investeringar, y26!.pagaendeArbeten, y26!.avskrivningar, y26!.driftkostnader]).toEqual([
      40, 40, 0, 0,
    ]);
    expect(y26!.externranta).toBe(0);
    expect([y27!.investeringar, y27!.pagaendeArbeten, y27!.avskrivningar, y27!.driftkostnader]).toEqual([
      60, 0, 5, 3,
    ]);
    expect(y27!.externranta).toBeCloseTo(2.1, 12);
    expect(y27!.internranta).toBeCloseTo(1.25, 12);
    expect([y28!.avskrivningar, y28!.driftkostnader]).toEqual([10, 6]);
    expect(y28!.externranta).toBeCloseTo(2.85, 12);
    expect(plan.projekt[0]).toMatchObject({ aktiveringsar: 2027, utbetalningar: [40, 60] });
  });

  it("a profile must sum to 100 %, and with frames per year every payment must fall in a plan year", () => {
    const p = { namn: "Hall", belopp: 50, ar: 2026, avskrivningstid: 20, prioritet: 1 };
    expectKommunError(() => investeringsplan([{ ...p, utbetalningar: [0.5, 0.4] }], 100), "value", {
      argument: "projekt[1].utbetalningar",
      en: /sums to 90 %/,
    });
    expectKommunError(() => investeringsplan([{ ...p, utbetalningar: [40, 60] }], 100), "value", {
      argument: "projekt[1].utbetalningar",
    });
    expectKommunError(
      () => investeringsplan([{ ...p, utbetalningar: [0.5, 0.5] }], [100], { ar: [2026] }),
      "value",
      { argument: "projekt[1].ar", en: /outside the plan's years/ },
    );
    expectKommunError(() => investeringsplan([p], [100, 100]), "value", { argument: "ram" });
    expectKommunError(() => investeringsplan([p], [100, 100], { ar: [2026] }), "value", { argument: "ram" });
  });

  it("says when the self-financing ratio counts existing depreciation as 0", () => {
    const p = [{ namn: "Hall", belopp: 50, ar: 2026, avskrivningstid: 10, prioritet: 1 }];
    const without = investeringsplan(p, 100, { ar: [2026], resultat: [20] });
    // (20 − 5 depreciation + 5) / 50 = 0.4, as before, but flagged
    expect(without.ar[0]!.sjalvfinansieringsgrad).toBe(0.4);
    expect(without.ar[0]!.befintligaAvskrivningar).toBeNull();
    expect(without.anmarkningar).toHaveLength(1);
    expect(without.anmarkningar[0]!.sv).toMatch(/Befintliga avskrivningar är inte angivna/);
    expect(without.anmarkningar[0]!.en).toMatch(/Existing depreciation is not given/);
    const withIt = investeringsplan(p, 100, { ar: [2026], resultat: [20], avskrivningar: [30] });
    // (20 − 5 + 5 + 30) / 50 = 1
    expect([withIt.ar[0]!.sjalvfinansieringsgrad, withIt.ar[0]!.befintligaAvskrivningar]).toEqual([1, 30]);
    expect(withIt.anmarkningar).toEqual([]);
  });
});
