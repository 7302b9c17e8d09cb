import fc from "fast-check";
import { Decimal, ZERO } from "../core/decimal.js";
import { avskrivning, depreciationYear } from "./avskrivning.js";
import { investeringsplan } from "./investeringsplan.js";

describe("laws of depreciation and the investment plan", () => {
  it("the depreciations over the whole life sum to the investment exactly (in decimals), whatever the month", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 12 }),
        (ore, life, month) => {
          const investment = new Decimal(ore).div(100);
          let total = ZERO;
          for (let year = 1; year <= life + 2; year++) {
            total = total.plus(depreciationYear(investment, life, year, month).depreciation);
          }
          expect(total.eq(investment)).toBe(true);
        },
      ),
    );
  });

  it("the public function's years sum to the investment to well below one öre", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 12 }),
        (kr, life, month) => {
          // the numbers as returned, added in decimals: only the conversion to `number` at the edge differs
          let total = ZERO;
          for (let year = 1; year <= life + 1; year++) total = total.plus(avskrivning(kr, life, year, month));
          expect(total.minus(kr).abs().toNumber()).toBeLessThan(0.0001);
        },
      ),
    );
  });

  it("no year carries more than a full year's depreciation, and none is negative", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 45 }),
        (kr, life, month, year) => {
          const d = avskrivning(kr, life, year, month);
          expect(d).toBeGreaterThanOrEqual(0);
          expect(d).toBeLessThanOrEqual(kr / life + 1e-9);
        },
      ),
    );
  });

  const project = fc.record({
    belopp: fc.integer({ min: 0, max: 500 }),
    ar: fc.integer({ min: 2026, max: 2029 }),
    avskrivningstid: fc.integer({ min: 1, max: 50 }),
    aktiveringsmanad: fc.integer({ min: 1, max: 12 }),
    prioritet: fc.integer({ min: 1, max: 10 }),
  });

  it("the frame-fit never exceeds the frame, and what is left is the frame less what fits", () => {
    fc.assert(
      fc.property(
        fc.array(project, { minLength: 1, maxLength: 15 }),
        fc.integer({ min: 0, max: 2000 }),
        (ps, ram) => {
          const plan = investeringsplan(
            ps.map((p, i) => ({ namn: `P${i}`, ...p })),
            ram,
          );
          expect(plan.ryms).toBeLessThanOrEqual(ram);
          expect(plan.kvarAvRam).toBe(ram - plan.ryms);
          expect(plan.ryms + plan.vantar).toBe(ps.reduce((s, p) => s + p.belopp, 0));
          // a project that waits did not fit in what was left when its turn came
          for (const p of plan.projekt.filter((x) => !x.ryms)) expect(p.belopp).toBeGreaterThan(p.kvarAvRam);
        },
      ),
    );
  });

  it("raising the priority of a project that waits never makes another, higher one wait", () => {
    fc.assert(
      fc.property(
        fc.array(project, { minLength: 2, maxLength: 10 }),
        fc.integer({ min: 0, max: 1000 }),
        (ps, ram) => {
          const named = ps.map((p, i) => ({ namn: `P${i}`, ...p, prioritet: i + 1 }));
          const plan = investeringsplan(named, ram);
          // in strict priority order, the first project always fits when it is no larger than the frame
          expect(plan.projekt[0]!.ryms).toBe(named[0]!.belopp <= ram);
        },
      ),
    );
  });
});

describe("laws of frames per year and spending profiles (issue 21)", () => {
  const project = fc.record({
    belopp: fc.integer({ min: 0, max: 1_000_000 }),
    avskrivningstid: fc.integer({ min: 1, max: 50 }),
    prioritet: fc.integer({ min: 1, max: 5 }),
  });

  it("per-year frames equal one frame when there is one year", () => {
    fc.assert(
      fc.property(fc.array(project, { maxLength: 8 }), fc.integer({ min: 0, max: 3_000_000 }), (ps, ram) => {
        const projects = ps.map((p, i) => ({ ...p, namn: `P${i}`, ar: 2026 }));
        const one = investeringsplan(projects, ram, { ar: [2026] });
        const perYear = investeringsplan(projects, [ram], { ar: [2026] });
        expect(perYear.projekt.map((p) => p.ryms)).toEqual(one.projekt.map((p) => p.ryms));
        expect([perYear.ryms, perYear.vantar, perYear.kvarAvRam]).toEqual([
          one.ryms,
          one.vantar,
          one.kvarAvRam,
        ]);
        expect(perYear.ar).toEqual(one.ar);
      }),
    );
  });

  it("the payments of a spending profile sum to the project's amount, and so do the plan's investments", () => {
    fc.assert(
      fc.property(
        project,
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }),
        (p, weights) => {
          // shares from whole weights, the last taking what the rounded others leave
          const total = weights.reduce((a, b) => a + b, 0);
          const shares = weights.map((w) => Math.round((w / total) * 1e6) / 1e6);
          shares[shares.length - 1] = Number(
            new Decimal(1).minus(shares.slice(0, -1).reduce((a, b) => a.plus(b), ZERO)).toString(),
          );
          const years = Array.from({ length: shares.length }, (_, i) => 2026 + i);
          const plan = investeringsplan([{ ...p, namn: "P", ar: 2026, utbetalningar: shares }], p.belopp, {
            ar: years,
          });
          const paid = plan.projekt[0]!.utbetalningar.reduce((a, b) => a.plus(b), ZERO);
          expect(paid.toNumber()).toBe(p.belopp);
          const invested = plan.ar.reduce((a, y) => a.plus(y.investeringar), ZERO);
          expect(invested.toNumber()).toBe(p.belopp);
          // no depreciation before the last year of payment (work in progress)
          plan.ar.slice(0, -1).forEach((y) => expect(y.avskrivningar).toBe(0));
        },
      ),
    );
  });
});
