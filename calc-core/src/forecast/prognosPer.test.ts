import { expectKommunError } from "../__testing__/errors.js";
import { prognosPer } from "./prognosPer.js";

describe("prognosPer — forecast as of a month, budget years that start in another month", () => {
  it("as of August uses January–August only: 8 × 90 = 720; 720 × 12 / 8 = 1 080", () => {
    const utfall = [90, 90, 90, 90, 90, 90, 90, 90, 500, 500];
    expect(prognosPer({ budget: 1200, utfall, per: "2025-08", budgetar: 2025, metod: "linjar" })).toBe(1080);
  });

  it("a budget year from July: as of September 2025 is its third month, 300 × 12 / 3 = 1 200", () => {
    expect(
      prognosPer({
        budget: 1200,
        utfall: [100, 100, 100, 100],
        per: "2025-09",
        budgetar: 2025,
        startmanad: 7,
        metod: "linjar",
      }),
    ).toBe(1200);
  });

  it("crosses the new year: a July year as of February 2026 is month 8", () => {
    const utfall = [100, 100, 100, 100, 100, 100, 100, 100];
    expect(
      prognosPer({ budget: 0, utfall, per: "2026-02", budgetar: 2025, startmanad: 7, metod: "linjar" }),
    ).toBe(1200);
  });

  it("names a gap by its calendar month in a July year: the third month is September", () => {
    expectKommunError(
      () =>
        prognosPer({
          budget: 1200,
          utfall: [100, 100, null, 100],
          per: "2025-10",
          budgetar: 2025,
          startmanad: 7,
        }),
      "value",
      { sv: /september/, en: /September/ },
    );
  });

  it("rejects a period outside the budget year, a badly written period, and outcomes that stop short", () => {
    expectKommunError(() => prognosPer({ budget: 1, utfall: [1], per: "2024-12", budgetar: 2025 }), "value", {
      argument: "per",
    });
    expectKommunError(() => prognosPer({ budget: 1, utfall: [1], per: "augusti", budgetar: 2025 }), "value", {
      en: /year-month/,
    });
    expectKommunError(
      () => prognosPer({ budget: 1, utfall: [1, 1], per: "2025-05", budgetar: 2025 }),
      "value",
      { argument: "utfall" },
    );
  });
});
