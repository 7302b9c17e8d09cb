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
      // 69 Mkr × 21.5 %; without inkomstutjamning the change text says equalisation is left out
      { post: "Skatteunderlag", forandring: "+1 % (utan inkomstutjämning)", effekt: 14_835_000 },
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
      // the input in words, with its unit and its argument (issue 23): Excel and CLI users read this
      "Skatteunderlaget (kr, argumentet skatteunderlag) saknas: det behövs för att räkna effekten av 1 % högre skatteunderlag när kommunens skattesats är angiven.",
      "The tax base (kr, argument skatteunderlag) is missing: it is needed to compute the effect of a 1 % higher tax base when the municipality's tax rate is given.",
      "skatteunderlag",
    ]);
    // the same with the tax rate alone: an error, not an empty table or a table without the row
    expectKommunError(() => kanslighetsanalys({ skattesats: 21.5 }), "value", { argument: "skatteunderlag" });
  });

  it("amounts in mnkr beside inhabitants are rejected with a hint, not a table mixing mnkr and kronor", () => {
    // 1 400 (mnkr) of pay for 30 000 inhabitants is 0.047 kr each; the grant row would be 3 000 000 (kronor)
    expectKommunError(() => kanslighetsanalys({ personalkostnader: 1400, invanare: 30_000 }), "value", {
      argument: "personalkostnader",
      // 1 400 mnkr = 1 400 × 1 000 000 kr, grouped by thousands as every message writes kronor; the amount
      // named in words with its argument (issue 23); 1 400 / 30 000 = 0,0467 → 0,047 kr
      sv: /^Personalkostnaderna inkl\. PO \(argumentet personalkostnader\) = 1 400 är bara 0,047 kr per invånare.*kronor: 1 400 000 000, inte 1 400\.$/,
      en: /^The personnel costs incl\. social charges \(argument personalkostnader\) = 1,400 is only 0\.047 kr per inhabitant.*kronor: 1,400,000,000, not 1,400\.$/,
    });
    // each amount is checked, here the assistance: 43,62 mnkr
    expectKommunError(() => kanslighetsanalys({ ...ALL, bistand: 43.62 }), "value", {
      argument: "bistand",
      // 43,62 mnkr = 43 620 000 kr
      sv: /kronor: 43 620 000, inte 43,62\./,
      en: /kronor: 43,620,000, not 43\.62\./,
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
    for (const row of kanslighetsanalys({ ...ALL, ...OWN })) {
      const labels = KANSLIGHETSPOSTER[row.post];
      expect(labels.sv.forandring).toBe(row.forandring);
      expect(labels.en.post).not.toBe(labels.sv.post);
    }
  });
});

// The same municipality receiving income equalisation: 30 000 inhabitants at a tax capacity of
// 230 000 kr (6 900 Mkr / 30 000) against an average of 250 000 kr, Västra Götaland's county
// rate 19.41 (förordning (2004:881) 2 §): grant (287 500 − 230 000) × 30 000 × 19.41 % = 334 822 500 kr.
const OWN = {
  inkomstutjamning: 334_822_500,
  skattekraft: 230_000,
  medelskattekraft: 250_000,
  lansSkattesats: 19.41,
};

describe("kanslighetsanalys with income equalisation", () => {
  it("the national tax base +1 % raises tax and grant alike", () => {
    // 0.01 × (6 900 Mkr × 21.5 % + 334.8225 Mkr) = 0.01 × (1 483.5 + 334.8225) Mkr = 18 183 225 kr
    const row = kanslighetsanalys({ ...ALL, ...OWN }).find((r) => r.post === "Skatteunderlag");
    expect(row).toEqual({ post: "Skatteunderlag", forandring: "+1 %", effekt: 18_183_225 });
    expect(KANSLIGHETSPOSTER.Skatteunderlag.sv.post).toBe("Skatteunderlag i riket");
  });

  it("the own tax base +1 % keeps only the tax rate above the county rate", () => {
    // tax +1 % = 14 835 000; the grant falls by 1 % × 230 000 × 30 000 × 19.41 % = 13 392 900
    // net 1 442 100 = 1 % × 6 900 Mkr × (21.50 − 19.41)/100, about a tenth of the tax row
    const rows = kanslighetsanalys({ ...ALL, ...OWN });
    expect(rows.map((r) => r.post)).toEqual([
      "Lönekostnader",
      "Priser",
      "Skattesats",
      "Skatteunderlag",
      "Eget skatteunderlag",
      "Ränta",
      "Generellt statsbidrag",
      "Ekonomiskt bistånd",
    ]);
    const own = rows.find((r) => r.post === "Eget skatteunderlag")!;
    expect(own.forandring).toBe("+1 % (riket oförändrat)");
    expect(own.effekt).toBeCloseTo((0.01 * 6_900_000_000 * (21.5 - 19.41)) / 100, 4);
    expect(own.effekt).toBeCloseTo(1_442_100, 4);
  });

  it("names the missing input of the own tax base row in words, then all six the row needs (issue 23)", () => {
    const { lansSkattesats: _, ...partial } = OWN;
    expect(errorParts(() => kanslighetsanalys({ ...ALL, ...partial }))).toEqual([
      "value",
      "Länets skattesats för bidraget (kr per 100 kr, argumentet lansSkattesats) saknas: raden ”Eget skatteunderlag +1 % (riket oförändrat)” behöver alla sex: kommunens skattekraft, medelskattekraften i riket, länets skattesats för bidraget, antal invånare, kommunens skattesats och skatteunderlaget.",
      "The county rate for the grant (kr per 100 kr, argument lansSkattesats) is missing: the row \"Own tax base +1 % (the country unchanged)\" needs all six: the municipality's tax capacity, the country's average tax capacity, the county rate for the grant, the number of inhabitants, the municipality's tax rate and the tax base.",
      "lansSkattesats",
    ]);
    // inhabitants, a count: no unit in the parentheses, only the argument
    const { invanare: __, ...noPeople } = ALL;
    expectKommunError(() => kanslighetsanalys({ ...noPeople, ...OWN }), "value", {
      argument: "invanare",
      sv: /^Antal invånare \(argumentet invanare\) saknas: raden ”Eget skatteunderlag/,
      en: /^The number of inhabitants \(argument invanare\) is missing: the row "Own tax base/,
    });
  });

  it("asks for the missing input of the own tax base row instead of leaving the row out", () => {
    const { lansSkattesats: _, ...partial } = OWN;
    expectKommunError(() => kanslighetsanalys({ ...ALL, ...partial }), "value", {
      argument: "lansSkattesats",
    });
    const { invanare: __, ...noPeople } = ALL;
    expectKommunError(() => kanslighetsanalys({ ...noPeople, ...OWN }), "value", { argument: "invanare" });
  });

  it("catches a tax capacity in thousands and a county rate written as a share", () => {
    expectKommunError(() => kanslighetsanalys({ ...ALL, ...OWN, skattekraft: 230 }), "value", {
      argument: "skattekraft",
      sv: /skriv 230 ?000, inte 230/,
    });
    expectKommunError(() => kanslighetsanalys({ ...ALL, ...OWN, lansSkattesats: 0.1941 }), "value", {
      argument: "lansSkattesats",
    });
  });

  it("cannot compute the own row above 115 % without the charge rate (na)", () => {
    expectKommunError(() => kanslighetsanalys({ ...ALL, ...OWN, skattekraft: 300_000 }), "na", {});
  });

  it("refuses equalisation without the tax rate it belongs with", () => {
    const { skattesats: _, ...noRate } = ALL;
    expect(errorParts(() => kanslighetsanalys({ ...noRate, inkomstutjamning: 1_000_000 }))).toEqual([
      "value",
      "Kommunens skattesats (kr per 100 kr, argumentet skattesats) saknas: inkomstutjämningen (argumentet inkomstutjamning) används bara i raden ”Skatteunderlag i riket +1 %”, som behöver kommunens skattesats och skatteunderlaget.",
      "The municipality's tax rate (kr per 100 kr, argument skattesats) is missing: the income equalisation (argument inkomstutjamning) is used only in the row \"National tax base +1 %\", which needs the municipality's tax rate and the tax base.",
      "skattesats",
    ]);
  });
});
