import { renderToString } from "react-dom/server";
import { createEngine } from "../../../hyperformula/engine";
import { rawOf } from "../../host/types";
import { SensitivityPanel, sensitivityBlock, sensitivityView, type SensitivityField } from "./View";

const EMPTY: Record<SensitivityField, string> = {
  personalkostnader: "",
  ovrigaKostnader: "",
  skatteunderlag: "",
  skattesats: "",
  laneskuld: "",
  invanare: "",
  bistand: "",
};

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
      { post: "Lönekostnader", forandring: "+1 %", effektMnkr: -14 },
      { post: "Skattesats", forandring: "+10 öre", effektMnkr: 6.9 },
      { post: "Skatteunderlag i riket", forandring: "+1 %", effektMnkr: 14.835 },
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
      rows: [{ post: "General state grant", forandring: "+100 kr per inhabitant", effektMnkr: 3 }],
      input: { invanare: 30000 },
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
    expect(v.messages[0]).toMatch(/^Personalkostnader inkl\. PO \(mnkr\): Punkt är inte decimaltecken/);
    expect(v.messages[1]).toBe("Invånare: Ska vara ett heltal.");
  });

  it("names the field for a value out of range: a tax rate without a tax base, 0,215 for 21,5, a negative debt", () => {
    const noBase = sensitivityView({ ...EMPTY, skattesats: "21,5" }, "sv");
    expect(noBase).toEqual({
      kind: "message",
      messages: [
        "Skatteunderlag (mnkr) saknas: det behövs för att räkna effekten av 1 % högre skatteunderlag när skattesatsen är angiven.",
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
  it("puts the inputs in kronor in B3:B9 and a live KOMMUN.SENSITIVITY formula at A11", () => {
    const block = sensitivityBlock(
      { personalkostnader: 1_400_000_000, skattesats: 21.5, skatteunderlag: 6.9e9 },
      "sv",
    );
    expect(block).toHaveLength(11);
    expect(block.slice(2, 9).map((r) => rawOf(r[1] ?? null))).toEqual([
      1_400_000_000,
      null,
      6_900_000_000,
      21.5,
      null,
      null,
      null,
    ]);
    expect(block[2]![0]).toEqual({ text: "Personalkostnader inkl. PO (kr)" });
    expect(block[10]![0]).toEqual({ formula: "=KOMMUN.SENSITIVITY(B3,B4,B5,B6,B7,B8,B9)", format: "#,##0" });
  });
});

describe("the written block computes", () => {
  it("spills the table below the formula with the header in the user's language", () => {
    const block = sensitivityBlock({ personalkostnader: 1_400_000_000, invanare: 30000 }, "en");
    const hf = createEngine({ S: block.map((r) => r.map((c) => rawOf(c))) }, "en", "en");
    try {
      const values = hf.getSheetValues(0);
      // 1 % of 1 400 Mkr; 100 kr × 30 000 — and, as HyperFormula sizes the spill from the seven
      // arguments written, empty rows below for the inputs left blank
      expect(values.slice(10, 13)).toEqual([
        ["Item", "Change", "Effect on the result"],
        ["Pay costs", "+1 %", -14_000_000],
        ["General state grant", "+100 kr per inhabitant", 3_000_000],
      ]);
      expect(
        values
          .slice(13)
          .flat()
          .filter((v) => v !== null && v !== ""),
      ).toEqual([]);
    } finally {
      hf.destroy();
    }
  });
});

describe("the panel renders", () => {
  it("renders its seven fields and the prompt with nothing typed", () => {
    const html = renderToString(<SensitivityPanel lang="sv" write={async () => undefined} />);
    for (const id of [
      "personalkostnader",
      "ovrigaKostnader",
      "skatteunderlag",
      "skattesats",
      "laneskuld",
      "invanare",
      "bistand",
    ]) {
      expect(html).toContain(`id="sens-${id}"`);
    }
    expect(html).toContain("Fyll i minst ett fält");
  });
});
