import { createEngine } from "../../../hyperformula/engine";
import { rawOf } from "../../host/types";
import { taxBlock, TAX_ROWS } from "./block";
import type { Measure } from "./fields";
import { taxModel, type TaxState } from "./model";

/** Texts with Intl's no-break spaces as plain spaces, so expectations read as the pane shows them. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

/** Ödeshög-like figures in mnkr: gap 25, tax base 6 900, net cost 1 900, income 320 000 kr. */
const state = (texts: Partial<TaxState["texts"]> = {}, measures: Measure[] = []): TaxState => ({
  unit: "mnkr",
  texts: { gap: "25", base: "6 900", netCost: "1 900", income: "320 000", ...texts },
  measures,
});

/** The written block's values, as Excel (here HyperFormula with the KOMMUN functions) computes them. */
function computed(s: TaxState, lang: "sv" | "en") {
  const m = taxModel(s, lang);
  const block = taxBlock(m, s.unit, lang);
  const hf = createEngine({ S: block.map((r) => r.map((c) => rawOf(c))) }, lang, "en");
  try {
    return hf.getSheetValues(0);
  } finally {
    hf.destroy();
  }
}

describe("Skatt: a raise over 100 kr per 100 kr cannot be meant (issue 23, finding 4)", () => {
  it("Swedish 6,950 in the mnkr tax base: the figures are withheld, the field and 6 950 mnkr are named", () => {
    const m = taxModel(state({ base: "6,950" }), "sv");
    // 25 / (6,95 / 100) = 359,71… kr per 100 kr, rounded up to a whole öre 359,72: more than the whole
    // income (100 kr per 100 kr), and 320 000 × 3,5972 = 1 151 104 kr a person — never shown as a result
    expect(m.result).toBeUndefined();
    expect(m.lines.map(plain)).toEqual([
      "Skattehöjningen blir 359,72 kr per 100 kr, mer än hela inkomsten: det kan inte vara menat, så resultaten visas inte. Skatteunderlag (mnkr) = 6,950 — menade du 6 950 mnkr?",
    ]);
    // the warning beside it still says how 6,950 was read
    expect(m.warnings.map((w) => plain(w.text))[0]).toBe(
      "Skatteunderlag (mnkr): 6,950 läses som 6,95 mnkr (komma är decimaltecken) — menade du 6 950?",
    );
  });

  it("in English, a gap of 25 000 mnkr on a tax base of 6 900 mnkr (362,32 kr per 100 kr) names the gap", () => {
    // 25 000 × 100 / 6 900 = 362,318… → 362,32 rounded up to a whole öre; 6 900 mnkr is a municipality's tax
    // base, so the gap is what is off (s8 finding 6): 25 000 tkr = 25 mnkr, no more than the net cost of 1 900
    const m = taxModel(state({ gap: "25,000", base: "6,900", netCost: "1,900", income: "320,000" }), "en");
    expect(m.result).toBeUndefined();
    expect(plain(m.lines[0]!)).toBe(
      "The tax raise would be 362.32 kr per 100 kr, more than the whole income: that cannot be meant, so the results are not shown. Budget gap (mnkr) = 25,000 — did you mean 25,000 tkr = 25 mnkr?",
    );
  });

  it("a raise of exactly 100 kr per 100 kr (gap 69 on a tax base of 69) is still shown", () => {
    const m = taxModel(state({ gap: "69", base: "69", netCost: "60" }), "sv");
    expect(m.result?.skattehojning).toBe(100);
    expect(m.lines).toEqual([]);
  });
});

describe("Skatt: a surplus is a surplus throughout (issue 23, finding 5)", () => {
  it("gap −4 with no measures: remaining −4 and the same −5 öre after measures as before, and 'överskott på 4 mnkr'", () => {
    const m = taxModel(state({ gap: "−4" }), "sv");
    const r = m.result!;
    // −4 × 10 000 / 6 900 = −5,797… öre, rounded up (towards the cautious cut) to −5 öre
    expect(r.skattehojning).toBe(-0.05);
    expect(r.kvarvarandeGap).toBe(-4);
    expect(r.skattehojningEfterAtgarder).toBe(-0.05);
    // 320 000 kr × −0,05 / 100 = −160 kr a person
    expect(r.kostnadPerPersonEfterAtgarder).toBe(-160);
    expect(m.warnings.map((w) => plain(w.text))).toEqual([
      expect.stringMatching(
        /^Budgetgap \(mnkr\) är negativt, alltså ett överskott på 4 mnkr: ingen skattehöjning/,
      ),
    ]);
  });

  it("the written block reads −4, −4, −5 (not −4, 0, 0): gap, remaining, raise after measures in öre", () => {
    const values = computed(state({ gap: "−4" }), "sv");
    const R = TAX_ROWS;
    expect(values[R.gap - 1]![1]).toBe(-4);
    // no measures: a "no measures" row, then the sum row (1-based firstMeasure + 1), remaining, its raise
    const sumRow = R.firstMeasure + 1;
    expect(values[sumRow - 1]![1]).toBe(0);
    expect(values[sumRow]![1]).toBe(-4);
    expect(values[sumRow + 1]![1]).toBe(-5);
  });

  it("a surplus grows with measures: gap −4 and a saving of 2 leave a surplus of 6 (−6 mnkr, −8 öre)", () => {
    const measure: Measure = {
      id: 1,
      kind: "ovrigt",
      name: "Lokaler",
      startYear: "2027",
      amount: "2",
      model: {},
    };
    const m = taxModel(state({ gap: "−4" }, [measure]), "sv");
    // −6 × 10 000 / 6 900 = −8,69… öre, rounded up to −8 öre
    expect(m.result?.kvarvarandeGap).toBe(-6);
    expect(m.result?.skattehojningEfterAtgarder).toBe(-0.08);
    expect(m.perYear[0]).toMatchObject({ year: 2027, inEffect: 2, left: -6, raiseLeft: -0.08 });
    const values = computed(state({ gap: "−4" }, [measure]), "sv");
    const sumRow = TAX_ROWS.firstMeasure + 1;
    expect(values[sumRow]![1]).toBe(-6);
    expect(values[sumRow + 1]![1]).toBe(-8);
  });

  it("a positive gap keeps the remaining gap at 0 when the measures close it (25 gap, 30 of measures)", () => {
    const measure: Measure = {
      id: 1,
      kind: "ovrigt",
      name: "Lokaler",
      startYear: "2027",
      amount: "30",
      model: {},
    };
    const m = taxModel(state({}, [measure]), "sv");
    expect(m.result?.kvarvarandeGap).toBe(0);
    expect(m.result?.skattehojningEfterAtgarder).toBe(0);
  });
});

describe("Skatt: only a plausible reading of a low income is suggested (issue 23, finding 8)", () => {
  it("0,2137 kr: in tkr still 213,7 kr (too low), in mnkr 213 700 kr — so mnkr is suggested", () => {
    const w = taxModel(state({ income: "0,2137" }), "sv").warnings.map((x) => plain(x.text));
    expect(w).toEqual([
      "Beskattningsbar inkomst per person (kr): 0,2137 kr om året är mindre än 10 000 kr — troligen i mnkr (0,2137 mnkr = 213 700 kr).",
    ]);
  });

  it("320 kr: 320 tkr = 320 000 kr is plausible, so tkr is suggested", () => {
    const w = taxModel(state({ income: "320" }), "en").warnings.map((x) => plain(x.text));
    expect(w).toEqual([
      expect.stringContaining(
        "320 kr a year is less than 10,000 kr — probably in tkr (320 tkr = 320,000 kr).",
      ),
    ]);
  });

  it("0,000002 kr: neither tkr (0,002 kr) nor mnkr (2 kr) is plausible, so no unit is suggested", () => {
    const w = taxModel(state({ income: "0,000002" }), "sv").warnings.map((x) => plain(x.text));
    expect(w).toEqual([expect.stringMatching(/mindre än 10 000 kr — står beloppet i kronor\?$/)]);
  });
});
