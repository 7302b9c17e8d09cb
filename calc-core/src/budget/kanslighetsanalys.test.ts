import { errorParts, expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { KANSLIGHETSPOSTER, kanslighetsanalys } from "./kanslighetsanalys.js";

// A municipality of 30 000 inhabitants, in kronor: personnel 1 200 Mkr, other costs 600 Mkr,
// tax base 6 900 Mkr at 21.50, loans 500 Mkr, assistance 40 Mkr.
const ALL = {
  personalkostnader: 1_200_000_000,
  ovrigaKostnader: 600_000_000,
  skatteunderlag: 6_900_000_000,
  skattesats: 21.5,
  laneskuld: 500_000_000,
  invanare: 30_000,
  bistand: 40_000_000,
};

describe("kanslighetsanalys", () => {
  it("gives every row of the table, in order, computed by hand", () => {
    expect(kanslighetsanalys(ALL)).toEqual([
      { post: "Lönekostnader", forandring: "+1 %", effekt: -12_000_000 }, // 1 % of 1 200 Mkr
      { post: "Priser", forandring: "+1 %", effekt: -6_000_000 }, // 1 % of 600 Mkr
      { post: "Skattesats", forandring: "+10 öre", effekt: 6_900_000 }, // 6 900 Mkr × 0.10 / 100
      { post: "Skatteunderlag", forandring: "+1 %", effekt: 14_835_000 }, // 69 Mkr × 21.5 %
      { post: "Ränta", forandring: "+1 procentenhet", effekt: -5_000_000 }, // 1 % of 500 Mkr
      { post: "Generellt statsbidrag", forandring: "+100 kr per invånare", effekt: 3_000_000 }, // 100 × 30 000
      { post: "Ekonomiskt bistånd", forandring: "+10 %", effekt: -4_000_000 }, // 10 % of 40 Mkr
    ]);
  });

  it("gives one row per given input, and only those", () => {
    expect(kanslighetsanalys({ laneskuld: 200 }).map((r) => r.post)).toEqual(["Ränta"]);
    expect(kanslighetsanalys({ bistand: 50, personalkostnader: 100 }).map((r) => r.post)).toEqual([
      "Lönekostnader",
      "Ekonomiskt bistånd",
    ]);
  });

  it("a tax base without a rate gives the tax-rate row alone", () => {
    expect(kanslighetsanalys({ skatteunderlag: 6900 })).toEqual([
      { post: "Skattesats", forandring: "+10 öre", effekt: 6.9 },
    ]);
  });

  it("a tax rate without a tax base is an error naming the tax base, not a row left out", () => {
    expect(errorParts(() => kanslighetsanalys({ personalkostnader: 100, skattesats: 21.5 }))).toEqual([
      "value",
      "Argumentet skatteunderlag saknas: det behövs för att räkna effekten av 1 % högre skatteunderlag när skattesatsen är angiven.",
      "Argument skatteunderlag is missing: the tax base is needed to compute the effect of a 1 % higher tax base when the tax rate is given.",
      "skatteunderlag",
    ]);
    // the same with the tax rate alone: an error, not an empty table or a table without the row
    expectKommunError(() => kanslighetsanalys({ skattesats: 21.5 }), "value", { argument: "skatteunderlag" });
  });

  it("amounts in mnkr beside inhabitants are rejected with a hint, not a table mixing mnkr and kronor", () => {
    // 1 400 (mnkr) of pay for 30 000 inhabitants is 0.047 kr each; the grant row would be 3 000 000 (kronor)
    expectKommunError(() => kanslighetsanalys({ personalkostnader: 1400, invanare: 30_000 }), "value", {
      argument: "personalkostnader",
      sv: /1400000000, inte 1400/,
      en: /1400000000, not 1400/,
    });
    // each amount is checked, here the assistance: 43,62 mnkr
    expectKommunError(() => kanslighetsanalys({ ...ALL, bistand: 43.62 }), "value", {
      argument: "bistand",
      en: /43620000, not 43\.62/,
    });
    // without inhabitants every row is in the unit of the amounts, so mnkr is fine
    expect(kanslighetsanalys({ personalkostnader: 1400 })[0]!.effekt).toBe(-14);
    // and a zero amount is no sign of a wrong unit
    expect(kanslighetsanalys({ laneskuld: 0, invanare: 30_000 }).map((r) => r.effekt)).toEqual([
      0, 3_000_000,
    ]);
  });

  it("nothing given is na", () => {
    expectKommunError(() => kanslighetsanalys({}), "na", { argument: "input" });
  });

  it("a zero amount gives a zero effect, never −0", () => {
    const [row] = kanslighetsanalys({ personalkostnader: 0 });
    expect(Object.is(row!.effekt, 0)).toBe(true);
  });

  it.each(Object.keys(ALL))("rejects a non-number in %s", (field) => {
    for (const [, bad] of NOT_NUMBERS) {
      expectKommunError(() => kanslighetsanalys({ ...ALL, [field]: bad }), "value", { argument: field });
    }
  });

  it.each(["personalkostnader", "ovrigaKostnader", "skatteunderlag", "laneskuld", "bistand"])(
    "rejects a negative %s",
    (field) => {
      expectKommunError(() => kanslighetsanalys({ ...ALL, [field]: -1 }), "value", { argument: field });
    },
  );

  it("rejects a tax rate written as a share, with a hint, and zero inhabitants", () => {
    expectKommunError(() => kanslighetsanalys({ ...ALL, skattesats: 0.215 }), "value", {
      argument: "skattesats",
      sv: /skriv 21,5/,
      en: /write 21.5/,
    });
    expectKommunError(() => kanslighetsanalys({ ...ALL, invanare: 0 }), "value", { argument: "invanare" });
  });

  it("rejects an input that is not an object", () => {
    expectKommunError(() => kanslighetsanalys(5 as never), "value", { argument: "input" });
  });

  it("labels every row in Swedish and English", () => {
    for (const row of kanslighetsanalys(ALL)) {
      const labels = KANSLIGHETSPOSTER[row.post];
      expect(labels.sv).toEqual({ post: row.post, forandring: row.forandring });
      expect(labels.en.post).not.toBe(labels.sv.post);
    }
  });
});
