import { consequenceModel, rowTexts, START_MEASURE, type ConsequenceState } from "./model";

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

/** The sample's premises measure: one-off 2, investment 10 over 10 years at 2 %, saving 16 mnkr from 2026. */
const state = (
  measure: Partial<Parameters<typeof rowTexts>[0]> = {},
  lang: "sv" | "en" = "sv",
): ConsequenceState => ({
  texts:
    lang === "sv"
      ? { from: "2026", to: "2030", sob: "2 000", base: "6 900" }
      : { from: "2026", to: "2030", sob: "2,000", base: "6,900" },
  rows: [
    {
      id: 1,
      namn: "Lokaler",
      texts: rowTexts({ ...START_MEASURE, ...measure }, lang),
    },
  ],
});

describe("Konsekvensanalys: a share typed in the percent field (issue 23, finding 2)", () => {
  it("Internränta 0,02 computes at 0,02 % (as typed) and is warned of beside the results, naming the field", () => {
    const s = state();
    s.rows[0]!.texts = { ...s.rows[0]!.texts, ranta: "0,02" };
    const m = consequenceModel(s, "sv");
    // 2026: 16 − (2 one-off + 10/10 depreciation + 10 × 0,02 % = 0,002 interest) = 12,998 mnkr
    expect(m.analysis!.ar[0]!.nettoeffekt).toBeCloseTo(12.998, 10);
    expect(m.warnings.map(plain)).toEqual([
      expect.stringMatching(/: 0,02 i ett procentfält betyder 0,02 % — menade du 2 %\?$/),
    ]);
    // the warning starts with the field's label (the measure's rate), as every panel's do
    expect(m.warnings[0]!.startsWith(m.measureFields[0]!.ranta.label)).toBe(true);
  });
});

describe("Konsekvensanalys: a start year outside the period (issue 23, finding 6)", () => {
  it("Startår 2031 for 2026–2030: computed (0 every year) and named: after the period", () => {
    const m = consequenceModel(state({ startar: 2031 }), "sv");
    expect(m.analysis!.ar.map((y) => y.nettoeffekt)).toEqual([0, 0, 0, 0, 0]);
    expect(m.warnings).toEqual([
      `${m.measureFields[0]!.startar.label}: 2031 är efter perioden 2026–2030, så åtgärden ger 0 varje år i tabellen. Menade du ett år inom perioden?`,
    ]);
  });

  it("Startår 1999 for 2026–2030 (English): named as before the period", () => {
    const m = consequenceModel(state({ startar: 1999 }, "en"), "en");
    expect(m.warnings).toEqual([
      `${m.measureFields[0]!.startar.label}: 1999 is before the period 2026–2030, so the measure counts as in effect for the whole period. Did you mean a year within the period?`,
    ]);
  });

  it("the first and the last year of the period are within it: no warning", () => {
    expect(consequenceModel(state({ startar: 2026 }), "sv").warnings).toEqual([]);
    expect(consequenceModel(state({ startar: 2030 }), "sv").warnings).toEqual([]);
  });
});

describe("Konsekvensanalys: an amount in tkr typed in an mnkr field (issue 23, s8 finding 2)", () => {
  it("Besparing/intäkt per år 16 000 (meant as tkr) against 2 000 mnkr of taxes and grants: named, = 16 mnkr", () => {
    // 16 000 > half of 2 000 = 1 000 mnkr; 16 000 tkr = 16 mnkr (the sample's saving)
    const m = consequenceModel(state({ intakt: 16_000 }), "sv");
    expect(m.analysis).toBeDefined(); // computed as typed, and said beside the result
    expect(m.warnings.map(plain)).toEqual([
      "”Åtgärd 1 · Besparing/intäkt per år (mnkr)” = 16 000 mnkr är mer än hälften av ”Skatter och generella statsbidrag (mnkr)” = 2 000 mnkr, mer än någon verksamhet kostar. Står beloppet i tkr blir det = 16 mnkr.",
    ]);
    // the number and its unit never break apart
    expect(m.warnings[0]).toContain("16\u00a0000\u00a0mnkr");
  });

  it("English, a running cost of 1 500 against 2 000: named; the sample's 16 and 1 000 (exactly half) are not", () => {
    const m = consequenceModel(state({ driftkostnad: 1500 }, "en"), "en");
    expect(m.warnings.map(plain)).toEqual([
      '"Measure 1 · Running cost a year (mnkr)" = 1,500 mnkr is more than half of "Taxes and general grants (mnkr)" = 2,000 mnkr, more than any area of activity costs. If the amount is in tkr, it is = 1.5 mnkr.',
    ]);
    expect(consequenceModel(state({ intakt: 1000 }), "sv").warnings).toEqual([]);
  });

  it("an investment of 45 000 mnkr is named with = 45 mnkr", () => {
    const m = consequenceModel(state({ investering: 45_000 }), "sv");
    expect(m.warnings.map(plain)).toEqual([
      "”Åtgärd 1 · Investering (mnkr)” = 45 000 mnkr är mer än en kommuns årliga investeringar. Står beloppet i tkr blir det = 45 mnkr.",
    ]);
  });

  it("taxes and grants of 2 (for 2 000): they are named once, not the measure beside them", () => {
    // 2 mnkr is below the smallest municipality's 100 mnkr; 2 mdkr = 2 000 mnkr. (The tax base of 6 900 is
    // then no longer below them, and the saving of 16 is not judged against 2.)
    const s = state();
    s.texts.sob = "2";
    expect(consequenceModel(s, "sv").warnings.map(plain)).toEqual([
      "Skatter och generella statsbidrag (mnkr): 2 mnkr är mindre än den minsta kommunens skatter och bidrag (cirka 2 350 invånare, över 100 mnkr), så varje åtgärd blir orimligt stor i förhållande till dem. Står beloppet i mdkr blir det = 2 000 mnkr.",
    ]);
  });
});

describe("Konsekvensanalys: a period of one year is a year (issue 23, s8 finding 11e)", () => {
  it("2030–2030 with a start in 2031: 'efter året 2030', never 'perioden 2030–2030'", () => {
    const s = state({ startar: 2031 });
    s.texts.from = "2030";
    const m = consequenceModel(s, "sv");
    expect(m.warnings).toEqual([
      `${m.measureFields[0]!.startar.label}: 2031 är efter året 2030, så åtgärden ger 0 i tabellen. Menade du 2030?`,
    ]);
  });

  it("English, 2030–2030 with a start in 2026: 'before the year 2030'", () => {
    const s = state({ startar: 2026 }, "en");
    s.texts.from = "2030";
    const m = consequenceModel(s, "en");
    expect(m.warnings).toEqual([
      `${m.measureFields[0]!.startar.label}: 2026 is before the year 2030, so the measure counts as in effect for the whole year. Did you mean 2030?`,
    ]);
  });
});
