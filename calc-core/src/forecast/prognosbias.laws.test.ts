/** Laws of forecast bias and accuracy (fast-check). */
import fc from "fast-check";
import { prognosbias } from "./prognosbias.js";
import { prognostraffsakerhet } from "./prognostraffsakerhet.js";

const outcome = fc.integer({ min: 1, max: 100_000_000 }).map((x) => x / 100);
const sign = fc.constantFrom(1, -1);
const forecasts = fc.array(
  fc.integer({ min: -100_000_000, max: 100_000_000 }).map((x) => x / 100),
  {
    minLength: 1,
    maxLength: 12,
  },
);
const close = (a: number, b: number, rel = 1e-12) =>
  Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

describe("laws of forecast bias and accuracy", () => {
  it("a constant 3 % pessimist has a bias of −0.03 and an accuracy of 0.03", () => {
    fc.assert(
      fc.property(outcome, fc.integer({ min: 1, max: 12 }), (u, n) => {
        const p = Array(n).fill(u * 0.97) as number[];
        return close(prognosbias(p, u), -0.03, 1e-9) && close(prognostraffsakerhet(p, u), 0.03, 1e-9);
      }),
    );
  });

  it("|bias| never exceeds the accuracy (the mean of errors is at most the mean of their sizes)", () => {
    fc.assert(
      fc.property(forecasts, outcome, sign, (p, u, s) => {
        return Math.abs(prognosbias(p, s * u)) <= prognostraffsakerhet(p, s * u) + 1e-12;
      }),
    );
  });

  it("bias and accuracy agree when every forecast errs the same way", () => {
    fc.assert(
      fc.property(outcome, fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1 }), (u, ds) => {
        const high = ds.map((d) => u + d / 100);
        const low = ds.map((d) => u - d / 100);
        return (
          close(prognosbias(high, u), prognostraffsakerhet(high, u)) &&
          close(prognosbias(low, u), -prognostraffsakerhet(low, u))
        );
      }),
    );
  });

  it("the default denominator is |utfall|: giving it changes nothing", () => {
    fc.assert(
      fc.property(forecasts, outcome, sign, (p, u, s) => {
        return prognostraffsakerhet(p, s * u, u) === prognostraffsakerhet(p, s * u);
      }),
    );
  });
});
