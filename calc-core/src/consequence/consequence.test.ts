import { expectKommunError } from "../__testing__/errors.js";
import { aterbetalningsar } from "./aterbetalningsar.js";
import { kapitalkostnad } from "./kapitalkostnad.js";
import { konsekvensanalys } from "./konsekvensanalys.js";
import { nettoeffekt } from "./nettoeffekt.js";

describe("kapitalkostnad", () => {
  it("10 Mkr over 10 years at 2.5 %, year 3: 1 Mkr depreciation + 2.5 % of 8 Mkr = 1.2 Mkr", () => {
    expect(kapitalkostnad(10_000_000, 10, 0.025, 3)).toBe(1_200_000);
  });

  it("year by year, interest on the opening book value: 1.25, 1.225, 1.2 … 1.025 Mkr", () => {
    const years = Array.from({ length: 10 }, (_, i) => kapitalkostnad(10_000_000, 10, 0.025, i + 1));
    expect(years).toEqual([
      1_250_000, 1_225_000, 1_200_000, 1_175_000, 1_150_000, 1_125_000, 1_100_000, 1_075_000, 1_050_000,
      1_025_000,
    ]);
  });

  it("over the whole life, depreciation sums to the investment and interest to rate × Σ opening book values", () => {
    const total = Array.from({ length: 10 }, (_, i) => kapitalkostnad(10_000_000, 10, 0.025, i + 1)).reduce(
      (a, b) => a + b,
      0,
    );
    // book values 10, 9, …, 1 Mkr sum to 55 Mkr; 2.5 % of that is 1.375 Mkr; plus the 10 Mkr investment
    expect(total).toBe(10_000_000 + 1_375_000);
  });

  it("is 0 after the last year", () => {
    expect(kapitalkostnad(10_000_000, 10, 0.025, 11)).toBe(0);
  });

  it("rejects 2.5 for 2.5 % and a fractional year", () => {
    expectKommunError(() => kapitalkostnad(1, 10, 2.5, 1), "value", { en: /Write 2.5 %/ });
    expectKommunError(() => kapitalkostnad(1, 10, 0.025, 1.5), "value", { argument: "ar" });
  });
});

describe("nettoeffekt", () => {
  it("digitalisation from 2026: 2.5 − 0.4 − (0.6 + 0.06) − 1 = 0.44 Mkr in the start year", () => {
    expect(nettoeffekt(2026, 2026, 1, 3, 5, 0.02, 0.4, 2.5)).toBeCloseTo(0.44, 12);
  });

  it("the year after: 2.5 − 0.4 − (0.6 + 0.048) = 1.452", () => {
    expect(nettoeffekt(2027, 2026, 1, 3, 5, 0.02, 0.4, 2.5)).toBeCloseTo(1.452, 12);
  });

  it("is 0 before the start", () => {
    expect(nettoeffekt(2025, 2026, 1, 3, 5, 0.02, 0.4, 2.5)).toBe(0);
  });
});

describe("aterbetalningsar", () => {
  it("2 Mkr up front, 0.9 Mkr a year from 2026: cumulative −1.1, −0.2, +0.7 → 2028", () => {
    expect(aterbetalningsar(2026, 500_000, 1_500_000, 100_000, 1_000_000)).toBe(2028);
  });

  it("pays back in the start year when the first year covers the outlay", () => {
    expect(aterbetalningsar(2026, 0, 1, 0, 1)).toBe(2026);
  });

  it("payback is never later when the saving grows", () => {
    const a = aterbetalningsar(2026, 0, 10, 0, 2);
    const b = aterbetalningsar(2026, 0, 10, 0, 3);
    expect(b).toBeLessThanOrEqual(a);
  });

  it("never paying back is na", () => {
    expectKommunError(() => aterbetalningsar(2026, 1, 1, 2, 1), "na");
  });
});

describe("konsekvensanalys", () => {
  // Växjö's premises measure (seed 001): estimated 20 % / 9 Mkr, the outcome a third, ≈ 16 Mkr a year.
  const premises = {
    namn: "Lokaler (Växjö)",
    startar: 2026,
    engangskostnad: 2,
    investering: 10,
    avskrivningstid: 10,
    ranta: 0.02,
    driftkostnad: 0,
    intakt: 16,
  };

  it("gives the effect on the result per year, its share and the tax equivalent", () => {
    const r = konsekvensanalys([premises], {
      ar: [2025, 2026, 2027],
      skatterOchBidrag: 2000,
      skatteunderlag: 6900,
    });
    // 2026: 16 − (1 + 0.2) − 2 = 12.8; 2027: 16 − (1 + 0.18) = 14.82
    expect(r.ar.map((y) => y.nettoeffekt)).toEqual([0, 12.8, 14.82]);
    expect(r.ar[1]!.resultatandelseffekt).toBeCloseTo(12.8 / 2000, 15);
    expect(r.ar[1]!.skatteekvivalent).toBeCloseTo(12.8 / 69, 14);
    expect(r.ar[1]!.kapitalkostnader).toBeCloseTo(1.2, 12);
    // cash: −12 + 16 ≥ 0 already in 2026
    expect(r.atgarder[0]!.aterbetalningsar).toBe(2026);
    expect(r.aterbetalningsar).toBe(2026);
  });

  it("adds measures and finds the combined payback year", () => {
    const slow = {
      namn: "Digitalisering",
      startar: 2026,
      investering: 30,
      avskrivningstid: 5,
      driftkostnad: 1,
      intakt: 6,
    };
    const r = konsekvensanalys([slow], { ar: [2026, 2027] });
    expect(r.atgarder[0]!.aterbetalningsar).toBe(2031); // −30 + 5 × j ≥ 0 → j = 6 → 2031
    expect(r.ar[0]!.resultatandelseffekt).toBeNull();
  });

  it("rejects a per-year tax base of the wrong length", () => {
    expectKommunError(
      () => konsekvensanalys([premises], { ar: [2026, 2027], skatteunderlag: [1, 2, 3] }),
      "value",
      {
        sv: "skatteunderlag har 3 värden men åren är 2.",
        en: "skatteunderlag has 3 values but there are 2 years.",
        argument: "skatteunderlag",
      },
    );
  });

  it("takes taxes and grants per year: 12.8 of 2 000 and 14.82 of 2 470", () => {
    const r = konsekvensanalys([premises], { ar: [2026, 2027], skatterOchBidrag: [2000, 2470] });
    expect(r.ar.map((y) => y.resultatandelseffekt)).toEqual([12.8 / 2000, 0.006]);
    expect(r.ar.map((y) => y.skatteekvivalent)).toEqual([null, null]);
  });

  it("the combined payback waits until every measure has started", () => {
    // A from 2026: 1 up front, +5 a year → cumulative 4, 9, 14 by 2028;
    // B from 2029: 20 up front, +10 a year → 2029: 14 − 20 + 5 + 10 = 9 ≥ 0
    const a = { namn: "A", startar: 2026, engangskostnad: 1, intakt: 5 };
    const b = { namn: "B", startar: 2029, engangskostnad: 20, intakt: 10 };
    const r = konsekvensanalys([a, b], { ar: [2026, 2029] });
    expect(r.aterbetalningsar).toBe(2029);
    expect(r.atgarder.map((m) => m.aterbetalningsar)).toEqual([2026, 2030]); // B: −20 + 10 + 10 = 0 in 2030
    // 2026: A's 5 − 1; 2029: A's 5 + B's 10 − 20
    expect(r.ar.map((y) => [y.engangskostnader, y.intakter, y.nettoeffekt])).toEqual([
      [1, 5, 4],
      [20, 15, -5],
    ]);
    expect(r.atgarder.map((m) => m.nettoeffekt)).toEqual([
      [4, 5],
      [0, -10],
    ]);
  });

  it("a later measure that never pays back keeps the total from paying back", () => {
    const a = { namn: "A", startar: 2026, intakt: 5 };
    const b = { namn: "B", startar: 2027, engangskostnad: 100, driftkostnad: 6 };
    const r = konsekvensanalys([a, b], { ar: [2026] });
    // 2026: +5; 2027: 5 − 100 + 5 − 6 = −96; then 5 − 6 = −1 a year, never back to 0
    expect(r.aterbetalningsar).toBeNull();
    expect(r.atgarder.map((m) => m.aterbetalningsar)).toEqual([2026, null]);
  });

  it("with no measures everything is 0 and nothing pays back", () => {
    const r = konsekvensanalys([], { ar: [2026], skatterOchBidrag: 2000, skatteunderlag: 6900 });
    expect(r.ar).toEqual([
      {
        ar: 2026,
        engangskostnader: 0,
        driftkostnader: 0,
        kapitalkostnader: 0,
        intakter: 0,
        nettoeffekt: 0,
        resultatandelseffekt: 0,
        skatteekvivalent: 0,
      },
    ]);
    expect(r.atgarder).toEqual([]);
    expect(r.aterbetalningsar).toBeNull();
  });

  it("names a measure without a name by its place", () => {
    const r = konsekvensanalys(
      [
        { namn: "Lokaler", startar: 2026 },
        { namn: "  ", startar: 2026 },
        { startar: 2026 } as never,
        { namn: 5, startar: 2026 } as never,
      ],
      { ar: [2026] },
    );
    expect(r.atgarder.map((m) => m.namn)).toEqual(["Lokaler", "Åtgärd 2", "Åtgärd 3", "Åtgärd 4"]);
  });

  it("names the measure and the field that is wrong", () => {
    expectKommunError(
      () => konsekvensanalys([premises, { ...premises, investering: "tio" as never }], { ar: [2026] }),
      "value",
      { argument: "atgarder[2].investering", sv: /atgarder\[2\]\.investering/ },
    );
    expectKommunError(() => konsekvensanalys([premises, 5 as never], { ar: [2026] }), "value", {
      argument: "atgarder[2]",
    });
  });

  it("needs at least one year", () => {
    expectKommunError(() => konsekvensanalys([premises], { ar: [] }), "na", {
      sv: "Inga år att visa.",
      en: "No years to show.",
      argument: "ar",
    });
  });
});
