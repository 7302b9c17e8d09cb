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
