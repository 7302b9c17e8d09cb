import fc from "fast-check";
import { balanskontroll } from "./balanskontroll.js";
import { resultatMotMal } from "./resultatMotMal.js";

describe("resultatMotMal (the honest name of balanskontroll)", () => {
  it("2 % of 1 000 meets the goal, 0.5 % is under it, a negative result is a deficit", () => {
    expect([resultatMotMal(20, 1000), resultatMotMal(5, 1000), resultatMotMal(-1, 1000)]).toEqual([
      "ok",
      "under resultatmål",
      "underskott",
    ]);
  });

  it("the deprecated balanskontroll gives the same word for every input", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 250 }),
        (r, sob, permille) => {
          expect(balanskontroll(r, sob, permille / 1000)).toBe(resultatMotMal(r, sob, permille / 1000));
        },
      ),
    );
  });
});
