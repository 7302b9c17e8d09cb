/** Laws of the sensitivity table (fast-check). */
import fc from "fast-check";
import { kanslighetsanalys, type KanslighetsanalysInput } from "./kanslighetsanalys.js";

// whole kronor, 0 or 100 000 kr – 100 Gkr: with at most 10 000 inhabitants (20 000 when two are added) every
// amount is at least 1 kr per inhabitant, as kanslighetsanalys requires beside `invanare`
const amount = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1000, max: 1_000_000_000 }).map((x) => x * 100),
);
const rate = fc.integer({ min: 1000, max: 4000 }).map((x) => x / 100); // 10.00–40.00
const people = fc.integer({ min: 1, max: 10_000 });
const factor = fc.integer({ min: 1, max: 20 });
const close = (a: number, b: number, rel = 1e-12) =>
  Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

const input = fc.record({
  personalkostnader: amount,
  ovrigaKostnader: amount,
  skatteunderlag: amount,
  skattesats: rate,
  laneskuld: amount,
  invanare: people,
  bistand: amount,
});

const effects = (i: KanslighetsanalysInput) => kanslighetsanalys(i).map((r) => r.effekt);

describe("laws of the sensitivity table", () => {
  it("each effect is linear in its amount: k times every amount gives k times every effect", () => {
    fc.assert(
      fc.property(input, factor, (i, k) => {
        const scaled = {
          personalkostnader: k * i.personalkostnader,
          ovrigaKostnader: k * i.ovrigaKostnader,
          skatteunderlag: k * i.skatteunderlag,
          skattesats: i.skattesats,
          laneskuld: k * i.laneskuld,
          invanare: k * i.invanare,
          bistand: k * i.bistand,
        };
        const a = effects(i);
        return effects(scaled).every((e, j) => close(e, k * a[j]!));
      }),
    );
  });

  it("effects add: the effect of a sum of amounts is the sum of the effects", () => {
    fc.assert(
      fc.property(input, input, (a, b) => {
        const sum = {
          personalkostnader: a.personalkostnader + b.personalkostnader,
          ovrigaKostnader: a.ovrigaKostnader + b.ovrigaKostnader,
          skatteunderlag: a.skatteunderlag + b.skatteunderlag,
          skattesats: a.skattesats,
          laneskuld: a.laneskuld + b.laneskuld,
          invanare: a.invanare + b.invanare,
          bistand: a.bistand + b.bistand,
        };
        const ea = effects(a);
        const eb = effects({ ...b, skattesats: a.skattesats });
        return effects(sum).every((e, j) => close(e, ea[j]! + eb[j]!));
      }),
    );
  });

  it("costs lower the result and revenues raise it: the signs never change", () => {
    fc.assert(
      fc.property(input, (i) => {
        const [pay, prices, taxRate, taxBase, interest, grant, assistance] = effects(i);
        return (
          pay! <= 0 &&
          prices! <= 0 &&
          interest! <= 0 &&
          assistance! <= 0 &&
          taxRate! >= 0 &&
          taxBase! >= 0 &&
          grant! > 0
        );
      }),
    );
  });

  it("the tax base row is the tax-rate row scaled by the rate: 1 % of the base at r = r/10 × 10 öre", () => {
    fc.assert(
      fc.property(amount, rate, (u, r) => {
        const rows = kanslighetsanalys({ skatteunderlag: u, skattesats: r });
        return close(rows[1]!.effekt, (rows[0]!.effekt * r) / 10);
      }),
    );
  });

  it("rows are independent: one input's row does not depend on the others", () => {
    fc.assert(
      fc.property(input, (i) => {
        const alone = kanslighetsanalys({ bistand: i.bistand })[0]!;
        const all = kanslighetsanalys(i).find((r) => r.post === "Ekonomiskt bistånd")!;
        return alone.effekt === all.effekt;
      }),
    );
  });
});
