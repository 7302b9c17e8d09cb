/**
 * Laws of deficit action plans (fast-check), each named after the domain fact it guards.
 */
import fc from "fast-check";
import { arseffekt, atgardsplan, atgardsuppfoljning, type PlanAtgard } from "../index.js";

const amount = fc.integer({ min: 0, max: 1_000_000_000 }).map((x) => x / 100); // kr with öre, ≥ 0
const signed = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((x) => x / 100);
const month = fc.integer({ min: 1, max: 12 });
const status = fc.constantFrom("förslag", "beslutad", "genomförd");
const probability = fc.option(
  fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
  { nil: undefined },
);
const measure: fc.Arbitrary<PlanAtgard> = fc
  .record({
    namn: fc.constantFrom("A", "B", "C"),
    helarseffekt: amount,
    startmanad: month,
    status,
    sannolikhet: probability,
  })
  .map((m) => (m.sannolikhet === undefined ? { ...m, sannolikhet: undefined } : m));
const close = (a: number, b: number, rel = 1e-9) =>
  Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

describe("laws of the year's effect", () => {
  it("a measure starting in the budget year's first month gives its full-year effect", () => {
    fc.assert(fc.property(signed, month, (h, first) => arseffekt(h, first, first) === h));
  });

  it("a year's effect never exceeds the full-year effect and has its sign", () => {
    fc.assert(
      fc.property(signed, month, month, (h, start, first) => {
        const y = arseffekt(h, start, first);
        return Math.abs(y) <= Math.abs(h) && (h === 0 || Math.sign(y) === Math.sign(h) || y === 0);
      }),
    );
  });

  it("a later start never saves more in the year (calendar budget year)", () => {
    fc.assert(
      fc.property(amount, month, month, (h, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        return arseffekt(h, late) <= arseffekt(h, early);
      }),
    );
  });

  it("the year's effect is a whole number of twelfths: × 12 / H is the months left, 1–12", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), month, month, (h, start, first) => {
        const months = (arseffekt(h * 12, start, first) * 12) / (h * 12);
        return (
          Number.isInteger(Math.round(months)) &&
          close(months, Math.round(months)) &&
          months >= 1 &&
          months <= 12
        );
      }),
    );
  });
});

describe("laws of the action plan", () => {
  const plan = fc.tuple(amount, fc.array(measure, { maxLength: 8 }), month);

  it("the months' effects add up to the year's effects, and December's deficit left is the year's", () => {
    fc.assert(
      fc.property(plan, ([deficit, measures, first]) => {
        const p = atgardsplan(deficit, measures, first);
        const months = p.perManad.reduce((s, m) => s + m.effekt, 0);
        const last = p.perManad[11]!;
        return (
          close(months, p.summa) &&
          close(last.kvar, p.kvar) &&
          close(last.kvarBeslutade, p.kvarBeslutade) &&
          close(last.kvarForvantad, p.kvarForvantad)
        );
      }),
    );
  });

  it("counting only decided measures never leaves less, and expected lies between all and none", () => {
    fc.assert(
      fc.property(plan, ([deficit, measures, first]) => {
        const p = atgardsplan(deficit, measures, first);
        return (
          p.kvarBeslutade >= p.kvar - 1e-9 * Math.max(1, deficit) &&
          p.kvarForvantad >= p.kvar - 1e-9 * Math.max(1, deficit) &&
          p.kvarForvantad <= deficit + 1e-9 * Math.max(1, deficit)
        );
      }),
    );
  });

  it("the deficit left falls month by month (savings never increase it)", () => {
    fc.assert(
      fc.property(plan, ([deficit, measures, first]) => {
        const left = atgardsplan(deficit, measures, first).perManad.map((m) => m.kvar);
        return left.every((v, i) => i === 0 || v <= left[i - 1]!);
      }),
    );
  });

  it("each measure's year's effect is arseffekt of its own numbers, and never above its full-year effect", () => {
    fc.assert(
      fc.property(plan, ([deficit, measures, first]) =>
        atgardsplan(deficit, measures, first).atgarder.every(
          (a, i) =>
            a.arseffekt === arseffekt(measures[i]!.helarseffekt, measures[i]!.startmanad, first) &&
            a.arseffekt <= a.helarseffekt &&
            a.forvantadEffekt <= a.arseffekt,
        ),
      ),
    );
  });
});

describe("laws of one-off and permanent measures", () => {
  it("a one-off measure's next-year effect is 0; a permanent one's is its full-year effect", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(measure, fc.boolean()), { minLength: 1, maxLength: 6 }), (list) => {
        const plan = atgardsplan(
          1000,
          list.map(([m, oneOff]) => ({ ...m, engangs: oneOff })),
        );
        plan.atgarder.forEach((a, i) => {
          expect(a.nastaArsEffekt).toBe(list[i]![1] ? 0 : list[i]![0].helarseffekt);
        });
        const permanent = list.filter(([, o]) => !o).reduce((s, [m]) => s + m.helarseffekt, 0);
        expect(close(plan.summaNastaAr, permanent)).toBe(true);
      }),
    );
  });

  it("marking a measure one-off never changes this year's effects", () => {
    fc.assert(
      fc.property(fc.array(measure, { minLength: 1, maxLength: 6 }), (list) => {
        const permanent = atgardsplan(1000, list);
        const oneOff = atgardsplan(
          1000,
          list.map((m) => ({ ...m, engangs: true })),
        );
        expect(oneOff.atgarder.map((a) => a.arseffekt)).toEqual(permanent.atgarder.map((a) => a.arseffekt));
        expect(oneOff.summaNastaAr).toBe(0);
      }),
    );
  });
});

describe("laws of the follow-up", () => {
  it("outcomes exactly as planned give a deviation of 0 and 100 % achieved once something was planned", () => {
    fc.assert(
      fc.property(
        fc.array(measure, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 12 }),
        (measures, upTo) => {
          const f0 = atgardsuppfoljning(
            measures,
            measures.map(() => Array(12).fill(0)),
          );
          const outcomes = f0.atgarder.map((a) => a.planerat.slice(0, upTo));
          const f = atgardsuppfoljning(measures, outcomes);
          return f.atgarder.every(
            (a) => close(a.avvikelseHittills, 0) && (a.planeratHittills === 0 || close(a.uppfyllelse!, 1)),
          );
        },
      ),
    );
  });

  it("a full year of planned months adds up to the year's effect", () => {
    fc.assert(
      fc.property(measure, month, (m, first) => {
        const f = atgardsuppfoljning([m], [Array(12).fill(0)], first);
        const total = f.atgarder[0]!.planerat.reduce((s, v) => s + v, 0);
        return close(total, arseffekt(m.helarseffekt, m.startmanad, first));
      }),
    );
  });
});
