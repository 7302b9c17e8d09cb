import fc from "fast-check";
import { aterstallande } from "./aterstallande.js";
import { balanskravsutredning } from "./balanskravsutredning.js";
import { reserveringsutrymme } from "./reserveringsutrymme.js";

const amount = fc.integer({ min: -1_000_000, max: 1_000_000 });
const positive = fc.integer({ min: 0, max: 1_000_000 });

describe("laws of the balance requirement", () => {
  it("restoring never restores more than was negative, nor more than a year's surplus", () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 12 }), (values) => {
        const rows = aterstallande(values, 2020);
        const negatives = values.filter((v) => v < 0).reduce((s, v) => s - v, 0);
        const restored = rows.reduce((s, r) => s + r.aterstallt, 0);
        expect(restored).toBeLessThanOrEqual(negatives);
        rows.forEach((r, i) => expect(r.aterstallt).toBeLessThanOrEqual(Math.max(0, values[i]!)));
        // what is left is what was negative less what was restored
        expect(rows.at(-1)!.kvarAttAterstalla).toBe(negatives - restored);
      }),
    );
  });

  it("a reservation within the room never turns a non-negative result after adjustments negative", () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 1_000_000 }), fc.boolean(), (r, sob, negative) => {
        const room = reserveringsutrymme(r, sob, negative);
        expect(room).toBeGreaterThanOrEqual(0);
        const b = balanskravsutredning({ resultat: r, reservering: room }).balanskravsresultat;
        if (r >= 0) expect(b).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("the balanskravsresultat is the result less what is deducted plus what is added", () => {
    // the reserve as the law allows it (KL 11 kap. 14 §): a reservation only from a surplus after the
    // adjustments, a use only against a deficit and at most the deficit, never both in one year
    fc.assert(
      fc.property(amount, positive, positive, positive, (resultat, vinster, forluster, reserve) => {
        const efter = resultat - vinster + forluster;
        const res = Math.max(0, Math.min(reserve, resultat, efter));
        const disp = efter < 0 ? Math.min(reserve, -efter) : 0;
        const b = balanskravsutredning({
          resultat,
          realisationsvinster: vinster,
          orealiseradeForluster: forluster,
          reservering: res,
          disposition: disp,
        });
        expect(b.balanskravsresultat).toBe(resultat - vinster + forluster - res + disp);
      }),
    );
  });

  it("a use of the reserve the law does not allow is refused, never computed", () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 1_000_000 }), (resultat, disp) => {
        fc.pre(resultat >= 0 || disp > -resultat);
        expect(() => balanskravsutredning({ resultat, disposition: disp })).toThrow(/KL ch\. 11 § 14/);
      }),
    );
  });

  it("the reserve room never exceeds the result after adjustments less the deficits to restore", () => {
    fc.assert(
      fc.property(
        amount,
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.boolean(),
        positive,
        (r, sob, negative, deficits) => {
          const room = reserveringsutrymme(r, sob, negative, undefined, deficits);
          expect(room).toBeGreaterThanOrEqual(0);
          expect(room).toBeLessThanOrEqual(Math.max(0, r - deficits));
          // and a deficit to restore only ever lowers the room
          expect(room).toBeLessThanOrEqual(reserveringsutrymme(r, sob, negative));
        },
      ),
    );
  });

  it("an accepted reservation never leaves a deficit of earlier years open, with or without taxes and grants", () => {
    fc.assert(
      fc.property(
        amount,
        positive,
        fc.integer({ min: 1, max: 1_000_000 }),
        (resultat, earlier, reservering) => {
          let b;
          try {
            b = balanskravsutredning({ resultat, attAterstallaTidigareAr: earlier, reservering });
          } catch (e) {
            expect((e as { code?: string }).code).toBe("value");
            return;
          }
          // accepted: the reservation came only from what was left after restoring the earlier deficits
          expect(b.attAterstalla).toBe(0);
          expect(reservering).toBeLessThanOrEqual(Math.max(0, resultat - earlier));
        },
      ),
    );
  });

  it("what is to restore is the earlier deficits less this year's result, never below 0", () => {
    fc.assert(
      fc.property(amount, positive, (resultat, earlier) => {
        const b = balanskravsutredning({ resultat, attAterstallaTidigareAr: earlier });
        expect(b.attAterstalla).toBe(Math.max(0, earlier - resultat));
        expect(b.attAterstalla).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
