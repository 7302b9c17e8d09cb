import { renderToString } from "react-dom/server";
import { createEngine } from "../../../hyperformula/engine";
import { rawOf } from "../../host/types";
import {
  sensitivityBlock,
  sensitivityStartTexts,
  sensitivityView,
  SENSITIVITY_FIELDS,
  type SensitivityField,
} from "./model";
import { SensitivityPanel } from "./View";

const EMPTY = Object.fromEntries(SENSITIVITY_FIELDS.map((f) => [f, ""])) as Record<SensitivityField, string>;

describe("the sensitivity panel's view", () => {
  it("computes the rows from amounts typed in mnkr the Swedish way", () => {
    const v = sensitivityView(
      { ...EMPTY, personalkostnader: "1 400", skatteunderlag: "6 900", skattesats: "21,5" },
      "sv",
    );
    expect(v.kind).toBe("table");
    if (v.kind !== "table") return;
    // −1 % of 1 400 mnkr = −14; 6 900 × 0,001 = 6,9; 1 % of 6 900 × 21,5 % = 14,835
    expect(v.rows).toEqual([
      { post: "Lönekostnader", forandring: "+1\u00a0%", effektMnkr: -14 },
      { post: "Skattesats", forandring: "+10\u00a0öre", effektMnkr: 6.9 },
      { post: "Skatteunderlag i riket", forandring: "+1\u00a0%", effektMnkr: 14.835 },
    ]);
    expect(v.input).toEqual({
      personalkostnader: 1_400_000_000,
      skatteunderlag: 6_900_000_000,
      skattesats: 21.5,
    });
  });

  it("labels the rows in English, and counts inhabitants and the tax rate without the mnkr factor", () => {
    const v = sensitivityView({ ...EMPTY, invanare: "30000" }, "en");
    expect(v).toEqual({
      kind: "table",
      rows: [{ post: "General state grant", forandring: "+100\u00a0kr per inhabitant", effektMnkr: 3 }],
      input: { invanare: 30000 },
      warnings: [],
    });
  });

  it("shows a message instead of results for text that is not a number, naming the field", () => {
    expect(sensitivityView({ ...EMPTY, personalkostnader: "1 400", laneskuld: "mycket" }, "sv")).toEqual({
      kind: "message",
      messages: ["Låneskuld (mnkr): ”mycket” är inte ett tal."],
    });
  });

  it("lists every wrong field once, each by its label, and computes nothing from the others", () => {
    const v = sensitivityView({ ...EMPTY, personalkostnader: "1.400", invanare: "30 000,5" }, "sv");
    expect(v.kind).toBe("message");
    if (v.kind !== "message") return;
    expect(v.messages).toHaveLength(2);
    expect(v.messages[0]).toMatch(/^Personalkostnader inkl\. PO \(mnkr\): Punkt skiljer inte tusental/);
    expect(v.messages[1]).toBe("Invånare: Ska vara ett heltal.");
  });

  it("names the field for a value out of range: a tax rate without a tax base, 0,215 for 21,5, a negative debt", () => {
    // both rows of the tax rate (+10 öre on the tax base, the national base) need the tax base: with nothing
    // else typed, no table and both rows named
    const noBase = sensitivityView({ ...EMPTY, skattesats: "21,5" }, "sv");
    expect(noBase).toEqual({
      kind: "message",
      messages: [
        "Raden ”Skattesats +10\u00a0öre” visas när Skatteunderlag (mnkr) är ifyllt.",
        "Raden ”Skatteunderlag i riket +1\u00a0%” visas när Skatteunderlag (mnkr) är ifyllt.",
      ],
    });
    const share = sensitivityView({ ...EMPTY, skatteunderlag: "6900", skattesats: "0.215" }, "en");
    expect(share.kind === "message" && share.messages.join(" ")).toMatch(/write 21.5/);
    const negative = sensitivityView({ ...EMPTY, laneskuld: "-5" }, "en");
    // the message starts with the label of the field the user typed in, never calc-core's argument id
    expect(negative.kind === "message" && negative.messages).toEqual([
      "Loan debt (mnkr): Must be at least 0\u00a0mnkr.",
    ]);
  });

  it("asks for at least one field when nothing is typed", () => {
    expect(sensitivityView(EMPTY, "en")).toEqual({
      kind: "empty",
      message: "Fill in at least one field to see the table.",
    });
  });
});

describe("the block the panel writes", () => {
  it("puts the inputs as typed (mnkr) in yellow cells from B3, and a live KOMMUN.SENSITIVITY formula at A15", () => {
    const block = sensitivityBlock(
      { personalkostnader: 1_400_000_000, skattesats: 21.5, skatteunderlag: 6.9e9 },
      "sv",
    );
    // title, note, eleven inputs (rows 3–13), a blank row, the formula
    expect(block).toHaveLength(15);
    expect(block[0]![0]).toEqual({ text: "Känslighetsanalys", style: "header" });
    expect(block.slice(2, 13).map((r) => rawOf(r[1] ?? null))).toEqual([
      1400,
      null,
      6900,
      21.5,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(block[2]![1]).toEqual({ value: 1400, format: "#,##0.0##", style: "input" });
    expect(block[2]![0]).toEqual({ text: "Personalkostnader inkl. PO (mnkr)" });
    // a field left empty is left out of the arguments: no row, rather than a row of 0
    expect(block[14]![0]).toEqual({
      formula: "=KOMMUN.SENSITIVITY(B3*1000000,,B5*1000000,B6,,,,,,,)",
      format: "#,##0",
    });
  });
});

describe("the written block computes", () => {
  it("spills the samples' municipality's table below the formula, in the user's language", () => {
    const v = sensitivityView(sensitivityStartTexts("en"), "en");
    if (v.kind !== "table") throw new Error(v.kind);
    const block = sensitivityBlock(v.input, "en");
    const hf = createEngine({ S: block.map((r) => r.map((c) => rawOf(c))) }, "en", "en");
    try {
      const values = hf.getSheetValues(0);
      expect(values[14]).toEqual(["Item", "Change", "Effect on the result"]);
      // as samples/mal-och-budget-2025.xlsx's sheet Känslighetsanalys, with its tax base and equalisation
      // rounded visibly to 0,1 mnkr (6 501,5; 519,8): 1 % of 1 400 mnkr; 10 öre on 6 501,5 mnkr;
      // 1 % × (6 501,5 × 21,5 % + 519,8) = 1 % × (1 397,8225 + 519,8) = 19,176225 mnkr; own base: 13,978225 −
      // 1 % × 215 479 × 30 000 × 19,41 % (12,54734217) = 1,43088283 mnkr; 100 kr × 30 000; 10 % of the
      // assistance as prefilled, 43,6 mnkr (the sample's 43,62 rounded visibly to 0,1): −4,36 mnkr
      const effects = values.slice(15, 23).map((r) => r[2] as number);
      const expected = [-14e6, -9e6, 6_501_500, 19_176_225, 1_430_882.83, -8e6, 3e6, -4_360_000];
      effects.forEach((e, i) => expect(e).toBeCloseTo(expected[i]!, 1));
    } finally {
      hf.destroy();
    }
  });
});

describe("Känslighet's prefill: what is shown is what is computed (issue 23)", () => {
  it("every amount in mnkr is prefilled with at most one decimal, the assistance as 43,6 (not 43,62)", () => {
    const sv = sensitivityStartTexts("sv");
    // the sample's 43,62 mnkr of assistance, 6 501,486 of tax base and 519,825033 of equalisation, each
    // rounded to 0,1 mnkr; the rate and county rate keep their two decimals (kr per 100 kr)
    expect(sv.bistand).toBe("43,6");
    expect(sv.skatteunderlag.replace(/\u00a0/g, " ")).toBe("6 501,5");
    expect(sv.inkomstutjamning).toBe("519,8");
    expect(sensitivityStartTexts("en").bistand).toBe("43.6");
    for (const f of ["personalkostnader", "ovrigaKostnader", "laneskuld", "bistand"] as const)
      expect(sv[f]).toMatch(/^[\d\u00a0]+(,\d)?$/);
  });

  it("the assistance row is 10 % of the 43,6 shown: −4,36 mnkr, and the view says −4,36", () => {
    const v = sensitivityView(sensitivityStartTexts("sv"), "sv");
    if (v.kind !== "table") throw new Error(v.kind);
    // −0,1 × 43,6 = −4,36 (with the sample's unrounded 43,62 it would be −4,362)
    expect(v.rows.find((r) => r.post === "Ekonomiskt bistånd")?.effektMnkr).toBeCloseTo(-4.36, 12);
    expect(v.input.bistand).toBe(43_600_000);
  });
});

describe("the panel renders", () => {
  it("opens with the samples' municipality: eleven fields, the table, and no error", () => {
    const html = renderToString(<SensitivityPanel lang="sv" write={async () => undefined} />);
    for (const id of SENSITIVITY_FIELDS) expect(html).toContain(`id="sens-${id}"`);
    expect(html).toContain("Eget skatteunderlag");
    expect(html).toContain("Skatteunderlag i riket");
    expect(html).not.toContain('data-testid="sens-problems"');
    expect(html).not.toContain('data-testid="sens-warnings"');
  });
});

describe("sensitivityView: an amount below 1 kr per inhabitant is computed, echoed and warned of (as Skatt)", () => {
  const effect = (v: ReturnType<typeof sensitivityView>, post: string) =>
    v.kind === "table" ? v.rows.find((r) => r.post === post)?.effektMnkr : undefined;

  it("25 tkr of pay costs for 30 000 inhabitants: 0,025 mnkr = 25 000 kr, 25 000 / 30 000 = 0,83 kr each", () => {
    const texts = { ...sensitivityStartTexts("sv"), personalkostnader: "25 tkr" };
    const v = sensitivityView(texts, "sv");
    if (v.kind !== "table") throw new Error(v.kind);
    // pay +1 %: −1 % × 25 000 kr = −250 kr = −0,00025 mnkr; the other rows as without it (prices −1 % × 900)
    expect(effect(v, "Lönekostnader")).toBeCloseTo(-0.00025, 12);
    expect(effect(v, "Priser")).toBeCloseTo(-9, 12);
    expect(v.warnings).toEqual([
      "Personalkostnader inkl. PO (mnkr): 0,025\u00a0mnkr är bara 0,83\u00a0kr per invånare. Fältet är i mnkr — står beloppet i tkr eller kr?",
    ]);
    // the sheet's KOMMUN.KÄNSLIGHETSANALYS refuses the amount, so the table is not written as a formula
    expect(v.unwritable).toMatch(
      /^Tabellen kan inte skrivas som formel.*\(Personalkostnader inkl\. PO \(mnkr\)\)/,
    );
  });

  it("25 kr of tax base: each tax row gets its own part, the own tax base row too", () => {
    const texts = { ...sensitivityStartTexts("en"), skatteunderlag: "25 kr" };
    const v = sensitivityView(texts, "en");
    if (v.kind !== "table") throw new Error(v.kind);
    // tax rate +10 öre: 0,001 × 25 kr = 0,025 kr
    expect(effect(v, "Tax rate")).toBeCloseTo(0.025 / 1e6, 15);
    // national tax base +1 %: 1 % × (25 × 21,5 % + 519,8 mnkr) = 0,05375 kr + 5 198 000 kr
    expect(effect(v, "National tax base")! * 1e6).toBeCloseTo(5_198_000.05375, 4);
    // own tax base +1 %: 0,05375 kr − 1 % × 215 479 × 30 000 × 19,41 % (12 547 342,17 kr)
    expect(effect(v, "Own tax base")! * 1e6).toBeCloseTo(0.05375 - 12_547_342.1739, 2);
    expect(v.warnings[0]).toMatch(
      /^Tax base \(mnkr\): 0\.000025\u00a0mnkr is only 0\.00083\u00a0kr per inhabitant/,
    );
  });
});
