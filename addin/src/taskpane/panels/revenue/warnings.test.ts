import { header, input, type CellSpec } from "../../host/types";
import { revenueBlock } from "./block";
import { revenueForecast, revenueLabels, revenueStartTexts, revenueState, type Key, START } from "./model";
import { revenueRoundingNotes, revenueWarnings } from "./warnings";

/** The sample municipality (samples/skatter-och-bidrag.xlsx): nothing in it is implausible. */
const SAMPLE = { ...START };
const sv = revenueLabels("sv");
const en = revenueLabels("en");
/** sv-SE groups digits with a no-break space; the expected texts below are written with plain spaces */
const plain = (lines: string[]) => lines.map((l) => l.replace(/\u00a0/g, " "));
const warn = (change: Partial<Record<Key, number>>) =>
  plain(revenueWarnings({ ...SAMPLE, ...change }, sv, "sv"));

describe("Skatter och bidrag: plausibility warnings name the field and what was probably meant", () => {
  it("has nothing to say about the sample municipality", () => {
    expect(warn({})).toEqual([]);
  });

  it("a tax base of 600 mnkr for 30 000 inhabitants is 20 000 kr each, not a municipality's 150–400 tkr", () => {
    // 600 × 1 000 000 / 30 000 = 20 000 kr per inhabitant
    expect(warn({ taxBase: 600 })).toEqual([
      "”Skatteunderlag år t−2 (mnkr)” delat med ”Invånare 1 nov året före” ger 20 000 kr per invånare; en kommun har ungefär 150 000–400 000 kr. Står skatteunderlaget i mnkr och gäller invånarna samma kommun?",
    ]);
  });

  it("a rate of 32,5 is the total with the region's; 11,5 a region's", () => {
    expect(warn({ taxRate: 32.5 })[0]).toMatch(
      /^”Skattesats \(kr per 100 kr\)” = 32,5 liknar den sammanlagda/,
    );
    expect(warn({ county: 11.5 })[0]).toMatch(/^”Länsvis skattesats, bidrag” = 11,5 liknar en regions/);
  });

  it("a final settlement of 7 500 (the total in tkr) is 7 500 000 / 30 000 = 250 kr per inhabitant", () => {
    expect(warn({ settlement: 7500 })).toEqual([
      "”Slutavräkning budgetåret (kr/inv)” = 7 500 kr per invånare är ovanligt stort (SKR: några hundra kronor). Är det kommunens totala belopp i tkr blir det 250 kr per invånare.",
    ]);
  });

  it("other grants of 33 000 mnkr (a tkr figure) echo the converted value = 33 mnkr", () => {
    // 33 000 × 1 000 000 / 30 000 = 1 100 000 kr per inhabitant, above 50 000
    expect(revenueWarnings({ ...SAMPLE, other: 33000 }, en, "en")).toEqual([
      '"Other grants, net (mnkr/year)" = 33,000\u00a0mnkr is over 50,000\u00a0kr per inhabitant. If the amount is in tkr, it is = 33\u00a0mnkr.',
    ]);
  });

  it("a growth of 0,038 % was probably 3,8 %; an average capacity of 600 000 is outside 150 000–500 000", () => {
    expect(warn({ growth1: 0.038 })).toEqual([
      "”Ökning planår 1 (%)” = 0,038 %: menade du 3,8 %? Ökningen skrivs i procent (3,8 för +3,8 %).",
    ]);
    expect(warn({ average: 600000 })[0]).toMatch(
      /^”Medelskattekraft \(kr\/inv\)” = 600 000 kr per invånare ligger utanför/,
    );
  });
});

describe("Skatter och bidrag: a field is judged once left or on a write attempt", () => {
  const texts = { ...revenueStartTexts("sv"), inhabitants: "" };

  it("an emptied field not yet left holds the results back with a note, not an error", () => {
    const s = revenueState(texts, "sv", () => false);
    expect(s.lines).toEqual([]);
    expect(s.notes).toEqual(["Resultaten visas när Invånare 1 nov året före är ifyllt."]);
  });

  it("once left (or on writing) the same field is an error naming it", () => {
    const s = revenueState(texts, "sv", () => true);
    expect(s.notes).toEqual([]);
    expect(s.lines).toHaveLength(1);
    expect(s.lines[0]).toMatch(/^Invånare 1 nov året före: /);
  });
});

describe("Skatter och bidrag: the written block and the rounding note", () => {
  const block = revenueBlock(SAMPLE as Record<Key, number>, undefined, "sv");

  it("marks the inputs yellow, bolds the headers and puts every input above the first computed row", () => {
    const styleOf = (c: CellSpec | undefined) => (c && "style" in c ? c.style : undefined);
    expect(block[1]![0]).toEqual(header("År"));
    expect(block[1]![1]).toEqual(input(2025, "0"));
    expect(block[4]![1]).toEqual(input(6000, "#,##0.0"));
    const inputRows = block.flatMap((r, i) => (r.some((c) => styleOf(c) === "input") ? [i + 1] : []));
    const firstComputed =
      block.findIndex((r) => r.some((c) => c && "formula" in c && /KOMMUN\./.test(c.formula))) + 1;
    // the inputs are rows 2–11 (year … other grants), the first KOMMUN formula is the uplifted base in row 13
    expect(inputRows).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(firstComputed).toBe(13);
  });

  it("notes a year whose total differs from its rounded parts, and stays silent when they agree", () => {
    const y = (ar: number, parts: number[]) => ({
      ar,
      uppraknatSkatteunderlag: 0,
      skatteintakter: parts[0]!,
      slutavrakning: parts[1]!,
      inkomstutjamning: parts[2]!,
      ovriga: parts[3]!,
      summa: parts.reduce((a, b) => a + b, 0),
    });
    // 1,04 + 1,04 + 1,04 + 1,04 = 4,16 → 4,2 shown; the parts show 1,0 each: 4,0
    expect(
      plain(revenueRoundingNotes([y(2025, [1.04, 1.04, 1.04, 1.04]), y(2026, [1, 2, 3, 4])], "sv")),
    ).toEqual(["2025: Summan 4,2 är räknad på de oavrundade beloppen; de avrundade delarna ger 4,0."]);
    // the sample: 1 389,83955 + 7,5 + 519,825033 + 33 → 1 389,8 + 7,5 + 519,8 + 33,0 = 1 950,1, total 1 950,2
    expect(
      revenueRoundingNotes(revenueForecast(SAMPLE as Record<Key, number>, undefined).years, "en")[0],
    ).toBe(
      "2025: The total 1,950.2 is the sum of the unrounded amounts; the rounded parts add up to 1,950.1.",
    );
  });
});
