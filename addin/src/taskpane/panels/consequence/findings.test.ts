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
