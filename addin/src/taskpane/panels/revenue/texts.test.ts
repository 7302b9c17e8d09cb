import { REVENUE_TEXTS } from "./texts";

describe("Skatter och bidrag's texts (issue 23)", () => {
  it("the uplift factor's hint is a format hint, not a figure that reads as the government's factor", () => {
    // beside a field holding 1,031 a bare "1,048" read as the factor to use; the hint says how to write one
    expect(REVENUE_TEXTS.sv.factorHint).toBe("Skrivs som faktor, t.ex. 1,048 (inte 4,8 %)");
    expect(REVENUE_TEXTS.en.factorHint).toBe("Written as a factor, e.g. 1.048 (not 4.8%)");
  });

  it("every English text writes a percentage as 3.8%, never 3.8 % (the Swedish style)", () => {
    const all = JSON.stringify(REVENUE_TEXTS.en, (_, v: unknown) =>
      typeof v === "function" ? String(v) : v,
    );
    expect(all).not.toMatch(/\d %/);
  });
});
