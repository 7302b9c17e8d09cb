import { expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { viktatIndex } from "./viktatIndex.js";

// Seed 001, table 1: SKR's price index for municipal activity (PKV), in %.
const TABLE_1 = [
  { year: 2022, labour: 2.7, labourWeight: 69.6, other: 10, otherWeight: 30.4, pkv: 4.9 },
  { year: 2023, labour: 6.6, labourWeight: 68.6, other: 4.5, otherWeight: 31.4, pkv: 5.9 },
  { year: 2024, labour: 5.5, labourWeight: 69.1, other: 2.7, otherWeight: 30.9, pkv: 4.6 },
];

describe("viktatIndex", () => {
  it.each(TABLE_1)("PKV $year from its components and weights is $pkv % at one decimal", (row) => {
    const index = viktatIndex([row.labour / 100, row.other / 100], [row.labourWeight, row.otherWeight]);
    expect(Math.round(index * 1000) / 10).toBe(row.pkv);
  });

  it("PKV 2022 exactly: 0.027 × 0.696 + 0.10 × 0.304 = 0.049192", () => {
    expect(viktatIndex([0.027, 0.1], [0.696, 0.304])).toBe(0.049192);
  });

  it("weights in percent and as shares agree", () => {
    expect(viktatIndex([0.066, 0.045], [68.6, 31.4])).toBe(viktatIndex([0.066, 0.045], [0.686, 0.314]));
  });

  it("rejects 2.7 for 2.7 % with a hint", () => {
    expectKommunError(() => viktatIndex([2.7, 0.1], [69.6, 30.4]), "value", { en: /Write 2.7 % \(0.027\)/ });
  });

  it("rejects ranges of different sizes, naming both", () => {
    expectKommunError(() => viktatIndex([0.027, 0.1], [69.6]), "value", { sv: /2 värden.*1 värden/ });
  });

  it("rejects weights that sum to zero", () => {
    expectKommunError(() => viktatIndex([0.027, 0.1], [0, 0]), "div0");
  });

  it.each(NOT_NUMBERS)("rejects %s as a weight", (_l, x) => {
    expectKommunError(() => viktatIndex([0.027, 0.1], [1, x as number]), "value", { argument: "vikter" });
  });
});
