import type { MeasureInput } from "./model";
import { deficitText, planModel } from "./model";

const measure = (patch: Partial<MeasureInput> = {}): MeasureInput => ({
  id: 1,
  namn: "Vakanser",
  helarseffekt: "2,4",
  startmanad: "7",
  status: "beslutad",
  sannolikhet: "",
  ...patch,
});

describe("Åtgärdsplan: a deficit read from a cell (issue 23, finding 9)", () => {
  // B10 of the sample shows 7,17 and holds 7,1725166388 (mnkr)
  const READ = 7.1725166388;

  it("shows the read value with an mnkr amount's two decimals: 7,17 / 7.17, and a small one never as 0", () => {
    expect(deficitText(READ, "sv")).toBe("7,17");
    expect(deficitText(READ, "en")).toBe("7.17");
    expect(deficitText(1234.5, "sv")).toBe("1\u00a0234,5");
    expect(deficitText(0.004, "sv")).toBe("0,004");
  });

  it("computes with what was read, not with the rounded 7,17, and says so under the field", () => {
    const m = planModel(
      { deficitText: "7,17", asOfText: "3", measures: [measure()], deficitRead: READ },
      "sv",
    );
    expect(m.deficit.value).toBe(READ);
    expect(m.deficit.converted).toBe("Räknas med cellens värde 7,1725166388.");
    // the plan starts from the read deficit: the measure (2,4 a year from July) gives nothing in January, so
    // January leaves the whole 7,1725166388 uncovered — not 7,17
    const january = m.plan!.perManad.find((x) => x.manad === 1)!;
    expect(january.effekt).toBe(0);
    expect(january.kvar).toBeCloseTo(READ, 10);
  });

  it("once the user types another number, that number is computed with", () => {
    const m = planModel(
      { deficitText: "7,2", asOfText: "3", measures: [measure()], deficitRead: READ },
      "sv",
    );
    expect(m.deficit.value).toBe(7.2);
    expect(m.deficit.converted).toBeUndefined();
  });
});
