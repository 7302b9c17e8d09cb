import { expectKommunError } from "../__testing__/errors.js";
import { sasongsprofil } from "./sasongsprofil.js";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("sasongsprofil", () => {
  it("three years with a holiday-pay dip in July and a year-end peak in December", () => {
    const year = (scale: number) => [1, 1, 1, 1, 1, 1, 0.5, 1, 1, 1, 1, 1.5].map((v) => v * scale);
    const profile = sasongsprofil([year(100), year(104), year(109)]);
    // every year has the same shape, so the profile is that shape over its sum of 12
    expect(profile[6]).toBeCloseTo(0.5 / 12, 12);
    expect(profile[11]).toBeCloseTo(1.5 / 12, 12);
    expect(profile[0]).toBeCloseTo(1 / 12, 12);
  });

  it("sums to 1", () => {
    expect(
      sum(
        sasongsprofil([
          [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8],
          [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5],
        ]),
      ),
    ).toBeCloseTo(1, 12);
  });

  it("does not let a larger year dominate: each year is normalised first", () => {
    // year A puts everything in January, year B (1 000 times larger) everything in December:
    // the mean of the shares is ½ and ½, not ≈ 0 and 1
    const a = [12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const b = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12000];
    const p = sasongsprofil([a, b]);
    expect(p[0]).toBe(0.5);
    expect(p[11]).toBe(0.5);
  });

  it("a year of 11 months or with a negative month is value; an all-zero year is div0", () => {
    expectKommunError(() => sasongsprofil([[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]]), "value", { en: /11 months/ });
    expectKommunError(() => sasongsprofil([[1, 1, 1, 1, 1, 1, -1, 1, 1, 1, 1, 1]]), "value", { sv: /juli/ });
    expectKommunError(() => sasongsprofil([new Array(12).fill(0)]), "div0");
    expectKommunError(() => sasongsprofil([]), "na");
  });

  it('a text is not a number, said before the row\'s length: =KOMMUN.SÄSONGSPROFIL("abc") (issue 23)', () => {
    // Excel hands a single text as a 1 × 1 range: [["abc"]]; the month count (1) is not the problem
    expectKommunError(() => sasongsprofil([["abc"] as unknown as number[]]), "value", {
      sv: /^Argumentet historik \(år 1, januari\) måste vara ett tal men är texten "abc"\.$/,
      en: /^Argument historik \(year 1, January\) must be a number but is the text "abc"\.$/,
    });
    // {1,"abc"}: the text in February, though the row has 2 months
    expectKommunError(() => sasongsprofil([[1, "abc"] as unknown as number[]]), "value", {
      sv: /\(år 1, februari\).*texten "abc"/,
    });
  });

  it('one month is "1 månad" / "1 month", singular; 2 are plural', () => {
    expectKommunError(() => sasongsprofil([[5]]), "value", {
      sv: /^År 1 i historiken har 1 månad; varje år ska ha 12\.$/,
      en: /^Year 1 of the history has 1 month; every year must have 12\.$/,
    });
    expectKommunError(() => sasongsprofil([[1, 2]]), "value", { sv: /har 2 månader;/, en: /has 2 months;/ });
  });
});
