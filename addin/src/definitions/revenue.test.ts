import { isKommunError, type KommunError } from "@kommunkalkyl/calc-core";
import { findFunction } from "./index";
import type { ExcelValue, Lang } from "./types";

/** Invokes a definition and returns the KommunError it throws. */
function errorOf(id: string, args: ExcelValue[], lang: Lang = "sv"): KommunError {
  try {
    findFunction(id)!.invoke(args, lang);
  } catch (e) {
    if (isKommunError(e)) return e;
    throw e;
  }
  throw new Error(`${id} did not throw`);
}

describe("the revenue functions name the argument as Excel shows it", () => {
  it("says länsskattesats / county_rate for 0,1941 written for 19,41", () => {
    const e = errorOf("INCOMEEQUALISATION", [200000, 250000, 30000, 0.1941]);
    expect(e.sv).toMatch(/^Argumentet länsskattesats = 0,1941 .*skriv 19,41/);
    expect(e.en).toMatch(/^Argument county_rate = 0.1941 .*write 19.41/);
    expect(e.argument).toBe("länsskattesats");
  });

  it("says invånare / inhabitants for a negative number of inhabitants", () => {
    const e = errorOf("FINALSETTLEMENT", [-250, -30000]);
    expect(e.sv).toMatch(/^Argumentet invånare = -30000 ligger utanför/);
    expect(e.en).toMatch(/^Argument inhabitants = -30000/);
  });

  it("says faktorer / factors, with the position, for 4,8 written for 1,048", () => {
    const e = errorOf("UPLIFTEDTAXBASE", [2087172, [[4.8, 1.034]]]);
    expect(e.sv).toContain("Argumentet faktorer (plats 1) = 4,8");
    expect(e.sv).toContain("skriv 1,048, inte 4,8");
    expect(e.en).toContain("Argument factors (position 1) = 4.8");
  });

  it("asks for avgiftsskattesats / charge_rate above 115 %, not avgiftsSkattesats", () => {
    const e = errorOf("INCOMEEQUALISATION", [300000, 250000, 30000, 19.05]);
    expect(e.code).toBe("na");
    expect(e.sv).toContain("ange avgiftsskattesats.");
    expect(e.en).toContain("give charge_rate.");
    expect(e.sv).not.toContain("avgiftsSkattesats");
  });

  it("says tax_base for text where the tax base goes, and kr_per_invånare for text in the settlement", () => {
    expect(errorOf("UPLIFTEDTAXBASE", ["abc", [[1.048]]], "en").en).toMatch(
      /^Argument tax_base must be a number/,
    );
    expect(errorOf("FINALSETTLEMENT", ["250", 30000]).sv).toMatch(
      /^Argumentet kr_per_invånare måste vara ett tal/,
    );
  });

  it("leaves the Swedish prose alone: skattekraften, medelskattekraften", () => {
    const e = errorOf("INCOMEEQUALISATION", [300000, 250000, 30000, 19.05]);
    expect(e.sv).toMatch(/^Skattekraften är över 115 % av medelskattekraften/);
  });
});
