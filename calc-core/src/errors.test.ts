/**
 * The function-specific errors, word for word: what went wrong, where (which
 * year, month or measure) and which argument to fix, in Swedish and English.
 * Each expected text is written out by hand as the user is to read it.
 */
import { errorParts } from "./__testing__/errors.js";
import {
  bruttoprognos,
  flerarsplan,
  fordelaBesparing,
  prognos,
  prognosstatus,
  prognostraffsakerhet,
  sasongsprofil,
  skattEllerEffektivisering,
  viktatIndex,
} from "./index.js";

const EVEN = Array(12).fill(1) as number[];

const CASES: [string, () => unknown, string, string, string, string][] = [
  [
    "a seasonal history without years",
    () => sasongsprofil([]),
    "na",
    "Historiken är tom.",
    "The history is empty.",
    "historik",
  ],
  [
    "a year of the history with 11 months",
    () => sasongsprofil([EVEN, EVEN.slice(1)]),
    "value",
    "År 2 i historiken har 11 månader; varje år ska ha 12.",
    "Year 2 of the history has 11 months; every year must have 12.",
    "historik",
  ],
  [
    "a negative month in the history",
    () => sasongsprofil([EVEN, [1, 1, -1, ...EVEN.slice(3)]]),
    "value",
    "Argumentet historik (år 2, mars) = -1 ligger utanför det rimliga intervallet minst 0.",
    "Argument historik (year 2, March) = -1 is outside the plausible range at least 0.",
    "historik",
  ],
  [
    "a year of the history that sums to 0",
    () => sasongsprofil([EVEN, Array(12).fill(0)]),
    "div0",
    "År 2 i historiken summerar till 0 och kan inte normeras.",
    "Year 2 of the history sums to 0 and cannot be normalised.",
    "historik",
  ],
  [
    "a year of the history that is not a range",
    () => sasongsprofil([EVEN, 5 as never]),
    "value",
    "Argumentet historik måste vara ett område (en lista med tal) men är 5.",
    "Argument historik must be a range (a list of numbers) but is 5.",
    "historik",
  ],
  [
    "a critical threshold below the warning threshold",
    () => prognosstatus(1000, 1010, "kostnad", 0.05, 0.02),
    "value",
    "Gränsen kritisk (0,02) är lägre än gränsen varning (0,05).",
    "The critical threshold (0.02) is below the warning threshold (0.05).",
    "kritisk",
  ],
  [
    "a measure without a name",
    () =>
      skattEllerEffektivisering({
        gap: 25,
        skatteunderlag: 6900,
        nettokostnad: 1900,
        atgarder: [
          { namn: "A", belopp: 1 },
          { namn: " ", belopp: 2 },
        ],
      }),
    "value",
    "Åtgärd 2 saknar namn.",
    "Measure 2 has no name.",
    "atgarder",
  ],
  [
    "a measure's amount as text",
    () =>
      skattEllerEffektivisering({
        gap: 25,
        skatteunderlag: 6900,
        nettokostnad: 1900,
        atgarder: [{ namn: "A", belopp: "9,5" as never }],
      }),
    "value",
    'Argumentet atgarder[1].belopp måste vara ett tal men är texten "9,5".',
    'Argument atgarder[1].belopp must be a number but is the text "9,5".',
    "atgarder[1].belopp",
  ],
  [
    "a measure that is not a row of fields",
    () =>
      skattEllerEffektivisering({
        gap: 25,
        skatteunderlag: 6900,
        nettokostnad: 1900,
        atgarder: [7 as never],
      }),
    "value",
    "Argumentet atgarder[1] måste vara ett objekt med namngivna fält.",
    "Argument atgarder[1] must be an object with named fields.",
    "atgarder[1]",
  ],
  [
    "a year's net costs with text, naming the year",
    () =>
      flerarsplan({
        ar: [2025, 2026],
        skatterOchBidrag: [1000, 1000],
        finansnetto: [5, 5],
        nettokostnader: [[500], [500, "x" as never]],
      }),
    "value",
    'Argumentet nettokostnader[2026] (plats 2) måste vara ett tal men är texten "x".',
    'Argument nettokostnader[2026] (position 2) must be a number but is the text "x".',
    "nettokostnader[2026]",
  ],
  [
    "a plan year with no taxes and grants",
    () => flerarsplan({ ar: [2025], skatterOchBidrag: [0], finansnetto: [5], nettokostnader: [[500]] }),
    "div0",
    "Skatter och bidrag är 0 för 2025; resultatandelen går inte att beräkna.",
    "Taxes and grants are 0 for 2025; the result share cannot be computed.",
    "skatterOchBidrag",
  ],
  [
    "plan ranges of different lengths",
    () =>
      flerarsplan({
        ar: [2025, 2026],
        skatterOchBidrag: [1000, 1000],
        finansnetto: [5],
        nettokostnader: [[500], [500]],
      }),
    "value",
    "Områdena ar (2 värden) och finansnetto (1 värden) måste vara lika stora.",
    "Ranges ar (2 values) and finansnetto (1 values) must be the same size.",
    "finansnetto",
  ],
  [
    "weights that sum to 0",
    () => viktatIndex([0.02, 0.03], [0, 0]),
    "div0",
    "Vikterna summerar till 0.",
    "The weights sum to 0.",
    "vikter",
  ],
  [
    "changes and weights of different lengths",
    () => viktatIndex([0.02, 0.03], [1]),
    "value",
    "Områdena forandringar (2 värden) och vikter (1 värden) måste vara lika stora.",
    "Ranges forandringar (2 values) and vikter (1 values) must be the same size.",
    "vikter",
  ],
  [
    "a negative key",
    () => fordelaBesparing([100, 100], 10, [1, -1]),
    "value",
    "Argumentet nyckel (plats 2) = -1 ligger utanför det rimliga intervallet minst 0.",
    "Argument nyckel (position 2) = -1 is outside the plausible range at least 0.",
    "nyckel",
  ],
  [
    "a key of another length than the proposals",
    () => fordelaBesparing([100, 100], 10, [1]),
    "value",
    "Områdena forslag (2 värden) och nyckel (1 värden) måste vara lika stora.",
    "Ranges forslag (2 values) and nyckel (1 values) must be the same size.",
    "nyckel",
  ],
  [
    "no forecast to assess",
    () => prognostraffsakerhet([null, "" as never], 1000),
    "na",
    "Det finns ingen prognos att bedöma.",
    "There is no forecast to assess.",
    "prognoser",
  ],
  [
    "an outcome of 0 to assess against",
    () => prognostraffsakerhet([10], 0),
    "div0",
    "Utfallet är 0, så felet kan inte anges i procent.",
    "The outcome is 0, so the error cannot be given as a percentage.",
    "utfall",
  ],
  [
    "text among the forecasts, by position",
    () => prognostraffsakerhet([1000, null, "x" as never], 1000),
    "value",
    'Argumentet prognoser (plats 3) måste vara ett tal men är texten "x".',
    'Argument prognoser (position 3) must be a number but is the text "x".',
    "prognoser",
  ],
  [
    "no outcome yet",
    () => prognos(1200, [null]),
    "na",
    "Området utfall har inget utfall ännu, så det finns inget att göra en prognos av.",
    "Range utfall has no outcome yet, so there is nothing to forecast from.",
    "utfall",
  ],
  [
    "a profile with nothing in the months so far",
    () => prognos(1200, [100], "profil", [0, ...EVEN.slice(1)]),
    "div0",
    "Profilen har andelen 0 för de 1 första månaderna, så utfallet kan inte räknas upp.",
    "The profile gives the first 1 months a share of 0, so the outcome cannot be scaled up.",
    "profil",
  ],
  [
    "revenues with no outcome yet, named as revenues",
    () => bruttoprognos({ kostnader: [110], intakter: [], budgetKostnad: 1200, budgetIntakt: 120 }),
    "na",
    "Området intakter har inget utfall ännu, så det finns inget att göra en prognos av.",
    "Range intakter has no outcome yet, so there is nothing to forecast from.",
    "intakter",
  ],
  [
    "a revenue profile of 11 months",
    () =>
      bruttoprognos({
        kostnader: [110],
        intakter: [10],
        budgetKostnad: 1200,
        budgetIntakt: 120,
        profilIntakt: EVEN.slice(1),
      }),
    "value",
    "Profilen profilIntakt ska ha 12 månader men har 11.",
    "The profile profilIntakt must have 12 months but has 11.",
    "profilIntakt",
  ],
];

describe("function-specific errors, word for word", () => {
  it.each(CASES)("%s", (_label, fn, code, sv, en, argument) => {
    expect(errorParts(fn)).toEqual([code, sv, en, argument]);
  });
});

describe("defaults that change a result", () => {
  it("prognos forecasts with the profile when no method is given: 150 in a January weighted 2 of 13 → 975", () => {
    const profile = [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    expect(prognos(1200, [150], undefined, profile)).toBe(975);
  });

  it("bruttoprognos scales revenue with its own profile when given, else with the cost profile", () => {
    const costProfile = [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    // costs 130 over 2/13 → 845; revenue 10 over 1/12 → 120 with an even revenue profile, over 2/13 → 65 without
    const own = bruttoprognos({
      kostnader: [130],
      intakter: [10],
      budgetKostnad: 0,
      budgetIntakt: 0,
      profil: costProfile,
      profilIntakt: EVEN,
    });
    expect(own).toEqual({ kostnad: 845, intakt: 120, netto: 725 });
    const shared = bruttoprognos({
      kostnader: [130],
      intakter: [10],
      budgetKostnad: 0,
      budgetIntakt: 0,
      profil: costProfile,
    });
    expect(shared).toEqual({ kostnad: 845, intakt: 65, netto: 780 });
  });

  it("fordelaBesparing splits pro rata to the proposals without a key, to the key with one", () => {
    // 10 over proposals 300 and 100 → 7.5 and 2.5; over the key 1 : 1 → 5 and 5
    expect(fordelaBesparing([300, 100], 10)).toEqual([7.5, 2.5]);
    expect(fordelaBesparing([300, 100], 10, [1, 1])).toEqual([5, 5]);
  });
});
