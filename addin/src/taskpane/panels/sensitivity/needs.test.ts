import { sensitivityStartTexts, sensitivityView, SENSITIVITY_FIELDS, type SensitivityField } from "./model";

const EMPTY = Object.fromEntries(SENSITIVITY_FIELDS.map((f) => [f, ""])) as Record<SensitivityField, string>;

/** A municipality of 30 000 with every field filled in (amounts in mnkr, as typed in the pane). */
const FULL: Record<SensitivityField, string> = {
  ...EMPTY,
  personalkostnader: "1 400",
  skatteunderlag: "6 900",
  skattesats: "21,5",
  invanare: "30 000",
  inkomstutjamning: "519,8",
  skattekraft: "215 479",
  medelskattekraft: "265 000",
  lansSkattesats: "19,41",
};

const posts = (v: ReturnType<typeof sensitivityView>) =>
  v.kind === "table" ? v.rows.map((r) => r.post) : [];

describe("Känslighet: an empty field removes only the rows that need it (issue 23, finding 3)", () => {
  it("all six rows with every field, and no note", () => {
    const v = sensitivityView(FULL, "sv");
    expect(posts(v)).toEqual([
      "Lönekostnader",
      "Skattesats",
      "Skatteunderlag i riket",
      "Eget skatteunderlag",
      "Generellt statsbidrag",
    ]);
    expect(v.kind === "table" && v.notes).toBeFalsy();
  });

  it("Invånare emptied: the own tax base and grant rows go, the others stay with their figures", () => {
    const v = sensitivityView({ ...FULL, invanare: "" }, "sv");
    if (v.kind !== "table") throw new Error(`expected a table, got ${v.kind}`);
    // −1 % of 1 400 = −14; 10 öre on 6 900 mnkr = 6 900 × 0,10 / 100 = 6,9;
    // national +1 %: 0,01 × (6 900 × 21,5 / 100 + 519,8) = 0,01 × (1 483,5 + 519,8) = 20,033 mnkr
    expect(v.rows.map((r) => [r.post, r.effektMnkr])).toEqual([
      ["Lönekostnader", -14],
      ["Skattesats", 6.9],
      ["Skatteunderlag i riket", expect.closeTo(20.033, 9)],
    ]);
    expect(v.notes).toEqual([
      "Raden ”Eget skatteunderlag +1\u00a0% (riket oförändrat)” visas när Invånare är ifyllt.",
    ]);
    // what is written is what is shown: the formula gets no capacity arguments, so it gives the same rows
    expect(v.input.skattekraft).toBeUndefined();
    expect(v.input.invanare).toBeUndefined();
  });

  it("Kommunens skattekraft emptied: only the own tax base row goes; the grant row stays (100 kr × 30 000 = 3 mnkr)", () => {
    const v = sensitivityView({ ...FULL, skattekraft: "" }, "sv");
    expect(posts(v)).toEqual([
      "Lönekostnader",
      "Skattesats",
      "Skatteunderlag i riket",
      "Generellt statsbidrag",
    ]);
    if (v.kind !== "table") return;
    expect(v.rows[3]!.effektMnkr).toBe(3);
    expect(v.notes).toEqual([
      "Raden ”Eget skatteunderlag +1\u00a0% (riket oförändrat)” visas när Kommunens skattekraft (kr/inv) är ifyllt.",
    ]);
  });

  it("in English the note names the row and the fields by their English labels, never argument ids", () => {
    // the English way of writing the same figures
    const en = { ...FULL, inkomstutjamning: "519.8", lansSkattesats: "19.41" };
    const v = sensitivityView({ ...en, invanare: "", skattesats: "" }, "en");
    if (v.kind !== "table") throw new Error(`expected a table, got ${v.kind}`);
    // two empty fields: "A and B are", in the table's order of the rows
    expect(v.notes).toEqual([
      'Income equalisation (mnkr, charge negative) is used only in the row "National tax base +1%", which shows once Tax rate (kr per\u00a0100\u00a0kr) is filled in.',
      'The row "Own tax base +1% (the country unchanged)" shows once Inhabitants and Tax rate (kr per\u00a0100\u00a0kr) are filled in.',
    ]);
    expect(v.notes!.join(" ")).not.toMatch(/skattekraft|invanare|lansSkattesats/);
    // pay −14 and the tax rate row 6,9 remain
    expect(v.rows.map((r) => r.post)).toEqual(["Pay costs", "Tax rate"]);
    // one percent style per language (finding 10): English "+1%" as en-GB writes 1.32%, Swedish "+1 %"
    expect(v.rows[0]!.forandring).toBe("+1%");
    const sv = sensitivityView(FULL, "sv");
    expect(sv.kind === "table" && sv.rows[0]!.forandring).toBe("+1\u00a0%");
  });

  it("the tax base emptied: its rows go (tax rate, national and own base), the pay row stays", () => {
    const v = sensitivityView({ ...FULL, skatteunderlag: "" }, "sv");
    expect(posts(v)).toEqual(["Lönekostnader", "Generellt statsbidrag"]);
  });

  it("the prefilled pane with the tax base emptied: a note for each of its three rows, naming only the tax base", () => {
    const sv = sensitivityView({ ...sensitivityStartTexts("sv"), skatteunderlag: "" }, "sv");
    // the tax rate row is +10 öre on the tax base, so it goes too; the tax rate itself IS filled in
    expect(sv.kind === "table" && sv.notes).toEqual([
      "Raden ”Skattesats +10\u00a0öre” visas när Skatteunderlag (mnkr) är ifyllt.",
      "Inkomstutjämning (mnkr, avgift negativ) används bara i raden ”Skatteunderlag i riket +1\u00a0%”, som visas när Skatteunderlag (mnkr) är ifyllt.",
      "Raden ”Eget skatteunderlag +1\u00a0% (riket oförändrat)” visas när Skatteunderlag (mnkr) är ifyllt.",
    ]);
    const en = sensitivityView({ ...sensitivityStartTexts("en"), skatteunderlag: "" }, "en");
    expect(en.kind === "table" && en.notes).toEqual([
      'The row "Tax rate +10\u00a0öre" shows once Tax base (mnkr) is filled in.',
      'Income equalisation (mnkr, charge negative) is used only in the row "National tax base +1%", which shows once Tax base (mnkr) is filled in.',
      'The row "Own tax base +1% (the country unchanged)" shows once Tax base (mnkr) is filled in.',
    ]);
  });

  it("three empty fields are listed 'A, B och C är ifyllda' / 'A, B and C are filled in'", () => {
    const blank = { skattekraft: "", medelskattekraft: "", invanare: "" };
    const sv = sensitivityView({ ...sensitivityStartTexts("sv"), ...blank }, "sv");
    expect(sv.kind === "table" && sv.notes).toEqual([
      "Raden ”Eget skatteunderlag +1\u00a0% (riket oförändrat)” visas när Kommunens skattekraft (kr/inv), Medelskattekraft i riket (kr/inv) och Invånare är ifyllda.",
    ]);
    const en = sensitivityView({ ...sensitivityStartTexts("en"), ...blank }, "en");
    expect(en.kind === "table" && en.notes).toEqual([
      'The row "Own tax base +1% (the country unchanged)" shows once Own tax capacity (kr/inh.), National average capacity (kr/inh.) and Inhabitants are filled in.',
    ]);
  });

  // All eight rows × each field emptied from the prefilled pane, worked out by hand from the rows' needs
  // (API.md §11 and §13): a row of one field of its own (pay, prices, interest, grant, assistance) just goes
  // with its field ("Tomt fält = ingen rad"); the tax rate row needs the tax base; the national row needs the
  // tax base and the rate (equalisation is only added to it); the own base row needs all six.
  const ALL = [
    "Lönekostnader",
    "Priser",
    "Skattesats",
    "Skatteunderlag i riket",
    "Eget skatteunderlag",
    "Ränta",
    "Generellt statsbidrag",
    "Ekonomiskt bistånd",
  ];
  const OWN = "Raden ”Eget skatteunderlag +1\u00a0% (riket oförändrat)” visas när";
  const SWEEP: [SensitivityField, string[], string[]][] = [
    ["personalkostnader", ["Lönekostnader"], []],
    ["ovrigaKostnader", ["Priser"], []],
    [
      "skatteunderlag",
      ["Skattesats", "Skatteunderlag i riket", "Eget skatteunderlag"],
      [
        "Raden ”Skattesats +10\u00a0öre” visas när Skatteunderlag (mnkr) är ifyllt.",
        "Inkomstutjämning (mnkr, avgift negativ) används bara i raden ”Skatteunderlag i riket +1\u00a0%”, som visas när Skatteunderlag (mnkr) är ifyllt.",
        `${OWN} Skatteunderlag (mnkr) är ifyllt.`,
      ],
    ],
    [
      "skattesats",
      ["Skatteunderlag i riket", "Eget skatteunderlag"],
      [
        "Inkomstutjämning (mnkr, avgift negativ) används bara i raden ”Skatteunderlag i riket +1\u00a0%”, som visas när Skattesats (kr per\u00a0100\u00a0kr) är ifyllt.",
        `${OWN} Skattesats (kr per\u00a0100\u00a0kr) är ifyllt.`,
      ],
    ],
    ["laneskuld", ["Ränta"], []],
    ["invanare", ["Eget skatteunderlag", "Generellt statsbidrag"], [`${OWN} Invånare är ifyllt.`]],
    ["bistand", ["Ekonomiskt bistånd"], []],
    ["inkomstutjamning", [], []],
    ["skattekraft", ["Eget skatteunderlag"], [`${OWN} Kommunens skattekraft (kr/inv) är ifyllt.`]],
    ["medelskattekraft", ["Eget skatteunderlag"], [`${OWN} Medelskattekraft i riket (kr/inv) är ifyllt.`]],
    ["lansSkattesats", ["Eget skatteunderlag"], [`${OWN} Länsvis skattesats, bidrag är ifyllt.`]],
  ];

  it("the sweep covers every field", () => {
    expect(SWEEP.map(([f]) => f).sort()).toEqual([...SENSITIVITY_FIELDS].sort());
    expect(posts(sensitivityView(sensitivityStartTexts("sv"), "sv"))).toEqual(ALL);
  });

  it.each(SWEEP)("%s emptied: exactly the rows that need it go, each with its note", (field, gone, notes) => {
    const v = sensitivityView({ ...sensitivityStartTexts("sv"), [field]: "" }, "sv");
    expect(posts(v)).toEqual(ALL.filter((p) => !gone.includes(p)));
    expect(v.kind === "table" && (v.notes ?? [])).toEqual(notes);
  });
});
