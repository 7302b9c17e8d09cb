import { rawOf } from "../../host/types";
import { formatAmount, formatPercentAmount } from "../../shared/format";
import { taxBlock, TAX_ROWS } from "./block";
import type { Measure } from "./fields";
import { taxModel, type TaxState } from "./model";

/** Texts with Intl's no-break spaces as plain spaces, so expectations read as the pane shows them. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const warnings = (s: TaxState, lang: "sv" | "en" = "sv") =>
  taxModel(s, lang).warnings.map((w) => ({ field: w.field, text: plain(w.text) }));

/** Ödeshög-like figures in mnkr: gap 25, tax base 6 900, net cost 1 900, income 320 000 kr. */
const state = (texts: Partial<TaxState["texts"]> = {}, measures: Measure[] = []): TaxState => ({
  unit: "mnkr",
  texts: { gap: "25", base: "6 900", netCost: "1 900", income: "320 000", ...texts },
  measures,
});

const measure = (patch: Partial<Measure> = {}): Measure => ({
  id: 1,
  kind: "ovrigt",
  name: "",
  startYear: "2027",
  amount: "",
  model: {},
  ...patch,
});

describe("taxWarnings: what the inputs cannot have meant", () => {
  it("Swedish 6,950 in the mnkr tax base is read as 6,95 mnkr: the relation warning AND “menade du 6 950?”", () => {
    // 6,95 mnkr of tax base against 1 900 mnkr of net cost: a ratio of 0,004, below 1
    const w = warnings(state({ base: "6,950" }));
    expect(w.map((x) => x.field)).toEqual(["Skatteunderlag (mnkr)", "Skatteunderlag (mnkr)"]);
    expect(w[0]!.text).toBe(
      "Skatteunderlag (mnkr): 6,950 läses som 6,95 mnkr (komma är decimaltecken) — menade du 6 950?",
    );
    expect(w[1]!.text).toContain("är mindre än Verksamhetens nettokostnad (mnkr)");
    // computed from 6,95 as typed, 25 / (6,95 / 100) = 359,712… kr per 100 kr: more than the whole income,
    // so the figures are withheld with the reason (issue 23; findings.test.ts)
    expect(taxModel(state({ base: "6,950" }), "sv").result).toBeUndefined();
  });

  it("plausible figures (gap 25, base 6 900, net cost 1 900 mnkr, income 320 000 kr) give no warning", () => {
    expect(warnings(state())).toEqual([]);
  });

  it("a tax base of 6 900 000 in the mnkr field is a tkr figure: 6 900 000 tkr = 6 900 mnkr", () => {
    // 6 900 000 mnkr = 6,9 × 10^12 kr, more than the 10^12 kr no Swedish tax base reaches
    const w = warnings(state({ base: "6 900 000" }));
    expect(w).toHaveLength(1);
    expect(w[0]!.field).toBe("Skatteunderlag (mnkr)");
    expect(w[0]!.text).toContain("troligen ett belopp i tkr (6 900 000 tkr = 6 900 mnkr)");
  });

  it("a tax base of 6 900 in the tkr field is an mnkr figure: 6 900 mnkr = 6 900 000 tkr", () => {
    const w = warnings({ ...state({ base: "6 900", gap: "25 000", netCost: "1 900 000" }), unit: "tkr" });
    expect(w.map((x) => x.text)).toEqual([
      expect.stringContaining("troligen ett belopp i mnkr (6 900 mnkr = 6 900 000 tkr)"),
    ]);
  });

  it("a tax base below the net cost (1 500 against 1 900) asks whether they are in the same unit", () => {
    const w = warnings(state({ base: "1 500" }));
    expect(w).toEqual([
      {
        field: "Skatteunderlag (mnkr)",
        text: "Skatteunderlag (mnkr) är mindre än Verksamhetens nettokostnad (mnkr). Skatteunderlaget är normalt flera gånger nettokostnaden; står de i samma enhet?",
      },
    ]);
  });

  it("a tax base 36 times the net cost (6 900 against 190) is a unit mix-up, not a municipality", () => {
    // 6 900 / 190 = 36,3 → "36 gånger"
    expect(warnings(state({ netCost: "190" }))[0]!.text).toContain("är 36 gånger Verksamhetens nettokostnad");
  });

  it("an income of 320 (meant as tkr) is 320 tkr = 320 000 kr per person", () => {
    expect(warnings(state({ income: "320" }))).toEqual([
      {
        field: "Beskattningsbar inkomst per person (kr)",
        text: "Beskattningsbar inkomst per person (kr): 320 kr om året är mindre än 10 000 kr — troligen i tkr (320 tkr = 320 000 kr).",
      },
    ]);
  });

  it("a gap larger than the net cost (1 950 of 1 900) says the efficiency is over 100 %", () => {
    // 1 950 / 1 900 = 1,0263… → 102,63 %
    const w = warnings(state({ gap: "1 950" }));
    expect(w.map((x) => x.field)).toEqual(["Budgetgap (mnkr)"]);
    expect(w[0]!.text).toContain("effektiviseringen blir 102,63 %, mer än hela verksamheten");
  });

  it("a negative gap is a surplus, and the negative raise is said to be a possible cut", () => {
    const w = warnings(state({ gap: "−4" }), "en");
    expect(w).toHaveLength(1);
    expect(w[0]!.text).toContain(
      "Budget gap (mnkr) is negative, that is a surplus of 4 mnkr: no tax raise is needed.",
    );
  });

  it("25 kr typed in the mnkr gap field (0,000025 mnkr) is a very small gap", () => {
    const m = taxModel(state({ gap: "25 kr" }), "sv");
    expect(m.main.gap.parsed).toEqual({ status: "ok", value: 0.000025, converted: "= 0,000025\u00a0mnkr" });
    expect(m.warnings.map((w) => plain(w.text))).toEqual([
      "Budgetgap (mnkr): 0,000025 mnkr är ett mycket litet gap. Menade du ett belopp i en annan enhet?",
    ]);
  });
});

describe("taxModel: a field is judged once left, an empty measure is left out with a note", () => {
  it("an empty gap nobody has left yet is no error: the results wait with a neutral note", () => {
    const m = taxModel(state({ gap: "" }), "sv", () => false);
    expect(m.lines).toEqual([]);
    expect(m.result).toBeUndefined();
    expect(m.notes).toEqual(["Resultaten visas när Budgetgap (mnkr) är ifyllt."]);
  });

  it("once left (or after an attempt to write), the same empty gap is an error naming the field", () => {
    const m = taxModel(state({ gap: "" }), "sv", (label) => label === "Budgetgap (mnkr)");
    expect(m.lines).toEqual(["Budgetgap (mnkr): Fyll i ett värde."]);
  });

  it("a new measure with no amount is left out of the totals with a note, and the results stay", () => {
    const m = taxModel(state({}, [measure()]), "sv");
    expect(m.counted).toEqual([false]);
    expect(m.lines).toEqual([]);
    expect(m.notes).toEqual(["Åtgärd 1 räknas inte med förrän dess fält är ifyllda."]);
    // nothing closed: the raise is the gap's, 25 / 69 = 0,362 → 0,37 kr per 100 kr (rounded up to whole öre)
    expect(m.result!.atgarderSumma).toBe(0);
    expect(m.result!.skattehojning).toBeCloseTo(0.37, 10);
  });

  it("a measure with text that is no number is counted and judged: an error, not a silent omission", () => {
    const m = taxModel(state({}, [measure({ amount: "abc" })]), "sv");
    expect(m.counted).toEqual([true]);
    expect(m.lines).toEqual(["Åtgärd 1 · Besparing per år (mnkr): ”abc” är inte ett tal."]);
  });
});

describe("taxModel: a total and its rounded parts", () => {
  it("measures of 6,805 and 2,805 mnkr are shown 6,81 and 2,81 but close 9,61: a note says so", () => {
    const m = taxModel(state({}, [measure({ amount: "6,805" }), measure({ id: 2, amount: "2,805" })]), "sv");
    expect(m.result!.atgarderSumma).toBeCloseTo(9.61, 10);
    expect(m.notes).toEqual([
      "Summan 9,61 är räknad på de oavrundade beloppen; de avrundade delarna ger 9,62.",
    ]);
  });
});

describe("taxBlock: inputs first, then the formulas that use them", () => {
  it("writes gap, base, net cost and income in B2:B5 and the outputs below them", () => {
    const m = taxModel(state({}, [measure({ amount: "9,5" })]), "sv");
    const block = taxBlock(m, "mnkr", "sv");
    const col = (row: number, c = 1) => rawOf(block[row - 1]![c] ?? null);
    expect([2, 3, 4, 5].map((r) => col(r))).toEqual([25, 6900, 1900, 320000]);
    // the inputs marked as the samples mark them (yellow), the outputs not; headers bold
    expect([2, 3, 4, 5].map((r) => block[r - 1]![1]).every((c) => !!c && c.style === "input")).toBe(true);
    expect(block[TAX_ROWS.raise - 1]![1]).not.toHaveProperty("style");
    expect(block[TAX_ROWS.measuresHead - 1]!.every((c) => c !== null && c.style === "header")).toBe(true);
    expect(col(TAX_ROWS.raise)).toBe("=KOMMUN.TAXRAISEFOR(B2,B3)");
    expect(col(TAX_ROWS.perPerson)).toBe("=KOMMUN.TAXCOSTPERPERSON(B6,B5)");
    expect(col(TAX_ROWS.efficiency)).toBe("=KOMMUN.EFFICIENCYNEEDED(B2,B4)");
    // the measure on row 12, its tax equivalent in öre
    expect(col(12, 1)).toBe(9.5);
    expect(col(12, 3)).toBe("=KOMMUN.TAXEQUIVALENT(B12,$B$3)*100");
    // the per-year raise left is in öre, as in the pane (not kr per 100 kr)
    const last = block[block.length - 1]!;
    expect(rawOf(last[3] ?? null)).toMatch(/^=KOMMUN\.TAXRAISEFOR\(C\d+,\$B\$3\)\*100$/);
    expect(rawOf(block[block.length - 4]![3] ?? null)).toBe("Skattehöjning kvar (öre)");
  });

  it("leaves a measure that is not filled in out of the sheet, as out of the totals", () => {
    const m = taxModel(state({}, [measure(), measure({ id: 2, amount: "9,5", name: "Lokaler" })]), "sv");
    const block = taxBlock(m, "mnkr", "sv");
    expect(rawOf(block[11]![0] ?? null)).toBe("Lokaler");
    expect(rawOf(block[12]![0] ?? null)).toBe("Åtgärderna stänger");
    expect(rawOf(block[12]![1] ?? null)).toBe("=SUM(B12:B12)");
  });
});

describe("a small gap (25 tkr = 0,025 mnkr): no figure reads as 0 or as another amount (issue 23, review s7)", () => {
  it("the efficiency, the remaining gap and the whole-öre raise say what they are", () => {
    const m = taxModel(state({ gap: "25 tkr" }), "sv");
    const r = m.result!;
    // 0,025 / 1 900 = 0,0000131…: 0,0013 %, two significant digits, never "0 %"
    expect(r.effektiviseringsbehov).toBeCloseTo(0.025 / 1900, 12);
    expect(plain(formatPercentAmount(r.effektiviseringsbehov, "sv"))).toBe("0,0013 %");
    // the remaining gap with the echo's decimals: 0,025, not 0,03
    expect(m.moneyDigits).toBe(3);
    expect(formatAmount(r.kvarvarandeGap, "sv", m.moneyDigits)).toBe("0,025");
    // 0,025 / 6 900 × 10 000 = 0,0362 öre per 100 kr, rounded up to 1 öre; 320 000 × 0,01 / 100 = 32 kr
    // for the whole öre, 320 000 × 0,025 / 6 900 = 1,159… kr for the gap itself
    expect(r.skattehojning).toBe(0.01);
    expect(r.kostnadPerPerson).toBe(32);
    expect(plain(m.roundedUp!)).toBe(
      "Gapet motsvarar 0,036 öre per 100 kr, avrundat uppåt till hela öre: 1 öre. Gapet i sig kostar 1,16 kr per person, skattehöjningen 32 kr.",
    );
    expect(plain(taxModel(state({ gap: "25 tkr" }), "en").roundedUp!)).toBe(
      "The gap equals 0.036 öre per 100 kr, rounded up to whole öre: 1 öre. The gap itself costs 1.16 kr a person, the raise 32 kr.",
    );
    // without an income only the raise is said
    expect(plain(taxModel(state({ gap: "25 tkr", income: "" }), "sv").roundedUp!)).toBe(
      "Gapet motsvarar 0,036 öre per 100 kr, avrundat uppåt till hela öre: 1 öre.",
    );
  });

  it("the normal case keeps its figures and has no rounding note (25 mnkr: 36,2 → 37 öre, 1 184 kr, 1,32 %)", () => {
    const m = taxModel(state(), "sv");
    // 25 / 6 900 × 10 000 = 36,23 öre → 37 öre, rounded up by less than the raise itself
    expect(m.result!.skattehojning).toBe(0.37);
    expect(m.roundedUp).toBeUndefined();
    expect(m.moneyDigits).toBe(2);
    // 25 / 1 900 = 1,3158 % → 1,32 %
    expect(plain(formatPercentAmount(m.result!.effektiviseringsbehov, "sv"))).toBe("1,32 %");
  });
});
