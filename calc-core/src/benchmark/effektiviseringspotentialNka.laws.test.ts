/** Laws of the NKA-based efficiency potential (fast-check). */
import fc from "fast-check";
import { effektiviseringspotentialNka } from "./effektiviseringspotentialNka.js";

const nka = fc.integer({ min: -100, max: 200 }).map((x) => x / 100);
const group = fc.array(nka, { minLength: 1, maxLength: 20 });
const reference = fc.integer({ min: 0, max: 1_000_000_000 });
const p = fc.integer({ min: 0, max: 100 }).map((x) => x / 100);

describe("laws of the NKA-based efficiency potential", () => {
  it("is never negative", () => {
    fc.assert(
      fc.property(nka, group, reference, p, (e, g, r, q) => effektiviseringspotentialNka(e, g, r, q) >= 0),
    );
  });

  it("is at most the distance to the cheapest peer times the reference", () => {
    fc.assert(
      fc.property(nka, group, reference, p, (e, g, r, q) => {
        return (
          effektiviseringspotentialNka(e, g, r, q) <= Math.max(0, e - Math.min(...g)) * r * (1 + 1e-12) + 1e-6
        );
      }),
    );
  });

  it("never grows with a higher target percentile", () => {
    fc.assert(
      fc.property(nka, group, reference, p, p, (e, g, r, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return effektiviseringspotentialNka(e, g, r, hi) <= effektiviseringspotentialNka(e, g, r, lo) + 1e-6;
      }),
    );
  });

  it("is linear in the reference cost", () => {
    fc.assert(
      fc.property(nka, group, reference, fc.integer({ min: 0, max: 10 }), (e, g, r, k) => {
        const a = effektiviseringspotentialNka(e, g, r);
        return Math.abs(effektiviseringspotentialNka(e, g, k * r) - k * a) <= 1e-6 * Math.max(1, k * a);
      }),
    );
  });

  it("does not depend on the order of the group", () => {
    fc.assert(
      fc.property(nka, group, reference, (e, g, r) => {
        return effektiviseringspotentialNka(e, [...g].reverse(), r) === effektiviseringspotentialNka(e, g, r);
      }),
    );
  });
});
