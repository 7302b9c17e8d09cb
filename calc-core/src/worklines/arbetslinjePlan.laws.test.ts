/** Laws of the work-line plan's tax delay (fast-check). */
import fc from "fast-check";
import { arbetslinjePlan } from "./arbetslinjePlan.js";

const plan = fc.record({
  hushall: fc.integer({ min: 0, max: 5000 }),
  kostnadPerHushall: fc.integer({ min: 0, max: 200_000 }),
  andelSomLamnar: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
  inkomstVidArbete: fc.integer({ min: 0, max: 600_000 }),
  skattesats: fc.integer({ min: 1000, max: 4000 }).map((x) => x / 100),
  behallenAndel: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
  programkostnad: fc.integer({ min: 0, max: 10_000_000 }),
  ar: fc.integer({ min: 1, max: 15 }),
});
const delay = fc.integer({ min: 0, max: 10 });

describe("laws of the work-line plan's tax delay", () => {
  it("the gain of year t with a delay d is the undelayed gain of year t − d, and 0 before", () => {
    fc.assert(
      fc.property(plan, delay, (input, d) => {
        const now = arbetslinjePlan({ ...input, skattefordrojning: 0 }).ar;
        const late = arbetslinjePlan({ ...input, skattefordrojning: d }).ar;
        return late.every((y, t) => y.skattetillskott === (t - d >= 0 ? now[t - d]!.skattetillskott : 0));
      }),
    );
  });

  it("a delay never changes the benefit saving and never raises the cumulative net", () => {
    fc.assert(
      fc.property(plan, delay, (input, d) => {
        const now = arbetslinjePlan({ ...input, skattefordrojning: 0 }).ar;
        const late = arbetslinjePlan({ ...input, skattefordrojning: d }).ar;
        return late.every(
          (y, t) =>
            y.bistandBesparing === now[t]!.bistandBesparing && y.kumulativt <= now[t]!.kumulativt + 1e-6,
        );
      }),
    );
  });

  it("the default delay is 2 years", () => {
    fc.assert(
      fc.property(plan, (input) => {
        const byDefault = arbetslinjePlan(input);
        const two = arbetslinjePlan({ ...input, skattefordrojning: 2 });
        return JSON.stringify(byDefault) === JSON.stringify(two);
      }),
    );
  });
});
