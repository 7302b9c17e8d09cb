/**
 * Laws of the revenue side that must hold for every input (fast-check).
 */
import fc from "fast-check";
import { Decimal } from "../core/decimal.js";
import { inkomstutjamning, marginalintakt, skatterOchBidrag, uppraknatSkatteunderlag } from "../index.js";

const factor = fc.integer({ min: 900, max: 1150 }).map((x) => x / 1000); // 0,900–1,150, as SFS writes them
const base = fc.integer({ min: 0, max: 10_000_000 }); // tkr
const countyRate = fc.integer({ min: 1800, max: 2200 }).map((x) => x / 100); // 18,00–22,00
const capacity = fc.integer({ min: 150_000, max: 400_000 }); // kr per inhabitant
const people = fc.integer({ min: 1, max: 1_000_000 });

/** |a − b| within a relative 1e-12, to allow for the one conversion to `number` of each side. */
const close = (a: number, b: number | Decimal): boolean =>
  new Decimal(a).minus(b).abs().lte(new Decimal(b).abs().times(1e-12).plus(1e-9));

describe("laws of the revenue side", () => {
  it("uplifting by [a, b] equals uplifting by a, then by b", () => {
    fc.assert(
      fc.property(base, factor, factor, (u, a, b) => {
        const once = uppraknatSkatteunderlag(u, [a, b]);
        const twice = uppraknatSkatteunderlag(uppraknatSkatteunderlag(u, [a]), [b]);
        return close(once, twice);
      }),
    );
  });

  it("uplifting is the product of the factors, in any order", () => {
    fc.assert(
      fc.property(base, fc.array(factor, { minLength: 1, maxLength: 6 }), (u, fs) => {
        const forward = uppraknatSkatteunderlag(u, fs);
        const backward = uppraknatSkatteunderlag(u, [...fs].reverse());
        const product = fs.reduce((p, f) => p.times(f), new Decimal(u));
        return close(forward, product) && close(backward, product);
      }),
    );
  });

  it("the grant falls by exactly county rate / 100 kr per inhabitant for each krona of own tax capacity", () => {
    fc.assert(
      fc.property(capacity, people, countyRate, (m, n, r) => {
        const s = Math.floor(1.15 * m) - 2; // below the level at s and s + 1
        const drop = new Decimal(inkomstutjamning(s, m, n, r)).minus(inkomstutjamning(s + 1, m, n, r));
        return close(drop.toNumber(), new Decimal(n).times(r).div(100));
      }),
    );
  });

  it("the grant is never negative below 115 % and the charge never positive above", () => {
    fc.assert(
      fc.property(capacity, capacity, people, countyRate, countyRate, (s, m, n, r, a) => {
        const v = inkomstutjamning(s, m, n, r, a);
        return s * 100 <= 115 * m ? v >= 0 : v <= 0;
      }),
    );
  });

  it("one more inhabitant changes the grant by marginalintakt's utjamning (the national average held)", () => {
    fc.assert(
      fc.property(capacity, fc.integer({ min: 1000, max: 100_000 }), countyRate, (m, n, r) => {
        const s = Math.floor(m * 0.9); // a municipality well below the level
        const income = s; // a newcomer with the municipality's own average income keeps s
        const before = inkomstutjamning(s, m, n, r);
        const after = inkomstutjamning(s, m, n + 1, r);
        // each side is a sum of öre-exact decimals converted once to `number`: equal to a millionth of a krona
        const change = new Decimal(after).minus(before);
        return change
          .minus(marginalintakt(income, 21, r, m).utjamning)
          .abs()
          .lte(1e-6);
      }),
    );
  });

  it("the total of each year is the sum of its parts", () => {
    fc.assert(
      fc.property(
        base,
        fc.array(factor, { minLength: 4, maxLength: 4 }),
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 3 }),
        (u, fs, other) => {
          const years = skatterOchBidrag({
            ar: [2026, 2027, 2028],
            skatteunderlag: u,
            faktorer: fs,
            skattesats: 21,
            slutavrakning: 7,
            ovriga: [other],
          });
          return years.every(
            (y) =>
              close(
                y.summa,
                new Decimal(y.skatteintakter).plus(y.slutavrakning).plus(y.inkomstutjamning).plus(y.ovriga),
              ) && close(y.skatteintakter, new Decimal(y.uppraknatSkatteunderlag).times(21).div(100)),
          );
        },
      ),
    );
  });

  it("with SKR's growth, tax revenue plus settlement is the tax base × Π growth × rate in every year", () => {
    fc.assert(
      fc.property(
        base,
        fc.array(factor, { minLength: 4, maxLength: 4 }),
        fc.array(factor, { minLength: 4, maxLength: 4 }),
        (u, fs, gs) => {
          const years = skatterOchBidrag({
            ar: [2026, 2027, 2028],
            skatteunderlag: u,
            faktorer: fs,
            skattesats: 21,
            tillvaxt: gs,
          });
          let actual = new Decimal(u).times(gs[0]!);
          return years.every((y, i) => {
            actual = actual.times(gs[i + 1]!);
            return close(
              new Decimal(y.skatteintakter).plus(y.slutavrakning).toNumber(),
              actual.times(21).div(100),
            );
          });
        },
      ),
    );
  });
});
