import { expectKommunError } from "../__testing__/errors.js";
import { kapitalkostnad } from "./kapitalkostnad.js";
import { konsekvensanalys } from "./konsekvensanalys.js";
import { nettoeffekt } from "./nettoeffekt.js";

describe("kapitalkostnad from the month taken into use, in both interest views", () => {
  it("with the defaults written out it gives what it gave before: 1.2 Mkr in year 3", () => {
    expect(kapitalkostnad(10_000_000, 10, 0.025, 3, 1, "intern", 1)).toBe(1_200_000);
    expect(kapitalkostnad(10_000_000, 10, 0.025, 3, 1, "internal")).toBe(1_200_000);
  });

  it("from July: half a year's depreciation and interest in year 1, the other half in year 11", () => {
    // year 1: 0.5 Mkr + 2.5 % × 10 Mkr × 6/12 = 0.625 Mkr
    expect(kapitalkostnad(10_000_000, 10, 0.025, 1, 7)).toBe(625_000);
    // year 2: 1 Mkr + 2.5 % × 9.5 Mkr = 1.2375 Mkr
    expect(kapitalkostnad(10_000_000, 10, 0.025, 2, 7)).toBe(1_237_500);
    // year 11: 0.5 Mkr left, held 6 months: 0.5 + 2.5 % × 0.5 × 6/12 = 0.50625 Mkr
    expect(kapitalkostnad(10_000_000, 10, 0.025, 11, 7)).toBe(506_250);
    expect(kapitalkostnad(10_000_000, 10, 0.025, 12, 7)).toBe(0);
  });

  it("the municipality's view charges the external rate on the borrowed share only", () => {
    // 3 % on 40 % of 10 Mkr = 120 000 on top of the 1 Mkr depreciation
    expect(kapitalkostnad(10_000_000, 10, 0.03, 1, 1, "extern", 0.4)).toBe(1_120_000);
    // self-financed: depreciation only
    expect(kapitalkostnad(10_000_000, 10, 0.03, 1, 1, "external", 0)).toBe(1_000_000);
    // the committee's view charges the whole book value: 2.5 % of 10 Mkr on top of 1 Mkr
    expect(kapitalkostnad(10_000_000, 10, 0.025, 1, 1, "intern")).toBe(1_250_000);
  });

  it("rejects an unknown view and month 0", () => {
    expectKommunError(() => kapitalkostnad(1, 10, 0.025, 1, 1, "bank"), "value", { argument: "rantevy" });
    expectKommunError(() => kapitalkostnad(1, 10, 0.025, 1, 0), "value", { argument: "aktiveringsmanad" });
    expectKommunError(() => kapitalkostnad(1, 10, 0.025, 1, 1, "extern", 40), "value", { en: /Write 40 %/ });
  });
});

describe("nettoeffekt from a start month", () => {
  it("from October, 2026: 3/12 of the saving and running cost, 3/12 of a year's capital cost, the one-off", () => {
    // 0.625 − 0.1 − (0.15 + 2 % × 3 × 3/12) − 1 = −0.64
    expect(nettoeffekt(2026, 2026, 1, 3, 5, 0.02, 0.4, 2.5, 10)).toBeCloseTo(-0.64, 12);
  });

  it("the year after is a full year on the book value left: 2.1 − (0.6 + 2 % × 2.85) = 1.443", () => {
    expect(nettoeffekt(2027, 2026, 1, 3, 5, 0.02, 0.4, 2.5, 10)).toBeCloseTo(1.443, 12);
  });

  it("in the municipality's view with half borrowed at 4 %: 2026 from January, 2.1 − (0.6 + 4 % × 1.5) − 1", () => {
    expect(nettoeffekt(2026, 2026, 1, 3, 5, 0.04, 0.4, 2.5, 1, "extern", 0.5)).toBeCloseTo(0.44, 12);
  });
});

describe("konsekvensanalys in both views and from a start month", () => {
  const premises = {
    namn: "Lokaler",
    startar: 2026,
    engangskostnad: 2,
    investering: 10,
    avskrivningstid: 10,
    ranta: 0.02,
    externRanta: 0.03,
    lanandel: 0.5,
    intakt: 16,
  };

  it("says which view it is in: the committee's by default", () => {
    const r = konsekvensanalys([premises], { ar: [2026] });
    expect(r.rantevy).toBe("intern");
    // 16 − (1 + 2 % × 10) − 2 = 12.8, as before
    expect(r.ar[0]!.nettoeffekt).toBe(12.8);
  });

  it("in the municipality's view: 16 − (1 + 3 % × 50 % × 10) − 2 = 12.85", () => {
    const r = konsekvensanalys([premises], { ar: [2026], rantevy: "extern" });
    expect(r.rantevy).toBe("extern");
    expect(r.ar[0]!.kapitalkostnader).toBeCloseTo(1.15, 12);
    expect(r.ar[0]!.nettoeffekt).toBeCloseTo(12.85, 12);
  });

  it("a saving from July gives half the year and moves the payback a year", () => {
    const m = { namn: "Digitalisering", startar: 2026, startmanad: 7, engangskostnad: 5, intakt: 6 };
    const r = konsekvensanalys([m], { ar: [2026, 2027] });
    // 2026: 6 × 6/12 − 5 = −2; 2027: 6
    expect(r.ar.map((y) => y.nettoeffekt)).toEqual([-2, 6]);
    expect(r.atgarder[0]!.aterbetalningsar).toBe(2027);
    expect(r.aterbetalningsar).toBe(2027);
    // from January it pays back in the start year
    expect(konsekvensanalys([{ ...m, startmanad: 1 }], { ar: [2026] }).aterbetalningsar).toBe(2026);
  });

  it("names the measure's field that is wrong", () => {
    expectKommunError(() => konsekvensanalys([{ ...premises, startmanad: 13 }], { ar: [2026] }), "value", {
      argument: "atgarder[1].startmanad",
    });
    expectKommunError(() => konsekvensanalys([premises], { ar: [2026], rantevy: "x" }), "value", {
      argument: "rantevy",
    });
  });
});

describe("a borrowed share belongs to the external view", () => {
  it("kapitalkostnad and nettoeffekt reject a share below 100 % in the committee's view instead of ignoring it", () => {
    expectKommunError(() => kapitalkostnad(10000000, 10, 0.025, 1, 1, "intern", 0.4), "value", {
      argument: "lanandel",
      en: /external interest view only/,
    });
    expectKommunError(() => nettoeffekt(2026, 2026, 0, 100, 10, 0.025, 0, 0, 1, "intern", 0.5), "value", {
      argument: "lanandel",
    });
    // 100 % borrowed is the same in both views' reading of the share, and the external view uses it
    expect(kapitalkostnad(10000000, 10, 0.025, 3, 1, "intern", 1)).toBe(1200000);
    expect(kapitalkostnad(10000000, 10, 0.03, 1, 7, "extern", 0.4)).toBe(560000);
  });
});
