import { expectKommunError } from "../__testing__/errors.js";
import { arsavrakning } from "./arsavrakning.js";
import { outnyttjadKapacitet } from "./outnyttjadKapacitet.js";
import { sjalvkostnadspris } from "./sjalvkostnadspris.js";

describe("sjalvkostnadspris", () => {
  it("12 Mkr over 20 000 planned hours is 600 kr an hour; external buyers pay 10 % more, 660", () => {
    expect(sjalvkostnadspris(12_000_000, 20_000)).toBe(600);
    expect(sjalvkostnadspris(12_000_000, 20_000, 0.1)).toBe(660);
  });

  it("a planned volume of zero is div0; a surcharge of 10 for 10 % is value", () => {
    expectKommunError(() => sjalvkostnadspris(1, 0), "div0");
    expectKommunError(() => sjalvkostnadspris(1, 1, 10), "value", { en: /Write 10 %/ });
  });
});

describe("arsavrakning", () => {
  it("a surplus of 100 goes back pro rata to purchases of 500/300/200: 50, 30, 20", () => {
    expect(arsavrakning(900, 1000, [500, 300, 200])).toEqual([50, 30, 20]);
  });

  it("a deficit is charged: −100 → −50, −30, −20", () => {
    expect(arsavrakning(1100, 1000, [500, 300, 200])).toEqual([-50, -30, -20]);
  });

  it("with decimals the parts sum exactly to the surplus: 100 over three equal buyers = 33.34 + 33.33 + 33.33", () => {
    const parts = arsavrakning(900, 1000, [1, 1, 1], 2);
    expect(parts).toEqual([33.34, 33.33, 33.33]);
    expect(Math.round(parts.reduce((a, b) => a + b, 0) * 100)).toBe(10000);
  });

  it("purchases that sum to zero are div0", () => {
    expectKommunError(() => arsavrakning(900, 1000, [0, 0]), "div0");
  });
});

describe("outnyttjadKapacitet", () => {
  it("8 000 of 10 000 hours used: a fifth of 1 Mkr, 200 000, borne centrally when not influenceable", () => {
    expect(
      outnyttjadKapacitet({ kostnader: 1_000_000, kapacitet: 10_000, volym: 8_000, paverkbar: false }),
    ).toEqual({
      kostnad: 200_000,
      barsAv: "centralt",
    });
  });

  it("borne by the seller when the cost could be influenced; nothing unused when fully used", () => {
    expect(outnyttjadKapacitet({ kostnader: 1000, kapacitet: 10, volym: 12, paverkbar: true })).toEqual({
      kostnad: 0,
      barsAv: "saljare",
    });
  });

  it("rejects a non-boolean paverkbar", () => {
    expectKommunError(
      () =>
        outnyttjadKapacitet({ kostnader: 1, kapacitet: 1, volym: 1, paverkbar: "ja" as unknown as boolean }),
      "value",
      { argument: "paverkbar" },
    );
  });
});
