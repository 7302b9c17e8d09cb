import { checkMeasure, type MeasureInput } from "./model";

const measure = (patch: Partial<MeasureInput>): MeasureInput => ({
  id: 1,
  namn: "Nattbemanning",
  helarseffekt: "2",
  startmanad: "3",
  status: "beslutad",
  sannolikhet: "",
  ...patch,
});

/** Review s8, finding 10: the probability with the other language's decimal sign gets the hint every field gives. */
describe("Åtgärdsplan's probability typed with the other language's decimal sign", () => {
  it('en "0,6": the decimal sign, and 60 for 60 % (a share below 1 in a percent field means the percentage)', () => {
    expect(checkMeasure(measure({ sannolikhet: "0,6" }), "en").errors.sannolikhet).toBe(
      "In English the decimal sign is a point, and the field is in percent: write 60 for 60%, not 0,6.",
    );
  });

  it('sv "0.6": the same in Swedish', () => {
    expect(checkMeasure(measure({ sannolikhet: "0.6" }), "sv").errors.sannolikhet).toBe(
      "Punkt är inte decimaltecken på svenska, och fältet är i procent: skriv 60 för 60\u00a0%, inte 0.6.",
    );
  });

  it('en "60,5": the number with a point (60.5 %, in range)', () => {
    expect(checkMeasure(measure({ sannolikhet: "60,5" }), "en").errors.sannolikhet).toBe(
      "In English the decimal sign is a point: write 60.5, not 60,5.",
    );
  });

  it("other refusals keep the probability's own message; sv 0,6 is read and asks for 60 %", () => {
    expect(checkMeasure(measure({ sannolikhet: "abc" }), "en").errors.sannolikhet).toBe(
      "Enter a probability 0–100 (per cent).",
    );
    expect(checkMeasure(measure({ sannolikhet: "150" }), "sv").errors.sannolikhet).toBe(
      "Skriv en sannolikhet 0–100 (procent).",
    );
    const sv = checkMeasure(measure({ sannolikhet: "0,6" }), "sv");
    expect(sv.errors).toEqual({});
    expect(sv.hints?.sannolikhet).toBe("0,6 i ett procentfält betyder 0,6\u00a0% — menade du 60\u00a0%?");
  });
});
