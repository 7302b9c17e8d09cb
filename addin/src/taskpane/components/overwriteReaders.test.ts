import { READERS_TEXTS } from "./overwriteReaders";

/** Prognos at Uppföljning!B20 (manadsuppfoljning-2025.xlsx): O20:R20 and P21:R21 directly, O21 through O20. */
const EIGHT = ["O20", "P20", "Q20", "R20", "O21", "P21", "Q21", "R21"].map((a) => `Uppföljning!${a}`);

describe("the overwrite dialog's sentence about the formulas that read the range", () => {
  it("counts every reader, direct or through others, names three and counts the rest", () => {
    // 8 readers: three named, 8 − 3 = 5 more
    expect(READERS_TEXTS.sv({ readers: EIGHT })).toBe(
      "8 formler utanför området läser härifrån, direkt eller via andra formler (Uppföljning!O20, Uppföljning!P20, Uppföljning!Q20 och 5 till), och kan visa fel eller andra värden efteråt.",
    );
    expect(READERS_TEXTS.en({ readers: EIGHT })).toBe(
      "8 formulas outside the range read from it, directly or through other formulas (Uppföljning!O20, Uppföljning!P20, Uppföljning!Q20 and 5 more), and may show errors or other values afterwards.",
    );
  });

  it("one reader: singular", () => {
    expect(READERS_TEXTS.sv({ readers: ["Budget!B12"] })).toBe(
      "1 formel utanför området läser härifrån, direkt eller via andra formler (Budget!B12), och kan visa fel eller andra värden efteråt.",
    );
    expect(READERS_TEXTS.en({ readers: ["Budget!B12"] })).toBe(
      "1 formula outside the range reads from it, directly or through other formulas (Budget!B12), and may show errors or other values afterwards.",
    );
  });

  it("a bound hit says 'at least' and what to do, never a count that looks complete", () => {
    const forty = Array.from({ length: 40 }, (_, i) => `Kedja!A${i + 2}`);
    // 40 found: A2, A3, A4 named, 37 more
    expect(READERS_TEXTS.sv({ readers: forty, moreReaders: true })).toBe(
      "Minst 40 formler utanför området läser härifrån, direkt eller via andra formler (Kedja!A2, Kedja!A3, Kedja!A4 och 37 till), och kan visa fel eller andra värden efteråt. Det kan finnas fler: Kommunkalkyl följde inte alla kedjor till slut. Kontrollera med Formler → Spåra underordnade innan du ersätter.",
    );
    expect(READERS_TEXTS.en({ readers: ["Kedja!A2"], moreReaders: true })).toBe(
      "At least 1 formula outside the range reads from it, directly or through other formulas (Kedja!A2), and may show errors or other values afterwards. There may be more: Kommunkalkyl did not follow every chain to its end. Check with Formulas → Trace Dependents before you replace.",
    );
  });

  it("none is said only when the host checked; otherwise it could not check", () => {
    expect(READERS_TEXTS.sv({ readers: [] })).toBe("Ingen formel utanför området läser härifrån.");
    expect(READERS_TEXTS.en({ readers: [] })).toBe("No formula outside the range reads from it.");
    for (const held of [{ readers: undefined }, { readers: [], moreReaders: true }]) {
      expect(READERS_TEXTS.sv(held)).toContain("kunde inte ta reda på");
      expect(READERS_TEXTS.sv(held)).toContain("Formler → Spåra underordnade");
      expect(READERS_TEXTS.en(held)).toContain("could not find out");
      expect(READERS_TEXTS.en(held)).toContain("Formulas → Trace Dependents");
    }
  });
});
