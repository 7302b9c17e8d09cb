/**
 * Laws of resource allocation (fast-check), each named after the domain fact it guards.
 */
import fc from "fast-check";
import { demografiskKostnadsforandring, resursfordelning } from "../index.js";

const volume = fc.integer({ min: 0, max: 100_000 });
const price = fc.integer({ min: 0, max: 1_000_000 }).map((x) => x / 100);
const groups = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc.tuple(
      fc.array(volume, { minLength: n, maxLength: n }),
      fc.array(volume, { minLength: n, maxLength: n }),
      fc.array(price, { minLength: n, maxLength: n }),
    ),
  );
const index = fc.integer({ min: -20, max: 30 }).map((x) => x / 100);
const fixed = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((x) => x / 10);
const close = (a: number, b: number, rel = 1e-9) =>
  Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

describe("laws of resource allocation", () => {
  it("allocation is linear in volumes: the frame of v + w is the frames of v and w (fixed part once)", () => {
    fc.assert(
      fc.property(groups, index, fixed, ([v, w, p], i, f) => {
        const both = resursfordelning(
          v.map((x, k) => x + w[k]!),
          p,
          i,
          f,
        );
        return close(both, resursfordelning(v, p, i, f) + resursfordelning(w, p, i, f) - f);
      }),
    );
  });

  it("doubling every volume doubles the volume-driven part", () => {
    fc.assert(
      fc.property(groups, index, fixed, ([v, , p], i, f) =>
        close(
          resursfordelning(
            v.map((x) => 2 * x),
            p,
            i,
            f,
          ) - f,
          2 * (resursfordelning(v, p, i, f) - f),
        ),
      ),
    );
  });

  it("the demographic pressure is the difference of the two years' frames at the same prices", () => {
    fc.assert(
      fc.property(groups, ([now, later, cost]) =>
        close(
          demografiskKostnadsforandring(now, later, cost),
          resursfordelning(later, cost) - resursfordelning(now, cost),
        ),
      ),
    );
  });

  it("an unchanged population costs nothing more; reversing the years reverses the sign", () => {
    fc.assert(
      fc.property(groups, ([now, later, cost]) => {
        const forth = demografiskKostnadsforandring(now, later, cost);
        const back = demografiskKostnadsforandring(later, now, cost);
        return demografiskKostnadsforandring(now, now, cost) === 0 && close(forth, -back);
      }),
    );
  });
});
