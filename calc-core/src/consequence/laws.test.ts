import fc from "fast-check";
import { avskrivning } from "../finance/avskrivning.js";
import { kapitalkostnad } from "./kapitalkostnad.js";
import { nettoeffekt } from "./nettoeffekt.js";

const investment = fc.integer({ min: 0, max: 100_000_000 });
const life = fc.integer({ min: 1, max: 40 });
const month = fc.integer({ min: 1, max: 12 });
const rate = fc.integer({ min: 0, max: 100 }).map((p) => p / 1000); // 0–10 %

describe("laws of the consequence analysis's two views", () => {
  it("with the defaults written out, the capital cost is the straight-line formula it always was", () => {
    fc.assert(
      fc.property(investment, life, rate, fc.integer({ min: 1, max: 45 }), (inv, t, r, year) => {
        const old = year > t ? 0 : inv / t + r * (inv - (inv / t) * (year - 1));
        expect(kapitalkostnad(inv, t, r, year, 1, "intern", 1)).toBeCloseTo(old, 6);
        expect(kapitalkostnad(inv, t, r, year)).toBe(kapitalkostnad(inv, t, r, year, 1, "intern", 1));
      }),
    );
  });

  it("the capital cost is the depreciation plus interest, so at 0 % it is the depreciation", () => {
    fc.assert(
      fc.property(investment, life, month, fc.integer({ min: 1, max: 45 }), (inv, t, m, year) => {
        expect(kapitalkostnad(inv, t, 0, year, m)).toBeCloseTo(avskrivning(inv, t, year, m), 6);
        // in the municipality's view a self-financed asset costs its depreciation only
        expect(kapitalkostnad(inv, t, 0.05, year, m, "extern", 0)).toBeCloseTo(
          avskrivning(inv, t, year, m),
          6,
        );
      }),
    );
  });

  it("the municipality's cost never exceeds the committee's when the external rate and the borrowed share are no higher", () => {
    fc.assert(
      fc.property(investment, life, month, rate, fc.integer({ min: 0, max: 100 }), (inv, t, m, r, pct) => {
        for (let year = 1; year <= t + 1; year++) {
          const municipality = kapitalkostnad(inv, t, r, year, m, "extern", pct / 100);
          expect(municipality).toBeLessThanOrEqual(kapitalkostnad(inv, t, r, year, m) + 1e-6);
        }
      }),
    );
  });

  it("a later start month never gives a larger first-year saving", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), month, month, (saving, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const effect = (m: number) => nettoeffekt(2026, 2026, 0, 0, 1, 0, 0, saving, m);
        expect(effect(late)).toBeLessThanOrEqual(effect(early));
        expect(effect(1)).toBe(saving);
      }),
    );
  });
});
