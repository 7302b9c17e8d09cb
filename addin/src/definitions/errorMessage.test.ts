import { isKommunError, KommunError } from "@kommunkalkyl/calc-core";
import { excelErrorMessage } from "./errorMessage";
import { findFunction } from "./index";
import { param } from "./params";
import type { ExcelValue, FunctionDef, Lang } from "./types";

/** The messages, in both languages as a cell shows them, of the error a function throws for these arguments. */
function messages(
  id: string,
  args: ExcelValue[],
  lang: Lang = "sv",
): { sv: string; en: string; e: KommunError } {
  const def = findFunction(id)!;
  try {
    def.invoke(args, lang);
  } catch (e) {
    if (!isKommunError(e)) throw e;
    return { sv: excelErrorMessage(def, e, "sv"), en: excelErrorMessage(def, e, "en"), e };
  }
  throw new Error(`${id} computed instead of failing`);
}

describe("the mechanism: every id of the function's parameters, wherever it stands", () => {
  const def: FunctionDef = {
    ...findFunction("DEMOGRAPHICCOST")!,
    params: [
      param("volym", "range", "count", ["volym", ""], ["volume", ""]),
      param("volymNu", "range", "count", ["volym_nu", ""], ["volumes_now", ""]),
      param("rader", "range", "money", ["rader", ""], ["rows", ""]),
    ],
    fieldNames: { lista: "volym", kostnad: { sv: "kostnad", en: "cost_col" } },
  };
  const say = (sv: string, en: string, lang: Lang) =>
    excelErrorMessage(def, new KommunError("value", sv, en, "x"), lang);

  it("replaces a longer id before the shorter one inside it, and only whole words", () => {
    expect(say("", "volymNu and volym, not volymer or avolym", "en")).toBe(
      "volumes_now and volume, not volymer or avolym",
    );
  });
  it("renders a row of a range, with its column, the same way in both languages", () => {
    expect(say("Argumentet rader[3].kostnad = -1", "Argument rader[3].kostnad = -1", "sv")).toBe(
      "Argumentet rader (rad 3, kolumn kostnad) = -1",
    );
    expect(say("", "Argument rader[3].kostnad = -1", "en")).toBe(
      "Argument rows (row 3, column cost_col) = -1",
    );
    expect(say("", "rader[2] is empty", "en")).toBe("rows (row 2) is empty");
  });
  it("a list built from several ranges: the field's own range, and the list named by its alias", () => {
    expect(say("", "lista[2].volymNu = 0; lista has 3", "en")).toBe("volumes_now (row 2) = 0; volume has 3");
  });
  it("keeps a command-line option's name: --volym in a command to run is not an argument", () => {
    expect(say("", "fetch it with: kommunkalkyl x --volym 2 (argument volym)", "en")).toBe(
      "fetch it with: kommunkalkyl x --volym 2 (argument volume)",
    );
  });
  it("a column's name is not put in where the id stands alone (it may be an ordinary word)", () => {
    expect(say("", "kostnad", "en")).toBe("kostnad");
  });
  it("leaves an id it does not know alone, and a message without a definition unchanged", () => {
    expect(say("", "okand[2].x and x", "en")).toBe("okand[2].x and x");
    expect(excelErrorMessage(undefined, new KommunError("value", "volymNu", "volymNu"), "en")).toBe(
      "volymNu",
    );
  });
});

describe("EFFICIENCYPOTENTIALNCD (benchmark): nkaEgen is own_ncd / nka_egen", () => {
  it("names the first argument in either language", () => {
    const m = messages("EFFICIENCYPOTENTIALNCD", [10, [[-0.1], [0]], 200, undefined]);
    expect(m.en).toMatch(/^Argument own_ncd = 10 /);
    expect(m.sv).toMatch(/^Argumentet nka_egen = 10 /);
    // the error keeps calc-core's id: the adapter finds the parameter (for #DIV/0!) by it
    expect(m.e.argument).toBe("nkaEgen");
  });
});

describe("balance and finance: names and cells of the projects range", () => {
  it("a month 13 in DEPRECIATION: aktiveringsmånad in Swedish, month_in_use in English", () => {
    const m = messages("DEPRECIATION", [100, 10, 1, 13]);
    expect(m.sv).toBe(
      "Argumentet aktiveringsmånad = 13 ligger utanför det rimliga intervallet 1–12 (heltal).",
    );
    expect(m.en).toBe("Argument month_in_use = 13 is outside the plausible range 1–12 (whole number).");
    expect(m.e.argument).toBe("aktiveringsmanad");
  });
  it("a life of 0: avskrivningstid / depreciation_years", () => {
    const m = messages("DEPRECIATION", [100, 0, 1]);
    expect(m.sv).toMatch(/^Argumentet avskrivningstid = 0 /);
    expect(m.en).toMatch(/^Argument depreciation_years = 0 /);
  });
  it("a cell of the projects range: the range's name, its row and the column's name", () => {
    const m = messages("INVESTMENTPLAN", [
      [
        [120, 2026, 10, 7, 1],
        [45, 2026, 33, 13, 2],
      ],
      200,
      [[2026, 2027]],
    ]);
    expect(m.sv).toMatch(/^Argumentet projekt \(rad 2, kolumn aktiveringsmånad\) = 13 /);
    expect(m.en).toMatch(/^Argument projects \(row 2, column month_in_use\) = 13 /);
    expect(m.e.argument).toBe("projekt[2].aktiveringsmanad");
  });
  it("the self-financing target: mål / target, with the percent hint kept", () => {
    const m = messages("INVESTMENTROOM", [40, 80, 80]);
    expect(m.sv).toMatch(/^Argumentet mål = 80 .*Skriv 80 % \(0,8\), inte 80\.$/);
    expect(m.en).toMatch(/^Argument target = 80 .*Write 80 % \(0\.8\), not 80\.$/);
  });
  it("a line of the balanskravsutredning: the English name in English", () => {
    const m = messages("BALANCEREQUIREMENTRESULT", [563, -23]);
    expect(m.sv).toMatch(/^Argumentet realisationsvinster är negativt/);
    expect(m.en).toMatch(/^Argument gains_on_sales is negative/);
  });
  it("the first year of RESTORATION: startår / first_year", () => {
    const m = messages("RESTORATION", [[[-193, 355]], 14]);
    expect(m.sv).toMatch(/^Argumentet startår = 14 /);
    expect(m.en).toMatch(/^Argument first_year = 14 /);
  });
});

describe("action plan: a measure is a row of the ranges the user typed", () => {
  it("a start month of 0 in ÅRSEFFEKT names startmånad / start_month, not startmanad", () => {
    const m = messages("YEAREFFECT", [1200000, 0, undefined]);
    expect(m.sv).toContain("Argumentet startmånad = 0");
    expect(m.en).toContain("Argument start_month = 0");
  });

  it('a misspelt status "beslutat" in the second row of ÅTGÄRDSPLAN names the status range and its row', () => {
    const m = messages("ACTIONPLAN", [
      1000000,
      [["Nattbemanning"], ["Köpta platser"]],
      [[1200000], [600000]],
      [[4], [7]],
      [["beslutad"], ["beslutat"]],
      undefined,
      undefined,
    ]);
    expect(m.sv).toContain("Argumentet status (rad 2)");
    expect(m.en).toContain("Argument status (row 2)");
    expect(m.sv + m.en).not.toContain("atgarder");
  });

  it("a probability of 80 names sannolikhet / probability and asks for 80 %", () => {
    const m = messages("ACTIONPLAN", [
      1000000,
      [["a"]],
      [[1200000]],
      [[4]],
      [["förslag"]],
      [[80]],
      undefined,
    ]);
    expect(m.en).toContain("Argument probability (row 1) = 80");
    expect(m.en).toContain("80 %");
    expect(m.sv).toContain("Argumentet sannolikhet (rad 1) = 80");
  });

  it("a negative deficit is named deficit in English", () => {
    const m = messages("ACTIONPLAN", [
      -1000000,
      [["a"]],
      [[1200000]],
      [[4]],
      [["förslag"]],
      undefined,
      undefined,
    ]);
    expect(m.en).toContain("Argument deficit = -1000000");
    expect(m.sv).toContain("Argumentet underskott = -1000000");
  });

  it("ÅTGÄRDSUPPFÖLJNING with two measures and one outcome row names names / outcomes", () => {
    const m = messages("ACTIONFOLLOWUP", [
      [["a"], ["b"]],
      [[1.2], [0.6]],
      [[1], [3]],
      [[0.1, 0.1]],
      undefined,
    ]);
    expect(m.en).toContain("Ranges names (2 values) and outcomes (1 values)");
    expect(m.sv).toContain("Områdena namn (2 värden) och utfall (1 värden)");
  });
});

describe("allocation: ids that begin like another (volymNu, volymSenare)", () => {
  it("RESURSFÖRDELNING and DEMOGRAFIEFFEKT name pris_per_enhet and volym_senare", () => {
    const a = messages("RESOURCEALLOCATION", [[[1650, 3500]], [[0.135]], undefined, undefined]);
    expect(a.sv).toContain("volymer (2 värden) och pris_per_enhet (1 värden)");
    expect(a.en).toContain("volumes (2 values) and price_per_unit (1 values)");
    const d = messages("DEMOGRAPHICCOST", [[[1650, 1700]], [[1610]], [[0.135, 0.26]]]);
    expect(d.sv).toContain("volym_nu (2 värden) och volym_senare (1 värden)");
    expect(d.en).toContain("volumes_now (2 values) and volumes_later (1 values)");
  });
});

describe("revenue: the names Excel shows, the Swedish prose left alone", () => {
  it("says länsskattesats / county_rate for 0,1941 written for 19,41", () => {
    const m = messages("INCOMEEQUALISATION", [200000, 250000, 30000, 0.1941]);
    expect(m.sv).toMatch(/^Argumentet länsskattesats = 0,1941 .*skriv 19,41/);
    expect(m.en).toMatch(/^Argument county_rate = 0.1941 .*write 19.41/);
    expect(m.e.argument).toBe("lansSkattesats");
  });

  it("says invånare / inhabitants for a negative number of inhabitants", () => {
    const m = messages("FINALSETTLEMENT", [-250, -30000]);
    expect(m.sv).toMatch(/^Argumentet invånare = -30000 ligger utanför/);
    expect(m.en).toMatch(/^Argument inhabitants = -30000/);
  });

  it("says faktorer / factors, with the position, for 4,8 written for 1,048", () => {
    const m = messages("UPLIFTEDTAXBASE", [2087172, [[4.8, 1.034]]]);
    expect(m.sv).toContain("Argumentet faktorer (plats 1) = 4,8");
    expect(m.sv).toContain("skriv 1,048, inte 4,8");
    expect(m.en).toContain("Argument factors (position 1) = 4.8");
  });

  it('asks for avgiftsskattesats / charge_rate above 115 %, not avgiftsSkattesats (not after "Argument")', () => {
    const m = messages("INCOMEEQUALISATION", [300000, 250000, 30000, 19.05]);
    expect(m.e.code).toBe("na");
    expect(m.sv).toContain("ange avgiftsskattesats.");
    expect(m.en).toContain("give charge_rate.");
    expect(m.sv).not.toContain("avgiftsSkattesats");
  });

  it("says tax_base for text where the tax base goes, and kr_per_invånare for text in the settlement", () => {
    expect(messages("UPLIFTEDTAXBASE", ["abc", [[1.048]]], "en").en).toMatch(
      /^Argument tax_base must be a number/,
    );
    expect(messages("FINALSETTLEMENT", ["250", 30000]).sv).toMatch(
      /^Argumentet kr_per_invånare måste vara ett tal/,
    );
  });

  it("leaves the Swedish prose alone: skattekraften, medelskattekraften", () => {
    const m = messages("INCOMEEQUALISATION", [300000, 250000, 30000, 19.05]);
    expect(m.sv).toMatch(/^Skattekraften är över 115 % av medelskattekraften/);
  });
});
