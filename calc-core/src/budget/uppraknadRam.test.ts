import { expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { implicitEffektivisering } from "./implicitEffektivisering.js";
import { uppraknadRam } from "./uppraknadRam.js";

describe("uppraknadRam", () => {
  it("100 Mkr fully compensated for PKV 4.9 % becomes 104.9 Mkr", () => {
    expect(uppraknadRam(100, 0.049)).toBe(104.9);
  });

  it("compensated at 80 %: 100 × (1 + 0.049 × 0.8) = 103.92", () => {
    expect(uppraknadRam(100, 0.049, 0.8)).toBe(103.92);
  });

  it("rejects 80 for 80 % compensation", () => {
    expectKommunError(() => uppraknadRam(100, 0.049, 80), "value", { en: /Write 80 % \(0.8\)/ });
  });

  it("rejects 4.9 for 4.9 %", () => {
    expectKommunError(() => uppraknadRam(100, 4.9), "value", { argument: "index" });
  });
});

describe("implicitEffektivisering", () => {
  it("100 Mkr, PKV 4.9 %, 80 % compensated: the committee must absorb 100 × 0.049 × 0.2 = 0.98 Mkr", () => {
    expect(implicitEffektivisering(100, 0.049, 0.8)).toBe(0.98);
  });

  it("full compensation hides no requirement", () => {
    expect(implicitEffektivisering(100, 0.049, 1)).toBe(0);
  });

  it("frame uplift plus the implicit requirement is the fully compensated frame", () => {
    // 103.92 + 0.98 = 104.9
    expect(uppraknadRam(100, 0.049, 0.8) + implicitEffektivisering(100, 0.049, 0.8)).toBeCloseTo(104.9, 10);
  });

  it.each(NOT_NUMBERS)("rejects %s as the compensation degree", (_l, x) => {
    expectKommunError(() => implicitEffektivisering(100, 0.049, x as number), "value", {
      argument: "kompensationsgrad",
    });
  });
});
