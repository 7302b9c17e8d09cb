/**
 * Laws that must hold for every input (fast-check). Each is named after the
 * domain fact it guards; a counterexample is shrunk and printed on failure.
 */
import fc from "fast-check";
import {
  aterbetalningsar,
  avvikelse,
  budgetgap,
  effektiviseringspotential,
  fordelaBesparing,
  kapitalkostnad,
  nettokostnadsram,
  percentilInc,
  prognos,
  resultat,
  resultatandel,
  resultatkrav,
  sasongsprofil,
  skatteekvivalent,
  skattehojningFor,
  uppraknadRam,
  implicitEffektivisering,
  viktatIndex,
  arsavrakning,
  arbetslinjePlan,
  skattEllerEffektivisering,
} from "./index.js";
import { Decimal } from "./core/decimal.js";

const money = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((x) => x / 100); // kr with öre
const positive = fc.integer({ min: 1, max: 1_000_000_000 }).map((x) => x / 100);
const share = fc.integer({ min: 0, max: 25 }).map((x) => x / 100);
const month = fc.integer({ min: 0, max: 100_000 }).map((x) => x / 10);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const close = (a: number, b: number, rel = 1e-9) =>
  Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

describe("laws of the budget", () => {
  it("allocation parts sum exactly to the gap rounded to the decimals", () => {
    fc.assert(
      fc.property(
        fc.array(positive, { minLength: 1, maxLength: 12 }),
        money,
        fc.integer({ min: 0, max: 2 }),
        (forslag, gap, d) => {
          const parts = fordelaBesparing(forslag, gap, undefined, d);
          const scale = 10 ** d;
          // the gap rounded half away from zero, as the total is (ROUND_HALF_UP in decimal.js)
          const target = Math.sign(gap) * Math.round(Math.round(Math.abs(gap) * scale * 1e6) / 1e6);
          return sum(parts.map((p) => Math.round(p * scale))) === target;
        },
      ),
    );
  });

  it("every rounded part is within one unit of its exact share", () => {
    fc.assert(
      fc.property(fc.array(positive, { minLength: 1, maxLength: 12 }), money, (forslag, gap) => {
        const exact = fordelaBesparing(forslag, gap);
        const rounded = fordelaBesparing(forslag, gap, undefined, 0);
        return rounded.every((r, i) => Math.abs(r - exact[i]!) < 1 + 1e-9);
      }),
    );
  });

  it("net-cost frame + gap = the sum of the proposals", () => {
    fc.assert(
      fc.property(
        fc.array(money, { minLength: 1, maxLength: 8 }),
        positive,
        money,
        share,
        (f, sob, fn, a) =>
          // exact, in units of 0.0001 kr (every input is a multiple of that), so binary addition cannot blur it
          Math.round(nettokostnadsram(sob, fn, a) * 1e4) + Math.round(budgetgap(f, sob, fn, a) * 1e4) ===
          sum(f.map((x) => Math.round(x * 1e4))),
      ),
    );
  });

  it("result share × taxes and grants = result", () => {
    fc.assert(fc.property(money, positive, (r, sob) => close(resultatandel(r, sob) * sob, r)));
  });

  it("a budget at the frame leaves exactly the required result", () => {
    fc.assert(
      fc.property(
        positive,
        money,
        share,
        (sob, fn, a) =>
          // exact in units of 0.0001 kr: the frame comes back as a double, so compare what it rounds to
          Math.round(resultat(sob, fn, [nettokostnadsram(sob, fn, a)]) * 1e4) ===
          Math.round(resultatkrav(sob, a) * 1e4),
      ),
    );
  });

  it("the weighted index lies between the smallest and the largest change", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -200, max: 300 }), fc.integer({ min: 1, max: 1000 })), {
          minLength: 1,
          maxLength: 6,
        }),
        (pairs) => {
          const changes = pairs.map(([c]) => c / 1000);
          const i = viktatIndex(
            changes,
            pairs.map(([, w]) => w),
          );
          return i >= Math.min(...changes) - 1e-12 && i <= Math.max(...changes) + 1e-12;
        },
      ),
    );
  });

  it("uplifted frame + implicit efficiency requirement = the fully compensated frame", () => {
    fc.assert(
      fc.property(
        positive,
        fc.integer({ min: -200, max: 300 }),
        fc.integer({ min: 0, max: 200 }),
        (bas, i, k) =>
          close(
            uppraknadRam(bas, i / 1000, k / 100) + implicitEffektivisering(bas, i / 1000, k / 100),
            uppraknadRam(bas, i / 1000, 1),
          ),
      ),
    );
  });
});

describe("laws of forecasts", () => {
  const profile = fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 12, maxLength: 12 });

  it("outcomes that follow the profile forecast the budget", () => {
    fc.assert(
      fc.property(profile, positive, fc.integer({ min: 1, max: 11 }), (p, budget, m) => {
        const total = sum(p);
        const outcomes = p.slice(0, m).map((x) => (budget * x) / total);
        return close(prognos(budget, outcomes, "profil", p), budget, 1e-9);
      }),
    );
  });

  it("an even profile makes the seasonal forecast the run rate", () => {
    fc.assert(
      fc.property(fc.array(month, { minLength: 1, maxLength: 11 }), (a) =>
        close(prognos(0, a, "profil"), prognos(0, a, "linjar")),
      ),
    );
  });

  it("a year of outcomes is added exactly in decimals, whatever their size or number of decimals", () => {
    const amount = fc.oneof(
      money,
      fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }).map((x) => x / 100),
      fc.double({ min: -1e15, max: 1e15, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(amount, { minLength: 12, maxLength: 12 }), (a) => {
        const exact = a.reduce((acc, x) => acc.plus(new Decimal(x)), new Decimal(0));
        return prognos(0, a, "linjar") === exact.toNumber();
      }),
    );
  });

  it("after twelve months every method gives the sum of the outcomes", () => {
    fc.assert(
      fc.property(
        fc.array(month, { minLength: 12, maxLength: 12 }),
        positive,
        fc.constantFrom("linjar", "profil", "budget"),
        (a, b, m) => close(prognos(b, a, m), sum(a)),
      ),
    );
  });

  it("a seasonal profile sums to 1 and does not change when a year is scaled", () => {
    fc.assert(
      fc.property(
        fc.array(profile, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 1000 }),
        (years, k) => {
          const p = sasongsprofil(years);
          const scaled = sasongsprofil(years.map((y, i) => (i === 0 ? y.map((x) => x * k) : y)));
          return close(sum(p), 1) && p.every((x, i) => close(x, scaled[i]!));
        },
      ),
    );
  });

  it("the deviation changes sign when budget and forecast swap", () => {
    fc.assert(fc.property(money, money, (b, p) => avvikelse(b, p) === -avvikelse(p, b)));
  });

  it("a cost deviation and a revenue deviation of the same numbers are opposite", () => {
    fc.assert(fc.property(money, money, (b, p) => avvikelse(b, p, "kostnad") === -avvikelse(b, p, "intakt")));
  });
});

describe("laws of the tax rate", () => {
  it("a tax raise never collects less than the amount, and one öre less always does", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        (baseMkr, amountKr) => {
          const base = baseMkr * 1000;
          const r = skattehojningFor(amountKr, base);
          const ore = Math.round(r * 100);
          return (
            BigInt(ore) * BigInt(base) >= BigInt(amountKr) * 10_000n &&
            BigInt(ore - 1) * BigInt(base) < BigInt(amountKr) * 10_000n
          );
        },
      ),
    );
  });

  it("the rounded raise is never below the unrounded tax equivalent and at most one öre above", () => {
    fc.assert(
      fc.property(money, positive, (amount, base) => {
        const r = skattehojningFor(amount, base);
        const e = skatteekvivalent(amount, base);
        return r >= e - 1e-12 && r - e < 0.01 + 1e-12;
      }),
    );
  });

  it("measures never leave a negative gap, and never raise the tax", () => {
    fc.assert(
      fc.property(positive, positive, fc.array(positive, { maxLength: 6 }), (gap, base, amounts) => {
        const r = skattEllerEffektivisering({
          gap,
          skatteunderlag: base,
          nettokostnad: base,
          atgarder: amounts.map((b, i) => ({ namn: `m${i}`, belopp: b })),
        });
        return r.kvarvarandeGap >= 0 && r.skattehojningEfterAtgarder <= r.skattehojning;
      }),
    );
  });
});

describe("laws of the work line, benchmarking, pricing and consequences", () => {
  it("households on assistance fall geometrically and never below zero", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 10 }),
        (h, s, years) => {
          const plan = arbetslinjePlan({
            hushall: h,
            kostnadPerHushall: 100000,
            andelSomLamnar: s / 100,
            ar: years,
          });
          return plan.ar.every(
            (y, t) => y.kvarPaBistand >= 0 && close(y.kvarPaBistand, h * (1 - s / 100) ** (t + 1), 1e-9),
          );
        },
      ),
    );
  });

  it("PERCENTILE.INC lies between min and max and grows with p", () => {
    fc.assert(
      fc.property(fc.array(money, { minLength: 1, maxLength: 20 }), share, share, (values, p1, p2) => {
        const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
        const a = percentilInc(values, lo);
        const b = percentilInc(values, hi);
        return a >= Math.min(...values) && b <= Math.max(...values) && a <= b + 1e-9;
      }),
    );
  });

  it("the efficiency potential is never negative", () => {
    fc.assert(
      fc.property(
        money,
        fc.array(money, { minLength: 1, maxLength: 12 }),
        share,
        (own, peers, p) => effektiviseringspotential(own, peers, p) >= 0,
      ),
    );
  });

  it("a year-end settlement with decimals sums exactly to the surplus", () => {
    fc.assert(
      fc.property(money, money, fc.array(positive, { minLength: 1, maxLength: 8 }), (costs, revenue, kop) => {
        const parts = arsavrakning(costs, revenue, kop, 2);
        return sum(parts.map((p) => Math.round(p * 100))) === Math.round((revenue - costs) * 100);
      }),
    );
  });

  it("capital cost over the whole life = the investment + interest on each year's opening book value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 25 }),
        (inv, life, r) => {
          const total = sum(
            Array.from({ length: life }, (_, i) => kapitalkostnad(inv, life, r / 100, i + 1)),
          );
          // book values inv × (life, life − 1, …, 1) / life sum to inv × (life + 1) / 2
          return close(total, inv + (r / 100) * inv * ((life + 1) / 2), 1e-9);
        },
      ),
    );
  });

  it("the payback year is never later when the saving grows", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        (upfront, saving, more) =>
          aterbetalningsar(2026, 0, upfront, 0, saving + more) <=
          aterbetalningsar(2026, 0, upfront, 0, saving),
      ),
    );
  });
});
