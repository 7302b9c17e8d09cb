import { errorParts, expectKommunError } from "../__testing__/errors.js";
import {
  inkomstutjamning,
  marginalintakt,
  preliminaraSkatteintakter,
  skatterOchBidrag,
  slutavrakning,
  slutavrakningPerInvanare,
  uppraknatSkatteunderlag,
} from "../index.js";

describe("uppraknatSkatteunderlag", () => {
  it("uplifts by SFS 2017:899's factors for 2017 and 2018: 1,048 × 1,034 = 1,083632", () => {
    // 2 087 172 × 1,083632 = 2 087 172 + 2 087 172 × 0,083632 = 2 087 172 + 174 554,368704
    expect(uppraknatSkatteunderlag(2087172, [1.048, 1.034])).toBe(2261726.368704);
  });

  it("leaves the tax base as it is with a factor of 1", () => {
    expect(uppraknatSkatteunderlag(1000, [1])).toBe(1000);
  });

  it("answers 4,8 written for 1,048 with what to write", () => {
    expect(errorParts(() => uppraknatSkatteunderlag(1000, [4.8, 1.034]))).toEqual([
      "value",
      "Argumentet faktorer (plats 1) = 4,8 ligger utanför det rimliga intervallet 0,8–1,2 (en uppräkningsfaktor, där +4,8 % skrivs 1,048). En uppräkningsfaktor skrivs som regeringen skriver den: skriv 1,048, inte 4,8.",
      "Argument faktorer (position 1) = 4.8 is outside the plausible range 0.8–1.2 (an uplift factor, where +4.8 % is 1.048). An uplift factor is written as the government writes it: write 1.048, not 4.8.",
      "faktorer",
    ]);
  });

  it("answers 104,8 and 0,048 with 1,048 too", () => {
    expectKommunError(() => uppraknatSkatteunderlag(1000, [1.048, 104.8]), "value", {
      sv: /plats 2\).*skriv 1,048, inte 104,8/,
      en: /write 1\.048, not 104\.8/,
    });
    expectKommunError(() => uppraknatSkatteunderlag(1000, [0.048]), "value", {
      sv: /skriv 1,048, inte 0,048/,
    });
  });

  it("needs at least one factor and a tax base that is not negative", () => {
    expectKommunError(() => uppraknatSkatteunderlag(1000, []), "value", { argument: "faktorer" });
    expectKommunError(() => uppraknatSkatteunderlag(-1, [1.04]), "value", { argument: "skatteunderlag" });
  });
});

describe("preliminaraSkatteintakter", () => {
  it("is the uplifted tax base × tax rate / 100", () => {
    // 1 000 × 1,05 × 1,04 = 1 092; × 22/100 = 240,24
    expect(preliminaraSkatteintakter(1000, [1.05, 1.04], 22)).toBe(240.24);
  });

  it("answers a tax rate written as a share with a hint", () => {
    expectKommunError(() => preliminaraSkatteintakter(1000, [1.05], 0.22), "value", {
      sv: /skriv 22, inte 0,22/,
      argument: "skattesats",
    });
  });
});

describe("slutavrakning and slutavrakningPerInvanare", () => {
  it("multiplies SKR's kronor per inhabitant by the inhabitants on 1 November", () => {
    expect(slutavrakning(412, 30000)).toBe(12360000);
  });

  it("is zero when the final growth equals the preliminary factors", () => {
    expect(slutavrakningPerInvanare([1.048, 1.034], [1.048, 1.034], 220000, 21)).toBe(0);
  });

  it("is negative when the tax base grew less than the factors assumed", () => {
    // (1,04 × 1,03 − 1,048 × 1,034) = 1,0712 − 1,083632 = −0,012432; × 200 000 × 20/100 = −497,28
    expect(slutavrakningPerInvanare([1.048, 1.034], [1.04, 1.03], 200000, 20)).toBe(-497.28);
  });

  it("needs as many final factors as preliminary ones", () => {
    expectKommunError(() => slutavrakningPerInvanare([1.048, 1.034], [1.05], 200000, 20), "value", {
      argument: "slutligaFaktorer",
    });
  });

  it("answers a tax capacity written in thousands with the kronor to write", () => {
    expectKommunError(() => slutavrakningPerInvanare([1.04], [1.05], 220, 20), "value", {
      sv: /skriv 220000, inte 220\./,
      en: /write 220000, not 220/,
      argument: "medelskattekraft",
    });
  });

  it("answers an amount per inhabitant far beyond any forecast", () => {
    expectKommunError(() => slutavrakning(412000, 30000), "value", { argument: "krPerInvanare" });
  });
});

describe("inkomstutjamning", () => {
  it("gives Västra Götaland's county rate 19,41 on the distance to 115 %", () => {
    // 1,15 × 240 000 = 276 000; (276 000 − 230 000) × 10 000 × 19,41/100 = 89 286 000
    expect(inkomstutjamning(230000, 240000, 10000, 19.41)).toBe(89286000);
  });

  it("is zero at exactly 115 % of the average", () => {
    expect(inkomstutjamning(276000, 240000, 10000, 19.05)).toBe(0);
  });

  it("charges above 115 % at the county rate for charges, not the grant's", () => {
    // 10 000 kr above the level × 10 000 inhabitants × 16,98/100 = 16 980 000 (not 19 050 000 at 19,05)
    expect(inkomstutjamning(286000, 240000, 10000, 19.05, 16.98)).toBe(-16980000);
  });

  it("asks for the charge rate rather than charging at the grant's", () => {
    expect(errorParts(() => inkomstutjamning(286000, 240000, 10000, 19.05))).toEqual([
      "na",
      "Skattekraften är över 115 % av medelskattekraften, så kommunen betalar inkomstutjämningsavgift. Avgiften beräknas med länsvisa skattesatser för avgifter (förordning (2004:881) 3 §), inte bidragets: ange avgiftsSkattesats.",
      "The tax capacity is above 115 % of the national average, so the municipality pays an income equalisation charge. The charge uses the county rates for charges (förordning (2004:881) 3 §), not the grant's: give avgiftsSkattesats.",
      "avgiftsSkattesats",
    ]);
  });

  it("answers a county rate written as a share with a hint", () => {
    expectKommunError(() => inkomstutjamning(230000, 240000, 10000, 0.1941), "value", {
      sv: /skriv 19,41, inte 0,1941/,
      argument: "lansSkattesats",
    });
  });

  it("has no inhabitants to divide among when there are none", () => {
    expectKommunError(() => inkomstutjamning(230000, 240000, 0, 19.41), "div0", { argument: "invanare" });
  });
});

describe("marginalintakt", () => {
  it("shows that the income matters little: 200 000 and 400 000 kr differ by (21,5 − 19,41) % of 200 000", () => {
    const low = marginalintakt(200000, 21.5, 19.41, 250000);
    const high = marginalintakt(400000, 21.5, 19.41, 250000);
    // 200 000 × 21,5 % = 43 000; (287 500 − 200 000) × 19,41 % = 16 983,75
    expect(low).toEqual({ skatt: 43000, utjamning: 16983.75, summa: 59983.75 });
    // 200 000 × 2,09 % = 4 180
    expect(high.summa - low.summa).toBeCloseTo(4180, 6);
  });

  it("brings 1,15 × medelskattekraft × county rate / 100 for someone without income", () => {
    expect(marginalintakt(0, 21.5, 19.41, 250000)).toEqual({
      skatt: 0,
      utjamning: 55803.75,
      summa: 55803.75,
    });
  });
});

describe("skatterOchBidrag", () => {
  const input = {
    ar: [2026, 2027, 2028],
    skatteunderlag: 1000,
    faktorer: [1.05, 1.04, 1.03, 1.02],
    skattesats: [21, 21, 22],
    slutavrakning: [4, -2, 0],
    inkomstutjamning: 100,
    ovriga: [
      [10, 11, 12],
      [-5, -5, -5],
    ],
  };

  it("uplifts the t−2 tax base by one more factor each plan year", () => {
    // 1 000 × 1,05 × 1,04 = 1 092; × 1,03 = 1 124,76; × 1,02 = 1 147,2552
    expect(skatterOchBidrag(input).map((y) => y.uppraknatSkatteunderlag)).toEqual([1092, 1124.76, 1147.2552]);
  });

  it("sums tax, settlement, equalisation and the other items into the total per year", () => {
    // 2026: 1 092 × 0,21 = 229,32 + 4 + 100 + 5 = 338,32
    // 2027: 1 124,76 × 0,21 = 236,1996 − 2 + 100 + 6 = 340,1996
    // 2028: 1 147,2552 × 0,22 = 252,396144 + 0 + 100 + 7 = 359,396144
    expect(skatterOchBidrag(input).map((y) => [y.skatteintakter, y.ovriga, y.summa])).toEqual([
      [229.32, 5, 338.32],
      [236.1996, 6, 340.1996],
      [252.396144, 7, 359.396144],
    ]);
  });

  it("needs one factor more than the years, and says which years", () => {
    expect(errorParts(() => skatterOchBidrag({ ...input, faktorer: [1.05, 1.04, 1.03] }))).toEqual([
      "value",
      "faktorer ska ha 4 uppräkningsfaktorer (för 2025 och för varje år 2026–2028) men har 3.",
      "faktorer must hold 4 uplift factors (for 2025 and for each year 2026–2028) but holds 3.",
      "faktorer",
    ]);
  });

  it("needs years that follow one another", () => {
    expectKommunError(() => skatterOchBidrag({ ...input, ar: [2026, 2028, 2029] }), "value", {
      sv: "Åren ska följa på varandra: 2028 kommer efter 2026.",
      argument: "ar",
    });
  });

  it("names the row of another item that has the wrong number of years", () => {
    expectKommunError(() => skatterOchBidrag({ ...input, ovriga: [[1, 2, 3], [1]] }), "value", {
      argument: "ovriga[2]",
    });
  });

  describe("on SKR's growth path (tillvaxt)", () => {
    const growthInput = {
      ar: [2025, 2026, 2027],
      skatteunderlag: 1000,
      // the government's factors for 2024 and 2025, then 1 + SKR's growth for the plan years
      faktorer: [1.03, 1.04, 1.04, 1.035],
      skattesats: 20,
      // SKR's forecast of actual growth: 2025 grows 1 % more than the government's factor
      tillvaxt: [1.03, 1.05, 1.04, 1.035],
    };

    it("books actual growth above the factors as a settlement that carries into the plan years", () => {
      // 2025: preliminary 1 000 × 1,03 × 1,04 = 1 071,2 → 214,24; actual 1 000 × 1,03 × 1,05 = 1 081,5 → 216,3
      //       settlement 216,3 − 214,24 = 2,06
      // 2026: preliminary 1 071,2 × 1,04 = 1 114,048 → 222,8096; actual 1 081,5 × 1,04 = 1 124,76 → 224,952
      //       settlement 2,1424 (the 2025 gap, grown by 4 %)
      // 2027: preliminary 1 114,048 × 1,035 = 1 153,03968 → 230,607936; actual 1 124,76 × 1,035 = 1 164,1266
      //       → 232,82532; settlement 2,217384
      const years = skatterOchBidrag(growthInput);
      expect(years.map((y) => [y.skatteintakter, y.slutavrakning, y.faktisktSkatteunderlag])).toEqual([
        [214.24, 2.06, 1081.5],
        [222.8096, 2.1424, 1124.76],
        [230.607936, 2.217384, 1164.1266],
      ]);
      expect(years.map((y) => y.summa)).toEqual([216.3, 224.952, 232.82532]);
    });

    it("gives no settlement where SKR's growth equals the government's factors", () => {
      const years = skatterOchBidrag({ ...growthInput, tillvaxt: growthInput.faktorer });
      expect(years.map((y) => y.slutavrakning)).toEqual([0, 0, 0]);
    });

    it("adds the correction of the previous year's settlement to the total and shows it apart", () => {
      // 2025: 216,3 + (−1,5) = 214,8; 2026: 224,952 + 0,5 = 225,452; 2027: 232,82532
      const years = skatterOchBidrag({ ...growthInput, korrigering: [-1.5, 0.5, 0] });
      expect(years.map((y) => [y.korrigering, y.summa])).toEqual([
        [-1.5, 214.8],
        [0.5, 225.452],
        [0, 232.82532],
      ]);
    });

    it("refuses a settlement given next to the growth it follows from", () => {
      expectKommunError(() => skatterOchBidrag({ ...growthInput, slutavrakning: [5, 0, 0] }), "value", {
        argument: "slutavrakning",
      });
    });

    it("needs one growth factor per income year, written as a factor", () => {
      expectKommunError(() => skatterOchBidrag({ ...growthInput, tillvaxt: [1.03, 1.05, 1.04] }), "value", {
        argument: "tillvaxt",
      });
      expectKommunError(
        () => skatterOchBidrag({ ...growthInput, tillvaxt: [1.03, 5, 1.04, 1.035] }),
        "value",
        {
          argument: "tillvaxt",
        },
      );
    });

    it("leaves the result as before without tillvaxt and korrigering (no new fields)", () => {
      expect(Object.keys(skatterOchBidrag(input)[0]!)).toEqual([
        "ar",
        "uppraknatSkatteunderlag",
        "skatteintakter",
        "slutavrakning",
        "inkomstutjamning",
        "ovriga",
        "summa",
      ]);
    });
  });
});
