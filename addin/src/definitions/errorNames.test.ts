import { enGB, svSE } from "hyperformula/i18n/languages";
import { EXCEL_ERROR_NAMES, errorNameIn } from "./errorNames";

describe("Excel's error names in Swedish and English", () => {
  it("agrees with HyperFormula's Swedish and English packs (the CLI's names) for every error both know", () => {
    const sv = (svSE as { errors: Record<string, string> }).errors;
    const en = (enGB as { errors: Record<string, string> }).errors;
    const shared = Object.keys(EXCEL_ERROR_NAMES).filter((k) => k in sv);
    // HyperFormula knows these six of Excel's errors; #NULL! and #GETTING_DATA it does not have
    expect(shared.sort()).toEqual(["DIV_BY_ZERO", "NA", "NAME", "NUM", "REF", "VALUE"]);
    for (const k of shared) {
      const names = EXCEL_ERROR_NAMES[k as keyof typeof EXCEL_ERROR_NAMES];
      expect({ k, sv: names.sv, en: names.en }).toEqual({ k, sv: sv[k], en: en[k] });
    }
  });

  it("names an error as Swedish Excel shows it (support.microsoft.com, FEL.TYP) and back", () => {
    expect(errorNameIn("#VALUE!", "sv")).toBe("#VÄRDEFEL!");
    expect(errorNameIn("#DIV/0!", "sv")).toBe("#DIVISION/0!");
    expect(errorNameIn("#N/A", "sv")).toBe("#SAKNAS!");
    expect(errorNameIn("#NAME?", "sv")).toBe("#NAMN?");
    expect(errorNameIn("#REF!", "sv")).toBe("#REFERENS!");
    expect(errorNameIn("#NUM!", "sv")).toBe("#OGILTIGT!");
    expect(errorNameIn("#NULL!", "sv")).toBe("#SKÄRNING!");
    // Swedish Excel's own value read in an English pane; the support page writes them "#Värdefel!"
    expect(errorNameIn("#VÄRDEFEL!", "en")).toBe("#VALUE!");
    expect(errorNameIn("#Saknas!", "en")).toBe("#N/A");
    expect(errorNameIn("#VALUE!", "en")).toBe("#VALUE!");
  });

  it("leaves an error it has no Swedish name for as Excel gave it", () => {
    expect(errorNameIn("#SPILL!", "sv")).toBe("#SPILL!");
    expect(errorNameIn("#BUSY!", "en")).toBe("#BUSY!");
  });
});
