import { REVENUE_TEXTS } from "./texts";
import { revenueStartTexts, revenueState } from "./model";

describe("Skatter och bidrag's texts (issue 23)", () => {
  it("the uplift factor's hint is a format hint, not a figure that reads as the government's factor", () => {
    // beside a field holding 1,031 a bare "1,048" read as the factor to use; the hint says how to write one
    expect(REVENUE_TEXTS.sv.factorHint).toBe("Skrivs som faktor, t.ex. 1,048 (inte 4,8\u00a0%)");
    expect(REVENUE_TEXTS.en.factorHint).toBe("Written as a factor, e.g. 1.048 (not 4.8%)");
  });

  it("every English text writes a percentage as 3.8%, never 3.8 % (the Swedish style)", () => {
    const all = JSON.stringify(REVENUE_TEXTS.en, (_, v: unknown) =>
      typeof v === "function" ? String(v) : v,
    );
    expect(all).not.toMatch(/\d %/);
  });
});

describe("Skatter och bidrag: a share in a growth field is warned of once (issue 23, finding 2)", () => {
  it("0,038 in Ökning planår 1: computed as 0,038 %, one warning beside the results, 'menade du 3,8 %?'", () => {
    const s = revenueState({ ...revenueStartTexts("sv"), growth1: "0,038" }, "sv");
    // 0,038 % is the share 0,00038, as typed
    expect(s.values.growth1).toBeCloseTo(0.038, 12);
    expect(s.warnings.filter((w) => w.includes("Ökning planår 1"))).toEqual([
      "”Ökning planår 1 (%)” = 0,038\u00a0%: menade du 3,8\u00a0%? Ökningen skrivs i procent (3,8 för +3,8\u00a0%).",
    ]);
  });
});
