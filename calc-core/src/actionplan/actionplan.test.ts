import { errorParts, expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { arseffekt, atgardsplan, atgardsuppfoljning, type PlanAtgard } from "../index.js";

describe("arseffekt", () => {
  it("a measure from April saves 9 of 12 months: 1 200 000 × 9/12 = 900 000", () => {
    expect(arseffekt(1_200_000, 4)).toBe(900_000);
  });

  it("a measure from January saves the full year, from December one twelfth", () => {
    expect(arseffekt(1_200_000, 1)).toBe(1_200_000);
    expect(arseffekt(1_200_000, 12)).toBe(100_000);
  });

  it("a budget year from July: October leaves October–June, 9 months; June leaves 1; July 12", () => {
    expect(arseffekt(1.2e6, 10, 7)).toBe(900_000);
    expect(arseffekt(1.2e6, 6, 7)).toBe(100_000);
    expect(arseffekt(1.2e6, 7, 7)).toBe(1_200_000);
    // March is month 9 of a budget year from July: March–June, 4 months
    expect(arseffekt(1.2e6, 3, 7)).toBe(400_000);
  });

  it("works in any unit and for a cost (negative effect): −0.6 mnkr a year from July is −0.3", () => {
    expect(arseffekt(-0.6, 7)).toBe(-0.3);
    expect(arseffekt(2.4, 4)).toBe(1.8);
  });

  it.each(NOT_NUMBERS)("rejects %s as a full-year effect", (_, bad) => {
    expectKommunError(() => arseffekt(bad as number, 4), "value", { argument: "helarseffekt" });
  });

  it.each([0, 13, -1])("rejects start month %s (months are 1–12)", (m) => {
    expectKommunError(() => arseffekt(1000, m), "value", { argument: "startmanad", sv: /1–12/, en: /1–12/ });
  });

  it("gives month 13 no date hint: it is a mistyped month, not 13 January 1900", () => {
    const [, sv, en] = errorParts(() => arseffekt(1000, 13));
    expect(sv).toBe("Argumentet startmanad = 13 ligger utanför det rimliga intervallet 1–12 (heltal).");
    expect(en).not.toMatch(/date|1900/);
  });

  it("rejects a start month that is not whole", () => {
    expectKommunError(() => arseffekt(1000, 4.5), "value", { argument: "startmanad", en: /whole number/ });
  });

  it("names a number given as a measure's name", () => {
    expect(
      errorParts(() =>
        atgardsplan(1, [{ namn: 7 as never, helarseffekt: 1, startmanad: 1, status: "beslutad" }]),
      ),
    ).toEqual([
      "value",
      "Åtgärd 1 saknar namn (atgarder[1].namn ska vara en text, inte 7).",
      "Measure 1 has no name (atgarder[1].namn must be text, not 7).",
      "atgarder[1].namn",
    ]);
  });

  it("answers an Excel date written as the start month with the month to write", () => {
    // 45748 is 1 April 2025 in Excel's serial dates (days since 1899-12-30)
    expect(errorParts(() => arseffekt(1000, 45748))).toEqual([
      "value",
      "Argumentet startmanad = 45748 ligger utanför det rimliga intervallet 1–12 (månadens nummer, 1 = januari). Det ser ut som ett datum (april 2025): skriv 4, inte 45748.",
      "Argument startmanad = 45748 is outside the plausible range 1–12 (the month's number, 1 = January). It looks like a date (April 2025): write 4, not 45748.",
      "startmanad",
    ]);
  });

  it("rejects a blank first month instead of silently using January", () => {
    expectKommunError(() => arseffekt(1000, 4, null as unknown as number), "value", {
      argument: "forstaManad",
    });
  });
});

const PLAN: PlanAtgard[] = [
  { namn: "Nattbemanning", helarseffekt: 2.4, startmanad: 3, status: "genomförd", ansvarig: "LSS-chef" },
  { namn: "Schemaläggning", helarseffekt: 1.2, startmanad: 5, status: "beslutad" },
  { namn: "Köpta platser", helarseffekt: 3, startmanad: 10, status: "förslag", sannolikhet: 0.5 },
];

describe("atgardsplan", () => {
  // by hand: 2.4 × 10/12 = 2.0; 1.2 × 8/12 = 0.8; 3 × 3/12 = 0.75 (expected 0.375)
  const plan = atgardsplan(6.7, PLAN);

  it("gives each measure its year's effect from its start month", () => {
    expect(plan.atgarder.map((a) => a.arseffekt)).toEqual([2, 0.8, 0.75]);
    expect(plan.atgarder.map((a) => a.forvantadEffekt)).toEqual([2, 0.8, 0.375]);
    expect(plan.atgarder[0]).toMatchObject({ ansvarig: "LSS-chef", sannolikhet: 1, status: "genomförd" });
  });

  it("without one-off measures, next year's effect is each full-year effect: 2.4 + 1.2 + 3 = 6.6", () => {
    expect(plan.atgarder.map((a) => [a.engangs, a.nastaArsEffekt])).toEqual([
      [false, 2.4],
      [false, 1.2],
      [false, 3],
    ]);
    expect(plan.summaNastaAr).toBe(6.6);
  });

  it("a one-off measure saves this year only: next year's effect 0, the year's effect unchanged", () => {
    // the purchases postponed from May (1.2 a year → 0.8 this year) are a one-off: next year 2.4 + 3 = 5.4
    const withOneOff = atgardsplan(
      6.7,
      PLAN.map((m, i) => (i === 1 ? { ...m, engangs: true } : m)),
    );
    expect(withOneOff.atgarder[1]).toMatchObject({ engangs: true, arseffekt: 0.8, nastaArsEffekt: 0 });
    expect(withOneOff.summa).toBe(3.55);
    expect(withOneOff.summaNastaAr).toBe(5.4);
  });

  it("reads engangs as a truth value only", () => {
    expectKommunError(
      () =>
        atgardsplan(1, [
          { namn: "A", helarseffekt: 1, startmanad: 1, status: "beslutad", engangs: "ja" as never },
        ]),
      "value",
      { argument: "atgarder[1].engangs", en: /one-off/ },
    );
  });

  it("sums the effects and what is left: all, decided and done only, expected", () => {
    expect(plan.summaHelarseffekt).toBe(6.6); // 2.4 + 1.2 + 3, exactly (not 6.6000000000000005)
    expect(plan.summa).toBe(3.55);
    expect(plan.summaBeslutade).toBe(2.8);
    expect(plan.summaForvantad).toBe(3.175);
    expect(plan.kvar).toBe(3.15); // 6.7 − 3.55
    expect(plan.kvarBeslutade).toBe(3.9); // 6.7 − 2.8
    expect(plan.kvarForvantad).toBe(3.525); // 6.7 − 3.175
  });

  it("per month: nothing in January–February, 0.2 from March, 0.3 from May, 0.55 from October", () => {
    expect(plan.perManad.map((m) => m.manad)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(plan.perManad.map((m) => m.effekt)).toEqual([
      0, 0, 0.2, 0.2, 0.3, 0.3, 0.3, 0.3, 0.3, 0.55, 0.55, 0.55,
    ]);
    // left after August: 6.7 − (0.2 × 2 + 0.3 × 4) = 5.1
    expect(plan.perManad[7]!.kvar).toBeCloseTo(5.1, 12);
    expect(plan.perManad[11]!.kvar).toBeCloseTo(plan.kvar, 12);
    expect(plan.perManad[11]!.kvarBeslutade).toBeCloseTo(3.9, 12);
    // the proposal counts half: 6.7 − (2 + 0.8 + 0.375)
    expect(plan.perManad[11]!.kvarForvantad).toBeCloseTo(3.525, 12);
  });

  it("orders the months of a budget year from July and reads English statuses", () => {
    const p = atgardsplan(1, [{ namn: "A", helarseffekt: 1.2, startmanad: 10, status: "decided" }], 7);
    expect(p.perManad.map((m) => m.manad)).toEqual([7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6]);
    expect(p.perManad.map((m) => m.effekt)).toEqual([0, 0, 0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
    expect(p.atgarder[0]!.status).toBe("beslutad");
    expect(p.summa).toBe(0.9);
  });

  it("shows a plan that more than covers the deficit as a negative amount left", () => {
    expect(atgardsplan(1, [{ namn: "A", helarseffekt: 2.4, startmanad: 1, status: "beslutad" }]).kvar).toBe(
      -1.4,
    );
  });

  it("an empty plan leaves the whole deficit", () => {
    const p = atgardsplan(5, []);
    expect([p.summa, p.kvar, p.kvarBeslutade, p.perManad[11]!.kvar]).toEqual([0, 5, 5, 5]);
  });

  it.each([
    [
      "a negative deficit (the deviation's sign)",
      () => atgardsplan(-6.7, PLAN),
      "Argumentet underskott = -6,7 är negativt. Underskottet skrivs som ett positivt belopp (avvikelsen är negativ när prognosen är ogynnsam): skriv 6,7, inte -6,7.",
      "Argument underskott = -6.7 is negative. The deficit is written as a positive amount (the deviation is negative when the forecast is unfavourable): write 6.7, not -6.7.",
      "underskott",
    ],
    [
      "a saving written as a negative amount",
      () => atgardsplan(6.7, [{ ...PLAN[0]!, helarseffekt: -2.4 }]),
      "Argumentet atgarder[1].helarseffekt = -2,4 är negativt. En besparing skrivs som ett positivt belopp: skriv 2,4, inte -2,4.",
      "Argument atgarder[1].helarseffekt = -2.4 is negative. A saving is written as a positive amount: write 2.4, not -2.4.",
      "atgarder[1].helarseffekt",
    ],
    [
      "a measure without a name",
      () => atgardsplan(6.7, [PLAN[0]!, { ...PLAN[1]!, namn: " " }]),
      "Åtgärd 2 saknar namn (atgarder[2].namn ska vara en text).",
      "Measure 2 has no name (atgarder[2].namn must be text).",
      "atgarder[2].namn",
    ],
    [
      "a blank status",
      () => atgardsplan(6.7, [{ ...PLAN[0]!, status: undefined as unknown as string }]),
      'Argumentet atgarder[1].status är en tom cell; tillåtna värden är "förslag", "proposed", "proposal", "beslutad", "decided", "genomförd", "done", "implemented".',
      'Argument atgarder[1].status is an empty cell; accepted values are "förslag", "proposed", "proposal", "beslutad", "decided", "genomförd", "done", "implemented".',
      "atgarder[1].status",
    ],
    [
      "a probability written as a percentage number",
      () => atgardsplan(6.7, [{ ...PLAN[2]!, sannolikhet: 50 }]),
      "Argumentet atgarder[1].sannolikhet = 50 ligger utanför det rimliga intervallet 0–1 (andel, där 2 % skrivs 0,02). Skriv 50 % (0,5), inte 50.",
      "Argument atgarder[1].sannolikhet = 50 is outside the plausible range 0–1 (a share, where 2 % is written 0.02). Write 50 % (0.5), not 50.",
      "atgarder[1].sannolikhet",
    ],
  ])("explains %s", (_, call, sv, en, argument) => {
    expect(errorParts(call)).toEqual(["value", sv, en, argument]);
  });

  it("rejects a plan that is not a list, and a measure that is not an object", () => {
    expectKommunError(() => atgardsplan(1, "abc" as never), "value", { argument: "atgarder" });
    expectKommunError(() => atgardsplan(1, [5 as never]), "value", { argument: "atgarder[1]" });
    expectKommunError(() => atgardsplan(1, [{ ...PLAN[0]!, startmanad: 0 }]), "value", {
      argument: "atgarder[1].startmanad",
    });
  });
});

describe("atgardsuppfoljning", () => {
  const measures: PlanAtgard[] = [
    { namn: "Nattbemanning", helarseffekt: 2.4, startmanad: 3, status: "genomförd" },
    { namn: "Schemaläggning", helarseffekt: 1.2, startmanad: 5, status: "beslutad" },
  ];
  // planned per month: 0.2 from March; 0.1 from May. Outcomes to June.
  const f = atgardsuppfoljning(measures, [
    [0, 0, 0.1, 0.15, 0.2, 0.2],
    [0, 0, 0, 0, 0.05, 0.1, null, null],
  ]);

  it("sets planned against outcome per month and so far", () => {
    const a = f.atgarder[0]!;
    expect(a.planerat).toEqual([0, 0, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2]);
    expect(a.utfall).toEqual([0, 0, 0.1, 0.15, 0.2, 0.2, null, null, null, null, null, null]);
    expect(a.avvikelse.slice(0, 7)).toEqual([0, 0, -0.1, -0.05, 0, 0, null]);
    expect(a.antalManader).toBe(6);
    expect(a.planeratHittills).toBe(0.8); // March–June, 4 × 0.2
    expect(a.utfallHittills).toBe(0.65);
    expect(a.avvikelseHittills).toBe(-0.15);
    expect(a.uppfyllelse).toBe(0.8125); // 0.65 / 0.8
  });

  it("totals the months every measure has an outcome for", () => {
    expect(f.summa.planerat.slice(0, 6)).toEqual([0, 0, 0.2, 0.2, 0.3, 0.3]);
    expect(f.summa.utfall.slice(0, 7)).toEqual([0, 0, 0.1, 0.15, 0.25, 0.3, null]);
    expect(f.summa.planeratHittills).toBe(1);
    expect(f.summa.utfallHittills).toBe(0.8);
    expect(f.summa.uppfyllelse).toBe(0.8);
  });

  it("counts a measure not started yet as having nothing to report, so its blank months do not empty the total", () => {
    // Nattbemanning from March (0.2 a month) has outcomes to May; Daglig verksamhet from
    // September (1.8 a year) has no outcome row filled, as a controller leaves it before it starts
    const g = atgardsuppfoljning(
      [measures[0]!, { namn: "Daglig verksamhet", helarseffekt: 1.8, startmanad: 9, status: "beslutad" }],
      [[0, 0, 0.1, 0.15, 0.2], []],
    );
    expect(g.summa.utfall.slice(0, 6)).toEqual([0, 0, 0.1, 0.15, 0.2, null]);
    expect(g.summa.antalManader).toBe(5);
    expect(g.summa.planeratHittills).toBe(0.6); // March–May, 3 × 0.2
    expect(g.summa.utfallHittills).toBe(0.45);
    expect(g.summa.uppfyllelse).toBe(0.75);
    // a started measure without an outcome still holds the total back: May for Schemaläggning
    const h = atgardsuppfoljning(measures, [
      [0, 0, 0.1, 0.15, 0.2],
      [0, 0, 0, 0],
    ]);
    expect(h.summa.antalManader).toBe(4);
  });

  it("has no share achieved while nothing was planned yet", () => {
    const g = atgardsuppfoljning([measures[1]!], [[0, 0]]);
    expect(g.atgarder[0]!.uppfyllelse).toBeNull();
    expect(g.atgarder[0]!.planeratHittills).toBe(0);
  });

  it("names both sizes when measures and outcome rows differ", () => {
    expect(errorParts(() => atgardsuppfoljning(measures, [[0.1]]))).toEqual([
      "value",
      "Områdena atgarder (2 värden) och utfall (1 värden) måste vara lika stora.",
      "Ranges atgarder (2 values) and utfall (1 values) must be the same size.",
      "utfall",
    ]);
  });

  it("names the measure and the month of a gap", () => {
    expect(
      errorParts(() =>
        atgardsuppfoljning(measures, [
          [0, 0.1],
          [0, null, 0.1],
        ]),
      ),
    ).toEqual([
      "value",
      "Åtgärd 2 (Schemaläggning): Utfallet för februari saknas men senare månader är ifyllda; fyll i februari (0 om inget har bokförts).",
      "Measure 2 (Schemaläggning): The outcome for February is missing while later months are filled; fill in February (0 if nothing was booked).",
      "utfall",
    ]);
  });

  it("is not available before any outcome", () => {
    expect(errorParts(() => atgardsuppfoljning(measures, [[], [null]]))).toEqual([
      "na",
      "Det finns inget utfall ännu för någon åtgärd.",
      "There is no outcome yet for any measure.",
      "utfall",
    ]);
  });
});
