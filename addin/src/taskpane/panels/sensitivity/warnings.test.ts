import { SAMPLE, sensitivityStartTexts, sensitivityView } from "./model";
import { sensitivityWarnings } from "./warnings";

/** sv-SE groups digits with a no-break space; the expected texts below are written with plain spaces */
const plain = (lines: string[]) => lines.map((l) => l.replace(/\u00a0/g, " "));

describe("Känslighet: plausibility warnings name the field and what was probably meant", () => {
  it("has nothing to say about the samples' municipality", () => {
    expect(sensitivityWarnings(SAMPLE, "sv")).toEqual([]);
  });

  it("personnel costs of 1 400 000 mnkr (a tkr figure) for 30 000 inhabitants echo = 1 400 mnkr", () => {
    // 1 400 000 × 1 000 000 / 30 000 = 46 666 667 kr per inhabitant, above 1 000 000
    // the number in the message keeps to one line: its thousands spaces are no-break spaces (issue 23)
    expect(sensitivityWarnings({ ...SAMPLE, personalkostnader: 1_400_000 }, "sv")[0]).not.toMatch(/\d \d/);
    expect(plain(sensitivityWarnings({ ...SAMPLE, personalkostnader: 1_400_000 }, "sv"))).toEqual([
      "”Personalkostnader inkl. PO (mnkr)” = 1 400 000 mnkr är över 1 000 000 kr per invånare. Står beloppet i tkr blir det = 1 400 mnkr.",
    ]);
  });

  it("a rate of 32,5 is the total with the region's; a county rate of 9,5 a region's", () => {
    expect(sensitivityWarnings({ ...SAMPLE, skattesats: 32.5 }, "en")).toEqual([
      "\"Tax rate (kr per\u00a0100\u00a0kr)\" = 32.5 looks like the total rate including the region's; give the municipality's (about 17–24).",
    ]);
    expect(sensitivityWarnings({ ...SAMPLE, lansSkattesats: 9.5 }, "sv")[0]).toMatch(
      /^”Länsvis skattesats, bidrag” = 9,5 liknar en regions/,
    );
  });

  it("a tax capacity of 215 kr (tkr) does not match 6 501,5 mnkr / 30 000 = 216 716,7 → 216 717 kr per inhabitant", () => {
    expect(plain(sensitivityWarnings({ ...SAMPLE, skattekraft: 215 }, "sv"))).toEqual([
      "”Kommunens skattekraft (kr/inv)” = 215 kr stämmer inte med ”Skatteunderlag (mnkr)” / ”Invånare” = 216 717 kr per invånare. Gäller de samma år och enhet?",
    ]);
  });
});

describe("Känslighet: a field is judged once left or on a write attempt", () => {
  const texts = { ...sensitivityStartTexts("sv"), laneskuld: "mycket" };

  it("not yet left: a neutral note naming the field, no error", () => {
    expect(sensitivityView(texts, "sv", () => false)).toEqual({
      kind: "waiting",
      message: "Tabellen visas när Låneskuld (mnkr) är rättat.",
    });
  });

  it("left: the error names the field", () => {
    expect(sensitivityView(texts, "sv", () => true)).toEqual({
      kind: "message",
      messages: ["Låneskuld (mnkr): ”mycket” är inte ett tal."],
    });
  });
});

describe("Känslighet: implausible inhabitants are named once, not through every amount (issue 23, s8 finding 6)", () => {
  it("Invånare 30 with the sample's amounts: one warning naming Invånare, = 30 000 in thousands", () => {
    // 1 400 mnkr / 30 inhabitants = 46 666 667 kr each: every amount would be over 1 000 000 kr per inhabitant,
    // but 30 is below Sweden's smallest municipality (about 2 350), so the inhabitants are what is off
    expect(plain(sensitivityWarnings({ ...SAMPLE, invanare: 30 }, "sv"))).toEqual([
      "”Invånare” = 30 är färre än i Sveriges minsta kommun (cirka 2 350 invånare), så varje belopp per invånare blir orimligt stort. Står antalet i tusental blir det = 30 000 invånare.",
    ]);
  });

  it("English, 1 800 inhabitants (1 800 000 in thousands is more than Stockholm): no thousands reading offered", () => {
    expect(sensitivityWarnings({ ...SAMPLE, invanare: 1800 }, "en")).toEqual([
      '"Inhabitants" = 1,800 is fewer than in Sweden\'s smallest municipality (about 2,350\u00a0inhabitants), so every amount per inhabitant becomes implausibly large. Did you mean another number?',
    ]);
  });

  it("30 000 000 inhabitants: named as more than Stockholm; no amount is blamed", () => {
    const w = plain(sensitivityWarnings({ ...SAMPLE, invanare: 30_000_000 }, "sv"));
    expect(w).toEqual([
      "”Invånare” = 30 000 000 är fler än i Sveriges största kommun (Stockholm, cirka 1 000 000), så varje belopp per invånare blir orimligt litet. Menade du ett annat tal?",
    ]);
  });

  it("the bounds: Bjurholm's 2 335 and Stockholm's 990 000 are municipalities, the inhabitants not named", () => {
    // (the sample's 6 501,5 mnkr tax base over 2 335 inhabitants is 2,8 mnkr each, rightly warned of as tkr)
    for (const invanare of [2335, 990_000])
      expect(
        sensitivityWarnings({ ...SAMPLE, invanare }, "sv").filter((l) => l.startsWith("”Invånare”")),
      ).toEqual([]);
    expect(
      sensitivityWarnings({ ...SAMPLE, invanare: 990_000, skattekraft: 6501.5e6 / 990_000 }, "sv"),
    ).toEqual([]);
  });

  it("the table's own per-inhabitant notes do not blame the amounts either", () => {
    // 30 000 000 inhabitants: 43,6 mnkr of assistance is 1,45 kr each, not below 1 kr; 3 000 000 000 makes it 0,015
    const texts = { ...sensitivityStartTexts("sv"), invanare: "3 000 000 000" };
    const view = sensitivityView(texts, "sv", () => true);
    expect(view.kind).toBe("table");
    expect(view.kind === "table" && view.warnings).toEqual([]);
  });
});
