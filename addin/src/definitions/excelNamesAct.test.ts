import { isKommunError, type KommunError } from "@kommunkalkyl/calc-core";
import { findFunction, type ExcelValue } from "./index";

/** The error a definition throws for these Excel arguments. */
function errorOf(id: string, args: ExcelValue[]): KommunError {
  try {
    findFunction(id)!.invoke(args, "sv");
  } catch (e) {
    if (isKommunError(e)) return e;
    throw e;
  }
  throw new Error(`${id} computed instead of failing`);
}

describe("error messages name the argument as the Excel user sees it", () => {
  it("a start month of 0 in ÅRSEFFEKT names startmånad / start_month, not startmanad", () => {
    const e = errorOf("YEAREFFECT", [1200000, 0, undefined]);
    expect(e.sv).toContain("Argumentet startmånad = 0");
    expect(e.en).toContain("Argument start_month = 0");
  });

  it('a misspelt status "beslutat" in the second row of ÅTGÄRDSPLAN names the status column and the measure', () => {
    const e = errorOf("ACTIONPLAN", [
      1000000,
      [["Nattbemanning"], ["Köpta platser"]],
      [[1200000], [600000]],
      [[4], [7]],
      [["beslutad"], ["beslutat"]],
      undefined,
      undefined,
    ]);
    expect(e.sv).toContain("Argumentet status (åtgärd 2)");
    expect(e.en).toContain("Argument status (measure 2)");
    expect(e.sv + e.en).not.toContain("atgarder");
  });

  it("a probability of 80 names sannolikhet / probability and asks for 80 %", () => {
    const e = errorOf("ACTIONPLAN", [1000000, [["a"]], [[1200000]], [[4]], [["förslag"]], [[80]], undefined]);
    expect(e.en).toContain("Argument probability (measure 1) = 80");
    expect(e.en).toContain("80 %");
    expect(e.sv).toContain("Argumentet sannolikhet (åtgärd 1) = 80");
  });

  it("a negative deficit is named deficit in English", () => {
    const e = errorOf("ACTIONPLAN", [
      -1000000,
      [["a"]],
      [[1200000]],
      [[4]],
      [["förslag"]],
      undefined,
      undefined,
    ]);
    expect(e.en).toContain("Argument deficit = -1000000");
    expect(e.sv).toContain("Argumentet underskott = -1000000");
  });

  it("ÅTGÄRDSUPPFÖLJNING with two measures and one outcome row names names / outcomes", () => {
    const e = errorOf("ACTIONFOLLOWUP", [
      [["a"], ["b"]],
      [[1.2], [0.6]],
      [[1], [3]],
      [[0.1, 0.1]],
      undefined,
    ]);
    expect(e.en).toContain("Ranges names (2 values) and outcomes (1 values)");
    expect(e.sv).toContain("Områdena namn (2 värden) och utfall (1 värden)");
  });

  it("RESURSFÖRDELNING and DEMOGRAFIEFFEKT name pris_per_enhet and volym_senare", () => {
    const a = errorOf("RESOURCEALLOCATION", [[[1650, 3500]], [[0.135]], undefined, undefined]);
    expect(a.sv).toContain("volymer (2 värden) och pris_per_enhet (1 värden)");
    expect(a.en).toContain("volumes (2 values) and price_per_unit (1 values)");
    const d = errorOf("DEMOGRAPHICCOST", [[[1650, 1700]], [[1610]], [[0.135, 0.26]]]);
    expect(d.sv).toContain("volym_nu (2 värden) och volym_senare (1 värden)");
    expect(d.en).toContain("volumes_now (2 values) and volumes_later (1 values)");
  });
});
